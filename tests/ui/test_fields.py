"""Form fields keep what was typed: no dropped keys, dates understood, saved while typing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from editor.services import Reader
from editor.storage.workspace import Workspace
from editor.views.fields import DateLineEdit, SavingComboBox, SavingLineEdit
from editor.views.forms.forms import DocumentForm, GoalForm, PaperForm
from tests.ui.conftest import type_text


def _doc_id(window: Any) -> int:
    return window.session.model.document_ids()[0]


SECOND = 2
"""The sample's second document, whose paper has a Beratungsfolge and whose goals have Fristen."""


def _on_disk(path: Path, doc_id: int = 1) -> Any:
    """A document as the file holds it now (a fresh connection, not the window's)."""
    workspace = Workspace.open(path, read_only=True)
    try:
        return Reader(workspace).document(doc_id)
    finally:
        workspace.close()


def _paper(path: Path) -> Any:
    return _on_disk(path, SECOND).papers[0]


def _goal(path: Path) -> Any:
    return _on_disk(path, SECOND).goals[0].children[0]


def _paper_form(window: Any) -> PaperForm:
    paper = window.session.reader.document(SECOND).papers[0]
    assert window.select_key(("paper", paper.id))
    form = window.current_form
    assert isinstance(form, PaperForm)
    return form


def _goal_form(window: Any) -> GoalForm:
    goal = window.session.reader.document(SECOND).goals[0].children[0]
    assert window.select_key(("goal", goal.id))
    form = window.current_form
    assert isinstance(form, GoalForm)
    return form


def _retype(widget: QWidget, text: str) -> None:
    """Select everything in the field and type ``text`` over it, key by key."""
    widget.setFocus()
    line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert isinstance(line, QLineEdit)
    line.selectAll()
    type_text(widget, text)


def _press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


def _findings(window: Any) -> list[str]:
    window.run_check()
    rows = (window.check_results.topLevelItem(i) for i in range(window.check_results.topLevelItemCount()))
    return [row.text(1) for row in rows]


def test_paper_number_keeps_every_keystroke_and_is_saved_while_typing(
    qtbot: Any, window: Any, sample_path: Path
) -> None:
    form = _paper_form(window)
    _retype(form.reference_edit, "B17/4711")
    assert form.reference_edit.text() == "B17/4711"
    assert form.reference_edit.hasFocus()  # no focus change: the save comes from typing alone
    qtbot.waitUntil(lambda: _paper(sample_path).reference == "B17/4711", timeout=3000)
    assert "B17/4711" in form.heading.text()  # the heading follows what was saved
    assert any("„B17/4711“ hat nicht die Form B/17/3503-01" in f for f in _findings(window))


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("17.03.2025", "2025-03-17", "17.03.2025"),
        ("17.3.25", "2025-03-17", "17.03.2025"),
        ("2025-03-17", "2025-03-17", "17.03.2025"),
        ("3.2025", "2025-03", "03.2025"),
        ("17. März 2025", "2025-03-17", "17.03.2025"),
        ("2025", "2025", "2025"),
    ],
)
def test_a_typed_date_is_stored_iso_and_shown_german(
    qtbot: Any, window: Any, sample_path: Path, typed: str, stored: str, shown: str
) -> None:
    form = _paper_form(window)
    assert isinstance(form.date_edit, DateLineEdit)
    _retype(form.date_edit, typed)
    assert form.date_edit.text() == typed  # never rewritten while typing
    qtbot.waitUntil(lambda: _paper(sample_path).date == stored, timeout=3000)
    window.tree.setFocus()
    assert form.date_edit.text() == shown
    window.select_key(("stammdaten", _doc_id(window)))
    form = _paper_form(window)
    assert form.date_edit.text() == shown
    assert not [f for f in _findings(window) if "Datum von Beschluss" in f]


def test_enter_in_a_date_field_shows_the_date_as_understood(window: Any, sample_path: Path) -> None:
    form = _goal_form(window)
    _retype(form.deadline_edit, "30.6.26")
    _press(form.deadline_edit, Qt.Key.Key_Return)
    assert form.deadline_edit.text() == "30.06.2026"
    assert form.deadline_edit.hasFocus()
    assert _goal(sample_path).deadline == "2026-06-30"


def test_a_value_that_is_no_date_is_kept_as_typed_and_flagged(qtbot: Any, window: Any, sample_path: Path) -> None:
    form = _paper_form(window)
    _retype(form.date_edit, "31.02.2025 (Sondersitzung)")
    window.tree.setFocus()
    assert _paper(sample_path).date == "31.02.2025 (Sondersitzung)"
    assert form.date_edit.text() == "31.02.2025 (Sondersitzung)"
    assert any("„31.02.2025 (Sondersitzung)“ ist kein Datum" in f for f in _findings(window))


def test_year_takes_any_keystroke_and_prüfen_warns(window: Any, sample_path: Path) -> None:
    form = window.current_form
    assert isinstance(form, DocumentForm)
    _retype(form.year_edit, "2023/24")
    form.year_edit.editingFinished.emit()
    assert form.year_edit.text() == "2023/24"
    assert _on_disk(sample_path).year == "2023/24"
    assert any("keine Jahreszahl: 2023/24" in f for f in _findings(window))


