#!/usr/bin/env bash
# Search latency: the public search API under wrk, then the same queries on the raw Lucene index.
#
#   bash bench/search-latency.sh          (from the repository root, after bench/import-vs-copy.sh,
#                                          or on its own: it imports the N items itself if needed)
#
# 1. Needs database $BENCH_DB (ace_bench) with the N synthetic items; imports them if it is empty.
#    Runs ANALYZE on the catalogue tables first (ANALYZE=0 skips it): PostgreSQL's autovacuum does
#    this by itself soon after a bulk load, but a cluster with autovacuum = off (as the one on the
#    development machines, /etc/postgresql/15/main/conf.d/90-ci.conf) keeps no statistics, and the
#    query that loads a page of items then scans catalogue_item_text sequentially on every search.
# 2. Deletes the search index under $BENCH_DIR/data/index and starts `ace serve --port $PORT`
#    (8095); the server rebuilds the index at start. Waits until /actuator/health is UP and
#    GET /api/v1/offers?size=1 reports as "total" every public offer in the database, and stable
#    (the time taken is reported as the index build).
# 3. Records each query's "total" (to check the raw harness finds the same), then wrk on loopback
#    with bench/search.lua rotating through bench/search-queries.txt: a warm-up ($WARMUP s,
#    discarded), 1 connection for $DURATION s (latency without queueing), the same with size=1
#    (isolates the per-hit work: highlights, stored fields, loading the items from the database),
#    then 2 threads and $CONNECTIONS connections for $DURATION s.
# 4. Stops the server and runs bench/RawLuceneBench.java on the same index, the same queries, on
#    1 and $CONNECTIONS threads (after its own warm-up).
# 5. Prints p50/p95/p99, requests/s and the ratio server p95 / raw p95; writes them to
#    $BENCH_DIR/search-latency.txt. CLEANUP=1 drops $BENCH_DB and $BENCH_DIR/data at the end.
#
# Also: PORT (8095), DURATION (30), WARMUP (20), CONNECTIONS (16), SWEEP ("2 4 8": more wrk runs at
# these connection counts, to show where p95 crosses the target), BENCH_CLASSPATH (Lucene jars for
# the raw harness; default: those inside the application jar, extracted to $BENCH_DIR/lib).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PORT=${PORT:-8095}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-16}
SWEEP=${SWEEP:-2 4 8}
DATA="$BENCH_DIR/data"
QUERIES=bench/search-queries.txt
OUT="$BENCH_DIR/search-latency.txt"
LOG="$BENCH_DIR/search-latency.log"
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || die "wrk not found (apt-get install -y wrk)"
command -v curl >/dev/null || die "curl not found"
: > "$LOG"

echo "== search latency: jar $ACE_JAR, port $PORT"
machine_summary | tee "$OUT"

# ---- the database -----------------------------------------------------------------------------
ITEMS_IN_DB=$(sql postgres -Atc "select 1 from pg_database where datname = '$BENCH_DB'" | grep -q 1 \
    && sql "$BENCH_DB" -Atc "select count(*) from catalogue_item" 2>/dev/null || echo 0)
if [[ "$ITEMS_IN_DB" == 0 ]]; then
    echo "-- $BENCH_DB is empty or missing: importing $N items (not timed)"
    recreate_db "$BENCH_DB"
    rm -rf "$DATA"
    ace "$BENCH_DB" "$DATA" import "$(items_file)" >>"$LOG" 2>&1 || die "import failed, see $LOG"
    ITEMS_IN_DB=$(sql "$BENCH_DB" -Atc "select count(*) from catalogue_item")
fi
PUBLIC_OFFERS=$(sql "$BENCH_DB" -Atc "select count(*) from catalogue_item where kind = 'OFFER' and visibility = 'PUBLIC'")
echo "database $BENCH_DB: $ITEMS_IN_DB items, $PUBLIC_OFFERS public offers" | tee -a "$OUT"
echo "autovacuum: $(sql "$BENCH_DB" -Atc 'show autovacuum'); catalogue_item_text last analysed: \
$(sql "$BENCH_DB" -Atc "select coalesce(greatest(last_analyze, last_autoanalyze)::text, 'never')
    from pg_stat_user_tables where relname = 'catalogue_item_text'")" | tee -a "$OUT"
if [[ "${ANALYZE:-1}" == 1 ]]; then
    sql "$BENCH_DB" -c "analyze catalogue_item, catalogue_item_text, catalogue_item_code, catalogue_item_contact,
        catalogue_item_partner, catalogue_attachment"
    echo "ran ANALYZE on the catalogue tables" | tee -a "$OUT"
