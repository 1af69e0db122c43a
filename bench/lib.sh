# What bench/run.sh and bench/compare.sh share: a work folder and the servers they
# start, removed and stopped on exit; failing loudly; medians. Sourced, not run.

WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

fail() { echo "bench: FAILED: $*" >&2; exit 1; }
# median MICROSECONDS...: the median, in ms.
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'; }

# serve_with BINARY DB [args]: starts BINARY's server on a port of its own (the kernel
# picks it: no clash with another server of this run, or anyone's), waits for the URL it
# prints, sets URL.
serve_with() {
    local bin=$1 db=$2 n=${#PIDS[@]}; shift 2
    "$bin" sandbox serve --db "$db" --listen 127.0.0.1:0 "$@" >"$WORK/serve-$n.url" 2>"$WORK/serve-$n.log" &
    PIDS+=($!)
    URL=
    for _ in $(seq 100); do
        URL=$(head -n 1 "$WORK/serve-$n.url")
        [ -n "$URL" ] && break
        sleep 0.1
    done
    [ -n "$URL" ] || fail "the server on $db did not start: $(cat "$WORK/serve-$n.log")"
}
