"""The editor through AT-SPI, the interface Orca reads on Linux: names, focus, keys, announcements.

Every step is a key pressed on the accessibility bus and every check is what the bus
reports: nothing here touches the editor's widgets. See ``harness.py`` for the desktop
and ``atspi_client.py`` for the client (the system Python with python3-pyatspi).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest

from editor.domain.settings import with_defaults
from tests.a11y.harness import ROOT, SCREEN, Editor, controls, effective_name, find, focused_field, form_fields, walk

if TYPE_CHECKING:
    from tests.a11y.conftest import Apps

DOC = "Beispielkonzept Digitale Quartiere"
"""The sample document with every kind of entry (nested goals, indicators, a Beratungsfolge)."""
PAPER = "B/18/0123 – Beispielkonzept Digitale Quartiere – Beschluss"
LEITZIEL = "Quartiere kleinräumig und gemischt entwickeln"
HANDLUNGSZIEL = "Mobilitätsstationen in allen drei Quartieren einrichten"

FORMS: list[tuple[tuple[str, ...], str]] = [
    ((DOC, "Stammdaten"), "&Titel:"),
    ((DOC, "Themenfelder & Leitziele"), "&Themenfelder:"),
    ((DOC, "Abschnitte", "Kurzbeschreibung"), "&Überschrift:"),
    ((DOC, "Ziele", LEITZIEL, HANDLUNGSZIEL), "&Indikatoren:"),
    ((DOC, "Beschlüsse", PAPER), "Beratun&gsfolge:"),
    ((DOC, "Synergien"), "&Synergien:"),
    ((DOC, "Links & Downloads"), "&Links:"),
    ((DOC, "Ziele"), ""),
]
"""Every kind of form: the outline rows that lead to it (German; parts are translated) and one of its labels."""

OUTLINE_PARTS = {"Stammdaten", "Themenfelder & Leitziele", "Abschnitte", "Ziele", "Beschlüsse", "Synergien",
                 "Links & Downloads"}  # fmt: skip

DIALOGS: list[tuple[tuple[str, ...], str, tuple[str, ...]]] = [
    (("menu", "D&okument", "&Fassungen …"), "Fassungen: {title}", (DOC, "Stammdaten")),
    (("key", "ctrl+shift+w"), "Wiki-Text", ()),
    (("key", "ctrl+shift+e"), "Exportieren als Word, PDF oder HTML", ()),
    (
        ("menu", "D&okument", "&Beschlussvorlage exportieren …"),
        "Beschlussvorlage exportieren",
        (DOC, "Beschlüsse", PAPER),
    ),
    (("menu", "D&okument", "Wiki-Text &importieren …"), "Wiki-Text importieren", ()),
    (("menu", "&Bearbeiten", "&Themenfeld-Katalog …"), "Themenfeld-Katalog", ()),
    (("menu", "&Bearbeiten", "A&bsender der Beschlussvorlagen …"), "Absender der Beschlussvorlagen", ()),
    (("menu", "&Hilfe", "Ü&ber Strategie-Editor"), "Über Strategie-Editor", ()),
    (("menu", "D&okument", "Im Wiki &veröffentlichen …"), "Im Wiki veröffentlichen: {title}", (DOC, "Stammdaten")),
    (("menu", "D&okument", "Aus dem Wiki &holen …"), "Aus dem Wiki holen", ()),
    (("menu", "&Datei", "Sicherung &wiederherstellen …"), "Sicherung wiederherstellen", ()),
    (("key", "ctrl+shift+s"), "Kopie speichern unter", ()),
    (("key", "ctrl+o"), "Strategie-Datei öffnen", ()),
]
"""Every dialog of the main window: how to open it by keyboard, its title (German source), where to stand first."""


def path_in(editor: Editor, path: tuple[str, ...]) -> tuple[str, ...]:
    """Return an outline path with the document parts in the editor's language (data stays as it is)."""
    return tuple(editor.t(step) if step in OUTLINE_PARTS else step for step in path)


def open_form(editor: Editor, path: tuple[str, ...]) -> dict[str, Any]:
    """Select the row of ``path`` by keyboard and return the window once its form shows it."""
    row = editor.goto(*path_in(editor, path))
    editor.wait_for(lambda: matches(row["name"], editor.form_heading()), f"Formular zu „{row['name']}“")
    return editor.tree()


def matches(row: str, heading: str) -> bool:
    """Return whether the form heading names the outline row ("Abschnitt: Ziele" for "Ziele")."""
    return heading == row or heading.endswith(": " + row) or heading.startswith(row + ": ")


def open_dialog(editor: Editor, how: tuple[str, ...], title: str) -> dict[str, Any]:
    """Open a dialog by keyboard and return its accessible tree."""
    if how[0] == "menu":
        editor.menu(how[1], how[2])
    else:
        editor.keys(how[1], settle=0.2)
    prefix = editor.t(title).split("{")[0]
    return editor.wait_window(prefix)


