#!/usr/bin/env bash
# The benchmark suite of docs/benchmarks.md: builds the release binary, starts its own
# sandbox servers on 127.0.0.1, generates the data with fixed seeds, runs every case side
# by side with its alternative in the same run, prints medians and ratios, and rewrites
# docs/benchmarks.md with the machine, the command and the figures.
#
#   bench/run.sh            # everything (about 10 minutes on 2 vCPUs, after the build)
#   RUNS=3 bench/run.sh     # fewer runs per case (default 5; medians are printed)
#   NO_BUILD=1 bench/run.sh # use target/release/monitis as it is
#   MONITIS_BIN=path NO_BUILD=1 bench/run.sh  # another binary (a debug build: a dry run)
#
# Needs: cargo, curl, jq, openssl, sqlite3, python3 with `requests`, GNU time
# (/usr/bin/time). Debian: apt-get install curl jq openssl sqlite3 time python3-requests
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
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
REPORT=$WORK/report.md
: >"$REPORT"
say() { printf '%s\n' "$*" | tee -a "$REPORT"; }

# --- helpers ----------------------------------------------------------------------------

now_ns() { date +%s%N; }
# median_ms CMD...: runs CMD $RUNS times (output discarded), prints the median wall time in ms.
median_ms() {
    local times=() t0 t1
    for _ in $(seq "$RUNS"); do
        t0=$(now_ns); "$@" >/dev/null 2>&1 || true; t1=$(now_ns)
        times+=($(((t1 - t0) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}
# peak_mb CMD...: the peak RSS of one run, in MB.
peak_mb() {
    /usr/bin/time -f %M -o "$WORK/rss" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$WORK/rss" | awk '{printf "%.0f", $1/1024}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f×", (b > 0 ? a / b : 0)}'; }

# serve DB PORT [args]: starts a server, sets URL.
serve() {
    local db=$1 port=$2; shift 2
    "$M" sandbox serve --db "$db" --listen "127.0.0.1:$port" "$@" >"$WORK/serve-$port.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 100); do curl -s "http://127.0.0.1:$port/api" >/dev/null && break; sleep 0.1; done
    URL=http://127.0.0.1:$port/api
}
# as KEYS_JSON: exports the CLI's credentials from a `sandbox init/generate` summary.
as() {
    export MONITIS_API_KEY MONITIS_SECRET_KEY MONITIS_ENDPOINT=$URL
    MONITIS_API_KEY=$(jq -r .apikey "$1"); MONITIS_SECRET_KEY=$(jq -r .secretkey "$1")
}
token() {
    curl -sG "$URL" --data-urlencode action=authToken --data-urlencode "apikey=$MONITIS_API_KEY" \
        --data-urlencode "secretkey=$MONITIS_SECRET_KEY" --data-urlencode version=3 | jq -r .authToken
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
post_checksum() {
    local action=$1; shift
    local ts sig pairs=("action=$action" "apikey=$MONITIS_API_KEY" "version=3") args=()
    ts=$(date -u '+%Y-%m-%d %H:%M:%S')
    pairs+=("$@" "timestamp=$ts")
    # Sorted by name in byte order ('=' sorts before any letter), name and value joined.
    sig=$(printf '%s\n' "${pairs[@]}" | LC_ALL=C sort | sed 's/=//' | tr -d '\n' \
        | openssl dgst -sha1 -hmac "$MONITIS_SECRET_KEY" -binary | base64)
    for kv in "${pairs[@]}"; do
        if [ ${#kv} -gt 4096 ]; then
            # Too long for one argument (100,000 ids): curl reads the value from a file.
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
say "Machine: $(nproc) vCPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr), load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
say "Every server is \`monitis sandbox serve\` on 127.0.0.1 over its own SQLite file; the"
say "alternatives run in the same run against the same server."
say ""

"$M" sandbox generate --db "$WORK/small.db" --clients 10 --orders-per-client 4 --monitors-per-order 25 --seed 1 >"$WORK/small.json" 2>/dev/null
"$M" sandbox generate --db "$WORK/big.db" --clients 1000 --orders-per-client 4 --monitors-per-order 25 --seed 1 >"$WORK/big.json" 2>/dev/null
serve "$WORK/small.db" 18401; SMALL_URL=$URL
serve "$WORK/big.db" 18402; BIG_URL=$URL

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
say "| command | 10 clients | 1,000 clients | ratio |"
say "|---|---|---|---|"
declare -A ONE
for size in small big; do
    if [ $size = small ]; then URL=$SMALL_URL; else URL=$BIG_URL; fi
    as "$WORK/$size.json"
    pick_item "$WORK/$size.db"
    ONE[$size,client]=$(median_ms "$M" client show "$EMAIL" -o json)
    ONE[$size,plan]=$(median_ms "$M" plan show --client "$EMAIL" -o json)
    ONE[$size,order]=$(median_ms "$M" order show "$ORDER" -o json)
    ONE[$size,monitor]=$(median_ms "$M" monitor show "$MONITOR" -o json)
    # Back and forth, so that every run moves.
    move_back_and_forth() { "$M" monitor move "$MONITOR" --to-order "$TO" -o json && "$M" monitor move "$MONITOR" --to-order "$FROM" -o json; }
    two=$(median_ms move_back_and_forth)
    ONE[$size,move]=$(awk -v t="$two" 'BEGIN {printf "%.1f", t / 2}')
done
for c in "client show EMAIL:client" "plan show --client EMAIL:plan" "order show ID:order" "monitor show ID:monitor" "monitor move ID --to-order O:move"; do
    name=${c%%:*}; key=${c##*:}
    say "| \`$name\` | ${ONE[small,$key]} ms | ${ONE[big,$key]} ms | $(ratio "${ONE[big,$key]}" "${ONE[small,$key]}") |"
done
say ""

# --- lists ---------------------------------------------------------------------------------

URL=$BIG_URL; as "$WORK/big.json"; TOKEN=$(token)
say "## \`monitor list\` of 100,000 monitors"
say ""
list_curl() { read_curl monitors; }
list_jq() { read_curl monitors | jq .; }
sqlite_dump() {
    sqlite3 "$WORK/big.db" "SELECT json_group_array(json_object('clientId', m.client_id, 'id', m.id,
        'interval', m.interval, 'managed', json(CASE WHEN o.managed THEN 'true' ELSE 'false' END),
        'managedBy', CASE WHEN o.managed THEN 'reseller' END, 'name', m.name, 'orderId', m.order_id,
        'pageviews', m.pageviews, 'status', m.status, 'suspendedReason', m.suspended_reason,
        'type', m.type, 'url', m.url)) FROM monitors m JOIN orders o ON o.id = m.order_id"
}
L_DUMP=$(median_ms sqlite_dump)
L_CURL=$(median_ms list_curl)
L_JQ=$(median_ms list_jq)
say "| job | median | peak RSS | against |"
say "|---|---|---|---|"
say "| \`sqlite3\` dumping the same rows as JSON | $L_DUMP ms | $(peak_mb sqlite_dump) MB | |"
say "| the server answering \`monitors\` (\`curl\` alone) | $L_CURL ms | server: see below | $(ratio "$L_CURL" "$L_DUMP") of the \`sqlite3\` dump |"
export URL MONITIS_API_KEY TOKEN
say "| \`curl \| jq .\` | $L_JQ ms | $(peak_mb bash -c "$(declare -f read_curl); read_curl monitors | jq .") MB | |"
for fmt in json ndjson csv tsv; do
    t=$(median_ms "$M" monitor list -o $fmt)
    say "| \`monitis monitor list -o $fmt\` | $t ms | $(peak_mb "$M" monitor list -o $fmt) MB | $(ratio "$t" "$L_CURL") of \`curl\`, $(ratio "$t" "$L_JQ") of \`curl \| jq .\` |"
done
t=$(median_ms "$M" monitor list -o table)
say "| \`monitis monitor list -o table\` (buffers: widths) | $t ms | $(peak_mb "$M" monitor list -o table) MB | |"
say ""
say "Server peak RSS after the lists: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/"${PIDS[1]}"/status)."
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
}
say "## Bulk moves (one client, two orders)"
say ""
say "| job | median | against |"
say "|---|---|---|"
for n in 10000 100000; do
    bulk_db $n
    serve "$WORK/bulk-$n.db" $((18410 + n / 10000)); as "$WORK/bulk-$n.json"
    to=2
    move_cli() { "$M" monitor move --bulk --file "$WORK/ids-$n.txt" --to-order $to -o json; to=$((3 - to)); }
    # Alternate the target so that every run moves all N.
    t_cli=$(median_ms move_cli)
    ids=$(paste -sd, "$WORK/ids-$n.txt")
    to=2
    move_raw() { post_checksum BulkChangeMonitorOrder "monitorIds=$ids" "orderId=$to"; to=$((3 - to)); }
    [ $((RUNS % 2)) = 1 ] && move_raw >/dev/null  # leave every monitor in order 1 first
    t_raw=$(median_ms move_raw)
    say "| \`monitis monitor move --bulk\` of $n | $t_cli ms | $(ratio "$t_cli" "$t_raw") of one raw \`BulkChangeMonitorOrder\` ($t_raw ms, curl + openssl) |"
    if [ $n = 10000 ]; then
        sample=100
        loop_curl() { for id in $(seq 1 $sample); do post_checksum ChangeMonitorOrder "monitorId=$id" "orderId=$to" >/dev/null; done; to=$((3 - to)); }
        t_loop=$(median_ms loop_curl)
        scaled=$(awk -v t="$t_loop" -v s=$sample -v n=$n 'BEGIN {printf "%.0f", t * n / s}')
        say "| a shell loop of curl + openssl \`ChangeMonitorOrder\` | $scaled ms (sampled: $sample calls took $t_loop ms, scaled to $n) | $(ratio "$scaled" "$t_cli") of \`monitis\` |"
        py_sample=1000
        t_py=$(python3 - "$URL" "$MONITIS_API_KEY" "$MONITIS_SECRET_KEY" $py_sample <<'EOF'
import sys, time, requests
url, key, secret, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
s = requests.Session()
tok = s.get(url, params=dict(action="authToken", apikey=key, secretkey=secret, version="3")).json()["authToken"]
t0 = time.perf_counter()
for i in range(1, n + 1):
    r = s.post(url, data=dict(action="ChangeMonitorOrder", apikey=key, version="3", validation="token",
                              authToken=tok, monitorId=str(i), orderId="2" if i % 2 else "1"))
    r.raise_for_status()
print("%.1f" % ((time.perf_counter() - t0) * 1000))
EOF
)
        scaled=$(awk -v t="$t_py" -v s=$py_sample -v n=$n 'BEGIN {printf "%.0f", t * n / s}')
        say "| a Python \`requests\` keep-alive loop of \`ChangeMonitorOrder\` | $scaled ms (sampled: $py_sample calls took $t_py ms, scaled to $n) | $(ratio "$scaled" "$t_cli") of \`monitis\` |"
        # The same bulk move against a server that answers every request 20 ms late,
        # every monitor back in order 1 first.
        serve "$WORK/bulk-$n.db" 18420 --latency 20
        to=1; move_raw >/dev/null
        t_lat=$(median_ms move_cli)
        say "| \`monitis monitor move --bulk\` of $n, server \`--latency 20\` | $t_lat ms | |"
    fi
done
say ""

# --- client import ---------------------------------------------------------------------------

"$M" sandbox init --db "$WORK/import.db" >"$WORK/import.json" 2>/dev/null
serve "$WORK/import.db" 18430; as "$WORK/import.json"
rows() { echo "email,firstName,lastName,password"; for i in $(seq 1000); do echo "$1$i@example.com,F$i,L$i,pw-$i-secret"; done; }
rows cli >"$WORK/clients.csv"
t0=$(now_ns); "$M" client import "$WORK/clients.csv" -o json >/dev/null 2>&1; t1=$(now_ns)
t_import=$(((t1 - t0) / 1000000))
t0=$(now_ns)
for i in $(seq 1000); do
    post_checksum addClient "email=curl$i@example.com" "firstName=F$i" "lastName=L$i" "password=pw-$i-secret" >/dev/null
done
t1=$(now_ns); t_loop=$(((t1 - t0) / 1000000))
say "## \`client import\` of 1,000 rows (one run each; every row is a new client)"
say ""
say "| job | time |"
say "|---|---|"
say "| \`monitis client import clients.csv\` | $t_import ms |"
say "| a shell loop of curl + openssl \`addClient\` | $t_loop ms ($(ratio "$t_loop" "$t_import") of \`monitis\`) |"
say ""

# --- rebalance and start-up ------------------------------------------------------------------

URL=$BIG_URL; as "$WORK/big.json"
say "## \`rum rebalance --all-clients\` (dry run) on 100,000 monitors, and start-up"
say ""
say "| job | median | peak RSS |"
say "|---|---|---|"
t=$(median_ms "$M" rum rebalance --all-clients -o json)
say "| \`monitis rum rebalance --all-clients\` (dry run, whole) | $t ms | $(peak_mb "$M" rum rebalance --all-clients -o json) MB |"
OLD_RUNS=$RUNS; RUNS=201
t=$(median_ms "$M" --version)
RUNS=$OLD_RUNS
say "| \`monitis --version\` (201 runs; includes this script's fork and exec) | $t ms | |"
t=$(RUNS=201 median_ms /bin/true)
say "| \`/bin/true\` measured the same way (the floor) | $t ms | |"
say ""

# --- concurrent signed reads -----------------------------------------------------------------

say "## Signed reads under load (\`monitorInfo\`, token mode, keep-alive, 5 s per level)"
say ""
say "| clients | with a concurrent bulk move | requests/s | p99 |"
say "|---|---|---|---|"
serve "$WORK/bulk-10000.db" 18440; as "$WORK/bulk-10000.json"
for busy in no yes; do
    for c in 1 8 32; do
        mover=
        if [ $busy = yes ]; then
            ( to=2; while :; do "$M" monitor move --bulk --file "$WORK/ids-10000.txt" --to-order $to -o json >/dev/null 2>&1; to=$((3 - to)); done ) &
            mover=$!
        fi
        line=$(python3 - "$URL" "$MONITIS_API_KEY" "$MONITIS_SECRET_KEY" "$c" <<'EOF'
import sys, time, threading, requests
url, key, secret, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
tok = requests.get(url, params=dict(action="authToken", apikey=key, secretkey=secret, version="3")).json()["authToken"]
lat, stop = [], time.perf_counter() + 5
def run():
    s, mine = requests.Session(), []
    while time.perf_counter() < stop:
        t0 = time.perf_counter()
        s.get(url, params=dict(action="monitorInfo", apikey=key, version="3", output="json",
                               validation="token", authToken=tok, monitorId="1")).raise_for_status()
        mine.append(time.perf_counter() - t0)
    lat.extend(mine)
ts = [threading.Thread(target=run) for _ in range(n)]
[t.start() for t in ts]; [t.join() for t in ts]
lat.sort()
print("%.0f | %.1f ms" % (len(lat) / 5, lat[int(len(lat) * 0.99)] * 1000))
EOF
)
        [ -n "$mover" ] && { kill "$mover"; wait "$mover" 2>/dev/null || true; }
        say "| $c | $busy | $line |"
    done
done
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
