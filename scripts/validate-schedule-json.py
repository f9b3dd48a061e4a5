#!/usr/bin/env python3
"""Validates a schedule.json against the c3voc JSON schema (draft-06), with format checking (uuid, date, uri).

Usage: validate-schedule-json.py SCHEDULE.json SCHEMA.json — exits 0 when valid, 1 with the errors otherwise.
Needs jsonschema (and rfc3987 for "uri"), which scripts/test-all installs from PyPI.
"""
import json
import sys

import jsonschema
from jsonschema import Draft6Validator
from referencing import Registry, Resource

document, schema_path = sys.argv[1], sys.argv[2]
schema = json.load(open(schema_path))
Draft6Validator.check_schema(schema)
# All $refs are internal; registering the schema under its $id resolves them offline.
registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
validator = Draft6Validator(schema, registry=registry, format_checker=jsonschema.FormatChecker())
errors = sorted(validator.iter_errors(json.load(open(document))), key=lambda e: list(e.absolute_path))
for error in errors:
    print("ERROR at", "/".join(map(str, error.absolute_path)) or "<root>", ":", error.message[:300])
print(f"{document}: {len(errors)} errors")
sys.exit(1 if errors else 0)
