"""An AT-SPI client, run by the system Python (python3-pyatspi), driven over stdin/stdout.

This is what a screen reader sees of the editor: the accessible tree (roles, names,
descriptions, states, relations), focus changes and announcements, and keys sent
through the accessibility bus (at-spi2-registryd synthesizes them with XTest).

One JSON command per line on stdin, one JSON answer per line on stdout:
``{"cmd": "focus"}`` → ``{"ok": true, "result": {...}}``. The test suite talks to it
through ``tests/a11y/harness.py``; this file imports nothing of the project.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
import traceback

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

ITEM_ROLES = {
    Atspi.Role.TABLE_CELL,
    Atspi.Role.LIST_ITEM,
    Atspi.Role.TREE_ITEM,
    Atspi.Role.MENU_ITEM,
    Atspi.Role.CHECK_MENU_ITEM,
    Atspi.Role.RADIO_MENU_ITEM,
    Atspi.Role.PAGE_TAB,
    Atspi.Role.TABLE_COLUMN_HEADER,
    Atspi.Role.TABLE_ROW_HEADER,
}

events: list[dict] = []
focused: Atspi.Accessible | None = None
focused_at = 0.0


def role_name(obj: Atspi.Accessible) -> str:
    return obj.get_role_name()


def states(obj: Atspi.Accessible) -> list[str]:
    state_set = obj.get_state_set()
    return sorted(Atspi.StateType(s).value_nick for s in state_set.get_states())


def labelled_by(obj: Atspi.Accessible) -> list[str]:
    names = []
    try:
        for relation in obj.get_relation_set():
            if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
                for i in range(relation.get_n_targets()):
                    target = relation.get_target(i)
                    names.append(target.get_name() or "")
    except GLib.Error:
        pass
    return names


def extents(obj: Atspi.Accessible) -> list[int] | None:
    try:
        rect = obj.get_extents(Atspi.CoordType.SCREEN)
    except (GLib.Error, NotImplementedError, AttributeError):
        return None
    return [rect.x, rect.y, rect.width, rect.height]


def text_of(obj: Atspi.Accessible) -> str | None:
    try:
        return Atspi.Text.get_text(obj, 0, Atspi.Text.get_character_count(obj))
    except GLib.Error:
        return None


def describe(obj: Atspi.Accessible, with_path: bool = False, lean: bool = False) -> dict:
    """Return what a screen reader learns of ``obj``; ``lean`` skips labels and extents of what takes no focus."""
    state_list = states(obj)
    full = not lean or "focusable" in state_list or obj.get_role() == Atspi.Role.FRAME
    info = {
        "role": role_name(obj),
        "name": obj.get_name() or "",
        "description": obj.get_description() or "",
        "states": state_list,
        "labelled_by": labelled_by(obj) if full else [],
        "extents": extents(obj) if full else None,
        "item": obj.get_role() in ITEM_ROLES,
    }
    if obj.get_role() in (Atspi.Role.TEXT, Atspi.Role.ENTRY, Atspi.Role.PASSWORD_TEXT, Atspi.Role.PARAGRAPH):
        info["text"] = text_of(obj)
    if with_path:
        path = []
        parent = obj.get_parent()
        while parent is not None and parent.get_role() != Atspi.Role.APPLICATION:
            entry = {"role": role_name(parent), "name": parent.get_name() or "", "extents": extents(parent)}
            if parent.get_role() == Atspi.Role.COMBO_BOX:
                entry["labelled_by"] = labelled_by(parent)
            path.append(entry)
            parent = parent.get_parent()
        info["ancestors"] = path
    return info


def walk(obj: Atspi.Accessible, max_children: int = 400, top: bool = True) -> dict:
    node = describe(obj, lean=not top)
    children = []
    count = obj.get_child_count()
    for i in range(min(count, max_children)):
        try:
            child = obj.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is not None:
            children.append(walk(child, max_children, top=False))
    node["children"] = children
    node["child_count"] = count
    return node


def application(name: str) -> Atspi.Accessible:
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == name:
            return app
    raise LookupError(f"application {name!r} not on the bus")


def windows(app: Atspi.Accessible) -> list[Atspi.Accessible]:
    return [w for w in (app.get_child_at_index(i) for i in range(app.get_child_count())) if w is not None]


def active_window(app: Atspi.Accessible) -> Atspi.Accessible | None:
    for window in windows(app):
        if window.get_state_set().contains(Atspi.StateType.ACTIVE):
            return window
    return None


def on_event(event: Atspi.Event) -> None:
    global focused, focused_at
    try:
        source = event.source
        record = {"type": event.type, "detail1": event.detail1, "detail2": event.detail2, "time": time.monotonic()}
        try:
            record["name"] = source.get_name() or ""
            record["role"] = role_name(source)
        except GLib.Error:
            record["name"] = record["role"] = "?"
        if isinstance(event.any_data, str):
            record["data"] = event.any_data
        elif event.any_data is not None:
            with contextlib.suppress(Exception):
                record["data"] = str(event.any_data)
        if event.type.startswith("object:state-changed:focused") and event.detail1:
            focused = source
            focused_at = time.monotonic()
        events.append(record)
    except Exception:
        traceback.print_exc(file=sys.stderr)


listener = Atspi.EventListener.new(on_event)
for kind in (
    "object:state-changed:focused",
    "object:state-changed:expanded",
    "object:state-changed:collapsed",
    "object:state-changed:selected",
    "object:state-changed:checked",
    "object:announcement",
    "object:text-changed",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "window:activate",
    "window:create",
    "object:children-changed",
):
    listener.register(kind)


def pump(seconds: float = 0.0) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.003)


MODIFIER_MASKS = {"shift": 1 << 0, "ctrl": 1 << 2, "alt": 1 << 3}
KEYSYMS = {
    "Tab": 0xFF09,
    "Return": 0xFF0D,
    "Escape": 0xFF1B,
    "BackSpace": 0xFF08,
    "Delete": 0xFFFF,
    "Insert": 0xFF63,
    "Home": 0xFF50,
    "Left": 0xFF51,
    "Up": 0xFF52,
    "Right": 0xFF53,
    "Down": 0xFF54,
    "Page_Up": 0xFF55,
    "Page_Down": 0xFF56,
    "End": 0xFF57,
    "Menu": 0xFF67,
    "space": 0x20,
    **{f"F{n}": 0xFFBE + n - 1 for n in range(1, 13)},
}


def press(combo: str) -> None:
    """Press a key combination such as ``ctrl+shift+n``, ``Tab``, ``F2``, ``shift+Tab``."""
    *mods, key = combo.split("+") if combo != "+" else ["+"]
    mask = 0
    for mod in mods:
        mask |= MODIFIER_MASKS[mod.lower()]
    sym = KEYSYMS.get(key, ord(key) if len(key) == 1 else None)
    if sym is None:
        raise ValueError(f"unknown key {key!r}")
    if mask:
        Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.LOCKMODIFIERS)
    try:
        Atspi.generate_keyboard_event(sym, None, Atspi.KeySynthType.SYM)
    finally:
        if mask:
            Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.UNLOCKMODIFIERS)


def type_text(text: str) -> None:
    """Type ``text`` (umlauts too) as key presses.

    at-spi2-registryd types a character missing from the keymap (ä, ß, €) by mapping it
    to a spare key for a moment; two such characters in a row must not share that
    moment, so each waits for the application to insert it.
    """
    run = ""
    for char in text:
        if char.isascii() and char != "\n":
            run += char
            continue
        if run:
            Atspi.generate_keyboard_event(0, run, Atspi.KeySynthType.STRING)
            run = ""
        if char == "\n":
            press("Return")
        else:
            events_before = len(events)
            Atspi.generate_keyboard_event(0, char, Atspi.KeySynthType.STRING)
            deadline = time.monotonic() + 1.0
            while time.monotonic() < deadline:
                pump(0.01)
                if any(e["type"].startswith("object:text-changed:insert") for e in events[events_before:]):
                    break
    if run:
        Atspi.generate_keyboard_event(0, run, Atspi.KeySynthType.STRING)


APP_NAME = "Strategie-Editor"
SKIP_ROLES = {Atspi.Role.TREE, Atspi.Role.TREE_TABLE, Atspi.Role.TABLE, Atspi.Role.LIST, Atspi.Role.MENU_BAR,
              Atspi.Role.TOOL_BAR, Atspi.Role.STATUS_BAR, Atspi.Role.PAGE_TAB_LIST, Atspi.Role.COMBO_BOX}  # fmt: skip


def form_heading(obj: Atspi.Accessible, host: str, inside: bool = False) -> str | None:
    """Return the first shown label's text inside the filler named ``host`` (a short walk)."""
    role = obj.get_role()
    if role in SKIP_ROLES or not obj.get_state_set().contains(Atspi.StateType.SHOWING):
        return None
    if inside and role == Atspi.Role.LABEL and obj.get_name():
        return obj.get_name()
    inside = inside or (role == Atspi.Role.FILLER and obj.get_name() == host)
    for i in range(obj.get_child_count()):
        child = obj.get_child_at_index(i)
        found = form_heading(child, host, inside) if child is not None else None
        if found:
            return found
    return None


