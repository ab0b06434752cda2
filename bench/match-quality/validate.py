#!/usr/bin/env python3
"""Validates the match-quality evaluation set: items.json and gold.json (see README.md).

    python3 bench/match-quality/validate.py [ITEMS.json [GOLD.json]]

Checks
  1. items.json follows the interchange contract "ace-interchange/1" (shared/docs/INTERCHANGE.md
     sections 2 and 3): no unknown members, required members present, codes of section 3, refs
     unique and well formed, requests from States only, known alpha-3 codes, ISO dates in order.
  2. The rules of this set: refs QR-nnn / QO-nnn, dates within 2026-2028, at least 40 requests and
     80 offers, requests OPEN and made by States Parties, primary text in one of the six UN
     languages.
  3. gold.json: every request graded, every graded ref exists, grades are strong / acceptable /
     never, at least one strong offer per request.
  4. The hard constraints, re-implemented from the data (UN regional groups read from
     src/main/resources/db/migration/V2__directory_states.sql):
       - the offer is OPEN;
       - the requesting State is eligible: the offer's eligibility lists its UN regional group or
         the State itself, or lists nothing (absent, or both lists empty) = any State;
       - the validity windows overlap (inclusive ISO dates; a missing date is open-ended).
     Every "never" must break at least one; no "strong" or "acceptable" may break any; and every
     offer that shares a field with the request and breaks a constraint must be graded "never".
  5. The grading rules: strong and acceptable offers share a field and a form of assistance with
     the request; strong offers also share a working language (compared by primary subtag, so
     "es-419" matches "es"; an item without `languages` works in the languages of its title).

Prints the counts and exits 0 when everything holds, 1 otherwise (one line per problem).
"""
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ITEMS = HERE / "items.json"
GOLD = HERE / "gold.json"
STATES_SQL = ROOT / "src/main/resources/db/migration/V2__directory_states.sql"

FORMAT = "ace-interchange/1"
FIELDS = {"LEGISLATION", "BIOSAFETY_BIOSECURITY", "HUMAN_HEALTH_SURVEILLANCE", "ANIMAL_HEALTH",
          "PLANT_HEALTH", "EMERGENCY_RESPONSE", "MEDICAL_COUNTERMEASURES", "LABORATORY_CAPACITY",
          "EDUCATION_AWARENESS", "RESEARCH_COLLABORATION", "EXPORT_CONTROL_TRADE", "CBM_REPORTING",
          "MICROBIAL_FORENSICS", "BIOTECH_DEVELOPMENT"}
TYPES = {"TRAINING", "EXPERT_ADVICE", "EQUIPMENT_MATERIALS", "FINANCIAL", "EXCHANGE_TWINNING",
         "INFORMATION_GUIDANCE", "JOINT_PROJECT"}
REGIONS = {"AFRICA", "ASIA_PACIFIC", "EASTERN_EUROPE", "LATIN_AMERICA_CARIBBEAN",
           "WESTERN_EUROPE_OTHERS"}
VISIBILITY = {"PUBLIC", "STATES_PARTIES", "RESTRICTED"}
STATUS = {"OPEN", "CLOSED"}
UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
MEMBERS = {"ref", "kind", "party", "title", "description", "fields", "types", "eligibility",
           "languages", "validFrom", "validUntil", "visibility", "status"}
REQUIRED = ("ref", "kind", "party", "title", "fields", "types")
REF_RE = re.compile(r"^[A-Za-z0-9\-_./]{1,64}$")
BENCH_REF = {"REQUEST": re.compile(r"^QR-\d{3}$"), "OFFER": re.compile(r"^QO-\d{3}$")}
# BCP 47, the subset in use: language, optional script, optional region ("zh-Hans", "es-419").
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_MIN, DATE_MAX = dt.date(2026, 1, 1), dt.date(2028, 12, 31)
GRADES = ("strong", "acceptable", "never")
MIN_REQUESTS, MIN_OFFERS = 40, 80

problems = []


def fail(ref, member, message):
    problems.append(f"{ref}: {member}: {message}")


def load_json(path):
    def no_duplicates(pairs):
        keys = [k for k, _ in pairs]
        dup = [k for k, n in Counter(keys).items() if n > 1]
        if dup:
            raise ValueError(f"duplicate member(s) {dup}")
        return dict(pairs)
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=no_duplicates)


