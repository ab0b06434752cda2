#!/usr/bin/env bash
# Bulk import through ACE versus PostgreSQL COPY of the same rows.
#
#   bash bench/import-vs-copy.sh          (from the repository root; ACE_JAR=… for another jar)
#
# 1. Generates N (default 100,000) synthetic items (bench/generate_items.py).
# 2. Fresh database $BENCH_DB (ace_bench): times two no-op starts (`ace import` of an empty
#    document: the first also lets Flyway create the schema, the second is JVM + Spring + Flyway
#    validation only, i.e. the start-up contained in the timed import), then `ace import` of the
#    N items (wall clock, whole process).
# 3. Exports catalogue_item, catalogue_item_text and catalogue_item_code from it as CSV.
# 4. Fresh database ${BENCH_DB}_copy, schema made by the jar (import of a 1-item file), catalogue_*
#    tables truncated; then times `psql -1` with three `\copy … from` of those CSV files (one
#    transaction, indexes, primary keys and foreign keys in place, so index maintenance and
#    constraint checks are included), COPY_RUNS times (default 3, truncating between runs).
# 5. Prints the times and the ratio import / COPY; writes them to $BENCH_DIR/import-vs-copy.txt.
# Leaves $BENCH_DB (with its N items and data folder $BENCH_DIR/data) for bench/search-latency.sh;
# drops ${BENCH_DB}_copy. Each timed step first waits until no Maven build runs, and is repeated
# (up to 3 times) when one started meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
COPY_RUNS=${COPY_RUNS:-3}
COPY_DB=${BENCH_DB}_copy
DATA="$BENCH_DIR/data"
OUT="$BENCH_DIR/import-vs-copy.txt"
LOG="$BENCH_DIR/import-vs-copy.log"
: > "$LOG"

echo "== import vs COPY: $N items, jar $ACE_JAR"
machine_summary | tee "$OUT"

ITEMS=$(items_file)
EMPTY="$BENCH_DIR/empty.json"
ONE="$BENCH_DIR/one.json"
echo '{"format": "ace-interchange/1", "items": []}' > "$EMPTY"
python3 bench/generate_items.py 1 "$ONE" --seed 1 2>/dev/null
echo "items: $ITEMS ($(du -h "$ITEMS" | cut -f1))"

# ---- ACE import -------------------------------------------------------------------------------
timed_ace() {  # timed_ace LABEL FILE → sets SECONDS_TAKEN
    local label=$1 file=$2 t0 t1 rc=0 rss=()
    [[ -x /usr/bin/time ]] && rss=(/usr/bin/time -f '%M' -o "$BENCH_DIR/rss.txt")
    rm -f "$BENCH_DIR/rss.txt"
    sql "$BENCH_DB" -c checkpoint
    t0=$(now_ns)
    "${rss[@]}" env SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
        SPRING_DATASOURCE_USERNAME="$PGUSER" ACE_DATA_DIR="$DATA" \
        "$JAVA" -jar "$ACE_JAR" import "$file" >>"$LOG" 2>&1 || rc=$?
    t1=$(now_ns)
    [[ $rc -eq 0 ]] || die "$label failed (exit $rc), see $LOG"
    SECONDS_TAKEN=$(elapsed "$t0" "$t1")
    printf '  %-46s %9.3f s' "$label" "$SECONDS_TAKEN"
    [[ -s "$BENCH_DIR/rss.txt" ]] && printf '   (peak RSS %d MB)' $(( $(tail -1 "$BENCH_DIR/rss.txt") / 1024 ))
    echo
}

ace_import_runs() {  # fresh database, two no-op starts, the import
    recreate_db "$BENCH_DB"
    rm -rf "$DATA"
    timed_ace "no-op start 1 (empty file; Flyway migrates)" "$EMPTY"; START_MIGRATE=$SECONDS_TAKEN
    timed_ace "no-op start 2 (empty file; schema present)" "$EMPTY"; START=$SECONDS_TAKEN
    timed_ace "import of $N items" "$ITEMS"; IMPORT=$SECONDS_TAKEN
}

