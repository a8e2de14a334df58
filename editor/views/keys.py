"""Keys that every desktop program understands: Shift+F10 for the context menu, Enter past suggestions.

- Shift+F10 opens the context menu of the focused control, as the Menu key does (Qt on
  Linux knows only the Menu key, and many keyboards have none).
- A list of suggestions under a text field (``QCompleter``) takes the Enter key while it
  is open, even when no suggestion is chosen: "Rat" and Enter left the field open, and
  the date typed next ended up in the same table cell. With nothing chosen, Enter now
  closes the list and reaches the field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCompleter, QPlainTextEdit, QTextEdit, QWidget

_installed: list[QObject] = []


class ContextMenuKey(QObject):
    """Turns Shift+F10 into a keyboard context-menu request to the focused widget."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch Shift+F10 on its way to a widget and ask that widget for its context menu."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_F10 or event.modifiers() != Qt.KeyboardModifier.ShiftModifier:
            return False
        target = QApplication.focusWidget()
        if target is None or watched is not target:
            return False
        open_context_menu(target)
        return True


def open_context_menu(widget: QWidget) -> None:
    """Send ``widget`` the context-menu request the Menu key sends, at its current item or cursor."""
    position = widget.rect().center()
    receiver = widget
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        rect = widget.visualRect(widget.currentIndex())
        position = widget.viewport().mapTo(widget, rect.center())
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        position = widget.viewport().mapTo(widget, widget.cursorRect().center())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, position, receiver.mapToGlobal(position))
    QApplication.sendEvent(receiver, event)


def install_context_menu_key() -> None:
    """Make Shift+F10 open context menus in the whole application (once)."""
    app = QApplication.instance()
    if app is None or _installed:
        return
    key = ContextMenuKey(app)
    app.installEventFilter(key)
    _installed.append(key)


class _EnterPastSuggestions(QObject):
    """The event filter on a completer's pop-up (see ``let_enter_through``)."""

    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)
        self.completer = completer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter with no suggestion chosen: close the list and give the Enter to the field."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            popup = self.completer.popup()
            field = self.completer.widget()
            if popup is not None and field is not None and not popup.currentIndex().isValid():
                popup.hide()
                QApplication.sendEvent(field, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()))
                return True
        return False


def let_enter_through(completer: QCompleter) -> None:
    """Let Enter reach the field while ``completer``'s list is open and nothing in it is chosen."""
    popup = completer.popup()
    if popup is not None:
        popup.installEventFilter(_EnterPastSuggestions(completer))
