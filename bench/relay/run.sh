#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Relay benchmark: ecoute-server against a minimal relay written with Node's `ws` package, under the
# same load from driver.mjs (N help-seekers, M volunteers, a fixed message rate), on loopback over
# plain ws:// for both (the server's --insecure-loopback mode), so TLS cost is not compared.
# In the same run, under the chat load, it measures the supervision latency: urgent
# supervision.request from volunteers -> supervision.update at every supervisor connection.
# Not a test: it prints figures; the line before the last is `supervision_queue_p99_ms: X`
# (ecoute-server), the last is `relay_p99_ratio_vs_ws: X`.
#
#   bench/relay/run.sh                 full run: 2,000 help-seekers, 200 volunteers, 500 msg/s, 20 s
#   BENCH_QUICK=1 bench/relay/run.sh   development run: 200, 20, 500 msg/s, 5 s
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

say() { echo "relay-bench: $*" >&2; }
die() { say "$*"; echo "supervision_queue_p99_ms: nan"; echo "relay_p99_ratio_vs_ws: nan"; exit 1; }

command -v node >/dev/null || die "node is required (Node.js >= 20)"
command -v npm >/dev/null || die "npm is required"

# Each side holds SEEKERS + VOLUNTEERS + SUPERVISORS sockets.
need=$(( 2 * (SEEKERS + VOLUNTEERS + SUPERVISORS) + 1024 ))
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
run_driver() { # label out
    timeout $(( DURATION + 900 )) node "$HERE/driver.mjs" --url "ws://127.0.0.1:$PORT" --pid "$PID" \
        --label "$1" --out "$2" --seekers "$SEEKERS" --volunteers "$VOLUNTEERS" --users "$users" \
        --password-file "$ACCOUNTS_CACHE/password" --rate "$RATE" --duration "$DURATION" --window "$WINDOW" \
        --supervisors "$supervisors" --supervision-rate "$SUPERVISION_RATE" \
        --supervision-requests "$SUPERVISION_REQUESTS" \
        || say "the driver failed against $1 (rc $?)"
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

say "ecoute-server"
start_target ecoute-server "$WORK/server.log" \
    "$SERVER" --data-dir "$WORK/data" --listen 127.0.0.1 --port 0 --insecure-loopback
run_driver ecoute-server "$WORK/server.json"
stop_target

say "ws relay"
start_target ws-relay "$WORK/ws.log" node "$HERE/ws-relay.mjs" --supervisors "$supervisors"
run_driver ws-relay "$WORK/ws.json"
stop_target

echo
node "$HERE/report.mjs" "$WORK/server.json" "$WORK/ws.json"
