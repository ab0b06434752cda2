# Shared by bench/import-vs-copy.sh and bench/search-latency.sh (sourced, not run).
#
# Environment (all optional):
#   ACE_JAR     the application jar                     (default target/ace.jar)
#   JAVA_HOME   a JDK ≥ 21 (else java on PATH if ≥ 21, else the newest under /usr/lib/jvm)
#   BENCH_DIR   scratch folder: items, CSV, data dir     (default /tmp/ace-bench)
#   N           number of synthetic items                (default 100000)
#   SEED        generator seed                           (default 20261124)
#   PGHOST PGPORT PGUSER   PostgreSQL                    (default 127.0.0.1 5432 postgres; trust auth)
#   BENCH_DB    database name                            (default ace_bench; COPY uses ${BENCH_DB}_copy)

ACE_JAR=${ACE_JAR:-target/ace.jar}
BENCH_DIR=${BENCH_DIR:-/tmp/ace-bench}
N=${N:-100000}
SEED=${SEED:-20261124}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-ace_bench}

die() { echo "error: $*" >&2; exit 1; }

java_major() {
    local v
    v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    echo "${v%%.*}"
}

find_java() {
    local candidate major
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" \
            $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
        [[ -x "$candidate" ]] || continue
        major=$(java_major "$candidate")
        if [[ $major =~ ^[0-9]+$ ]] && (( major >= 21 )); then
            echo "$candidate"
            return
        fi
    done
    die "no JDK ≥ 21 found (set JAVA_HOME)"
}

JAVA=$(find_java)
[[ -f "$ACE_JAR" ]] || die "no application jar at $ACE_JAR (build it, or set ACE_JAR)"
command -v psql >/dev/null || die "psql not found"
pg_isready -q || die "PostgreSQL is not accepting connections at $PGHOST:$PGPORT"
mkdir -p "$BENCH_DIR"

# psql on database $1, quiet, stopping at the first error.
sql() { local db=$1; shift; psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }

recreate_db() {
    sql postgres -c "drop database if exists $1" -c "create database $1" 2>&1 | grep -v NOTICE || true
}

# Runs ACE (the jar) against database $1 with data folder $2: ace DB DATADIR ARGS...
ace() {
    local db=$1 data=$2; shift 2
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
        ACE_DATA_DIR="$data" "$JAVA" -jar "$ACE_JAR" "$@"
}

# Waits until no Maven build runs on the machine, so timings are not skewed.
wait_idle() {
    local said=
    while pgrep -f 'org.codehaus.plexus.classworlds' >/dev/null; do
        [[ -n $said ]] || { echo "  (waiting for a running Maven build to finish)"; said=1; }
        sleep 5
    done
}

# A watcher notes whether a Maven build ran at any moment of a timed step: watch_start, the step,
# then watch_clean (false when one ran, so the caller can repeat the step).
WATCH_PID=
watch_start() {
    rm -f "$BENCH_DIR/.disturbed"
    ( while :; do
          pgrep -f 'org.codehaus.plexus.classworlds' >/dev/null && touch "$BENCH_DIR/.disturbed"
          sleep 1
      done ) &
    WATCH_PID=$!
}
watch_clean() {
    kill "$WATCH_PID" 2>/dev/null || true
    wait "$WATCH_PID" 2>/dev/null || true
    WATCH_PID=
    if [[ -e "$BENCH_DIR/.disturbed" ]]; then
        echo "  (a Maven build ran during this measurement: repeating it)"
        return 1
    fi
}

watch_stop_quiet() { [[ -z "$WATCH_PID" ]] || kill "$WATCH_PID" 2>/dev/null || true; }
trap watch_stop_quiet EXIT

# measure CMD ARGS...: waits for an idle machine and runs CMD (which times itself); repeats it, up to
# 3 times in all, when a Maven build ran meanwhile.
measure() {
    local attempt
    for attempt in 1 2 3; do
        wait_idle
        watch_start
        "$@"
        watch_clean && return 0
    done
    echo "  (still disturbed after 3 attempts: the last figures stand, but were taken during a Maven build)"
}

now_ns() { date +%s%N; }
# seconds between two now_ns values, 3 decimals
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }

# The items file for N and SEED, generated once.
items_file() {
    local file="$BENCH_DIR/items-$N-$SEED.json"
    if [[ ! -s "$file" ]]; then
        python3 bench/generate_items.py "$N" "$file.tmp" --seed "$SEED" >&2 && mv "$file.tmp" "$file"
    fi
    echo "$file"
}

machine_summary() {
    echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p')"
    echo "java: $("$JAVA" -version 2>&1 | head -1) ($JAVA)"
    echo "postgres: $(psql -X -Atc 'show server_version' -d postgres)"
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
}