def summary(info: dict | None) -> tuple:
    """Return what tells one focused object from another."""
    if info is None:
        return ()
    return (info["role"], info["name"], tuple(info["extents"] or ()), tuple(info["states"]))


def focused_in(obj: Atspi.Accessible) -> Atspi.Accessible | None:
    """Return the object with the focused state under ``obj`` (depth first), if any."""
    try:
        state_set = obj.get_state_set()
        if state_set.contains(Atspi.StateType.FOCUSED):
            if state_set.contains(Atspi.StateType.MANAGES_DESCENDANTS):
                for i in range(obj.get_child_count()):
                    child = obj.get_child_at_index(i)
                    if child is not None and child.get_state_set().contains(Atspi.StateType.FOCUSED):
                        return child
            return obj
        if not state_set.contains(Atspi.StateType.SHOWING) and obj.get_role() != Atspi.Role.APPLICATION:
            return None
        for i in range(obj.get_child_count()):
            child = obj.get_child_at_index(i)
            found = focused_in(child) if child is not None else None
            if found is not None:
                return found
    except GLib.Error:
        return None
    return None


def focus_info() -> dict | None:
    """Return the focused object as the last focus event named it, checked against the tree.

    A menu item stays the last focused object after its menu closed (Qt sends no focus
    event when the focus goes back to where it was): then the focus is looked up.
    """
    pump()
    try:
        if focused is not None:
            state_set = focused.get_state_set()
            fresh = time.monotonic() - focused_at < 1.0  # a menu's item is focused before the menu shows
            if not state_set.contains(Atspi.StateType.DEFUNCT) and (
                state_set.contains(Atspi.StateType.SHOWING) or (fresh and focused.get_role() == Atspi.Role.MENU_ITEM)
            ):
                return describe(focused, with_path=True)
    except GLib.Error:
        pass
    try:
        window = active_window(application(APP_NAME))
    except LookupError:
        return None
    found = focused_in(window) if window is not None else None
    if found is None:
        return None
    try:
        return describe(found, with_path=True)
    except GLib.Error:
        return None


