#!/usr/bin/env bash
# The benchmark suite of docs/benchmarks.md: builds the release binary, starts its own
# sandbox servers on 127.0.0.1, generates the data with fixed seeds, runs every case side
# by side with its alternative in the same run, prints medians and ratios, and rewrites
# docs/benchmarks.md with the machine, the command and the figures.
#
#   bench/run.sh            # everything (about 5 minutes on 2 vCPUs, after the build)
#   RUNS=3 bench/run.sh     # fewer runs per case (default 5; medians are printed)
#   NO_BUILD=1 bench/run.sh # use target/release/monitis as it is
#   MONITIS_BIN=path NO_BUILD=1 bench/run.sh  # another binary (a debug build: a dry run)
#   IMPORT_ROWS=50 bench/run.sh  # fewer rows for `client import` (default 1,000)
#
# Needs: cargo, curl, jq, openssl, sqlite3, python3 with `requests`, GNU time
# (/usr/bin/time). Debian: apt-get install curl jq openssl sqlite3 time python3-requests
# The bare clap binary of the start-up table is built offline from bench/bare-clap (with
# the crates cargo already has); without them that row says it was not built.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-5}
for tool in curl jq openssl sqlite3 python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is needed (see the header of $0)" >&2; exit 1; }
done
python3 -c 'import requests' 2>/dev/null || { echo "bench: python3 -m pip install requests (or apt-get install python3-requests)" >&2; exit 1; }

if [ -z "${NO_BUILD:-}" ]; then cargo build --release --locked; fi
M=${MONITIS_BIN:-$ROOT/target/release/monitis}
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
REPORT=$WORK/report.md
: >"$REPORT"
say() { printf '%s\n' "$*" | tee -a "$REPORT"; }

# --- helpers ----------------------------------------------------------------------------