echo "-- ACE (java -jar $(basename "$ACE_JAR") import), wall clock of the whole process"
measure ace_import_runs
tail -1 "$LOG"

counts() {
    sql "$1" -Atc "select (select count(*) from catalogue_item) || ' items, ' ||
        (select count(*) from catalogue_item_text) || ' texts, ' ||
        (select count(*) from catalogue_item_code) || ' codes'"
}
SOURCE_COUNTS=$(counts "$BENCH_DB")
echo "  $BENCH_DB now holds: $SOURCE_COUNTS"

# ---- the same rows through COPY ---------------------------------------------------------------
TABLES=(catalogue_item catalogue_item_text catalogue_item_code)
for t in "${TABLES[@]}"; do
    sql "$BENCH_DB" -c "\\copy (select * from $t order by 1) to '$BENCH_DIR/$t.csv' with (format csv)"
done
echo "-- exported the catalogue rows as CSV: $(cd "$BENCH_DIR" && du -ch "${TABLES[@]/%/.csv}" | tail -1 | cut -f1)"

recreate_db "$COPY_DB"
ace "$COPY_DB" "$BENCH_DIR/data-copy" import "$ONE" >>"$LOG" 2>&1 || die "schema import into $COPY_DB failed, see $LOG"
rm -rf "$BENCH_DIR/data-copy"
TRUNCATE="truncate catalogue_item, catalogue_item_text, catalogue_item_code, catalogue_item_contact,
          catalogue_item_partner, catalogue_attachment"
COPY_SQL="$BENCH_DIR/copy.sql"
{
    for t in "${TABLES[@]}"; do
        echo "\\copy $t from '$BENCH_DIR/$t.csv' with (format csv)"
    done
} > "$COPY_SQL"

echo "-- PostgreSQL: psql -1 -f copy.sql (3 x \\copy … from, one transaction, indexes and FKs in place)"
COPY_TIMES=()
copy_run() {
    local t0 t1
    sql "$COPY_DB" -c "$TRUNCATE" -c checkpoint
    t0=$(now_ns)
    sql "$COPY_DB" -1 -f "$COPY_SQL"
    t1=$(now_ns)
    COPY_SECONDS=$(elapsed "$t0" "$t1")
    printf '  %-46s %9.3f s\n' "COPY run $run" "$COPY_SECONDS"
}
for run in $(seq 1 "$COPY_RUNS"); do
    measure copy_run
    COPY_TIMES+=("$COPY_SECONDS")
done
COPY_COUNTS=$(counts "$COPY_DB")
[[ "$COPY_COUNTS" == "$SOURCE_COUNTS" ]] || die "row counts differ: $BENCH_DB $SOURCE_COUNTS, $COPY_DB $COPY_COUNTS"
echo "  $COPY_DB holds the same: $COPY_COUNTS"
COPY=$(printf '%s\n' "${COPY_TIMES[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')

# ---- summary ----------------------------------------------------------------------------------
NET=$(awk -v a="$IMPORT" -v b="$START" 'BEGIN { printf "%.3f", a - b }')
{
    echo "items: $N ($SOURCE_COUNTS)"
    echo "ace_start_with_migration_s: $START_MIGRATE"
    echo "ace_start_s: $START"
    echo "ace_import_wall_s: $IMPORT"
    echo "ace_import_net_s: $NET   (wall minus no-op start 2)"
    echo "copy_runs_s: ${COPY_TIMES[*]}"
    echo "copy_median_s: $COPY"
    awk -v i="$IMPORT" -v n="$NET" -v c="$COPY" -v items="$N" 'BEGIN {
        printf "ratio_import_wall_over_copy: %.1f\n", i / c
        printf "ratio_import_net_over_copy: %.1f\n", n / c
        printf "items_per_s: import %.0f (net %.0f), COPY %.0f\n", items / i, items / n, items / c }'
} | tee -a "$OUT"

sql postgres -c "drop database if exists $COPY_DB"
rm -f "$BENCH_DIR"/catalogue_item*.csv
echo "(kept $BENCH_DB and $DATA for bench/search-latency.sh; dropped $COPY_DB; results in $OUT)"