def handle(request: dict) -> object:
    cmd = request["cmd"]
    if cmd == "ping":
        application(request.get("app", APP_NAME))
        return True
    if cmd == "windows":
        pump()
        return [describe(w) for w in windows(application(APP_NAME))]
    if cmd == "tree":
        pump()
        app = application(APP_NAME)
        if request.get("window") == "active":
            window = active_window(app)
            return walk(window) if window is not None else None
        if "window" in request:
            for window in windows(app):
                if window.get_name() == request["window"]:
                    return walk(window)
            return None
        return walk(app)
    if cmd == "focus":
        return focus_info()
    if cmd == "key":
        # Each key waits until the focus moved (when asked to) or the settle time passed.
        for combo in request["keys"]:
            before = summary(focus_info()) if request.get("focus_change") else None
            press(combo)
            deadline = time.monotonic() + request.get("timeout", 2.0)
            if request.get("focus_change"):
                # Until the focus moved and stays (a menu reports its item before it shows).
                current = summary(focus_info())
                while time.monotonic() < deadline:
                    if current != before and current and current[0] != "menu item":
                        break
                    pump(0.01)
                    latest = summary(focus_info())
                    if latest == current and latest != before:
                        break
                    current = latest
            pump(request.get("delay", 0.05))
        return focus_info()
    if cmd == "type":
        before = summary(focus_info()) if request.get("focus_change") else None
        type_text(request["text"])
        if request.get("focus_change"):
            deadline = time.monotonic() + request.get("timeout", 1.0)
            while time.monotonic() < deadline and summary(focus_info()) == before:
                pump(0.02)
        pump(0.05)
        return focus_info()
    if cmd == "heading":
        pump()
        window = active_window(application(APP_NAME))
        return form_heading(window, request["host"]) if window is not None else ""
    if cmd == "events":
        pump(request.get("wait", 0))
        result = list(events)
        events.clear()
        return result
    if cmd == "pump":
        pump(request.get("seconds", 0.1))
        return True
    raise ValueError(f"unknown command {cmd!r}")


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = {"ok": True, "result": handle(json.loads(line))}
        except Exception as error:
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}", "trace": traceback.format_exc()}
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