now_ns() { date +%s%N; }
# timed LABEL CHECK CMD...: one run of CMD, $BEFORE (if set) untimed before it; prints its
# wall time in µs. It must succeed: exit 0, and then the function CHECK names (if any)
# must accept what CMD wrote ($WORK/out); otherwise the whole suite stops here, loudly.
# Called as $(timed …) || exit: its failure fails the caller's subshell too.
timed() {
    local label=$1 check=$2 t0 t1 rc
    shift 2
    if [ -n "${BEFORE:-}" ]; then $BEFORE; fi
    t0=$(now_ns)
    rc=0; "$@" >"$WORK/out" 2>"$WORK/err" || rc=$?
    t1=$(now_ns)
    [ $rc = 0 ] || fail "$label exited $rc: $(tail -c 800 "$WORK/err") $(head -c 300 "$WORK/out")"
    if [ -n "$check" ]; then
        $check || fail "$label did not do its job ($check): $(head -c 300 "$WORK/out") $(tail -c 300 "$WORK/err")"
    fi
    echo $(((t1 - t0) / 1000))
}
# median_ms CMD...: runs CMD $RUNS times (see timed; $CHECK checks each run) and prints
# the median wall time in ms.
median_ms() {
    local times=() i t
    for i in $(seq "$RUNS"); do
        # `|| exit`: a command substitution does not inherit `set -e`.
        t=$(timed "$* (run $i)" "${CHECK:-}" "$@") || exit 1
        times+=("$t")
    done
    median "${times[@]}"
}
# interleaved CASE[:CHECK]...: runs the functions named round by round ($RUNS rounds, each
# case once a round; see timed) and sets MED[CASE] to each one's median wall time in ms.
# What is compared runs side by side: a slow spell of the machine falls on every case
# of a round alike, not on one case's five runs.
declare -A MED
interleaved() {
    local -A times=()
    local round spec c check t
    for round in $(seq "$RUNS"); do
        for spec in "$@"; do
            c=${spec%%:*}; check=${spec#"$c"}
            t=$(timed "$c (round $round)" "${check#:}" "$c") || exit 1
            times[$c]+="$t "
        done
    done
    for spec in "$@"; do
        c=${spec%%:*}
        # shellcheck disable=SC2086 # one number per word
        MED[$c]=$(median ${times[$c]})
    done
}
# peak_mb CMD...: the peak RSS of one run, in MB (the run must succeed too).
peak_mb() {
    local rc=0
    /usr/bin/time -f %M -o "$WORK/rss" "$@" >"$WORK/out" 2>"$WORK/err" || rc=$?
    [ $rc = 0 ] || fail "$* exited $rc: $(tail -c 800 "$WORK/err")"
    if [ -n "${CHECK:-}" ]; then $CHECK || fail "$* did not do its job ($CHECK)"; fi
    tail -n 1 "$WORK/rss" | awk '{printf "%.0f", $1/1024}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f×", (b > 0 ? a / b : 0)}'; }

# Checks of what a timed command wrote to $WORK/out.
# ids_out N: the output holds N objects with an "id" (JSON, compact or pretty).
ids_out() { [ "$(grep -o '"id":' "$WORK/out" | wc -l)" = "$1" ]; }
# lines_out N: N lines (NDJSON; CSV and TSV with their header).
lines_out() { [ "$(wc -l <"$WORK/out")" = "$1" ]; }
# ok_out: the protocol's change envelope, {"status":"ok",…}.
ok_out() { jq -e '.status == "ok"' "$WORK/out" >/dev/null 2>&1; }
nonempty_out() { [ -s "$WORK/out" ]; }

# serve DB [args]: this run's binary serving DB (lib.sh's serve_with), URL set.
serve() { serve_with "$M" "$@"; }
# as KEYS_JSON: exports the CLI's credentials from a `sandbox init/generate` summary.
as() {
    export MONITIS_API_KEY MONITIS_SECRET_KEY MONITIS_ENDPOINT=$URL
    MONITIS_API_KEY=$(jq -r .apikey "$1"); MONITIS_SECRET_KEY=$(jq -r .secretkey "$1")
}
token() {
    local t
    t=$(curl -sG "$URL" --data-urlencode action=authToken --data-urlencode "apikey=$MONITIS_API_KEY" \
        --data-urlencode "secretkey=$MONITIS_SECRET_KEY" --data-urlencode version=3 | jq -r .authToken)
    [ -n "$t" ] && [ "$t" != null ] || fail "no token from $URL"
    echo "$t"
}
# read_curl ACTION [k=v...]: a signed (token) read with curl alone.
read_curl() {
    local action=$1; shift
    local args=()
    for kv in "$@"; do args+=(--data-urlencode "$kv"); done
    curl -sG "$URL" --data-urlencode "action=$action" --data-urlencode "apikey=$MONITIS_API_KEY" \
        --data-urlencode version=3 --data-urlencode output=json --data-urlencode validation=token \
        --data-urlencode "authToken=$TOKEN" "${args[@]}"
}
# post_checksum ACTION k=v...: a change signed with HMAC-SHA1 by openssl (docs/protocol.md).
# A random nonce makes each call a request of its own: the server refuses a signed
# request it has seen (errorCode 19), and two runs of the same move within one second
# would otherwise be signed alike.
post_checksum() {
    local action=$1; shift
    local ts sig pairs=("action=$action" "apikey=$MONITIS_API_KEY" "version=3") args=()
    ts=$(date -u '+%Y-%m-%d %H:%M:%S')
    pairs+=("$@" "timestamp=$ts" "nonce=$(openssl rand -hex 12)")
    # Sorted by name in byte order ('=' sorts before any letter), name and value joined.
    sig=$(printf '%s\n' "${pairs[@]}" | LC_ALL=C sort | sed 's/=//' | tr -d '\n' \
        | openssl dgst -sha1 -hmac "$MONITIS_SECRET_KEY" -binary | base64)
    for kv in "${pairs[@]}"; do
        if [ ${#kv} -gt 4096 ]; then
            # Too long for one argument (10,000 ids): curl reads the value from a file.
            printf '%s' "${kv#*=}" >"$WORK/arg-${kv%%=*}"
            args+=(--data-urlencode "${kv%%=*}@$WORK/arg-${kv%%=*}")
        else
            args+=(--data-urlencode "$kv")
        fi
    done
    curl -s "$URL" "${args[@]}" --data-urlencode "checksum=$sig"
}

# --- data -------------------------------------------------------------------------------

say "# Benchmarks"
say ""
say "Produced by \`bench/run.sh\` ($(basename "$(dirname "$M")") build, RUNS=$RUNS: medians of $RUNS runs), $(date -u '+%Y-%m-%d %H:%M UTC')."
say "Machine: $(nproc) vCPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr), load average at start $(cut -d' ' -f1-3 /proc/loadavg)${BENCH_NOTE:+; $BENCH_NOTE}."
say "Every server is \`monitis sandbox serve\` on 127.0.0.1 (a port the kernel picks) over its own"
say "SQLite file; the alternatives run in the same run against the same server. Every timed"
say "command is checked: exit 0, and what it printed or changed (a change's \`ok\` envelope,"
say "the monitors counted in their target order afterwards); one failure stops the suite."
say ""

"$M" sandbox generate --db "$WORK/small.db" --clients 10 --orders-per-client 4 --monitors-per-order 25 --seed 1 >"$WORK/small.json" 2>/dev/null
"$M" sandbox generate --db "$WORK/big.db" --clients 1000 --orders-per-client 4 --monitors-per-order 25 --seed 1 >"$WORK/big.json" 2>/dev/null
# Reseller B of the attacks section: a bystander in the same database as the 1,000 clients.
"$M" sandbox init --db "$WORK/big.db" >"$WORK/bystander.json" 2>/dev/null
serve "$WORK/small.db"; SMALL_URL=$URL
serve "$WORK/big.db"; BIG_URL=$URL; BIG_PID=${PIDS[-1]}

# --- one-item commands: 10 clients against 1,000 -----------------------------------------

# The same client, order and monitor shape in both: the first client, its first order.
pick_item() {
    local db=$1
    EMAIL=$(sqlite3 "$db" "SELECT email FROM clients ORDER BY id LIMIT 1")
    ORDER=$(sqlite3 "$db" "SELECT MIN(id) FROM orders WHERE client_id = (SELECT MIN(id) FROM clients)")
    # An external monitor and another active order of the same client with a free slot.
    read -r MONITOR TO FROM < <(sqlite3 -separator ' ' "$db" "
        SELECT m.id, o.id, m.order_id FROM monitors m JOIN orders o ON o.client_id = m.client_id AND o.id != m.order_id
        JOIN order_items i ON i.order_id = o.id AND i.code = m.type
        WHERE m.type = 'external' AND o.status = 'active' AND o.managed = 0
          AND i.quantity > (SELECT COUNT(*) FROM monitors x WHERE x.order_id = o.id AND x.type = 'external')
        ORDER BY m.id LIMIT 1")
}
say "## One-item commands: a reseller of 10 clients against one of 1,000 (100,000 monitors)"
say ""
say "Medians of $((RUNS * 3)) runs each (runs of 10-60 ms vary more)."
say ""
say "| command | 10 clients | 1,000 clients | ratio |"
say "|---|---|---|---|"
declare -A ONE
# Back and forth, so that every run moves; checked where the monitor ends.
move_back_and_forth() { "$M" monitor move "$MONITOR" --to-order "$TO" -o json && "$M" monitor move "$MONITOR" --to-order "$FROM" -o json; }
back_home() { [ "$(sqlite3 "$DB" "SELECT order_id FROM monitors WHERE id = $MONITOR")" = "$FROM" ] && grep -q '"result": "moved"' "$WORK/out"; }
for size in small big; do
    if [ $size = small ]; then URL=$SMALL_URL; else URL=$BIG_URL; fi
    as "$WORK/$size.json"
    DB=$WORK/$size.db
    pick_item "$DB"
    CHECK=nonempty_out
    # Runs of 10-60 ms: more of them, so one slow spell does not move the median.
    ONE[$size,client]=$(RUNS=$((RUNS * 3)) median_ms "$M" client show "$EMAIL" -o json)
    ONE[$size,plan]=$(RUNS=$((RUNS * 3)) median_ms "$M" plan show --client "$EMAIL" -o json)
    ONE[$size,order]=$(RUNS=$((RUNS * 3)) median_ms "$M" order show "$ORDER" -o json)
    ONE[$size,monitor]=$(RUNS=$((RUNS * 3)) median_ms "$M" monitor show "$MONITOR" -o json)
    two=$(RUNS=$((RUNS * 3)) CHECK=back_home median_ms move_back_and_forth)
    ONE[$size,move]=$(awk -v t="$two" 'BEGIN {printf "%.1f", t / 2}')
done
CHECK=
for c in "client show EMAIL:client" "plan show --client EMAIL:plan" "order show ID:order" "monitor show ID:monitor" "monitor move ID --to-order O:move"; do
    name=${c%%:*}; key=${c##*:}
    say "| \`$name\` | ${ONE[small,$key]} ms | ${ONE[big,$key]} ms | $(ratio "${ONE[big,$key]}" "${ONE[small,$key]}") |"
done
say ""

# --- lists ---------------------------------------------------------------------------------

URL=$BIG_URL; as "$WORK/big.json"; TOKEN=$(token)
MONITORS=$(sqlite3 "$WORK/big.db" "SELECT COUNT(*) FROM monitors")
say "## \`monitor list\` of $MONITORS monitors"
say ""
say "The timed cases run round by round, one run of each a round, so a slow spell of the"
say "machine falls on all of them alike; peak RSS is one more run of each."
say ""
list_curl() { read_curl monitors; }
list_jq() { read_curl monitors | jq .; }
DUMP_SQL="SELECT json_group_array(json_object('clientId', m.client_id, 'id', m.id,
    'interval', m.interval, 'managed', json(CASE WHEN o.managed THEN 'true' ELSE 'false' END),
    'managedBy', CASE WHEN o.managed THEN 'reseller' END, 'name', m.name, 'orderId', m.order_id,
    'pageviews', m.pageviews, 'status', m.status, 'suspendedReason', m.suspended_reason,
    'type', m.type, 'url', m.url)) FROM monitors m JOIN orders o ON o.id = m.order_id"
sqlite_dump() { sqlite3 "$WORK/big.db" "$DUMP_SQL"; }
all_ids() { ids_out "$MONITORS"; }
all_lines() { lines_out "$MONITORS"; }
all_rows() { lines_out "$((MONITORS + 1))"; }
list_json() { "$M" monitor list -o json; }
list_ndjson() { "$M" monitor list -o ndjson; }
list_csv() { "$M" monitor list -o csv; }
list_tsv() { "$M" monitor list -o tsv; }
interleaved sqlite_dump:all_ids list_curl:all_ids list_jq:all_ids list_json:all_ids \
    list_ndjson:all_lines list_csv:all_rows list_tsv:all_rows
L_DUMP=${MED[sqlite_dump]}; L_CURL=${MED[list_curl]}; L_JQ=${MED[list_jq]}
CHECK=all_ids
P_DUMP=$(peak_mb sqlite3 "$WORK/big.db" "$DUMP_SQL")
export URL MONITIS_API_KEY TOKEN
P_JQ=$(peak_mb bash -c "$(declare -f read_curl); read_curl monitors | jq .")
say "| job | median | peak RSS | against |"
say "|---|---|---|---|"
say "| \`sqlite3\` dumping the same rows as JSON | $L_DUMP ms | $P_DUMP MB | |"
say "| the server answering \`monitors\` (\`curl\` alone) | $L_CURL ms | server: see below | $(ratio "$L_CURL" "$L_DUMP") of the \`sqlite3\` dump |"
say "| \`curl \| jq .\` | $L_JQ ms | $P_JQ MB | |"
for fmt in json ndjson csv tsv; do
    case $fmt in json) CHECK=all_ids ;; ndjson) CHECK=all_lines ;; *) CHECK=all_rows ;; esac
    t=${MED[list_$fmt]}; p=$(peak_mb "$M" monitor list -o $fmt)
    say "| \`monitis monitor list -o $fmt\` | $t ms | $p MB | $(ratio "$t" "$L_CURL") of \`curl\`, $(ratio "$t" "$L_JQ") of \`curl \| jq .\` |"
