#!/usr/bin/env bash
# Match quality on the evaluation set: imports it into a fresh embedded database, runs
# ./ace match --all --limit 10, and scores the ranking against gold.json.
#   bash bench/match-quality/run.sh [ITEMS.json GOLD.json]   (defaults: the set in this folder)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
items="${1:-$here/items.json}"
gold="${2:-$here/gold.json}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export ACE_DATA_DIR="$data"
"$root/ace" import "$items" >&2
"$root/ace" match --all --limit 10 > "$data/matches.jsonl"
python3 "$here/score.py" "$items" "$gold" "$data/matches.jsonl"
