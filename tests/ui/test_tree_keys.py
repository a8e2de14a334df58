"""Keys in the tree: Tab moves the focus; while a title is typed, Tab and Shift+Tab indent and outdent it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from tests.ui.conftest import Dialogs, type_text


def _doc(window: Any) -> Any:
    return window.session.reader.document(window.session.model.document_ids()[0])


def _press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


def _rename_editor(window: Any) -> QLineEdit:
    assert window.tree.state() == QAbstractItemView.State.EditingState
    editors = [w for w in window.tree.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_tab_on_a_selected_entry_moves_the_focus_and_changes_nothing(window: Any) -> None:
    titles = [s.title for s in _doc(window).sections]
    window.select_key(("section", _doc(window).sections[1].id))
    window.tree.setFocus()
    _press(window.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.tree
    assert window.form_host.isAncestorOf(QApplication.focusWidget())
    assert [s.title for s in _doc(window).sections] == titles
    assert window.session.undo_stack.count() == 0


def test_shift_tab_in_the_tree_moves_the_focus_back(window: Any) -> None:
    window.select_key(("section", _doc(window).sections[1].id))
    window.tree.setFocus()
    _press(window.tree, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not window.tree
    assert window.session.undo_stack.count() == 0


def test_tab_while_typing_a_title_indents_it_and_typing_goes_on(window: Any) -> None:
    first, second = _doc(window).sections[:2]
    window.select_key(("section", second.id))
    window.tree.setFocus()
    window.rename_action.trigger()
    editor = _rename_editor(window)
    editor.selectAll()
    type_text(editor, "Größere Ziele")
    _press(editor, Qt.Key.Key_Tab)
    doc = _doc(window)
    assert doc.sections[0].id == first.id
    assert doc.sections[0].children[-1].id == second.id
    assert doc.sections[0].children[-1].title == "Größere Ziele"
    assert window._current_node().key() == ("section", second.id)
    editor = _rename_editor(window)  # still typing, now one level deeper
    _press(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert [s.id for s in _doc(window).sections][:2] == [first.id, second.id]
    assert window._current_node().key() == ("section", second.id)
    _press(_rename_editor(window), Qt.Key.Key_Escape)
    assert window.tree.state() != QAbstractItemView.State.EditingState
    assert window.session.undo_stack.text(window.session.undo_stack.count() - 1).endswith("ausgerückt")
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [s.title for s in _doc(window).sections][:2] == [first.title, second.title]


def test_a_new_entry_typed_after_insert_becomes_a_sub_item_with_tab(qtbot: Any, window: Any) -> None:
    first = _doc(window).sections[0]
    window.select_key(("section", first.id))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Insert)
    editor = _rename_editor(window)
    editor.selectAll()
    type_text(editor, "Maßnahmen")
    _press(editor, Qt.Key.Key_Tab)
    doc = _doc(window)
    assert doc.sections[0].id == first.id
    assert doc.sections[0].children[-1].title == "Maßnahmen"
    _press(_rename_editor(window), Qt.Key.Key_Return)
    QApplication.processEvents()  # Return commits and closes the editor queued
    assert window.tree.state() != QAbstractItemView.State.EditingState
    assert _doc(window).sections[0].children[-1].title == "Maßnahmen"


def test_tab_while_typing_the_first_title_says_why_it_cannot_indent(window: Any, dialogs: Dialogs) -> None:
    first = _doc(window).sections[0]
    window.select_key(("section", first.id))
    window.tree.setFocus()
    window.rename_action.trigger()
    _press(_rename_editor(window), Qt.Key.Key_Tab)
    assert dialogs.shown and "eingerückt" in dialogs.shown[-1][2]
    assert _doc(window).sections[0].id == first.id
    assert _rename_editor(window) is not None


def test_tab_while_renaming_a_document_does_not_indent(window: Any) -> None:
    doc_id = window.session.model.document_ids()[0]
    window.select_key(("document", doc_id))
    window.tree.setFocus()
    window.rename_action.trigger()
    _press(_rename_editor(window), Qt.Key.Key_Tab)
    assert window.session.model.document_ids()[0] == doc_id
    assert window.session.undo_stack.count() == 0


def test_tab_from_the_tree_reaches_the_form_before_the_docks(window: Any) -> None:
    window.search_dock.show()
    window.check_dock.show()
    goal = _doc(window).goals[0]
    window.select_key(("goal", goal.id))
    window.tree.setFocus()
    _press(window.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.current_form.title_edit
    _press(window.current_form.title_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.tree


def test_no_tab_stop_hides_off_screen(window: Any) -> None:
    # Qt parks the tab bar of hidden tabified docks off screen; it must not take the focus there.
    window.tree.setFocus()
    seen = []
    for _ in range(40):
        _press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        seen.append(widget)
        assert widget.isVisible() and widget.mapTo(window, widget.rect().topLeft()).x() >= 0, widget
        if widget is window.tree:
            break
    assert window.tree in seen


def test_indent_and_outdent_are_in_the_menu_and_named_with_their_keys(window: Any) -> None:
    window.select_key(("section", _doc(window).sections[1].id))
    assert window.indent_action in window.edit_menu.actions()
    assert window.outdent_action in window.edit_menu.actions()
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Ctrl+Right").toString(native) in window.indent_action.toolTip()
    assert QKeySequence("Ctrl+Left").toString(native) in window.outdent_action.toolTip()
    assert "Umschalt+Tab" in window.tree.accessibleDescription()
    window.set_language("en")
    assert "Shift+Tab" in window.tree.accessibleDescription()