done
CHECK=all_rows
t=$(median_ms "$M" monitor list -o table); p=$(peak_mb "$M" monitor list -o table)
say "| \`monitis monitor list -o table\` (buffers: widths) | $t ms | $p MB | |"
CHECK=
say ""
# Eight full reads at once, each checked, then the server's peak.
eight() {
    local i
    for i in 1 2 3 4 5 6 7 8; do read_curl monitors >"$WORK/eight-$i" & done
    wait
    for i in 1 2 3 4 5 6 7 8; do
        [ "$(grep -o '"id":' "$WORK/eight-$i" | wc -l)" = "$MONITORS" ] || fail "one of 8 concurrent reads: $(head -c 300 "$WORK/eight-$i")"
    done
}
t=$(RUNS=1 median_ms eight)
say "Eight concurrent \`monitors\` reads with \`curl\`: $t ms in all. Server peak RSS after the lists and these reads: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/"$BIG_PID"/status)."
say ""

# --- bulk moves ----------------------------------------------------------------------------

# One client with two orders of room; N external monitors in the first (inserted directly).
bulk_db() {
    local n=$1 db=$WORK/bulk-$1.db
    "$M" sandbox init --db "$db" >"$WORK/bulk-$n.json" 2>/dev/null
    sqlite3 "$db" "
        INSERT INTO clients (reseller_id, email, first_name, last_name, password_hash, apikey, secretkey, created_at)
          VALUES (1, 'bulk@example.com', 'B', 'K', 'x', 'BULKCLIENTAPIKEY0000000000', 'S', '2026-01-01 00:00:00');
        INSERT INTO orders (client_id, name, managed, status, billing_cycle, cycle_start, start_date, grace_period)
          VALUES (1, 'A', 0, 'active', 'monthly', '2026-01-01', '2026-01-01', 0),
                 (1, 'B', 0, 'active', 'monthly', '2026-01-01', '2026-01-01', 0);
        INSERT INTO order_items VALUES (1, 'external', $n), (2, 'external', $n);
        WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < $n)
        INSERT INTO monitors (client_id, order_id, type, check_type, name, url, interval, status, created_at)
          SELECT 1, 1, 'external', 'https', 'm' || i, 'https://example.com/' || i, 5, 'active', '2026-01-01 00:00:00' FROM k;"
    seq 1 "$n" >"$WORK/ids-$n.txt"
    # The raw calls' monitorIds, 10,000 to a call (see below).
    split -l 10000 -d -a 3 "$WORK/ids-$n.txt" "$WORK/part-$n-"
    for f in "$WORK/part-$n-"*; do paste -sd, "$f" >"$f.csv"; rm "$f"; done
}
# The target of the next move: the order monitor 1 is not in (all N are together).
flip() { to=$((3 - $(sqlite3 "$DB" "SELECT order_id FROM monitors WHERE id = 1"))); }
move_cli() { "$M" monitor move --bulk --file "$WORK/ids-$N.txt" --to-order "$to" -o json; }
# Every monitor back in order 1, whatever moved before (answers ok, none failed).
all_in_1() {
    local f
    to=1; move_raw
    for f in "$WORK"/answer-*; do
        jq -e '.status == "ok" and (.data.failed | length) == 0' "$f" >/dev/null || return 1
    done
    in_target
}
in_target() { [ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM monitors WHERE order_id = $to")" = "$N" ]; }
cli_moved() { in_target && [ "$(grep -o '"result": "moved"' "$WORK/out" | wc -l)" = "$N" ]; }
# One BulkChangeMonitorOrder per part of 10,000 ids, each answer kept for raw_moved.
move_raw() {
    local f i=0
    rm -f "$WORK"/answer-*
    for f in "$WORK/part-$N-"*.csv; do
        i=$((i + 1))
        post_checksum BulkChangeMonitorOrder "monitorIds=$(<"$f")" "orderId=$to" >"$WORK/answer-$i"
    done
}
raw_moved() {
    local f i=0 k
    for f in "$WORK/part-$N-"*.csv; do
        i=$((i + 1)); k=$(tr ',' '\n' <"$f" | wc -l)
        jq -e --argjson k "$k" '.status == "ok" and (.data.moved | length) == $k and (.data.failed | length) == 0' \
            "$WORK/answer-$i" >/dev/null || { head -c 300 "$WORK/answer-$i" >&2; return 1; }
    done
    in_target
}
say "## Bulk moves (one client, two orders)"
say ""
say "\`monitis\` and the raw call of each size run round by round, one run of each a round."
say ""
say "| job | median | against |"
say "|---|---|---|"
for n in 10000 100000; do
    N=$n; DB=$WORK/bulk-$n.db
    bulk_db $n
    serve "$DB"; as "$WORK/bulk-$n.json"
    [ $n = 100000 ] && BULK100=$((${#PIDS[@]} - 1))
    BEFORE=flip interleaved move_cli:cli_moved move_raw:raw_moved
    t_cli=${MED[move_cli]}; t_raw=${MED[move_raw]}
    BEFORE=flip
    parts=$(ls "$WORK/part-$n-"*.csv | wc -l)
    if [ "$parts" = 1 ]; then
        say "| \`monitis monitor move --bulk\` of $n | $t_cli ms | $(ratio "$t_cli" "$t_raw") of one raw \`BulkChangeMonitorOrder\` of the same ids ($t_raw ms, curl + openssl) |"
    else
        say "| \`monitis monitor move --bulk\` of $n | $t_cli ms | $(ratio "$t_cli" "$t_raw") of $parts raw \`BulkChangeMonitorOrder\` calls of 10,000 ids one after another ($t_raw ms, curl + openssl); one call cannot carry $n ids (a parameter value is at most 256 KiB) |"
    fi
    if [ $n = 10000 ]; then
        sample=100
        loop_curl() { local id; for id in $(seq 1 $sample); do post_checksum ChangeMonitorOrder "monitorId=$id" "orderId=$to"; echo; done; }
        loop_ok() { [ "$(grep -c '"status":"ok"' "$WORK/out")" = $sample ] && [ "$(sqlite3 "$DB" "SELECT COUNT(*) FROM monitors WHERE id <= $sample AND order_id = $to")" = $sample ]; }
        t_loop=$(CHECK=loop_ok median_ms loop_curl)
        scaled=$(awk -v t="$t_loop" -v s=$sample -v n=$n 'BEGIN {printf "%.0f", t * n / s}')
        say "| a shell loop of curl + openssl \`ChangeMonitorOrder\` | $scaled ms (sampled: $sample calls took $t_loop ms, scaled to $n) | $(ratio "$scaled" "$t_cli") of \`monitis\` |"
        BEFORE=; all_in_1 || fail "could not put the monitors back in order 1"
        py_sample=1000
        t_py=$(python3 - "$URL" "$MONITIS_API_KEY" "$MONITIS_SECRET_KEY" $py_sample <<'PY'
import sys, time, requests
url, key, secret, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
s = requests.Session()
tok = s.get(url, params=dict(action="authToken", apikey=key, secretkey=secret, version="3")).json()["authToken"]
t0 = time.perf_counter()
for i in range(1, n + 1):
    r = s.post(url, data=dict(action="ChangeMonitorOrder", apikey=key, version="3", validation="token",
                              authToken=tok, monitorId=str(i), orderId="2"))
    r.raise_for_status()
    if r.json().get("data", {}).get("result") != "moved":
        sys.exit("ChangeMonitorOrder %d: %s" % (i, r.text[:300]))
print("%.1f" % ((time.perf_counter() - t0) * 1000))
PY
)
        [ -n "$t_py" ] || fail "the Python loop"
        scaled=$(awk -v t="$t_py" -v s=$py_sample -v n=$n 'BEGIN {printf "%.0f", t * n / s}')
        say "| a Python \`requests\` keep-alive loop of \`ChangeMonitorOrder\` | $scaled ms (sampled: $py_sample calls took $t_py ms, scaled to $n) | $(ratio "$scaled" "$t_cli") of \`monitis\` |"
        all_in_1 || fail "could not put the monitors back in order 1"
        # The same bulk move against a server that answers every request 20 ms late.
        serve "$DB" --latency 20
        BEFORE=flip
        t_lat=$(CHECK=cli_moved median_ms move_cli)
        say "| \`monitis monitor move --bulk\` of $n, server \`--latency 20\` | $t_lat ms | |"
    fi
    BEFORE=
done
say ""
# How batch size and concurrency shape the 100,000-monitor move (one run each): what the
# defaults are chosen from.
default_of() { "$M" monitor move --help | awk -v flag="$1" '$0 ~ flag {f = 1} f && /default:/ {sub(/.*default: /, ""); sub(/\].*/, ""); print; exit}'; }
say "Batch size and requests in flight, \`monitor move --bulk\` of 100,000 (one run each; the defaults are $(default_of --batch-size) and $(default_of --concurrency)):"
say ""
say "| --batch-size | --concurrency 1 | --concurrency 2 | --concurrency 4 |"
say "|---|---|---|---|"
N=100000; DB=$WORK/bulk-100000.db; URL=$(head -n 1 "$WORK/serve-$BULK100.url"); as "$WORK/bulk-100000.json"
for size in 5000 10000 25000; do
    row="| $size"
    for c in 1 2 4; do
        sized_move() { "$M" monitor move --bulk --file "$WORK/ids-100000.txt" --to-order "$to" --batch-size "$size" --concurrency "$c" -o json; }
        row="$row | $(RUNS=1 BEFORE=flip CHECK=cli_moved median_ms sized_move) ms"
    done
    say "$row |"
done
say ""

# --- client import ---------------------------------------------------------------------------

"$M" sandbox init --db "$WORK/import.db" >"$WORK/import.json" 2>/dev/null
serve "$WORK/import.db"; as "$WORK/import.json"
rows() { echo "email,firstName,lastName,password"; for i in $(seq "$2"); do echo "$1$i@example.com,F$i,L$i,pw-$i-secret"; done; }
IMPORT_ROWS=${IMPORT_ROWS:-1000}
rows cli "$IMPORT_ROWS" >"$WORK/clients.csv"
clients_like() { [ "$(sqlite3 "$WORK/import.db" "SELECT COUNT(*) FROM clients WHERE email LIKE '$1%'")" = "$2" ]; }
imported() { clients_like cli "$IMPORT_ROWS"; }
IMPORT_PID=${PIDS[-1]}
echo 5 >/proc/"$IMPORT_PID"/clear_refs # the server's peak RSS from here on (VmHWM)
t_import=$(RUNS=1 CHECK=imported median_ms "$M" client import "$WORK/clients.csv" -o json)
import_peak=$(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/"$IMPORT_PID"/status)
# The same addClient calls, 4 at a time, as a script would send them: curl + openssl
# under xargs -P4 (the import's default concurrency).
add_one() { post_checksum addClient "email=par$1@example.com" "firstName=F$1" "lastName=L$1" "password=pw-$1-secret"; echo; }
export -f post_checksum add_one
export URL WORK
add_parallel() { seq "$IMPORT_ROWS" | xargs -P4 -I{} bash -c 'add_one "$1"' _ {}; }
# Lines of parallel answers may share a line: count the envelopes, not the lines.
added_parallel() { [ "$(grep -o '"status":"ok"' "$WORK/out" | wc -l)" = "$IMPORT_ROWS" ] && clients_like par "$IMPORT_ROWS"; }
t_parallel=$(RUNS=1 CHECK=added_parallel median_ms add_parallel)
sample=$((IMPORT_ROWS < 200 ? IMPORT_ROWS : 200))
add_loop() {
    local i
    for i in $(seq $sample); do
        post_checksum addClient "email=curl$i@example.com" "firstName=F$i" "lastName=L$i" "password=pw-$i-secret"; echo
    done
}
added() { [ "$(grep -c '"status":"ok"' "$WORK/out")" = $sample ] && clients_like curl $sample; }
t_loop=$(RUNS=1 CHECK=added median_ms add_loop)
scaled=$(awk -v t="$t_loop" -v s=$sample -v n="$IMPORT_ROWS" 'BEGIN {printf "%.0f", t * n / s}')
say "## \`client import\` of $IMPORT_ROWS rows (one run each; every row is a new client)"
say ""
say "| job | time |"
say "|---|---|"
say "| \`monitis client import clients.csv\` (4 rows at a time) | $t_import ms (the server's peak RSS meanwhile: $import_peak) |"
say "| the same \`addClient\` calls, curl + openssl, 4 at a time (\`xargs -P4\`) | $t_parallel ms ($(ratio "$t_import" "$t_parallel") of it for \`monitis\`) |"
say "| a shell loop of curl + openssl \`addClient\`, one at a time | $scaled ms (sampled: $sample calls took $t_loop ms, scaled to $IMPORT_ROWS; $(ratio "$scaled" "$t_import") of \`monitis\`) |"
say ""

# --- rebalance and start-up ------------------------------------------------------------------

URL=$BIG_URL; as "$WORK/big.json"
say "## \`rum rebalance --all-clients\` (dry run) on 100,000 monitors, and start-up"
say ""
say "| job | median | peak RSS |"
say "|---|---|---|"
CHECK=nonempty_out
t=$(median_ms "$M" rum rebalance --all-clients -o json); p=$(peak_mb "$M" rum rebalance --all-clients -o json)
CHECK=
say "| \`monitis rum rebalance --all-clients\` (dry run, whole) | $t ms | $p MB |"
say ""
# Start-up: a bare clap binary (the floor of a clap CLI), built once from bench/bare-clap
# with the release profile; skipped (and said) if it cannot be built offline.
BARE=
if CARGO_TARGET_DIR="$ROOT/target/bench-clap" cargo build --release --offline --locked --quiet \
    --manifest-path "$ROOT/bench/bare-clap/Cargo.toml" 2>"$WORK/bare.log"; then
    BARE=$ROOT/target/bench-clap/release/bare-clap
fi
# posix_spawn and waitpid from one Python process, interleaved, 500 runs each: resolves
# tens of microseconds (a shell's fork, exec and `date` calls cost more than the binaries).
startup=$(python3 - 500 "$M --version" /bin/true ${BARE:+"$BARE --version"} <<'PY'
import os, sys, time
n, commands = int(sys.argv[1]), [c.split(" ") for c in sys.argv[2:]]
null = os.open(os.devnull, os.O_WRONLY)
times = [[] for _ in commands]
for _ in range(n):
    for argv, mine in zip(commands, times):
        t0 = time.perf_counter_ns()
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, null, 1)])
        _, status = os.waitpid(pid, 0)
        mine.append(time.perf_counter_ns() - t0)
        if status != 0:
            sys.exit("%s exited with status %d" % (" ".join(argv), status))
for argv, mine in zip(commands, times):
    mine.sort()
    print("%s %.2f %.2f" % (argv[0], mine[len(mine) // 2] / 1e6, mine[len(mine) * 9 // 10] / 1e6))
PY
)
[ -n "$startup" ] || fail "the start-up timing"
say "Start-up, 500 runs each, interleaved, timed from one Python process (\`posix_spawn\` + \`waitpid\`):"
say ""
say "| binary | median | 90th percentile |"
say "|---|---|---|"
while read -r bin med p90; do
    case $bin in
        "$M") label="\`monitis --version\`" ;;
        /bin/true) label="\`/bin/true\` (the floor: a spawn and an exit)" ;;
        *) label="a bare clap binary's \`--version\` (bench/bare-clap, release profile)" ;;
    esac
    say "| $label | $med ms | $p90 ms |"
