"""The main flows by keyboard alone, as a blind official does them, checked through AT-SPI.

Keys go through the accessibility bus; what is checked is what a screen reader is told
(focus, names, states, announcements), and at the end what is in the file.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from typing import TYPE_CHECKING, Any

import pytest

from tests.a11y.harness import ROOT, Editor, find, focus_name
from tests.a11y.test_screen_reader import DOC, HANDLUNGSZIEL, LEITZIEL, PAPER, matches

if TYPE_CHECKING:
    from tests.a11y.conftest import Apps


@pytest.fixture
def editor(apps: Apps) -> Editor:
    """The German editor with the focus in the outline."""
    running = apps.get("de")
    running.focus_outline()
    running.events()  # start each test with no old events
    return running


def tab_to(editor: Editor, name: str, limit: int = 40, back: bool = False) -> dict[str, Any]:
    """Press Tab (Shift+Tab) until the control named ``name`` has the focus."""
    focus = editor.focus()
    for _ in range(limit):
        if focus_name(focus) == name:
            assert focus is not None
            return focus
        focus = editor.move("shift+Tab" if back else "Tab")
    raise AssertionError(f"„{name}“ mit Tab nicht erreicht (zuletzt {focus!r})")


def announcements(editor: Editor, wait: float = 0.0) -> list[str]:
    """Return the announcements screen readers got since the last look."""
    return [str(e.get("data", "")) for e in editor.events(wait) if e["type"].startswith("object:announcement")]


def wait_announcement(editor: Editor, part: str, timeout: float = 30) -> str:
    """Wait for an announcement containing ``part``; return it."""
    heard: list[str] = []

    def check() -> str | None:
        heard.extend(announcements(editor))
        return next((text for text in heard if part in text), None)

    return editor.wait_for(check, f"Ansage mit „{part}“ (gehört: {heard})", timeout)


def document_in_file(editor: Editor, document: int = 2) -> dict[str, Any]:
    """Return the document as the command line reads it from the file (while the editor has it open)."""
    shown = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "show", str(editor.path), "--document", str(document), "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(shown.stdout)


def wait_in_file(editor: Editor, check: Any, what: str) -> dict[str, Any]:
    """Wait until the file's document satisfies ``check`` (saves are debounced)."""
    deadline = time.monotonic() + 10
    doc = document_in_file(editor)
    while not check(doc) and time.monotonic() < deadline:
        time.sleep(0.3)
        doc = document_in_file(editor)
    assert check(doc), f"nicht in der Datei: {what}"
    return doc


def outline_rows(editor: Editor) -> list[str]:
    """Return the names of the outline's rows as the accessible tree lists them."""
    tree = find(editor.tree(), "tree", "Gliederung")
    assert tree is not None
    return [child["name"] for child in tree["children"] if child["role"] == "table cell"]


# --- the outline -------------------------------------------------------------------------


def test_after_collapsing_the_focused_row_is_the_selected_entry_and_no_row_is_lost(editor: Editor) -> None:
    """Collapse a branch, walk the whole outline: every focused row is the entry whose form shows."""
    row = editor.goto(DOC, "Abschnitte")
    assert "Ebene 2" in row["description"]  # the nesting level, which Qt's rows do not report
    if "expanded" not in row["states"]:
        editor.move("Right")
    editor.events()
    row = editor.keys("Left", settle=0.3)
    assert row is not None and row["name"] == "Abschnitte" and "expanded" not in row["states"]
    refocused = [e for e in editor.events() if e["type"] == "object:state-changed:focused" and e["detail1"]]
    assert [e["name"] for e in refocused] == ["Abschnitte"]  # Left is not silent: the row is read again

    focus = editor.move("Home")
    walked = []
    while focus is not None:
        name = focus["name"]
        editor.wait_for(lambda n=name: matches(n, editor.form_heading()), f"Formular zur Zeile „{name}“", timeout=3)
        walked.append(name)
        after = editor.move("Down", timeout=0.6)
        if after is None or after["extents"] == focus["extents"]:
            break
        focus = after
    assert walked[walked.index("Abschnitte") + 1] == "Ziele"
    assert outline_rows(editor) == walked  # the accessible tree lists every visible row, the last ones too

    row = editor.goto(DOC, "Abschnitte")
    row = editor.keys("Right", settle=0.3)
    assert row is not None and "expanded" in row["states"]
    row = editor.move("Down")
    assert row is not None and row["name"] == "Kurzbeschreibung"
    assert editor.wait_for(lambda: editor.form_heading() == "Abschnitt: Kurzbeschreibung", "Formular")


