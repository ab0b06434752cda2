#!/usr/bin/env python3
"""Scores `./ace match --all` output against graded gold labels.

usage: score.py ITEMS.json GOLD.json MATCHES.jsonl [STATES_SQL]

Gains: strong = 3, acceptable = 1, anything else 0. Prints nDCG@5, P@3 (share of the top 3
that are strong or acceptable), MRR (first strong-or-acceptable offer), and the number of
hard-constraint violations: suggested offers that are CLOSED, not open to the requester
(region or State), or whose validity window does not overlap the request's — recomputed
from the items themselves, not from the labels.
"""
import json
import math
import re
import sys
from pathlib import Path

GAIN = {"strong": 3, "acceptable": 1}


def regions(states_sql):
    found = {}
    for line in Path(states_sql).read_text(encoding="utf-8").splitlines():
        m = re.search(r"values \('([A-Z]{3})', '\w+', '(\w+)'", line)
        if m:
            found[m.group(1)] = m.group(2)
    return found


def overlaps(a, b):
    def before(start, end):
        return start is None or end is None or start <= end
    return before(a.get("validFrom"), b.get("validUntil")) and before(b.get("validFrom"), a.get("validUntil"))


def violation(request, offer, region_of):
    if offer.get("status", "OPEN") != "OPEN":
        return "closed"
    eligibility = offer.get("eligibility") or {}
    wanted_regions = eligibility.get("regions") or []
    wanted_states = eligibility.get("states") or []
    state = request["party"]["code"]
    if (wanted_regions or wanted_states) and region_of.get(state) not in wanted_regions and state not in wanted_states:
        return "not eligible"
    if not overlaps(request, offer):
        return "window"
    return None


def main():
    items_path, gold_path, matches_path = sys.argv[1:4]
    states_sql = sys.argv[4] if len(sys.argv) > 4 else str(
        Path(__file__).resolve().parents[2] / "src/main/resources/db/migration/V2__directory_states.sql")
    items = {i["ref"]: i for i in json.loads(Path(items_path).read_text(encoding="utf-8"))["items"]}
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    region_of = regions(states_sql)
    results = {}
    for line in Path(matches_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            results[row["request"]] = [m["offer"] for m in row["matches"]]

    ndcgs, precisions, reciprocal, violations, scored, per_request = [], [], [], [], 0, []
    for request_ref, labels in sorted(gold.items()):
        ranked = results.get(request_ref, [])
        gains = [GAIN.get(labels.get(ref, ""), 0) for ref in ranked]
        dcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:5]))
        ideal = sorted((GAIN.get(v, 0) for v in labels.values()), reverse=True)
        idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal[:5]))
        if idcg == 0:
            continue
        scored += 1
        ndcgs.append(dcg / idcg)
        per_request.append((dcg / idcg, request_ref))
        precisions.append(sum(1 for g in gains[:3] if g > 0) / 3)
        first = next((i for i, g in enumerate(gains) if g > 0), None)
        reciprocal.append(0 if first is None else 1 / (first + 1))
    for request_ref, ranked in results.items():
        request = items.get(request_ref)
        for ref in ranked:
            offer = items.get(ref)
            if request and offer:
                reason = violation(request, offer, region_of)
                if reason:
                    violations.append(f"{request_ref} -> {ref}: {reason}")

    def mean(values):
        return sum(values) / len(values) if values else 0.0

    print(f"requests scored: {scored}")
    print(f"nDCG@5: {mean(ndcgs):.3f}")
    print(f"P@3:    {mean(precisions):.3f}")
    print(f"MRR:    {mean(reciprocal):.3f}")
    print(f"hard-constraint violations: {len(violations)}")
    for v in violations[:20]:
        print("  " + v)
    weakest = sorted(per_request)[:5]
    print("weakest requests (nDCG@5): " + ", ".join(f"{r} {n:.2f}" for n, r in weakest))


if __name__ == "__main__":
    main()
