#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Relay benchmark: ecoute-server against a minimal relay written with Node's `ws` package, under the
# same load from driver.mjs (N help-seekers, M volunteers, a fixed message rate), on loopback over
# plain ws:// for both (the server's --insecure-loopback mode), so TLS cost is not compared.
# In the same run, under the chat load, it measures the supervision latency: urgent
# supervision.request from volunteers -> supervision.update at every supervisor connection.
# Right before ecoute-server it measures the disk floor in the server's data directory
# (fsync-floor.mjs: small appends, each followed by fdatasync).
# Not a test: it prints figures; the last lines are, in this order:
#   supervision_queue_p99_ms: X, supervision_queue_p99_beyond_fsync_ratio_vs_ws: X,
#   relay_cpu_per_message_ratio_vs_ws: X, relay_p99_beyond_fsync_ratio_vs_ws: X, relay_p99_ratio_vs_ws: X
#
#   bench/relay/run.sh                 full run: 2,000 help-seekers, 200 volunteers, 500 msg/s, 20 s
#   BENCH_QUICK=1 bench/relay/run.sh   development run: 200, 20, 500 msg/s, 5 s
#   BENCH_LARGE=1 bench/relay/run.sh   scale run: 10,000 help-seekers, 500 volunteers, 500 msg/s, 20 s
#                                      (tens of minutes; the 500 accounts are made once, minutes more)
#   BENCH_PERF=1 ...                   also profiles ecoute-server with perf during its message phase
#                                      (implies BENCH_KEEP=1: perf.data stays in the work directory)
#
# Other knobs (environment): BENCH_SEEKERS, BENCH_VOLUNTEERS, BENCH_RATE (msg/s, all seekers
# together), BENCH_DURATION (s), BENCH_WINDOW (seeker.start in flight), BENCH_SUPERVISORS (supervisor
# connections, default 3; 0 = no supervision measurement), BENCH_SUPERVISION_RATE (urgent requests
# per second, default 5; rate x duration requests in all), BENCH_BUILD_DIR (where the
# server is built, default build-bench-relay in the repository), ECOUTE_SERVER_BINARY (use this
# binary, do not build), BENCH_KEEP=1 (keep the work directory with the logs).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

if [[ "${BENCH_QUICK:-0}" == 1 ]]; then
    SEEKERS=${BENCH_SEEKERS:-200}; VOLUNTEERS=${BENCH_VOLUNTEERS:-20}
    RATE=${BENCH_RATE:-500}; DURATION=${BENCH_DURATION:-5}; MODE=quick
elif [[ "${BENCH_LARGE:-0}" == 1 ]]; then
    SEEKERS=${BENCH_SEEKERS:-10000}; VOLUNTEERS=${BENCH_VOLUNTEERS:-500}
    RATE=${BENCH_RATE:-500}; DURATION=${BENCH_DURATION:-20}; MODE=large
else
    SEEKERS=${BENCH_SEEKERS:-2000}; VOLUNTEERS=${BENCH_VOLUNTEERS:-200}
    RATE=${BENCH_RATE:-500}; DURATION=${BENCH_DURATION:-20}; MODE=full
fi
WINDOW=${BENCH_WINDOW:-50}
SUPERVISORS=${BENCH_SUPERVISORS:-3}
SUPERVISION_RATE=${BENCH_SUPERVISION_RATE:-5}
SUPERVISION_REQUESTS=$(awk -v r="$SUPERVISION_RATE" -v d="$DURATION" -v s="$SUPERVISORS" \
    'BEGIN { printf "%d", (s > 0 ? r * d + 0.5 : 0) }')
BUILD_DIR=${BENCH_BUILD_DIR:-$ROOT/build-bench-relay}
PERF=${BENCH_PERF:-0}
if [[ "$PERF" == 1 ]]; then BENCH_KEEP=1; fi
CONNECTIONS=$(( SEEKERS + VOLUNTEERS + SUPERVISORS ))
# Set-up deadlines of the driver (s), which grow with the load: one Argon2id verify per volunteer
# log-in, and routing took ~30 contacts/s on the 2-core machine.
LOGIN_DEADLINE=$(( VOLUNTEERS * 3 / 2 > 300 ? VOLUNTEERS * 3 / 2 : 300 ))
ROUTE_DEADLINE=$(( SEEKERS / 5 > 600 ? SEEKERS / 5 : 600 ))