def test_editable_combo_saves_typed_text_while_typing(qtbot: Any, window: Any, sample_path: Path) -> None:
    form = window.current_form
    assert isinstance(form, DocumentForm) and isinstance(form.scope_box, SavingComboBox)
    _retype(form.scope_box, "Stadtbezirk Sterkrade-Süd")
    assert form.scope_box.currentText() == "Stadtbezirk Sterkrade-Süd"
    qtbot.waitUntil(lambda: _on_disk(sample_path).scope == "Stadtbezirk Sterkrade-Süd", timeout=3000)


def test_editable_combo_keeps_a_prefix_and_the_typed_case(window: Any, sample_path: Path) -> None:
    form = window.current_form
    # "Stadt" is the start of the entry "Stadtbezirk": Qt's default would complete it inline.
    _retype(form.scope_box, "Stadt")
    _press(form.scope_box, Qt.Key.Key_Return)
    assert _on_disk(sample_path).scope == "Stadt"
    # An entry typed in other case is not replaced by the entry on Enter.
    _retype(form.scope_box, "gesamtstadt")
    _press(form.scope_box, Qt.Key.Key_Return)
    assert form.scope_box.currentText() == "gesamtstadt"
    assert _on_disk(sample_path).scope == "gesamtstadt"


def test_editable_combo_saves_a_choice_from_its_list_at_once(window: Any, sample_path: Path) -> None:
    form = window.current_form
    index = form.art_box.findText("Masterplan")
    form.art_box.setCurrentIndex(index)
    form.art_box.activated.emit(index)
    assert _on_disk(sample_path).art == "Masterplan"


def test_typing_saved_several_times_is_one_undo_step(qtbot: Any, window: Any, sample_path: Path) -> None:
    form = _goal_form(window)
    before = form.title_edit.text()
    steps = window.session.undo_stack.count()
    form.title_edit.setFocus()
    form.title_edit.end(False)
    type_text(form.title_edit, " für Bürgerinnen")
    qtbot.waitUntil(lambda: _goal(sample_path).title == before + " für Bürgerinnen", timeout=3000)
    assert form.title_edit.hasFocus() and form.title_edit.cursorPosition() == len(form.title_edit.text())
    assert window.current_form is form  # the tree shows the new title; the form stays as it is
    type_text(form.title_edit, " und Bürger")
    qtbot.waitUntil(lambda: _goal(sample_path).title.endswith("und Bürger"), timeout=3000)
    assert window.session.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert _goal(sample_path).title == before
    assert form.title_edit.text() == before
    window.redo_action.trigger()
    assert _goal(sample_path).title == before + " für Bürgerinnen und Bürger"


def test_multi_line_text_typing_is_one_undo_step(qtbot: Any, window: Any, sample_path: Path) -> None:
    form = _goal_form(window)
    steps = window.session.undo_stack.count()
    edit = form.description.edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, " Größer")
    qtbot.waitUntil(lambda: _goal(sample_path).description.endswith("Größer"), timeout=3000)
    type_text(edit, " und schöner")
    form.flush()
    assert _goal(sample_path).description.endswith("Größer und schöner")
    assert window.session.undo_stack.count() == steps + 1


def test_undo_right_after_typing_takes_back_the_typing(window: Any, sample_path: Path) -> None:
    form = _paper_form(window)
    form.public_box.setChecked(not form.public_box.isChecked())  # an earlier step on the stack
    public = _paper(sample_path).public
    before = form.name_edit.text()
    _retype(form.name_edit, "Neuer Betreff")
    window.undo_action.trigger()  # before the debounce: the typing is saved, then undone
    assert (_paper(sample_path).name, _paper(sample_path).public) == (before, public)
    assert window.current_form.name_edit.text() == before


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)],
)
def test_calendar_opens_by_keyboard_and_writes_the_date(
    qtbot: Any, window: Any, sample_path: Path, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    form = _goal_form(window)
    edit = form.deadline_edit
    assert isinstance(edit, DateLineEdit)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, key, modifiers)
    assert edit.calendar_menu is not None and edit.calendar_menu.isVisible()
    calendar = edit.calendar_menu.actions()[0].defaultWidget()
    assert calendar.selectedDate() == QDate(2027, 12, 31)  # the sample's Frist
    calendar.activated.emit(QDate(2027, 3, 31))
    assert edit.text() == "31.03.2027"
    assert _goal(sample_path).deadline == "2027-03-31"


def _cell_editor(table: Any, row: int, column: int) -> QWidget:
    table.table.setFocus()
    table.table.setCurrentCell(row, column)
    table.table.editItem(table.table.item(row, column))
    editor = table.table.indexWidget(table.table.model().index(row, column))
    if editor is None:  # QTableWidget keeps the editor as a child of the viewport
        editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit | QComboBox)
    return editor


