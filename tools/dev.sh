#!/usr/bin/env bash
# Ecoute developer entry point.
#   tools/dev.sh run    install what is missing, build, start ecoute-server and an ecoute window
#   tools/dev.sh test   install what is missing, check the formatting, build with warnings as errors and run
#                       the whole suite, then build the core without Qt Widgets under AddressSanitizer and
#                       UndefinedBehaviorSanitizer and run its unit and integration tests
#   tools/dev.sh lint   clang-tidy (.clang-tidy) over every source of the core build
#   tools/dev.sh call   while "run" is going: a scripted caller rings the demo line and says a French sentence
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing_packages() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' tools/debian-packages.txt)
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    # Node.js for the browser tests: any recent node with npm will do (Debian's or another source's).
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        missing+=(nodejs npm)
    fi
    if ((${#missing[@]})); then
        say "Installing missing packages: ${missing[*]}"
        if [ "$(id -u)" -ne 0 ]; then
            echo "Run as root (or install these packages first): ${missing[*]}" >&2
            exit 1
        fi
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

configure_and_build() {
    local dir=$1 type=$2 werror=$3
    say "Building ($type) in $dir"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DECOUTE_WERROR="$werror" "${@:4}" >/dev/null
    cmake --build "$dir" -j2
}

run_product() {
    configure_and_build build Release OFF -DECOUTE_BUILD_TESTS=OFF
    local data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/ecoute-server"
    local port=${ECOUTE_PORT:-8443}
    say "Starting ecoute-server (data: $data_dir)"
    mkdir -p "$data_dir"
    local log
    log=$(mktemp)
    # ECOUTE_SERVER_ARGS: more serve options, e.g. the line's real mailbox (docs/mail.md).
    # shellcheck disable=SC2086
    build/server/ecoute-server --data-dir "$data_dir" --listen 127.0.0.1 --port "$port" --demo-accounts \
        --sip-listen "127.0.0.1:${ECOUTE_SIP_PORT:-5070}" ${ECOUTE_SERVER_ARGS:-} > >(tee "$log") 2>&1 &
    local server_pid=$!
    trap 'kill $server_pid 2>/dev/null || true; rm -f "$log"' EXIT INT TERM
    for _ in $(seq 1 100); do
        grep -q '^listening: ' "$log" && break
        kill -0 "$server_pid" 2>/dev/null || { echo "ecoute-server did not start" >&2; exit 1; }
        sleep 0.2
    done
    local url
    url=$(sed -n 's/^listening: //p' "$log" | head -n1)
    echo
    echo "Help-seeker chat page: $url/   (open it in a browser; accept the self-signed certificate)"
    echo "Demo accounts: volunteer, volunteer2, supervisor, trainer, admin. Their passwords are printed above on the"
    echo "first start only; reset one with: build/server/ecoute-server --data-dir \"$data_dir\" user passwd volunteer"
    echo "Phone line: sip:line@127.0.0.1:${ECOUTE_SIP_PORT:-5070}; ring it from another terminal with: tools/dev.sh call"
    echo
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
        # Two volunteers: an offer that nobody answers in time moves from one window to the other;
        # a supervisor: requests for supervision arrive in their queue; a trainer: Practice > Start
        # a practice session (Ctrl+Shift+P) for volunteer2 plays the person in that window.
        say "Opening four ecoute workstations (volunteer, volunteer2, supervisor, trainer)"
        build/app/ecoute --server "$url" --user trainer &
        build/app/ecoute --server "$url" --user supervisor &
        build/app/ecoute --server "$url" --user volunteer2 &
        build/app/ecoute --server "$url" --user volunteer || true
        say "Workstation closed; ecoute-server keeps running until you press Ctrl+C"
    else
        say "No display here (neither DISPLAY nor WAYLAND_DISPLAY is set): the workstation window cannot open."
        echo "ecoute-server keeps running; press Ctrl+C to stop it."
    fi
    wait "$server_pid"
}

# A scripted caller (baresip) rings the demo line and speaks a French sentence (espeak-ng), then
# listens until the call ends or a minute has passed.
call_the_line() {
    local dir sentence=${1:-"Bonjour. Je voudrais parler à quelqu'un, s'il vous plaît. Je me sens très seul ce soir."}
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    espeak-ng -v fr -s 140 -w "$dir/speech22k.wav" "$sentence"
    # 8 kHz, 16-bit mono like a phone line; then silence so the caller stays on the line a while.
    sox "$dir/speech22k.wav" -r 8000 -b 16 -e signed-integer -c 1 "$dir/speech.wav" pad 1 50
    cat > "$dir/config" <<CONFIG
poll_method epoll
sip_listen 127.0.0.1:0
net_interface 127.0.0.1
audio_player aufile,/dev/null
audio_source aufile,$dir/speech.wav
audio_alert aufile,/dev/null
audio_srate 8000
audio_channels 1
module_path /usr/lib/baresip/modules
module g711.so
module aufile.so
module_app account.so
module_app menu.so
CONFIG
    echo "<sip:+33100000000@127.0.0.1>;regint=0" > "$dir/accounts"
    say "Calling sip:line@127.0.0.1:${ECOUTE_SIP_PORT:-5070} (a volunteer on shift sees it ring)"
    baresip -f "$dir" -t 60 -e "/dial sip:line@127.0.0.1:${ECOUTE_SIP_PORT:-5070}"
}

check_format() {
    say "Checking the formatting (clang-format, .clang-format)"
    local bad
    bad=$(git ls-files '*.cpp' '*.h' | xargs clang-format-14 --dry-run 2>&1 | sed -n 's/^\([^:]*\):.*warning:.*/\1/p' | sort -u)
    if [ -n "$bad" ]; then
        echo "These files are not formatted; run: clang-format-14 -i <file>" >&2
        echo "$bad" >&2
        exit 1
    fi
}

# The same compiler flags give the same objects in every build directory: ccache shares them.
use_shared_ccache() {
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
}

# Without Qt Widgets (the core must not need them) and under ASan + UBSan.
sanitizer_flags=(
    -DECOUTE_BUILD_GUI=OFF
    "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined"
)

run_tests() {
    check_format
    use_shared_ccache
    configure_and_build build-tests Debug ON
    say "Running the test suite"
    (cd build-tests && ctest --output-on-failure -j2 --timeout 600)
    configure_and_build build-core-asan Debug ON "${sanitizer_flags[@]}"
    say "Running the core's unit and integration tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    (cd build-core-asan &&
        ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
            ctest --output-on-failure -j2 --timeout 900 -L 'unit|integration' -LE 'abuse')
}

run_lint() {
    use_shared_ccache
    configure_and_build build-core Debug ON -DECOUTE_BUILD_GUI=OFF
    say "clang-tidy (.clang-tidy) over the core's sources"
    run-clang-tidy-14 -quiet -j2 -p build-core "^$root/(protocol|server|models)/"
}

case "${1:-}" in
run) install_missing_packages; run_product ;;
test) install_missing_packages; run_tests ;;
lint) install_missing_packages; run_lint ;;
call) call_the_line "${@:2}" ;;
*) echo "usage: tools/dev.sh run|test|lint|call" >&2; exit 2 ;;
esac