say() { echo "relay-bench: $*" >&2; }
die() {
    say "$*"
    local line
    for line in supervision_queue_p99_ms supervision_queue_p99_beyond_fsync_ratio_vs_ws \
        relay_cpu_per_message_ratio_vs_ws relay_p99_beyond_fsync_ratio_vs_ws relay_p99_ratio_vs_ws; do
        echo "$line: nan"
    done
    exit 1
}

command -v node >/dev/null || die "node is required (Node.js >= 20)"
command -v npm >/dev/null || die "npm is required"
if [[ "$PERF" == 1 ]]; then
    command -v perf >/dev/null || die "BENCH_PERF=1 needs perf (Debian package linux-perf)"
fi
# The server refuses a capacity above 50 conversations per channel (user set --capacity).
(( (SEEKERS + VOLUNTEERS - 1) / VOLUNTEERS <= 50 )) \
    || die "ceil($SEEKERS / $VOLUNTEERS) contacts per volunteer is above the server's capacity limit of 50"

# Each process (relay, driver) holds SEEKERS + VOLUNTEERS + SUPERVISORS sockets.
need=$(( CONNECTIONS + 1024 ))
if (( $(ulimit -n) < need )); then
    hard=$(ulimit -Hn)
    if [[ "$hard" == unlimited ]] || (( hard >= need )); then
        ulimit -n "$need"
    else
        ulimit -n "$hard"
        say "warning: open files limited to $hard (want $need)"
    fi
fi

# ---- what it needs: the server (Release) and ws
if [[ -n "${ECOUTE_SERVER_BINARY:-}" ]]; then
    SERVER=$ECOUTE_SERVER_BINARY
else
    mkdir -p "$BUILD_DIR" # the logs stay inside it (build*/ is ignored by git)
    if [[ ! -f "$BUILD_DIR/build.ninja" && ! -f "$BUILD_DIR/Makefile" ]]; then
        say "configuring $BUILD_DIR (Release)"
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DECOUTE_BUILD_TESTS=OFF -DECOUTE_BUILD_GUI=OFF >"$BUILD_DIR/bench-relay-configure.log" 2>&1 \
            || { cat "$BUILD_DIR/bench-relay-configure.log" >&2; die "configure failed"; }
    fi
    say "building ecoute-server in $BUILD_DIR"
    cmake --build "$BUILD_DIR" -j2 --target ecoute-server >"$BUILD_DIR/bench-relay-build.log" 2>&1 \
        || { tail -50 "$BUILD_DIR/bench-relay-build.log" >&2; die "build failed"; }
    SERVER=$BUILD_DIR/server/ecoute-server
fi
[[ -x "$SERVER" ]] || die "no server binary at $SERVER"
if [[ ! -f "$HERE/node_modules/ws/package.json" ]]; then
    say "npm ci (ws)"
    (cd "$HERE" && npm ci --no-audit --no-fund >&2) || die "npm ci failed"
fi

