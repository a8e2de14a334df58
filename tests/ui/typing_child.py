"""Child process of ``test_typing_survives_sigkill``: open the editor, type into one field, keep running.

Usage: ``python typing_child.py FILE CASE``. The editor window opens FILE offscreen, puts
the focus into the field named by CASE and types its text key by key with QKeyEvents
that carry the text (umlauts too). Then it prints ``getippt`` and runs the event loop
until the test kills it; nothing leaves the field, so only saving while typing can
bring the text into the file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from editor.views.main_window import MainWindow

SECOND = 2
"""The sample's second document: its paper has a Beratungsfolge, its goals Fristen."""


def send_key(widget: QWidget, key: int, text: str = "") -> None:
    """Press and release one key on ``widget``."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as the keyboard would."""
    for char in text:
        send_key(widget, 0, char)


def _select(win: MainWindow, key: tuple[str, int]) -> object:
    assert win.select_key(key), key
    return win.current_form


def _doc(win: MainWindow, doc_id: int) -> object:
    assert win.session is not None
    return win.session.reader.document(doc_id)


def _at_end(widget: QWidget) -> QWidget:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.end(False)
    return widget


def _all_selected(widget: QWidget) -> QWidget:
    widget.setFocus()
    line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert isinstance(line, QLineEdit)
    line.selectAll()
    return widget


def _cell(table: object, row: int, column: int) -> QWidget:
    grid = table.table  # type: ignore[attr-defined]
    grid.setFocus()
    grid.setCurrentCell(row, column)
    grid.editItem(grid.item(row, column))
    editor = grid.indexWidget(grid.model().index(row, column)) or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit | QComboBox), editor
    if isinstance(editor, QLineEdit):
        editor.selectAll()
    return editor


def section_title(win: MainWindow) -> QWidget:
    section = _doc(win, 1).sections[0]  # type: ignore[attr-defined]
    return _at_end(_select(win, ("section", section.id)).title_edit)  # type: ignore[attr-defined]


def paper_number(win: MainWindow) -> QWidget:
    paper = _doc(win, 1).papers[0]  # type: ignore[attr-defined]
    return _all_selected(_select(win, ("paper", paper.id)).reference_edit)  # type: ignore[attr-defined]


def paper_date(win: MainWindow) -> QWidget:
    paper = _doc(win, SECOND).papers[0]  # type: ignore[attr-defined]
    return _all_selected(_select(win, ("paper", paper.id)).date_edit)  # type: ignore[attr-defined]


def scope_combo(win: MainWindow) -> QWidget:
    return _all_selected(_select(win, ("stammdaten", 1)).scope_box)  # type: ignore[attr-defined]


def year(win: MainWindow) -> QWidget:
    return _all_selected(_select(win, ("stammdaten", 1)).year_edit)  # type: ignore[attr-defined]


def consultation_cell(win: MainWindow) -> QWidget:
    paper = _doc(win, SECOND).papers[0]  # type: ignore[attr-defined]
    return _cell(_select(win, ("paper", paper.id)).consultations, 0, 0)  # type: ignore[attr-defined]


def role_drop_down(win: MainWindow) -> QWidget:
    paper = _doc(win, SECOND).papers[0]  # type: ignore[attr-defined]
    return _cell(_select(win, ("paper", paper.id)).consultations, 0, 2)  # type: ignore[attr-defined]


def goal_description(win: MainWindow) -> QWidget:
    goal = _doc(win, SECOND).goals[0]  # type: ignore[attr-defined]
    edit = _select(win, ("goal", goal.id)).description.edit  # type: ignore[attr-defined]
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    return edit


def decision_proposal(win: MainWindow) -> QWidget:
    paper = _doc(win, SECOND).papers[0]  # type: ignore[attr-defined]
    edit = _select(win, ("paper", paper.id)).proposal  # type: ignore[attr-defined]
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    return edit


def section_body(win: MainWindow) -> QWidget:
    section = _doc(win, 1).sections[0]  # type: ignore[attr-defined]
    edit = _select(win, ("section", section.id)).body.edit  # type: ignore[attr-defined]
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    return edit


CASES: dict[str, tuple[Callable[[MainWindow], QWidget], str | None]] = {
    "zeile": (section_title, " – Überblick für Bürger äöüß €"),
    "vorlagennummer": (paper_number, "B17/4711"),
    "datum": (paper_date, "17.03.2025"),
    "kombifeld": (scope_combo, "Stadtbezirk Sterkrade-Süd"),
    "jahr": (year, "2023/24"),
    "tabellenzelle": (consultation_cell, "Bezirksvertretung Osterfeld – Ältestenrat"),
    "auswahl-in-zelle": (role_drop_down, None),
    "mehrzeilig": (decision_proposal, " Größere Plätze für Fußgänger."),
    "formatiert": (goal_description, " Größere Plätze für Fußgänger."),
    "textkörper": (section_body, " Grüße aus Oberhausen"),
}
"""Field types: how to put the focus into one, and what to type (None: press the Down key)."""


def main(path: str, case: str) -> int:
    """Open ``path``, type into the field of ``case``, report and keep running."""
    app = QApplication([sys.argv[0]])
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("strategie-editor-tests")
    QCoreApplication.setApplicationName("Strategie-Editor-Tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(Path(path).parent / "settings"))
    win = MainWindow()
    win.show()
    win.activateWindow()
    QApplication.processEvents()
    if not win.open_path(Path(path)):
        print("nicht geöffnet", flush=True)
        return 2
    focus, text = CASES[case]
    widget = focus(win)
    if text is None:
        send_key(widget, Qt.Key.Key_Down)
    else:
        type_text(widget, text)
    print("getippt", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