def load_states():
    """alpha-3 -> (un_membership, un_region, bwc_status) from the V2 migration."""
    row = re.compile(r"values \('([A-Z]{3})', '(\w+)', '(\w+)', '(\w+)', '(\w+)'")
    states = {}
    for line in STATES_SQL.read_text(encoding="utf-8").splitlines():
        m = row.search(line)
        if m:
            states[m.group(1)] = (m.group(2), m.group(3), m.group(4))
    if len(states) < 190:
        sys.exit(f"could not read the States from {STATES_SQL}")
    return states


def parse_date(ref, member, value):
    if not isinstance(value, str) or not DATE_RE.match(value):
        fail(ref, member, "must be an ISO date YYYY-MM-DD")
        return None
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        fail(ref, member, "not a calendar date")
        return None
    if not DATE_MIN <= d <= DATE_MAX:
        fail(ref, member, "outside 2026-01-01..2028-12-31")
    return d


def check_texts(ref, member, value, required):
    if value is None:
        if required:
            fail(ref, member, "missing")
        return
    if not isinstance(value, dict) or not value:
        fail(ref, member, "must map at least one language to text")
        return
    for lang, text in value.items():
        if not LANG_RE.match(lang):
            fail(ref, member, f"'{lang}' is not a language tag")
        if not isinstance(text, str) or not text.strip():
            fail(ref, member, f"empty text for '{lang}'")


def check_codes(ref, member, value, allowed):
    if not isinstance(value, list) or not value:
        fail(ref, member, "must be a non-empty list")
        return
    for code in value:
        if code not in allowed:
            fail(ref, member, f"unknown code {code!r}")
    if len(set(map(str, value))) != len(value):
        fail(ref, member, "duplicate codes")


def check_item(n, item, states):
    if not isinstance(item, dict):
        fail(f"#{n}", "item", "must be an object")
        return None
    ref = item.get("ref")
    label = ref if isinstance(ref, str) else f"#{n}"
    for member in item:
        if member not in MEMBERS:
            fail(label, member, "unknown member")
    for member in REQUIRED:
        if member not in item:
            fail(label, member, "missing")
    if not isinstance(ref, str) or not REF_RE.match(ref):
        fail(label, "ref", "must be 1-64 of A-Z a-z 0-9 - _ . /")
    kind = item.get("kind")
    if kind not in ("OFFER", "REQUEST"):
        fail(label, "kind", "must be OFFER or REQUEST")
    elif isinstance(ref, str) and not BENCH_REF[kind].match(ref):
        fail(label, "ref", "requests are QR-nnn, offers QO-nnn in this set")

    party = item.get("party")
    if not isinstance(party, dict):
        fail(label, "party", "must be an object")
    elif party.get("type") == "STATE":
        if set(party) != {"type", "code"}:
            fail(label, "party", "a State party has exactly the members type and code")
        code = party.get("code")
        if code not in states:
            fail(label, "party.code", f"{code!r} is not an alpha-3 code of the States directory")
        elif kind == "REQUEST" and states[code][2] != "STATE_PARTY":
            fail(label, "party.code", f"{code} is not a BWC State Party (this set uses Parties only)")
    elif party.get("type") == "ORGANISATION":
        if not set(party) <= {"type", "name", "acronym"} or "name" not in party:
            fail(label, "party", "an organisation party has the members type, name and acronym")
        for member in ("name", "acronym"):
            if member in party and (not isinstance(party[member], str) or not party[member].strip()):
                fail(label, f"party.{member}", "must be non-empty text")
    else:
        fail(label, "party.type", "must be STATE or ORGANISATION")
    if kind == "REQUEST" and isinstance(party, dict) and party.get("type") != "STATE":
        fail(label, "party", "requests come from States only")

    check_texts(label, "title", item.get("title"), True)
    check_texts(label, "description", item.get("description"), False)
    title = item.get("title")
    if isinstance(title, dict) and title and next(iter(title)) not in UN_LANGUAGES:
        fail(label, "title", "the primary (first) language must be one of ar zh en fr ru es")
    check_codes(label, "fields", item.get("fields"), FIELDS)
    check_codes(label, "types", item.get("types"), TYPES)

    if "eligibility" in item:
        e = item["eligibility"]
        if kind != "OFFER":
            fail(label, "eligibility", "offers only")
        if not isinstance(e, dict):
            fail(label, "eligibility", "must be an object")
        else:
            for member in e:
                if member not in ("regions", "states"):
                    fail(label, f"eligibility.{member}", "unknown member")
            regions, sts = e.get("regions", []), e.get("states", [])
            if not isinstance(regions, list) or any(r not in REGIONS for r in regions):
                fail(label, "eligibility.regions", "must be a list of region codes of section 3")
            if not isinstance(sts, list) or any(s not in states for s in sts):
                fail(label, "eligibility.states", "must be a list of alpha-3 codes of the directory")

    if "languages" in item:
        langs = item["languages"]
        if not isinstance(langs, list) or not langs:
            fail(label, "languages", "must be a non-empty list")
        else:
            for lang in langs:
                if not isinstance(lang, str) or not LANG_RE.match(lang):
                    fail(label, "languages", f"{lang!r} is not a language tag")
            if len(set(map(str, langs))) != len(langs):
                fail(label, "languages", "duplicates")

    start = parse_date(label, "validFrom", item["validFrom"]) if "validFrom" in item else None
    end = parse_date(label, "validUntil", item["validUntil"]) if "validUntil" in item else None
    if start and end and start > end:
        fail(label, "validUntil", "before validFrom")
    if "visibility" in item and item["visibility"] not in VISIBILITY:
        fail(label, "visibility", "must be PUBLIC, STATES_PARTIES or RESTRICTED")
    if "status" in item and item["status"] not in STATUS:
        fail(label, "status", "must be OPEN or CLOSED")
    if kind == "REQUEST" and item.get("status", "OPEN") != "OPEN":
        fail(label, "status", "requests of this set are OPEN (the engine ranks open requests)")
    return ref if isinstance(ref, str) else None