fi

# ---- the server -------------------------------------------------------------------------------
SERVER_PID=
stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        for _ in $(seq 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    fi
    SERVER_PID=
}
trap 'stop_server; watch_stop_quiet' EXIT

total() {  # total QUERY → the server's "total" for public offers matching QUERY
    curl -sf -G "$BASE/api/v1/offers" --data-urlencode "q=$1" --data-urlencode "size=1" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])'
}

start_and_index() {  # (re)starts the server on an empty index; waits for the index to be complete
    local t0 t_up t_indexed previous=-1 stable=0 current=-1
    stop_server
    rm -rf "$DATA/index"
    t0=$(now_ns)
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
        ACE_DATA_DIR="$DATA" "$JAVA" -jar "$ACE_JAR" serve --port "$PORT" >>"$LOG" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 300); do
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped, see $LOG"
        curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
        sleep 1
    done
    t_up=$(now_ns)
    for _ in $(seq 1800); do
        current=$(total "" 2>/dev/null || echo -1)
        if [[ "$current" == "$previous" && "$current" == "$PUBLIC_OFFERS" ]]; then
            stable=$((stable + 1)); (( stable >= 3 )) && break
        else
            stable=0
        fi
        previous=$current
        sleep 1
    done
    [[ "$current" == "$PUBLIC_OFFERS" ]] || die "index incomplete: total $current, expected $PUBLIC_OFFERS"
    t_indexed=$(now_ns)
    # the last three (stable) polls took about 3 s: not part of the build
    INDEX_S=$(awk -v a="$t0" -v b="$t_indexed" 'BEGIN { printf "%.1f", (b - a) / 1e9 - 3 }')
    echo "server: health UP $(elapsed "$t0" "$t_up") s after the start, index complete ($current public \
offers) about $INDEX_S s after the start" > "$BENCH_DIR/step.out"
    cat "$BENCH_DIR/step.out"
}

curl -s -o /dev/null "$BASE/" && die "something already listens on port $PORT"
measure start_and_index
cat "$BENCH_DIR/step.out" >> "$OUT"

grep -v '^\s*#' "$QUERIES" | grep -v '^\s*$' | while IFS= read -r q; do
    printf '%s\t%s\n' "$(total "$q")" "$q"
done > "$BENCH_DIR/server-counts.txt"
echo "hits per query (server): $(cut -f1 "$BENCH_DIR/server-counts.txt" | sort -n | paste -sd' ' \
    | awk '{ printf "min %d, median %d, max %d", $1, $(int((NF + 1) / 2)), $NF }')" | tee -a "$OUT"

run_wrk() {  # run_wrk LABEL THREADS CONNECTIONS SECONDS [SIZE]
    {
        echo "-- wrk $1: -t$2 -c$3 -d$4s, size=${5:-20}"
        wrk -t"$2" -c"$3" -d"$4"s --timeout 10s -s bench/search.lua "$BASE" -- "$QUERIES" "${5:-20}" \
            | grep -E '^(requests|latency|errors|RESULT)'
    } > "$BENCH_DIR/step.out"
    cat "$BENCH_DIR/step.out"
}
wrk_result() { cat "$BENCH_DIR/step.out" >> "$OUT"; sed -n 's/^RESULT //p' "$BENCH_DIR/step.out"; }
measure run_wrk "warm-up (discarded)" 2 "$CONNECTIONS" "$WARMUP" > /dev/null
measure run_wrk "1 connection" 1 1 "$DURATION"
S1=$(wrk_result)
measure run_wrk "1 connection, one hit a page" 1 1 "$DURATION" 1
S1_SIZE1=$(wrk_result)
measure run_wrk "$CONNECTIONS connections" 2 "$CONNECTIONS" "$DURATION"
S16=$(wrk_result)
# The concurrency sweep: where p95 crosses the target on this machine (2 threads, so 2+ connections).
SWEEP_ROWS=""
for c in $SWEEP; do
    measure run_wrk "$c connections" 2 "$c" "$DURATION"
    SWEEP_ROWS+="$c $(wrk_result)"$'\n'
done
stop_server

