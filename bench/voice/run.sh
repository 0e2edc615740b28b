#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Voice benchmark: N concurrent calls through the real ecoute-voice (built in Release on its own,
# in build-bench-voice, as bench/relay builds ecoute-server) driven by bench_voice (built in
# build-bench) with baresip phones on loopback. Not a test: it prints figures; the last line is
# `voice_added_latency_ratio_vs_direct: X`.
#
#   bench/run voice                      50 calls, 3 of them measured, 2 rounds of 8 s
#   bench/run voice --calls 10 --keep    any bench_voice option (--calls, --probes, --rounds,
#                                        --seconds, --keep) is passed on
#
# Environment: BENCH_BUILD_DIR (where ecoute-voice is built, default build-bench-voice in the
# repository), ECOUTE_VOICE_BINARY (use this binary, do not build), ECOUTE_BARESIP_MODULES
# (baresip's module folder, default Debian's).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD_DIR=${BENCH_BUILD_DIR:-$ROOT/build-bench-voice}

say() { echo "voice-bench: $*" >&2; }
die() { say "$*"; echo "voice_added_latency_ratio_vs_direct: nan"; exit 1; }

for tool in baresip openssl; do
    command -v "$tool" >/dev/null || die "$tool is required (tools/debian-packages.txt)"
done

# ---- the bridge (Release), unless one is given
if [[ -n "${ECOUTE_VOICE_BINARY:-}" ]]; then
    BRIDGE=$ECOUTE_VOICE_BINARY
else
    mkdir -p "$BUILD_DIR"
    if [[ ! -f "$BUILD_DIR/build.ninja" && ! -f "$BUILD_DIR/Makefile" ]]; then
        say "configuring $BUILD_DIR (Release)"
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DECOUTE_BUILD_TESTS=OFF -DECOUTE_BUILD_GUI=OFF >"$BUILD_DIR/bench-voice-configure.log" 2>&1 \
            || { cat "$BUILD_DIR/bench-voice-configure.log" >&2; die "configure failed"; }
    fi
    say "building ecoute-voice in $BUILD_DIR"
    cmake --build "$BUILD_DIR" -j2 --target ecoute-voice >"$BUILD_DIR/bench-voice-build.log" 2>&1 \
        || { tail -50 "$BUILD_DIR/bench-voice-build.log" >&2; die "build failed"; }
    BRIDGE=$BUILD_DIR/voice/ecoute-voice
fi
[[ -x "$BRIDGE" ]] || die "no bridge binary at $BRIDGE"

# ---- the driver (bench project, Release)
say "building bench_voice in build-bench"
cmake -S "$ROOT/bench" -B "$ROOT/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2 || die "configure failed"
cmake --build "$ROOT/build-bench" -j2 --target bench_voice >&2 || die "build failed"

echo "machine: $(nproc) cores, $(uname -r), load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')
git -C "$ROOT" diff --quiet HEAD -- voice telephony protocol 2>/dev/null || commit+=' + local changes'
phones=$( (baresip -h 2>&1 || true) | sed -n 's/^baresip \(v[0-9.]*\).*/baresip \1/p' | head -1)
echo "bridge: ${BRIDGE#"$ROOT"/} ($commit); phones: $phones (jitter buffer 5-10 frames, its default)"
exec "$ROOT/build-bench/voice/bench_voice" --bridge "$BRIDGE" "$@"