# ------------------------------------------------------------------ hard constraints and grades
def broken_constraints(request, offer, states):
    """Names of the hard constraints that the offer breaks for the request (empty: none)."""
    broken = []
    if offer.get("status", "OPEN") != "OPEN":
        broken.append("closed")
    e = offer.get("eligibility") or {}
    regions, sts = e.get("regions") or [], e.get("states") or []
    code = request["party"]["code"]
    if (regions or sts) and states[code][1] not in regions and code not in sts:
        broken.append("eligibility")
    lo = max(request.get("validFrom", "0000-00-00"), offer.get("validFrom", "0000-00-00"))
    hi = min(request.get("validUntil", "9999-99-99"), offer.get("validUntil", "9999-99-99"))
    if lo > hi:
        broken.append("window")
    return broken


def working_languages(item):
    langs = item.get("languages") or list(item["title"])
    return {lang.split("-")[0].lower() for lang in langs}


def text_languages(item):
    return {lang.split("-")[0].lower() for lang in list(item["title"]) + list(item.get("description", {}))}


def main():
    global ITEMS, GOLD
    if len(sys.argv) > 1:
        ITEMS = Path(sys.argv[1])
    if len(sys.argv) > 2:
        GOLD = Path(sys.argv[2])
    states = load_states()
    doc = load_json(ITEMS)
    if not isinstance(doc, dict) or set(doc) != {"format", "items"}:
        fail("-", "document", "must have exactly the members format and items")
        return report()
    if doc["format"] != FORMAT:
        fail("-", "format", f"must be {FORMAT}")
    if not isinstance(doc["items"], list):
        fail("-", "items", "must be a list")
        return report()
    refs = Counter(check_item(n, item, states) for n, item in enumerate(doc["items"]))
    for ref, count in refs.items():
        if ref is not None and count > 1:
            fail(ref, "ref", f"used by {count} items")
    if problems:  # the rest assumes well-formed items
        return report()

    by_ref = {item["ref"]: item for item in doc["items"]}
    requests = [i for i in doc["items"] if i["kind"] == "REQUEST"]
    offers = [i for i in doc["items"] if i["kind"] == "OFFER"]
    if len(requests) < MIN_REQUESTS:
        fail("-", "items", f"{len(requests)} requests, at least {MIN_REQUESTS} needed")
    if len(offers) < MIN_OFFERS:
        fail("-", "items", f"{len(offers)} offers, at least {MIN_OFFERS} needed")
    primaries = Counter(next(iter(i["title"])) for i in doc["items"])
    for lang in UN_LANGUAGES:
        if not primaries[lang]:
            fail("-", "items", f"no item written in {lang}")

    gold = load_json(GOLD)
    if not isinstance(gold, dict):
        fail("-", "gold", "must be an object")
        return report()
    for req_ref in gold:
        if req_ref not in by_ref or by_ref[req_ref]["kind"] != "REQUEST":
            fail(req_ref, "gold", "not a request of items.json")
    for request in requests:
        if request["ref"] not in gold:
            fail(request["ref"], "gold", "request not graded")

    grade_counts = Counter()
    never_reasons = Counter()
    cross_lingual = []
    for request in requests:
        rref = request["ref"]
        grades = gold.get(rref, {})
        if not isinstance(grades, dict):
            fail(rref, "gold", "must map offer refs to grades")
            continue
        for oref, grade in grades.items():
            offer = by_ref.get(oref)
            if offer is None or offer["kind"] != "OFFER":
                fail(rref, f"gold.{oref}", "not an offer of items.json")
                continue
            if grade not in GRADES:
                fail(rref, f"gold.{oref}", f"grade {grade!r} is not one of {GRADES}")
                continue
            grade_counts[grade] += 1
            broken = broken_constraints(request, offer, states)
            shares_field = set(request["fields"]) & set(offer["fields"])
            shares_type = set(request["types"]) & set(offer["types"])
            if grade == "never":
                if not broken:
                    fail(rref, f"gold.{oref}", "graded never but breaks no hard constraint")
                if not shares_field:
                    fail(rref, f"gold.{oref}", "graded never but shares no field (not tempting)")
                never_reasons.update(broken)
                continue
            if broken:
                fail(rref, f"gold.{oref}", f"graded {grade} but breaks: {', '.join(broken)}")
            if not shares_field or not shares_type:
                fail(rref, f"gold.{oref}", f"graded {grade} but shares no field or no form of assistance")
            if grade == "strong":
                if not working_languages(request) & working_languages(offer):
                    fail(rref, f"gold.{oref}", "graded strong but has no working language in common")
                if not text_languages(request) & text_languages(offer):
                    cross_lingual.append((rref, oref))
        if "strong" not in grades.values():
            fail(rref, "gold", "no strong offer")
        for offer in offers:
            if (offer["ref"] not in grades and set(request["fields"]) & set(offer["fields"])
                    and broken_constraints(request, offer, states)):
                fail(rref, f"gold.{offer['ref']}", "shares a field and breaks "
                     f"{', '.join(broken_constraints(request, offer, states))}: must be graded never")

    if not problems:
        print_counts(doc, requests, offers, gold, grade_counts, never_reasons, cross_lingual, states)
    return report()


