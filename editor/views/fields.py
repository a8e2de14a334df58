"""One-line form fields that keep every keystroke and save while typing.

No field refuses a key or rewrites what is typed: there are no validators or input
masks. A field saves shortly after typing stops (the same debounce as the body
editor), on Enter and when it loses the focus, so a crash a second after typing loses
nothing. Values of an unusual form are kept as typed and reported by Prüfen.

- ``SavingLineEdit``: plain text.
- ``DateLineEdit``: a date, understood in German forms (``17.03.2025``, ``17.3.25``,
  ``03.2025``, ``2025``) and ISO; stored in ISO form, shown in German; anything else is
  stored as typed. A calendar (button, Alt+Down or F4) picks a day.
- ``SavingComboBox``: an editable combo box that saves the typed text as it is; a list
  entry shown by a translated label (English UI) stores its German value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QMenu,
    QStyle,
    QTableView,
    QWidget,
    QWidgetAction,
)

from editor.domain.dates import parse_date, show_date, store_date
from editor.views.i18n import tr
from editor.views.spelling import SpellingLineEdit
from editor.views.widgets import DEBOUNCE_MS, keep_typed_text


def debounce_timer(parent: QWidget, slot: Any) -> QTimer:
    """Return the single-shot timer that saves a field ``DEBOUNCE_MS`` after the last keystroke."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(DEBOUNCE_MS)
    timer.timeout.connect(slot)
    return timer


class _SavesAfterPause:
    """What the one-line fields share: the stored value, the debounce timer, the save."""

    text_saved: Any
    _saved: str
    _timer: QTimer

    def value(self) -> str:
        raise NotImplementedError

    def pending(self) -> bool:
        """Return whether typed text is waiting for its save."""
        return self._timer.isActive()

    def flush(self) -> None:
        """Save now if the value differs from the stored one."""
        self._timer.stop()
        value = self.value()
        if value != self._saved:
            self._saved = value
            self.text_saved.emit(value)


class SavingLineEdit(SpellingLineEdit, _SavesAfterPause):
    """A one-line text field that saves what is typed, debounced, on Enter and on leaving."""

    text_saved = Signal(str)
    """The value to store after the user changed the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        self._loading = False
        self._timer = debounce_timer(self, self.flush)
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self.flush)

    def set_value(self, value: str) -> None:
        """Show the stored ``value`` without saving it."""
        self._saved = value
        shown = self.shown(value)
        if shown != self.text():
            self._loading = True
            try:
                self.setText(shown)
            finally:
                self._loading = False
        self._timer.stop()

    def shown(self, value: str) -> str:
        """Return how a stored value is shown (as it is)."""
        return value

    def value(self) -> str:
        """Return what the field stores for its current text (the text itself)."""
        return self.text()

    def _on_text_changed(self, _text: str) -> None:
        if not self._loading and not self.isReadOnly():
            self._timer.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Save when the field loses the focus."""
        self.flush()
        super().focusOutEvent(event)
        self.update()  # the word typed last is checked now


class DateLineEdit(SavingLineEdit):
    """A date field: German or ISO dates are stored in ISO form and shown in German.

    What is no date stays exactly as typed (Prüfen reports it). While the field has the
    focus the text is never rewritten; on leaving, a date is shown in its German form.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("z. B. 17.03.2025, 03.2025 oder 2025"))
        self.setAccessibleDescription(
            tr("Datum wie 17.03.2025, 03.2025 oder 2025; Alt+Pfeil runter öffnet einen Kalender")
        )
        self.calendar_menu: QMenu | None = None
        self.calendar_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView), tr("Kalender"), self
        )
        self.calendar_action.setToolTip(tr("Kalender öffnen (Alt+Pfeil runter)"))
        self.calendar_action.setShortcuts([QKeySequence("Alt+Down"), QKeySequence("F4")])
        self.calendar_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self._show_understood)  # Enter confirms: the date shows as understood
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)

    def shown(self, value: str) -> str:
        """Return a stored date in German; other text as it is."""
        return show_date(value)

    def value(self) -> str:
        """Return the ISO form of a typed date, or the text exactly as typed."""
        return store_date(self.text())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Save, then show a typed date in its German form (``17.3.25`` → ``17.03.2025``)."""
        super().focusOutEvent(event)
        self._show_understood()

    def _show_understood(self) -> None:
        if parse_date(self.text()) is not None:
            self.flush()
            self.set_value(self.value())

    def open_calendar(self) -> None:
        """Show a calendar under the field; the chosen day is written and saved at once."""
        if self.isReadOnly():
            return
        calendar = QCalendarWidget(self)
        calendar.setAccessibleName(tr("Kalender"))
        calendar.setGridVisible(True)
        days = calendar.findChild(QTableView)
        if days is not None:  # the grid of days takes the focus: it needs the name
            days.setAccessibleName(tr("Kalender: Tag wählen"))
            days.setAccessibleDescription(tr("Pfeiltasten wählen den Tag, Bild auf/ab den Monat; Enter übernimmt"))
        iso = parse_date(self.text())
        if iso is not None:
            parts = [int(p) for p in iso.split("-")] + [1, 1]
            calendar.setSelectedDate(QDate(parts[0], parts[1], parts[2]))
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(day: QDate) -> None:
            menu.close()
            self.setText(show_date(day.toString(Qt.DateFormat.ISODate)))
            self.flush()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        self.calendar_menu = menu  # reachable for tests
        calendar.setFocus()
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))


class SavingComboBox(QComboBox, _SavesAfterPause):
    """An editable combo box: suggestions in the list, any typed text saved as it is."""

    text_saved = Signal(str)
    """The text to store after the user typed or chose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_typed_text(self)
        self._saved = ""
        self._loading = False
        self._timer = debounce_timer(self, self.flush)
        self.editTextChanged.connect(self._on_edit_text_changed)
        self.activated.connect(lambda _index: self.flush())
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.editingFinished.connect(self.flush)

    def set_value(self, text: str) -> None:
        """Show the stored ``text`` (a list entry's value, shown by its label, or any text) without saving it."""
        self._saved = text
        self._loading = True
        try:
            index = self.findData(text) if text else -1
            if index < 0:
                index = self.findText(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive)
            self.setCurrentIndex(index)
            if index < 0:
                self.setEditText(text)
        finally:
            self._loading = False
        self._timer.stop()

    def value(self) -> str:
        """Return what is stored for the text in the box: a list entry's value for its label, else the text."""
        text = self.currentText()
        index = self.findText(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive)
        data = self.itemData(index) if index >= 0 else None
        return data if isinstance(data, str) and data else text

    def _on_edit_text_changed(self, _text: str) -> None:
        line_edit = self.lineEdit()
        if not self._loading and line_edit is not None and not line_edit.isReadOnly():
            self._timer.start()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing (the text stays selectable)."""
        line_edit = self.lineEdit()
        if line_edit is not None:
            line_edit.setReadOnly(read_only)
        self.setEnabled(not read_only)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves the text as typed (Qt would take a list entry that differs only in case)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.flush()
            event.ignore()  # as a line edit does: a dialog's default button still reacts
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Save when the box loses the focus."""
        self.flush()
        super().focusOutEvent(event)
