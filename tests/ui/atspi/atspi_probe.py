#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the AT-SPI accessibility tree of a running application, as a screen
reader does, and prints JSON for tst_ui_accessibility to assert on.

  atspi_probe.py ping   --pid PID            is the application on the bus?
  atspi_probe.py tree   --pid PID            every object under it: role, name, states, extents, text
  atspi_probe.py listen --pid PID [--seconds S] [--events a,b,...]
        prints {"ready": true} once the listeners are registered, then one JSON
        line per event from that application, until "stop" (or EOF) on stdin or
        S seconds; then {"done": true}.

The application answers over D-Bus from its own event loop, so the caller must
keep its loop running while this runs.
"""

import argparse
import json
import sys
import time

import pyatspi
from gi.repository import GLib

# Broad on purpose: what a screen reader listens to for announcements and
# changes (Orca speaks object:announcement, live name/text changes and alerts).
DEFAULT_EVENTS = [
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed:insert",
    "object:state-changed:showing",
    "object:state-changed:focused",
    "object:children-changed:add",
    "object:visible-data-changed",
    "window:create",
]

MAX_NODES = 4000
MAX_CHILDREN = 300  # rows of a long table or list: the first ones are enough


def emit(obj):
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def find_application(pid, attempts=20):
    """The application with this process id (Qt registers it lazily: retry)."""
    for _ in range(attempts):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except GLib.Error:
                continue
        time.sleep(0.25)
    return None


def safe(call, default=None):
    try:
        return call()
    except (GLib.Error, NotImplementedError, RuntimeError, AttributeError):
        return default


def text_of(acc):
    """The Text interface's content, or None when the object has none."""
    try:
        text = acc.queryText()
    except NotImplementedError:
        return None
    return safe(lambda: text.getText(0, text.characterCount), None)


def extents_of(acc):
    try:
        box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        return None
    return [box.x, box.y, box.width, box.height]


def describe(acc):
    """What a screen reader learns about one object."""
    node = {
        "path": safe(lambda: acc.path, ""),
        "role": safe(acc.getRoleName, ""),
        "name": safe(lambda: acc.name, "") or "",
        "description": safe(lambda: acc.description, "") or "",
        "states": sorted(s.value_nick for s in safe(lambda: acc.getState().getStates(), [])),
        "extents": safe(lambda: extents_of(acc)),
        "interfaces": safe(lambda: list(pyatspi.listInterfaces(acc)), []),
        "accessibleId": safe(acc.get_accessible_id, "") or "",
    }
    text = text_of(acc)
    if text is not None:
        node["text"] = text
    relations = []
    for relation in safe(acc.getRelationSet, []) or []:
        targets = [safe(lambda: relation.getTarget(i).path, "") for i in range(relation.getNTargets())]
        relations.append({"type": relation.getRelationType().value_nick, "targets": targets})
    if relations:
        node["relations"] = relations
    return node


def command_tree(pid):
    app = find_application(pid)
    if app is None:
        return {"error": "application with pid %d not found on the AT-SPI bus" % pid}
    nodes = []

    def walk(acc, parent, depth):
        if acc is None or len(nodes) >= MAX_NODES:
            return
        node = describe(acc)
        node["parent"] = parent
        node["depth"] = depth
        count = safe(lambda: acc.childCount, 0) or 0
        node["childCount"] = count
        index = len(nodes)
        nodes.append(node)
        for i in range(min(count, MAX_CHILDREN)):
            walk(safe(lambda: acc.getChildAtIndex(i)), index, depth + 1)

    started = time.monotonic()
    walk(app, -1, 0)
    return {
        "application": app.name,
        "pid": pid,
        "seconds": round(time.monotonic() - started, 3),
        "truncated": len(nodes) >= MAX_NODES,
        "nodes": nodes,
    }


def command_listen(pid, seconds, events):
    app = find_application(pid)
    if app is None:
        emit({"error": "application with pid %d not found on the AT-SPI bus" % pid})
        return 1
    loop_started = time.monotonic()

    def on_event(event):
        source = event.source
        if safe(lambda: source.get_process_id()) != pid:
            return
        any_data = event.any_data
        record = {
            "type": event.type,
            "t": round(time.monotonic() - loop_started, 3),
            "detail1": event.detail1,
            "detail2": event.detail2,
            "anyData": any_data if isinstance(any_data, str) else None,
            "sourceRole": safe(source.getRoleName, ""),
            "sourceName": safe(lambda: source.name, "") or "",
            "sourceDescription": safe(lambda: source.description, "") or "",
            "sourcePath": safe(lambda: source.path, ""),
            "sourceStates": sorted(s.value_nick for s in safe(lambda: source.getState().getStates(), [])),
        }
        text = text_of(source)
        if text is not None:
            record["sourceText"] = text
        # A notification carries its message in a child label (what Orca reads when it shows).
        count = safe(lambda: source.childCount, 0) or 0
        if 0 < count <= 5:
            children = [safe(lambda: source.getChildAtIndex(i)) for i in range(count)]
            record["sourceChildrenText"] = "\n".join(
                part for child in children if child is not None
                for part in (safe(lambda: child.name, "") or "", text_of(child) or "") if part)
        emit(record)

    pyatspi.Registry.registerEventListener(on_event, *events)

    def on_stdin(channel, condition):
        line = sys.stdin.readline()
        if not line or line.strip() == "stop" or condition & (GLib.IO_HUP | GLib.IO_ERR):
            pyatspi.Registry.stop()
            return False
        return True

    def say_ready():
        emit({"ready": True, "events": events})
        return False

    GLib.io_add_watch(sys.stdin, GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP | GLib.IO_ERR, on_stdin)
    # The application learns of new listeners through the registry: give it a moment.
    GLib.timeout_add(400, say_ready)
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()
    emit({"done": True})
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["ping", "tree", "listen"])
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--events", default=",".join(DEFAULT_EVENTS))
    args = parser.parse_args()
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    if args.command == "ping":
        app = find_application(args.pid)
        emit({"found": app is not None, "application": app.name if app else "",
              "children": app.childCount if app else 0})
        return 0 if app is not None else 1
    if args.command == "tree":
        result = command_tree(args.pid)
        emit(result)
        return 1 if "error" in result else 0
    return command_listen(args.pid, args.seconds, [e for e in args.events.split(",") if e])


if __name__ == "__main__":
    sys.exit(main())
