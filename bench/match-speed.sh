#!/usr/bin/env bash
# Matching speed at the issue's size: 50,000 offers and 10,000 requests (synthetic, from
# generate_items.py), on the embedded database. Prints:
#   - the wall time of `./ace match --all --limit 5` (JVM start, loading, analysis, matching);
#   - one request's matches through the index vs by brute force (p50/p95 over a sample),
#     measured in the same run (`./ace match --benchmark`).
#   bash bench/match-speed.sh [OFFERS REQUESTS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
offers="${1:-50000}"
requests="${2:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$here/generate_items.py" $(( (offers + requests) * 2 )) "$work/all.json" >/dev/null
python3 - "$work/all.json" "$work/items.json" "$offers" "$requests" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
offers, requests = int(sys.argv[3]), int(sys.argv[4])
picked = [i for i in doc["items"] if i["kind"] == "OFFER"][:offers] + \
         [i for i in doc["items"] if i["kind"] == "REQUEST"][:requests]
json.dump({"format": doc["format"], "items": picked}, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
print(f"{offers} offers, {requests} requests", file=sys.stderr)
PY

export ACE_DATA_DIR="$work/data"
"$root/ace" import "$work/items.json"
start=$(date +%s.%N)
"$root/ace" match --all --limit 5 > "$work/matches.jsonl"
end=$(date +%s.%N)
printf 'match --all --limit 5: %.1f s wall, %d open requests written\n' "$(echo "$end - $start" | bc)" \
  "$(wc -l < "$work/matches.jsonl")"
"$root/ace" match --benchmark --sample 300 --limit 5