def print_counts(doc, requests, offers, gold, grade_counts, never_reasons, cross_lingual, states):
    def primary(i):
        return next(iter(i["title"]))
    print(f"items: {len(doc['items'])} ({len(requests)} requests, {len(offers)} offers)")
    for kind, group in (("requests", requests), ("offers", offers)):
        c = Counter(primary(i) for i in group)
        second = sum(1 for i in group if len(i["title"]) > 1 or len(i.get("description", {})) > 1)
        print(f"  {kind} by primary language: " + ", ".join(f"{l} {c[l]}" for l in UN_LANGUAGES)
              + f"; {second} with a second language")
    tags = sorted({l for i in doc["items"] for l in i.get("languages", []) if l not in UN_LANGUAGES})
    print(f"  other working-language tags: {' '.join(tags)}")
    print("  requesting States by UN regional group: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(states[r['party']['code']][1] for r in requests).items())))
    print("  offers: " + ", ".join([
        f"{sum(1 for o in offers if o.get('status') == 'CLOSED')} CLOSED",
        f"{sum(1 for o in offers if (o.get('eligibility') or {}).get('regions') or (o.get('eligibility') or {}).get('states'))} with restricted eligibility",
        f"{sum(1 for o in offers if 'validFrom' not in o or 'validUntil' not in o)} open-ended",
        f"{sum(1 for o in offers if o['party']['type'] == 'ORGANISATION')} from organisations"]))
    per_request = [Counter(g.values()) for g in gold.values()]
    print(f"gold: {grade_counts['strong']} strong, {grade_counts['acceptable']} acceptable, "
          f"{grade_counts['never']} never")
    print(f"  strong per request: min {min(c['strong'] for c in per_request)}, "
          f"max {max(c['strong'] for c in per_request)}; "
          f"requests with acceptable: {sum(1 for c in per_request if c['acceptable'])}, "
          f"with never: {sum(1 for c in per_request if c['never'])}")
    print("  never labels by broken constraint (a pair can break several): "
          + ", ".join(f"{k} {v}" for k, v in sorted(never_reasons.items())))
    print(f"  cross-lingual strong pairs (no text language in common): {len(cross_lingual)}")


def report():
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