done <<<"$startup"
[ -n "$BARE" ] || say "| a bare clap binary | not built: $(tail -n 1 "$WORK/bare.log") | |"
say ""

# --- concurrent signed reads -----------------------------------------------------------------

say "## Signed reads under load (\`monitorInfo\`, token mode, keep-alive, 5 s per level)"
say ""
say "| clients | with a concurrent bulk move | requests/s | p99 | bulk moves of 10,000 meanwhile |"
say "|---|---|---|---|---|"
DB=$WORK/bulk-10000.db; N=10000
serve "$DB"; as "$WORK/bulk-10000.json"
for busy in no yes; do
    for c in 1 8 32; do
        mover=; : >"$WORK/mover"
        if [ $busy = yes ]; then
            ( while :; do flip; rc=0; "$M" monitor move --bulk --file "$WORK/ids-10000.txt" --to-order $to -o json >/dev/null 2>&1 || rc=$?; echo $rc >>"$WORK/mover"; done ) &
            mover=$!
        fi
        line=$(python3 - "$URL" "$MONITIS_API_KEY" "$MONITIS_SECRET_KEY" "$c" <<'PY'
import sys, time, threading, requests
url, key, secret, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
tok = requests.get(url, params=dict(action="authToken", apikey=key, secretkey=secret, version="3")).json()["authToken"]
lat, bad, stop = [], [], time.perf_counter() + 5
def run():
    s, mine = requests.Session(), []
    while time.perf_counter() < stop:
        t0 = time.perf_counter()
        r = s.get(url, params=dict(action="monitorInfo", apikey=key, version="3", output="json",
                                   validation="token", authToken=tok, monitorId="1"))
        mine.append(time.perf_counter() - t0)
        if r.status_code != 200 or r.json().get("id") != 1:
            bad.append(r.text[:200])
    lat.extend(mine)
ts = [threading.Thread(target=run) for _ in range(n)]
[t.start() for t in ts]; [t.join() for t in ts]
if bad:
    sys.exit("%d reads failed, the first: %s" % (len(bad), bad[0]))
lat.sort()
print("%.0f | %.1f ms" % (len(lat) / 5, lat[int(len(lat) * 0.99)] * 1000))
PY
)
        [ -n "$mover" ] && { kill "$mover"; wait "$mover" 2>/dev/null || true; }
        [ -n "$line" ] || fail "the signed reads at $c clients"
        moves=-
        if [ $busy = yes ]; then
            moves=$(grep -c '^0$' "$WORK/mover" || true)
            [ "$(grep -vc '^0$' "$WORK/mover" || true)" -le 1 ] || fail "bulk moves beside the reads failed: $(sort "$WORK/mover" | uniq -c | xargs)"
        fi
        say "| $c | $busy | $line | $moves |"
    done