def close_dialog(editor: Editor) -> None:
    """Close the active dialog with Escape; wait until the main window is active again."""
    editor.keys("Escape", settle=0.1)
    editor.wait_for(lambda: editor.active_title().endswith("Strategie-Editor"), "Hauptfenster wieder aktiv")


@dataclass
class Survey:
    """What a screen reader finds in every form and every dialog of one language."""

    language: str
    windows: dict[str, dict[str, Any]] = field(default_factory=dict)
    tab_problems: list[str] = field(default_factory=list)
    tab_orders: dict[str, tuple[list[Any], list[Any], list[Any], bool]] = field(default_factory=dict)
    """Per form: its fields in reading order, the fields Tab visited, those Shift+Tab visited, back in the outline."""

    def unnamed(self) -> list[str]:
        """Return every focusable control without a name, with where it is."""
        return [
            f"{where}: {node['role']} bei {node['extents']}"
            for where, window in self.windows.items()
            for node in controls(window)
            if not effective_name(node)
        ]

    def names(self) -> set[str]:
        """Return every name and description a screen reader can read (not the outline's rows: data)."""
        found: set[str] = set()
        for window in self.windows.values():
            outline = None
            for node in walk(window):
                if node["role"] == "tree" and node["name"] in ("Gliederung", "Outline"):
                    outline = node
            rows = {id(n) for n in walk(outline)} - {id(outline)} if outline is not None else set()
            for node in walk(window):
                if id(node) in rows or node["role"] in ("text", "table cell", "paragraph"):
                    continue  # typed data: the document's titles, texts and table cells
                if window["name"].startswith(FILE_DIALOGS) and node["item"]:
                    continue  # the folders and files a file dialog lists
                found.update(part.strip() for part in (node["name"], node["description"]) if part.strip())
        return found


STAY_LIMIT = 12
"""How often Tab may stay in one control: a text with links walks through its links first."""


FILE_DIALOGS = ("Kopie speichern unter", "Strategie-Datei öffnen", "Save a copy as", "Open strategy file")


def tab_cycle(editor: Editor, where: str, limit: int) -> list[str]:
    """Press Tab at least ``limit`` times; return a problem if the focus stays in one control for good."""
    focus = editor.focus()
    stayed = 0
    presses = 0
    while presses < limit or stayed:
        before = identity(focus)
        focus = editor.move("Tab", timeout=0.5 if stayed else 1.0)
        presses += 1
        stayed = stayed + 1 if identity(focus) == before else 0
        if stayed > STAY_LIMIT:
            return [f"{where}: Tab bleibt in {before}"]
    return []


def identity(focus: dict[str, Any] | None) -> tuple[Any, ...]:
    """Return what tells one focused control from another (a table's cells count as the table)."""
    if focus is None:
        return ()
    if focus["item"] and focus.get("ancestors"):
        parent = focus["ancestors"][0]
        return (parent["role"], parent["name"], tuple(parent["extents"] or ()))
    ancestors = focus.get("ancestors") or []
    if focus["role"] == "text" and ancestors and ancestors[0]["role"] == "combo box":
        parent = ancestors[0]
        return ("combo box", tuple(parent["extents"] or ()))
    return (focus["role"], focus["name"], tuple(focus["extents"] or ()))


def tab_through_form(editor: Editor, fields: list[Any]) -> tuple[list[Any], list[Any], list[Any], bool]:
    """From the outline, Tab through the form until the focus leaves it, then Shift+Tab back to the outline."""
    host = editor.t("Formular")
    visited: list[Any] = []
    focus = editor.move("Tab")
    for _ in range(len(fields) + 5):
        current = focused_field(focus, host)
        if current is None:
            break
        visited.append(current)
        focus = editor.move("Tab")
    back: list[Any] = []
    focus = editor.move("shift+Tab")
    for _ in range(len(fields) + 5):
        current = focused_field(focus, host)
        if current is None:
            break
        back.append(current)
        focus = editor.move("shift+Tab")
    return fields, visited, back, editor.in_outline(focus)


def survey(apps: Apps, language: str, scale: float = 1.0) -> Survey:
    """Visit every form and every dialog by keyboard (once per language) and keep what the bus shows."""
    if language in apps.surveys:
        return apps.surveys[language]
    editor = apps.get(language, scale)
    result = Survey(language)
    result.windows["Hauptfenster"] = editor.tree()
    for path, _label in FORMS:
        started = time.monotonic()
        window = result.windows[" › ".join(path)] = open_form(editor, path)
        if language == "de":  # the order of the fields is the same in every language
            result.tab_orders[" › ".join(path)] = tab_through_form(editor, form_fields(window, editor.t("Formular")))
        if os.environ.get("ATSPI_TRACE"):
            print(f"{path[-1]}: {time.monotonic() - started:.1f}s", file=sys.stderr)
    for how, title, stand in DIALOGS:
        started = time.monotonic()
        if stand:
            open_form(editor, stand)
        else:
            editor.focus_outline()
        window = open_dialog(editor, how, title)
        result.windows[title] = window
        if language == "de":  # Tab works alike in every language: once is enough
            result.tab_problems += tab_cycle(editor, title, len(controls(window)) + 2)
        close_dialog(editor)
        if os.environ.get("ATSPI_TRACE"):
            print(f"{title}: {time.monotonic() - started:.1f}s", file=sys.stderr)
    apps.surveys[language] = result
    return result


