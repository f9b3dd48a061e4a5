#!/bin/sh
# Insights at scale: builds topics over a synthetic archive of N statements (default 300,000; a decade of the
# global IGF's speaker turns is about 1–1.5 million sentences), then a briefing, then a rebuild with 5 % more
# statements against the first build, and prints times, purity against the generator and topic stability.
# Usage: bench/insights.sh [N ...]
set -e
cd "$(dirname "$0")/.."
for n in "${@:-300000}"; do
  cargo bench --locked -p agora-domain --bench insights -- "$n"
done