def test_shift_f10_opens_the_context_menu_of_the_outline(editor: Editor) -> None:
    """Shift+F10 opens the context menu (not only the Menu key, which many keyboards lack)."""
    editor.goto(DOC, "Abschnitte", "Kurzbeschreibung")
    focus = editor.move("shift+F10")
    assert focus is not None and focus["role"] == "menu item" and focus["name"] == "Eintrag hinzufügen"
    focus = editor.move("Escape")
    assert focus is not None and focus["name"] == "Kurzbeschreibung"


# --- controls that had no name -------------------------------------------------------------


def test_title_editor_calendar_and_drop_downs_in_cells_have_names(editor: Editor) -> None:
    """Where the focus lands on F2, Alt+↓ and in a table's drop-down, the screen reader hears a name."""
    editor.goto(DOC, "Abschnitte", "Kurzbeschreibung")
    focus = editor.move("F2")
    assert focus is not None and (focus["role"], focus["name"]) == ("text", "Titel des Eintrags")
    editor.move("Escape")

    editor.goto(DOC, "Ziele", LEITZIEL, HANDLUNGSZIEL)
    editor.move("F6")
    tab_to(editor, "Frist")
    focus = editor.move("alt+Down")
    assert focus_name(focus) == "Kalender: Tag wählen"
    editor.move("Escape")

    editor.goto(DOC, "Beschlüsse", PAPER)
    editor.move("F6")
    tab_to(editor, "Beratungsfolge")
    editor.keys("ctrl+Home")
    editor.move("Right")
    editor.move("Right")  # the column Rolle: a drop-down that also takes typed text
    focus = editor.move("F2")  # named by its column ("Rolle"), not only by the value it holds
    assert focus is not None and focus["role"] == "combo box" and focus_name(focus) == "Rolle"
    editor.keys("Escape", settle=0.2)

    editor.goto(DOC, "Themenfelder & Leitziele")
    editor.move("F6")
    tab_to(editor, "Leitziel-Bezüge")
    editor.keys("ctrl+Home")
    focus = editor.move("F2")  # a drop-down: named by its column, not by the value it holds
    assert focus is not None and focus["role"] == "combo box" and focus_name(focus) == "Themenfeld / Leitziel"
    editor.keys("Escape", settle=0.2)


# --- main flows ----------------------------------------------------------------------------


def test_add_a_section_with_heading_and_body_by_keyboard(editor: Editor) -> None:
    """Einfg on Abschnitte, type the heading, Enter, Tab to the text, type: all in the file."""
    editor.goto(DOC, "Abschnitte")
    focus = editor.move("Insert")
    assert focus is not None and focus["name"] == "Titel des Eintrags"
    editor.keys("ctrl+a")
    editor.type("Fußverkehr im Quartier")
    focus = editor.move("Return")
    assert focus is not None and focus["name"] == "Fußverkehr im Quartier"
    editor.wait_for(lambda: editor.form_heading() == "Abschnitt: Fußverkehr im Quartier", "Formular")
    focus = editor.move("Tab")
    assert focus is not None and focus["name"] == "Überschrift" and focus.get("text") == "Fußverkehr im Quartier"
    focus = editor.move("Tab")
    assert focus is not None and focus["name"] == "Text"
    editor.type("Gehwege werden breiter und schattiger.")
    focus = editor.wait_focus(lambda f: "schattiger" in (f.get("text") or ""), "Text im Feld")
    doc = wait_in_file(
        editor,
        lambda d: any(s["title"] == "Fußverkehr im Quartier" and "schattiger" in s["body"] for s in d["sections"]),
        "neuer Abschnitt mit Text",
    )
    assert doc["sections"][-1]["body"].strip() == "Gehwege werden breiter und schattiger."