# --- names -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_focusable_control_of_every_form_and_dialog_has_a_name(apps: Apps, language: str) -> None:
    """A screen reader names every control the focus can reach: main window, all forms, all dialogs."""
    found = survey(apps, language, scale=1.5 if language == "en" else 1.0)
    assert len(found.windows) == 1 + len(FORMS) + len(DIALOGS)
    assert sum(len(controls(w)) for w in found.windows.values()) > 150  # the survey saw the real windows
    assert found.unnamed() == []


def test_tab_never_gets_stuck_in_a_dialog(apps: Apps) -> None:
    """In every dialog each Tab moves the focus on (no text box keeps it, as Wiki-Text importieren did)."""
    found = survey(apps, "de")
    assert found.tab_problems == []


def test_at_150_percent_on_a_laptop_screen_no_window_or_control_runs_off_the_screen(apps: Apps) -> None:
    """1366×768 at 150 % scaling: the main window, every form and every dialog, all their controls, fit."""
    found = survey(apps, "en", scale=1.5)
    width, height = SCREEN[0] / 1.5, SCREEN[1] / 1.5  # Qt reports positions in points (device pixels / 1.5)
    outside = []
    for where, window in found.windows.items():
        form = find(window, "filler", "Form")  # the form scrolls: its fields come into view when they get the focus
        scrolled = {id(node) for node in walk(form)} - {id(form)} if form is not None else set()
        for node in [window, *(c for c in controls(window) if id(c) not in scrolled)]:
            x, y, w, h = node["extents"]
            if x < 0 or y < 0 or x + w > width or y + h > height:
                outside.append(f"{where}: {node['role']} „{effective_name(node)}“ bei {node['extents']}")
    assert outside == [], "\n".join(outside)


def test_tab_and_shift_tab_visit_every_form_field_in_order(apps: Apps) -> None:
    """From the outline, Tab reaches every field of every form top to bottom, then leaves; Shift+Tab goes back."""
    orders = survey(apps, "de").tab_orders
    assert len(orders) == len(FORMS)
    for form, (fields, visited, back, in_outline) in orders.items():
        assert fields, f"{form}: keine Felder"
        assert visited == fields, form
        assert back == list(reversed(fields)), form
        assert in_outline, f"{form}: Umschalt+Tab führt nicht zurück in die Gliederung"


SAME_IN_BOTH = {
    "Strategie-Editor", "Status", "Status:", "Name", "Format", "Format:", "Links", "Links:", "Link", "System",
    "System:", "Text", "Text:", "Wiki", "Wiki:", "Deutsch", "English", "OK", "PDF", "Computer",
}  # fmt: skip
"""UI words that English and German spell alike."""


def test_the_english_ui_speaks_no_german(apps: Apps) -> None:
    """Every name a screen reader reads in the English UI is English (data of the file aside)."""
    english = survey(apps, "en", scale=1.5)
    german = survey(apps, "de")
    data = file_strings(apps)
    untranslated = sorted(
        name
        for name in english.names() & german.names()
        if name not in SAME_IN_BOTH
        and not all(part in data for part in name.split(" · "))
        and any(c.isalpha() for c in name)
        and not is_path(name)
        and not name.startswith("Strategie-Editor ")  # the About dialog's heading: name and version
    )
    assert untranslated == [], "\n".join(untranslated)


def file_strings(apps: Apps) -> set[str]:
    """Return every text the sample file holds (titles, values …): data, not UI."""
    strings: set[str] = set()

    def collect(value: Any) -> None:
        if isinstance(value, str):
            strings.add(value.strip())
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    sample = apps.sample()
    for document in ("1", "2"):
        shown = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "show", str(sample), "--document", document, "--json"],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        collect(json.loads(shown.stdout))
    collect(json.loads((ROOT / "resources" / "themenfelder.json").read_text(encoding="utf-8")))
    collect(with_defaults({}))  # the file's settings: the sender of its Beschlussvorlagen
    return strings


def is_path(name: str) -> bool:
    """Return whether ``name`` is or holds a file name or path (window titles, recent files)."""
    return "/" in name or any(suffix in name for suffix in (".strategie", ".docx", ".pdf", ".wiki"))
