"""Keys in the tree: Tab moves the focus from the tree to the form, and nowhere invisible."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def _doc(window: Any) -> Any:
    return window.session.reader.document(window.session.model.document_ids()[0])


def _press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


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
