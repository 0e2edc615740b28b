#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program as a screen reader would meet it: on its own X server
# (Xvfb), with a private session D-Bus and the AT-SPI accessibility bus, Qt on
# the xcb platform with its AT-SPI bridge on.
#
#   run-under-atspi.sh <test program> [arguments...]
#
# Exits 77 (CTest's SKIP_RETURN_CODE) with "SKIP: ..." when a tool is missing;
# tools/debian-packages.txt lists them (xvfb xauth dbus at-spi2-core python3-pyatspi).
set -u

skip() {
    echo "SKIP: $* (install: xvfb xauth dbus at-spi2-core python3-pyatspi)"
    exit 77
}

if [ "${1:-}" != "--inside" ]; then
    [ $# -ge 1 ] || { echo "usage: $0 <test program> [arguments...]" >&2; exit 2; }
    for tool in xvfb-run xauth Xvfb dbus-run-session dbus-send; do
        command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
    done
    launcher=
    for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
        [ -x "$candidate" ] && launcher=$candidate && break
    done
    [ -n "$launcher" ] || skip "at-spi-bus-launcher (at-spi2-core) is not installed"
    # pyatspi is a Debian package: a python3 earlier on PATH (a virtualenv, pyenv) may not see it.
    python=
    for candidate in "$(command -v python3 2>/dev/null)" /usr/bin/python3; do
        [ -n "$candidate" ] && "$candidate" -c 'import pyatspi' >/dev/null 2>&1 && python=$candidate && break
    done
    [ -n "$python" ] || skip "python3-pyatspi is not installed"

    runtime=$(mktemp -d "${TMPDIR:-/tmp}/ecoute-atspi.XXXXXX") || exit 1
    trap 'rm -rf "$runtime"' EXIT
    export ECOUTE_ATSPI_LAUNCHER=$launcher ECOUTE_ATSPI_PYTHON=$python XDG_RUNTIME_DIR=$runtime
    xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- bash "$0" --inside "$@"
    exit $?
fi
shift # --inside: now under Xvfb, with a private session bus

# The accessibility bus; it is D-Bus activatable too, but started here so that its
# failure is visible. Its output goes to a file: a daemon left holding the test's
# output pipe would keep CTest waiting.
"$ECOUTE_ATSPI_LAUNCHER" --launch-immediately >"$XDG_RUNTIME_DIR/at-spi-bus-launcher.log" 2>&1 &
launcher_pid=$!

bus_ready=
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
        >/dev/null 2>&1; then
        bus_ready=1
        break
    fi
    sleep 0.1
done
if [ -z "$bus_ready" ]; then
    echo "FAIL: the AT-SPI bus did not start" >&2
    kill "$launcher_pid" 2>/dev/null
    cat "$XDG_RUNTIME_DIR/at-spi-bus-launcher.log" >&2
    exit 1
fi
# What a desktop does when a screen reader is turned on: toolkits watch this property.
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
    string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null

export QT_QPA_PLATFORM=xcb # overrides the offscreen default of the other ui tests
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export QT_ACCESSIBILITY=1
"$@"
status=$?
kill "$launcher_pid" 2>/dev/null
exit $status