def test_table_cell_saves_while_typing_and_shows_the_date_german(qtbot: Any, window: Any, sample_path: Path) -> None:
    form = _paper_form(window)
    table = form.consultations
    editor = _cell_editor(table, 0, 1)
    assert isinstance(editor, QLineEdit) and editor.text() == "06.10.2026"
    editor.selectAll()
    type_text(editor, "7.10.26")
    qtbot.waitUntil(lambda: _paper(sample_path).consultations[0].meeting_date == "2026-10-07", timeout=3000)
    assert editor.text() == "7.10.26" and editor.isVisible()  # still editing, nothing rewritten
    _press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.table.item(0, 1).text() == "07.10.2026", timeout=3000)
    editor = _cell_editor(table, 0, 0)
    editor.selectAll()
    type_text(editor, "Bezirksvertretung Sterkrade – Süd")
    window.select_key(("stammdaten", _doc_id(window)))  # leaving the form saves what is still pending
    assert _paper(sample_path).consultations[0].organization == "Bezirksvertretung Sterkrade – Süd"


def test_escape_in_a_cell_puts_the_old_value_back(qtbot: Any, window: Any, sample_path: Path) -> None:
    form = _paper_form(window)
    table = form.consultations
    before = _paper(sample_path).consultations[0].organization
    editor = _cell_editor(table, 0, 0)
    editor.selectAll()
    type_text(editor, "Irrtum")
    qtbot.waitUntil(lambda: _paper(sample_path).consultations[0].organization == "Irrtum", timeout=3000)
    _press(editor, Qt.Key.Key_Escape)
    assert _paper(sample_path).consultations[0].organization == before
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)
    assert table.table.item(0, 0).text() == before


def test_in_cell_drop_down_saves_the_choice_while_open(window: Any, sample_path: Path) -> None:
    form = _paper_form(window)
    editor = _cell_editor(form.consultations, 0, 2)
    assert isinstance(editor, QComboBox)
    index = editor.findData("Kenntnisnahme")
    editor.setCurrentIndex(index)
    editor.activated.emit(index)
    assert _paper(sample_path).consultations[0].role == "Kenntnisnahme"


def test_read_only_fields_take_no_typing(qtbot: Any, sample_path: Path) -> None:
    from editor.views.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(Workspace.open(sample_path, read_only=True))
    form = win.current_form
    assert isinstance(form.title_edit, SavingLineEdit) and form.title_edit.isReadOnly()
    assert not form.scope_box.isEnabled()
    form = _paper_form(win)
    assert form.date_edit.isReadOnly()
    form.date_edit.calendar_action.trigger()
    assert form.date_edit.calendar_menu is None


def test_catalogue_cell_saves_while_typing_as_one_undo_step(qtbot: Any, window: Any, sample_path: Path) -> None:
    from editor.views.catalogue_dialog import CatalogueDialog

    def icon() -> str:
        workspace = Workspace.open(sample_path, read_only=True)
        try:
            found = Reader(workspace).catalogue().by_title("Mobilität")
            assert found is not None
            return found.icon
        finally:
            workspace.close()

    dialog = CatalogueDialog(window.session, window)
    dialog.show()
    row = [tf.title for tf in window.session.reader.catalogue().themenfelder].index("Mobilität")
    steps = window.session.undo_stack.count()
    editor = _cell_editor(dialog.themenfelder, row, 2)
    editor.selectAll()
    type_text(editor, "Mobilität")
    qtbot.waitUntil(lambda: icon() == "Mobilität", timeout=3000)
    type_text(editor, "2.jpg")
    qtbot.waitUntil(lambda: icon() == "Mobilität2.jpg", timeout=3000)
    assert editor.text() == "Mobilität2.jpg" and editor.hasFocus()
    dialog.done(0)
    assert window.session.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert icon() == "Mobilität.png"


def test_in_cell_drop_down_saves_a_typed_role(qtbot: Any, window: Any, sample_path: Path) -> None:
    form = _paper_form(window)
    editor = _cell_editor(form.consultations, 0, 2)
    assert isinstance(editor, QComboBox) and editor.isEditable()
    assert editor.currentText() == "Vorberatung"
    editor.lineEdit().selectAll()
    type_text(editor, "Anhörung")
    qtbot.waitUntil(lambda: _paper(sample_path).consultations[0].role == "Anhörung", timeout=3000)
    assert editor.currentText() == "Anhörung"


def test_a_value_from_elsewhere_is_shown_in_a_fixed_list_and_not_replaced(window: Any, sample_path: Path) -> None:
    # An imported page may bring a status the list does not offer; showing the form keeps it.
    window.session.apply(lambda: window.session.ops.update_document(1, status="in Arbeit"))
    window.select_key(("stammdaten", 1))
    form = window.current_form
    assert isinstance(form, DocumentForm)
    assert form.status_box.currentText() == "in Arbeit"
    form.flush()
    window.select_key(("section", window.session.reader.document(1).sections[0].id))
    assert _on_disk(sample_path).status == "in Arbeit"