# ---- work directory, and cleaning up only what this script started
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ecoute-bench-relay.XXXXXX")
STARTED=()
cleanup() {
    local pid
    for pid in "${STARTED[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${STARTED[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    if [[ "${BENCH_KEEP:-0}" == 1 ]]; then say "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- volunteer accounts: `ecoute-server user add` hashes each password with Argon2id (64 MiB,
# t=3) in its own process, which takes a while for 200 accounts, so the accounts are made once per
# volunteer count and kept (with their random password) in the build directory. The cache is used
# while the current server still lists every one of its accounts (it migrates the database if the
# schema moved on).
# Each volunteer takes ceil(N/M) chats at once (the driver's capacity), set with `user set`.
CAPACITY=$(( (SEEKERS + VOLUNTEERS - 1) / VOLUNTEERS ))
ACCOUNTS_CACHE=$BUILD_DIR/bench-relay-accounts-$VOLUNTEERS-$CAPACITY
mkdir -p "$BUILD_DIR"
users=$(seq -f 'v%03g' 1 "$VOLUNTEERS" | paste -sd, -)
cached=0
if [[ -f "$ACCOUNTS_CACHE/done" ]]; then
    cached=$("$SERVER" user list --data-dir "$ACCOUNTS_CACHE/data" 2>/dev/null | grep -c $'\tvolunteer\tenabled\t'".*capacity=chat=$CAPACITY," || true)
fi
if [[ "$cached" != "$VOLUNTEERS" ]]; then
    rm -rf "$ACCOUNTS_CACHE"
    mkdir -p "$ACCOUNTS_CACHE/data"
    od -An -tx1 -N12 /dev/urandom | tr -d ' \n' >"$ACCOUNTS_CACHE/password"
    say "creating $VOLUNTEERS volunteer accounts with ecoute-server user add (Argon2id, once)"
    t0=$SECONDS
    for user in ${users//,/ }; do
        "$SERVER" user add "$user" --role volunteer --data-dir "$ACCOUNTS_CACHE/data" \
            <"$ACCOUNTS_CACHE/password" >/dev/null 2>"$ACCOUNTS_CACHE/user-add.log" \
            || { cat "$ACCOUNTS_CACHE/user-add.log" >&2; die "user add $user failed"; }
        "$SERVER" user set "$user" --capacity "chat=$CAPACITY" --data-dir "$ACCOUNTS_CACHE/data" \
            >/dev/null 2>"$ACCOUNTS_CACHE/user-set.log" \
            || { cat "$ACCOUNTS_CACHE/user-set.log" >&2; die "user set $user failed"; }
    done
    say "accounts created in $(( SECONDS - t0 )) s"
    touch "$ACCOUNTS_CACHE/done"
fi
# Supervisor accounts s001…sNNN (centre `main`, as the volunteers), added to the same cache when
# missing, with the same password.
supervisors=$(if (( SUPERVISORS > 0 )); then seq -f 's%03g' 1 "$SUPERVISORS" | paste -sd, -; fi)
if [[ -n "$supervisors" ]]; then
    listed=$("$SERVER" user list --data-dir "$ACCOUNTS_CACHE/data" 2>/dev/null || true)
    for user in ${supervisors//,/ }; do
        grep -q "^$user"$'\tsupervisor\tenabled\t' <<<"$listed" && continue
        say "creating supervisor account $user with ecoute-server user add (Argon2id, once)"
        "$SERVER" user add "$user" --role supervisor --data-dir "$ACCOUNTS_CACHE/data" \
            <"$ACCOUNTS_CACHE/password" >/dev/null 2>"$ACCOUNTS_CACHE/user-add.log" \
            || { cat "$ACCOUNTS_CACHE/user-add.log" >&2; die "user add $user failed"; }
    done
fi
mkdir -p "$WORK/data"
cp "$ACCOUNTS_CACHE"/data/ecoute.sqlite* "$WORK/data/"

# ---- targets
PID=''; PORT=''
start_target() { # name log command...
    local name=$1 logfile=$2; shift 2
    "$@" >"$logfile" 2>&1 &
    PID=$!
    STARTED+=("$PID")
    for _ in $(seq 300); do
        PORT=$(sed -n 's|^listening: http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$logfile" | head -1)
        [[ -n "$PORT" ]] && return 0
        kill -0 "$PID" 2>/dev/null || { cat "$logfile" >&2; die "$name exited before listening"; }
        sleep 0.1
    done
    cat "$logfile" >&2
    die "$name did not start listening within 30 s"
}
stop_target() {
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
}
run_driver() { # label out [driver options...]
    local label=$1 out=$2; shift 2
    # Beyond the driver's own watchdog (its deadlines + supervisors' log-in + messages + drain).
    timeout $(( LOGIN_DEADLINE + ROUTE_DEADLINE + 2 * DURATION + 900 )) node --expose-gc "$HERE/driver.mjs" \
        --url "ws://127.0.0.1:$PORT" --pid "$PID" \
        --label "$label" --out "$out" --seekers "$SEEKERS" --volunteers "$VOLUNTEERS" --users "$users" \
        --password-file "$ACCOUNTS_CACHE/password" --rate "$RATE" --duration "$DURATION" --window "$WINDOW" \
        --supervisors "$supervisors" --supervision-rate "$SUPERVISION_RATE" \
        --supervision-requests "$SUPERVISION_REQUESTS" \
        --login-deadline "$LOGIN_DEADLINE" --route-deadline "$ROUTE_DEADLINE" "$@" \
        || say "the driver failed against $label (rc $?)"
}

echo "relay benchmark ($MODE): $SEEKERS help-seekers, $VOLUNTEERS volunteers, $RATE msg/s for ${DURATION} s," \
     "at most $WINDOW contacts being routed at a time"
if (( SUPERVISORS > 0 )); then
    echo "supervision: $SUPERVISORS supervisors logged in; during the messages, $SUPERVISION_REQUESTS urgent" \
         "supervision.request from volunteers at $SUPERVISION_RATE/s"
fi
echo "transport: plain ws:// on 127.0.0.1 for both relays (ecoute-server --insecure-loopback), no TLS"
echo "machine: $(nproc) cores, $(uname -r); server data dir on $(stat -f -c %T "$WORK") (SQLite synchronous=FULL)"
echo "server: ${SERVER#"$ROOT"/} ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')" \
     "$(git -C "$ROOT" diff --quiet HEAD -- server protocol 2>/dev/null || echo '+ local changes'))"

# The server's own connection cap defaults to at most 10,000 (--max-connections 0): raise it when
# the run holds about as many or more (large mode: 10,503), with some room.
SERVER_ARGS=()
if (( CONNECTIONS + 256 > 10000 )); then
    SERVER_ARGS+=(--max-connections $(( CONNECTIONS + 256 )))
    echo "server: --max-connections $(( CONNECTIONS + 256 )) (the default cap is 10,000)"
fi
# BENCH_SERVER_ARGS: more options for ecoute-server, e.g. "--io-threads 0" to compare thread counts.
if [[ -n "${BENCH_SERVER_ARGS:-}" ]]; then
    read -r -a extra <<<"$BENCH_SERVER_ARGS"
    SERVER_ARGS+=("${extra[@]}")
    echo "server: extra options ${BENCH_SERVER_ARGS}"
fi

# The disk floor, in the server's data directory, right before the server runs on it (the one
# subtracted), and again right after it (to see whether the disk kept its speed meanwhile). The
# file system is synced first: writeback left over from earlier writes (the database copy, the
# server's last checkpoint) would otherwise be waited for by the first commits.
floor() { # out
    sync -f "$WORK/data" || true
    node "$HERE/fsync-floor.mjs" --dir "$WORK/data" --out "$1" || say "the disk floor measurement failed (rc $?)"
}
say "disk floor (append + fdatasync in the data directory)"
floor "$WORK/fsync.json"

say "ecoute-server"
start_target ecoute-server "$WORK/server.log" \
    "$SERVER" --data-dir "$WORK/data" --listen 127.0.0.1 --port 0 --insecure-loopback "${SERVER_ARGS[@]}"
if [[ "$PERF" == 1 ]]; then
    run_driver ecoute-server "$WORK/server.json" --perf-out "$WORK/perf.data"
else
    run_driver ecoute-server "$WORK/server.json"
fi
stop_target
floor "$WORK/fsync-after.json"
if [[ "$PERF" == 1 && -s "$WORK/perf.data" ]]; then
    # Self time by library and symbol (call graphs folded away), the top 25 lines, without the
    # empty columns and padding, long C++ names cut; the full profile stays in perf.data.
    say "perf report"
    perf report -i "$WORK/perf.data" --no-children --sort dso,symbol --percent-limit 0.8 --stdio -g none \
        2>/dev/null | awk '/^# Samples:/ { print "  " substr($0, 3); next } /^#/ { next }
            NF { sub(/[[:space:]]+-[[:space:]]+-[[:space:]]*$/, ""); sub(/[[:space:]]+$/, "");
                 print substr($0, 1, 150) }' | head -26 >"$WORK/perf-top.txt" || true
    echo "  (perf.data kept: perf report -i $WORK/perf.data)" >>"$WORK/perf-top.txt"
fi

say "ws relay"
start_target ws-relay "$WORK/ws.log" node "$HERE/ws-relay.mjs" --supervisors "$supervisors"
run_driver ws-relay "$WORK/ws.json"
stop_target

echo
REPORT_ARGS=(--fsync "$WORK/fsync.json" --fsync-after "$WORK/fsync-after.json")
if [[ "$PERF" == 1 ]]; then REPORT_ARGS+=(--profile "$WORK/perf-top.txt"); fi
node "$HERE/report.mjs" "$WORK/server.json" "$WORK/ws.json" "${REPORT_ARGS[@]}"
