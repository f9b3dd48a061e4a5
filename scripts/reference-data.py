#!/usr/bin/env python3
"""Regenerates crates/domain/data/*.tsv from ../shared/data/reference (run from the repository root).

The TSV files are committed and compiled into the binary with include_str!, so the binary needs no data files.
Sources and licences: see crates/domain/data/SOURCE.txt.
"""
import csv, os, sys

ref = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/reference"
out = "crates/domain/data"

# The source lists AM and AZ (Eastern European Group) and AU and NZ (WEOG) in the Asia-Pacific Group as well;
# the UN DGACM lists them only in EEG / WEOG. Turkey is WEOG for electoral purposes; the US is counted with WEOG.
WRONG_ASIA_PACIFIC = {"AM", "AZ", "AU", "NZ"}
GROUP_CODES = {"AFRICANGROUP": "african", "ASIAPACIFICGROUP": "asia-pacific", "EEG": "eastern-european",
               "GRULAC": "latin-american-caribbean", "WEOG": "western-european-others"}

def clean(s):
    return " ".join(s.replace("\t", " ").split())

groups = {}
for r in csv.DictReader(open(f"{ref}/un-regional-groups/un-regional-groups.csv", encoding="utf-8-sig")):
    if r["group_id"] == "ASIAPACIFICGROUP" and r["iso_alpha2"] in WRONG_ASIA_PACIFIC:
        continue
    assert r["iso_alpha2"] not in groups, r
    groups[r["iso_alpha2"]] = GROUP_CODES[r["group_id"]]
assert len(groups) == 193, len(groups)

langs = [("en", "English"), ("fr", "French"), ("es", "Spanish"), ("ar", "Arabic"), ("ru", "Russian"), ("zh", "Chinese")]
official = {"en": "en", "fr": "fr", "es": "es", "ar": "ar", "ru": "ru", "zh": "cn"}
rows = []
for r in csv.DictReader(open(f"{ref}/un-m49/country-codes.csv", encoding="utf-8-sig")):
    if not r["M49"] or not r["ISO3166-1-Alpha-2"]:
        continue
    names = []
    for code, lang in langs:
        name = r[f"official_name_{official[code]}"] or r[f"UNTERM {lang} Short"] or r["official_name_en"] or r["CLDR display name"]
        names.append(clean(name))
    flag = lambda col: "1" if r[col].strip() else "0"
    rows.append([r["ISO3166-1-Alpha-2"], r["M49"].zfill(3), *names,
                 clean(r["Region Name"]), clean(r["Sub-region Name"]), clean(r["Intermediate Region Name"]),
                 flag("Least Developed Countries (LDC)"), flag("Land Locked Developing Countries (LLDC)"),
                 flag("Small Island Developing States (SIDS)"), groups.get(r["ISO3166-1-Alpha-2"], "")])
rows.sort(key=lambda r: r[0])
with open(f"{out}/countries.tsv", "w", encoding="utf-8") as f:
    f.write("# iso2\tm49\tname_en\tname_fr\tname_es\tname_ar\tname_ru\tname_zh\tregion\tsub_region\tintermediate_region\tldc\tlldc\tsids\tun_regional_group\n")
    for r in rows:
        f.write("\t".join(r) + "\n")

with open(f"{out}/sdgs.tsv", "w", encoding="utf-8") as f:
    f.write("# goal\tshort\ttitle\n")
    for r in csv.DictReader(open(f"{ref}/sdgs/sdgs.csv", encoding="utf-8-sig")):
        f.write(f"{r['goal']}\t{clean(r['short'])}\t{clean(r['title'])}\n")

# Official WSIS wording (Geneva Plan of Action) where the source app abbreviates or garbles it.
OFFICIAL = {
    "C1": "The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
    "C2": "Information and communication infrastructure",
    "C3": "Access to information and knowledge",
    "C4": "Capacity building",
    "C5": "Building confidence and security in the use of ICTs",
    "C6": "Enabling environment",
    "C7": "ICT applications",
    "C8": "Cultural diversity and identity, linguistic diversity and local content",
    "C9": "Media",
    "C10": "Ethical dimensions of the Information Society",
    "C11": "International and regional cooperation",
}
with open(f"{out}/action-lines.tsv", "w", encoding="utf-8") as f:
    f.write("# code\tsub_line\ttitle\tlinked_sdgs\n")
    seen_c7 = False
    for r in csv.DictReader(open(f"{ref}/wsis-action-lines/wsis-action-lines.csv", encoding="utf-8-sig")):
        if r["code"] == "C7" and not seen_c7:
            f.write(f"C7\t\t{OFFICIAL['C7']}\t\n")
            seen_c7 = True
        title = OFFICIAL[r["code"]] if not r["sub"] else r["shortName"]
        f.write(f"{r['code']}\t{r['sub']}\t{title}\t{r['linked_sdgs']}\n")

with open(f"{out}/action-line-sdg-targets.tsv", "w", encoding="utf-8") as f:
    f.write("# action_line\tsub_line\tsdg\ttarget\n")
    lines = {r["matrix_id"]: r for r in csv.DictReader(open(f"{ref}/wsis-action-lines/wsis-action-lines.csv", encoding="utf-8-sig"))}
    for r in csv.DictReader(open(f"{ref}/wsis-action-lines/wsis-sdg-links.csv", encoding="utf-8-sig")):
        f.write(f"{r['action_line']}\t{lines[r['matrix_id']]['sub']}\t{r['sdg']}\t{r['sdg_targets']}\n")
print(f"{len(rows)} countries, {len(groups)} in UN regional groups")