# ---- raw Lucene -------------------------------------------------------------------------------
if [[ -z "${BENCH_CLASSPATH:-}" ]]; then
    mkdir -p "$BENCH_DIR/lib"
    BENCH_CLASSPATH=$(python3 - "$ACE_JAR" "$BENCH_DIR/lib" <<'EOF'
import sys, zipfile, os
jar, lib = sys.argv[1], sys.argv[2]
paths = []
with zipfile.ZipFile(jar) as z:
    for name in z.namelist():
        if name.startswith("BOOT-INF/lib/lucene-") and name.endswith(".jar"):
            target = os.path.join(lib, os.path.basename(name))
            with open(target, "wb") as f:
                f.write(z.read(name))
            paths.append(target)
if not paths:
    sys.exit("no Lucene jars inside " + jar)
print(":".join(paths))
EOF
)
fi
run_raw() {
    {
        echo "-- raw Lucene (bench/RawLuceneBench.java), same index and queries, 1 and $CONNECTIONS threads"
        "$JAVA" -cp "$BENCH_CLASSPATH" bench/RawLuceneBench.java "$DATA/index" --queries "$QUERIES" \
            --threads "1,$CONNECTIONS" --seconds "$DURATION" --warmup "$WARMUP" \
            --counts "$BENCH_DIR/raw-counts.txt" 2>>"$LOG" | grep -E '^(index|threads|latency|RESULT)'
    } > "$BENCH_DIR/raw.out"
    cat "$BENCH_DIR/raw.out"
}
measure run_raw
cat "$BENCH_DIR/raw.out" >> "$OUT"
R1=$(sed -n 's/^RESULT threads=1 //p' "$BENCH_DIR/raw.out")
R16=$(sed -n "s/^RESULT threads=$CONNECTIONS //p" "$BENCH_DIR/raw.out")

if diff -q "$BENCH_DIR/server-counts.txt" "$BENCH_DIR/raw-counts.txt" >/dev/null; then
    echo "hit counts: the raw harness finds exactly the server's totals for all $(wc -l < "$BENCH_DIR/raw-counts.txt") queries" | tee -a "$OUT"
else
    echo "hit counts DIFFER between server and raw harness:" | tee -a "$OUT"
    diff "$BENCH_DIR/server-counts.txt" "$BENCH_DIR/raw-counts.txt" | tee -a "$OUT" || true
fi

# ---- summary ----------------------------------------------------------------------------------
field() { sed -n "s/.*\b$2=\([0-9.]*\).*/\1/p" <<< "$1"; }
{
    echo "summary (ms; target p95 ≤ 20 ms):"
    printf '  %-34s %8s %8s %8s %10s\n' "" p50 p95 p99 "per s"
    printf '  %-34s %8s %8s %8s %10s\n' "server, 1 connection" "$(field "$S1" p50_ms)" "$(field "$S1" p95_ms)" \
        "$(field "$S1" p99_ms)" "$(field "$S1" rps)"
    printf '  %-34s %8s %8s %8s %10s\n' "server, 1 connection, size=1" "$(field "$S1_SIZE1" p50_ms)" \
        "$(field "$S1_SIZE1" p95_ms)" "$(field "$S1_SIZE1" p99_ms)" "$(field "$S1_SIZE1" rps)"
    printf '  %-34s %8s %8s %8s %10s\n' "server, $CONNECTIONS connections" "$(field "$S16" p50_ms)" \
        "$(field "$S16" p95_ms)" "$(field "$S16" p99_ms)" "$(field "$S16" rps)"
    while read -r c result; do
        [[ -z "$c" ]] && continue
        printf '  %-34s %8s %8s %8s %10s\n' "server, $c connections" "$(field "$result" p50_ms)" \
            "$(field "$result" p95_ms)" "$(field "$result" p99_ms)" "$(field "$result" rps)"
    done <<< "$SWEEP_ROWS"
    printf '  %-34s %8s %8s %8s %10s\n' "raw Lucene, 1 thread" "$(field "$R1" p50_ms)" "$(field "$R1" p95_ms)" \
        "$(field "$R1" p99_ms)" "$(field "$R1" qps)"
    printf '  %-34s %8s %8s %8s %10s\n' "raw Lucene, $CONNECTIONS threads" "$(field "$R16" p50_ms)" \
        "$(field "$R16" p95_ms)" "$(field "$R16" p99_ms)" "$(field "$R16" qps)"
    awk -v s1="$(field "$S1" p95_ms)" -v r1="$(field "$R1" p95_ms)" -v s16="$(field "$S16" p95_ms)" \
        -v r16="$(field "$R16" p95_ms)" -v c="$CONNECTIONS" 'BEGIN {
        printf "  ratio server p95 / raw p95: %.1f at 1, %.1f at %d concurrent\n", s1 / r1, s16 / r16, c }'
} | tee -a "$OUT"

if [[ "${CLEANUP:-0}" == 1 ]]; then
    sql postgres -c "drop database if exists $BENCH_DB"
    rm -rf "$DATA"
    echo "(dropped $BENCH_DB and $DATA)"
fi
echo "(results in $OUT)"