def test_add_a_goal_with_an_indicator_row_by_keyboard(editor: Editor) -> None:
    """Einfg on Ziele, type the title, then a row in Indikatoren with its name: all in the file."""
    editor.goto(DOC, "Ziele")
    editor.move("Insert")
    editor.keys("ctrl+a")
    editor.type("Mehr Grün im Quartier")
    focus = editor.move("Return")
    assert focus is not None and focus["name"] == "Mehr Grün im Quartier"
    editor.move("Tab")
    tab_to(editor, "Indikatoren: Eintrag hinzufügen")
    editor.keys("space", settle=0.3)
    tab_to(editor, "Indikatoren", back=True)
    editor.move("ctrl+End")
    editor.move("Home")
    editor.type("Bäume gepflanzt")
    focus = editor.move("Return")
    assert focus is not None and focus["role"] == "table cell" and focus["name"] == "Bäume gepflanzt"
    wait_in_file(
        editor,
        lambda d: any(
            g["title"] == "Mehr Grün im Quartier" and [i["name"] for i in g["indicators"]] == ["Bäume gepflanzt"]
            for g in d["goals"]
        ),
        "neues Ziel mit Indikator",
    )


def test_the_first_enter_in_the_gremium_cell_ends_the_cell(editor: Editor) -> None:
    """Typing "Rat" (suggestions open) and Enter keeps "Rat" in the cell; the date goes to the next one."""
    editor.goto(DOC, "Beschlüsse", PAPER)
    editor.move("F6")
    tab_to(editor, "Beratungsfolge: Eintrag hinzufügen")
    editor.keys("space", settle=0.3)
    tab_to(editor, "Beratungsfolge", back=True)
    editor.move("ctrl+End")
    editor.move("Home")
    editor.type("Rat")
    focus = editor.move("Return")
    assert focus is not None and focus["role"] == "table cell" and focus["name"] == "Rat"
    editor.move("Right")
    editor.type("1.12.2026")
    focus = editor.move("Return")
    assert focus is not None and focus["name"] == "01.12.2026"
    wait_in_file(
        editor,
        lambda d: any(
            c["organization"] == "Rat" and c["meeting_date"] == "2026-12-01"
            for p in d["papers"]
            for c in p["consultations"]
        ),
        "Beratung „Rat“ am 1.12.2026",
    )


def test_export_a_beschlussvorlage_by_keyboard_and_hear_where_it_went(editor: Editor) -> None:
    """Dokument › Beschlussvorlage exportieren, a target typed, Enter: the result is announced."""
    target = editor.path.parent / "Vorlage B-18-0123.docx"
    editor.goto(DOC, "Beschlüsse", PAPER)
    editor.menu("D&okument", "&Beschlussvorlage exportieren …")
    editor.wait_window("Beschlussvorlage exportieren")
    tab_to(editor, "Zieldatei")
    editor.keys("ctrl+a")
    editor.type(str(target))
    editor.keys("Return")
    heard = wait_announcement(editor, "Gespeichert:")
    assert str(target) in heard
    assert zipfile.is_zipfile(target)
    editor.keys("Escape", settle=0.2)
    editor.wait_for(lambda: editor.active_title().endswith("Strategie-Editor"), "Hauptfenster")


def test_pruefen_announces_the_findings_and_enter_jumps_to_the_field(editor: Editor) -> None:
    """A year that is no year, F7: the number of findings is announced; Enter on one focuses the field."""
    editor.goto(DOC, "Stammdaten")
    editor.move("F6")
    tab_to(editor, "Jahr der Veröffentlichung")
    editor.keys("ctrl+a")
    editor.type("zwanzig26")
    editor.move("shift+Tab")
    editor.events()
    focus = editor.move("F7")
    assert wait_announcement(editor, "Prüfen:") == "Prüfen: 1 Befunde"
    assert focus is not None and focus["role"] == "table cell" and focus_name(focus) == "Prüfergebnisse"
    focus = editor.move("Return")
    assert focus is not None and focus["name"] == "Jahr der Veröffentlichung" and focus.get("text") == "zwanzig26"