done
say ""

# --- attacks ----------------------------------------------------------------------------------

say "## Attacks (issue 20): the server's memory, and a bystander's reads while they run"
say ""
say "Reseller A (the 1,000 clients and 100,000 monitors) attacks the server of the lists above;"
say "reseller B, in the same database, reads its \`orders\` (token-signed, one request after"
say "another, each on a new connection) for as long as the attack runs. Peak RSS is the server's"
say "VmHWM during that attack alone (reset before each); RSS after is taken 2 s after it ended."
say "\`bench/attacks.py\` sends them with Python's standard library and raw sockets."
say ""
VICTIM_EMAIL=$(sqlite3 "$WORK/big.db" "SELECT email FROM clients ORDER BY id LIMIT 1")
python3 bench/attacks.py "$BIG_URL" "$BIG_PID" "$(jq -r .apikey "$WORK/big.json")" "$(jq -r .secretkey "$WORK/big.json")" \
    "$(jq -r .apikey "$WORK/bystander.json")" "$(jq -r .secretkey "$WORK/bystander.json")" "$VICTIM_EMAIL" >"$WORK/attacks" \
    || fail "the attacks: $(tail -c 400 "$WORK/attacks")"
tee -a "$REPORT" <"$WORK/attacks"
say ""

# --- the report --------------------------------------------------------------------------------

{
    cat "$REPORT"
    echo "## Reading these figures"
    echo
    sed -n '/^<!-- notes -->/,$p' docs/benchmarks.md
} >"$WORK/benchmarks.md"
grep -q '^<!-- notes -->' "$WORK/benchmarks.md" || echo "bench: docs/benchmarks.md has no <!-- notes --> section; figures only" >&2
cp "$WORK/benchmarks.md" docs/benchmarks.md
echo "bench: wrote docs/benchmarks.md" >&2
