"""The editable list table of the forms (indicators, Beratungsfolge, links, the catalogue …).

Each row is one entry; each cell saves while it is edited; the buttons add, remove and
move entries. A ``Column`` says which field a column shows and how it is edited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from editor.views.i18n import tr
from editor.views.keys import let_enter_through
from editor.views.outline_access import follow_current_item
from editor.views.spelling import SpellingLineEdit, draw_wave, misspelt_in
from editor.views.widgets import DEBOUNCE_MS, keep_typed_text


def name_by_label(combo: QComboBox, name: str) -> None:
    """Name a combo box that has no visible label (an in-cell editor) for screen readers.

    On Linux Qt names a combo box by its value and leaves the name to the label that
    points at it (the label relation); an unseen label beside it supplies that.
    """
    parent = combo.parentWidget()
    label = QLabel(name, parent)
    label.setBuddy(combo)
    label.hide()
    combo.destroyed.connect(lambda: label.deleteLater() if isValid(label) else None)
    if (line_edit := combo.lineEdit()) is not None:
        line_edit.setAccessibleName(name)


@dataclass(slots=True)
class Column:
    """One column of a ``ListTable``: the field, its header, and choices for a combo box."""

    field: str
    header: str
    choices: Sequence[tuple[str, Any]] | None = None
    """(label, value) pairs; None = free text."""
    completions: Sequence[str] = dc_field(default_factory=list[str])
    editable_choice: bool = False
    """Whether a combo column also takes typed text (the value is then the text)."""
    to_fields: Callable[[Any], dict[str, Any]] | None = None
    """Turns the chosen value into the fields to save (default: ``{field: value}``)."""
    display: Callable[[Any], str] | None = None
    """Turns a stored value into the cell's text (default: the value as it is), e.g. German dates."""
    spelling: bool = False
    """Whether the column holds prose whose misspelt words are underlined (not names, numbers, addresses)."""


def _x_of(line: QTextLine, position: int) -> float:
    """Return the x of a text position in ``line`` (PySide6 hands it back with the position, as a pair)."""
    found: Any = line.cursorToX(position)
    return float(found[0] if isinstance(found, tuple) else found)


class _ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box (choices) or a line edit with completion.

    The cell saves while it is being edited: typed text ``DEBOUNCE_MS`` after the last
    keystroke, a choice from a drop-down at once. Escape puts back (and saves) what the
    cell held when editing began.
    """

    def __init__(self, table: ListTable) -> None:
        super().__init__(table)
        self.table = table
        self._timers: dict[QWidget, QTimer] = {}
        self._original: dict[QWidget, str] = {}

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        """Return a combo box or a completing line edit for the cell."""
        column = self.table.columns[index.column()]
        if column.choices is not None:
            combo = QComboBox(parent)
            if column.editable_choice:
                keep_typed_text(combo)
            combo.setAccessibleName(column.header)
            name_by_label(combo, column.header)
            for label, value in column.choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda _i: self._commit(combo))
            if column.editable_choice:
                combo.editTextChanged.connect(lambda _t: self._typed(combo))
            self._watch(combo)
            return combo
        editor = SpellingLineEdit(parent)
        if column.spelling:
            editor.check_spelling()
        editor.setAccessibleName(column.header)
        if column.completions:
            completer = QCompleter(list(column.completions), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
            let_enter_through(completer)
        editor.textChanged.connect(lambda _t: self._typed(editor))
        self._watch(editor)
        return editor

    def _watch(self, editor: QWidget) -> None:
        timer = QTimer(editor)
        timer.setSingleShot(True)
        timer.setInterval(DEBOUNCE_MS)
        timer.timeout.connect(lambda: self._commit(editor))
        self._timers[editor] = timer
        editor.destroyed.connect(lambda: (self._timers.pop(editor, None), self._original.pop(editor, None)))

    def _typed(self, editor: QWidget) -> None:
        timer = self._timers.get(editor)
        if timer is not None:
            timer.start()

    def _commit(self, editor: QWidget) -> None:
        timer = self._timers.get(editor)
        if timer is not None:
            timer.stop()
        self.commitData.emit(editor)

    def flush(self) -> None:
        """Save every open cell editor whose typing still waits for its debounce."""
        for editor, timer in list(self._timers.items()):
            if timer.isActive():
                self._commit(editor)

    def eventFilter(self, editor: Any, event: Any) -> bool:
        """Escape puts back what the cell held when editing began, and saves that."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and editor in self._original
        ):
            original = self._original[editor]
            if isinstance(editor, QLineEdit) and editor.text() != original:
                editor.setText(original)
                self._commit(editor)
            elif isinstance(editor, QComboBox) and editor.isEditable() and editor.currentText() != original:
                editor.setEditText(original)
                self._commit(editor)
        return super().eventFilter(editor, event)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Paint the cell, then a red wavy line under each misspelt word of a prose column."""
        super().paint(painter, option, index)
        column = self.table.columns[index.column()] if 0 <= index.column() < len(self.table.columns) else None
        if column is None or not column.spelling:
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        spans = misspelt_in(text)
        if not spans:
            return
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget
        style = widget.style() if widget is not None else QApplication.style()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget)
        # Laid out as the item view lays out the text: inside the focus frame's margin, wrapped
        # at words where the view wraps, the visible lines centred in the cell.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        box = area.adjusted(margin, 0, -margin, 0)
        wrap = bool(shown.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.ManualWrap)
        layout = QTextLayout(text, shown.font)
        layout.setTextOption(text_option)
        lines: list[QTextLine] = []
        height = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(box.width())
            line.setPosition(QPointF(0, height))
            height += line.height()
            lines.append(line)
        layout.endLayout()
        visible = [line for line in lines if line.y() + line.height() <= box.height()] or lines[:1]
        top = box.top() + (box.height() - sum(line.height() for line in visible)) / 2
        painter.save()
        painter.setClipRect(area)
        for start, end in spans:
            for line in visible:
                first, last = max(start, line.textStart()), min(end, line.textStart() + line.textLength())
                if first < last:
                    left, right = box.left() + _x_of(line, first), box.left() + _x_of(line, last)
                    draw_wave(painter, left, right, top + line.y() + line.ascent() + 2.5)
        painter.restore()

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Show the cell's value in the editor (left alone while it already shows it)."""
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.UserRole)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            self._original.setdefault(editor, text)
            if editor.isEditable() and editor.currentText() == text:
                return  # a save while typing: moving the cursor would disturb the typing
            found = editor.findData(value)
            if found >= 0 and not (editor.isEditable() and editor.itemText(found) != text):
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(text)
            else:  # a value from elsewhere (an import): shown and kept, not replaced by the first entry
                editor.addItem(text, value)
                editor.setCurrentIndex(editor.count() - 1)
        elif isinstance(editor, QLineEdit):
            text = str(index.data(Qt.ItemDataRole.EditRole) or "")
            self._original.setdefault(editor, text)
            if editor.text() != text:
                editor.setText(text)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        """Write the editor's choice back to the cell (the table then saves it)."""
        if isinstance(editor, QComboBox):
            text = editor.currentText()
            found = editor.findText(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive)
            value = editor.itemData(found) if found >= 0 else text
            model.setData(index, value, Qt.ItemDataRole.UserRole)
            model.setData(index, text, Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Show the cell's stored value in its display form once editing ends (``6.10.26`` → ``06.10.2026``)."""
        super().destroyEditor(editor, index)
        self.table.refresh_cell(index.row(), index.column())


class ListTable(QWidget):
    """An editable table of list entries (indicators, Beratungsfolge, links …) with buttons."""

    field_edited = Signal(int, dict)
    """(row id, fields): the user changed a cell."""
    add_requested = Signal()
    """The user wants a new entry at the end."""
    delete_requested = Signal(int)
    """(row id): the user wants the entry removed."""
    move_requested = Signal(int, int)
    """(row id, new position): the user moved an entry."""

    def __init__(self, name: str, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([c.header for c in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegate(_ChoiceDelegate(self))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setMinimumHeight(110)
        follow_current_item(self.table)
        self.add_button = QPushButton(tr("Hinzufügen"), self)
        self.delete_button = QPushButton(tr("Entfernen"), self)
        self.up_button = QPushButton(tr("Nach oben"), self)
        self.down_button = QPushButton(tr("Nach unten"), self)
        for button, text in (
            (self.add_button, tr("{name}: Eintrag hinzufügen")),
            (self.delete_button, tr("{name}: Eintrag entfernen")),
            (self.up_button, tr("{name}: Eintrag nach oben")),
            (self.down_button, tr("{name}: Eintrag nach unten")),
        ):
            button.setAccessibleName(text.format(name=name))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._ids: list[int] = []
        self._loading = False
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.add_button.clicked.connect(self.add_requested)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Show ``rows`` (dicts with ``id`` and the column fields) without saving."""
        self._loading = True
        current = self.table.currentRow()
        self.table.setRowCount(len(rows))
        self._ids = [int(r["id"]) for r in rows]
        for r, row in enumerate(rows):
            for c, column in enumerate(self.columns):
                value = row.get(column.field)
                label = "" if value is None else str(value)
                if column.display is not None:
                    label = column.display(value)
                elif column.choices is not None:
                    label = next((lbl for lbl, val in column.choices if val == value), label)
                item = QTableWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, value)
                self.table.setItem(r, c, item)
        if 0 <= current < len(rows):
            self.table.setCurrentCell(current, 0)
        self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing."""
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)

    def flush(self) -> None:
        """Save a cell being edited whose typing still waits for its debounce."""
        delegate = self.table.itemDelegate()
        if isinstance(delegate, _ChoiceDelegate):
            delegate.flush()

    def refresh_cell(self, row: int, column: int) -> None:
        """Show the stored value of a cell in its display form, without saving."""
        item = self.table.item(row, column)
        display = self.columns[column].display if 0 <= column < len(self.columns) else None
        if item is None or display is None:
            return
        self._loading = True
        try:
            item.setText(display(item.data(Qt.ItemDataRole.UserRole)))
        finally:
            self._loading = False

    def row_id(self, row: int) -> int | None:
        """Return the id of the entry in ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row_id = self.row_id(item.row())
        if row_id is None:
            return
        column = self.columns[item.column()]
        value = item.data(Qt.ItemDataRole.UserRole) if column.choices is not None else item.text()
        fields = column.to_fields(value) if column.to_fields else {column.field: value}
        if column.choices is None and column.field in fields:
            self._loading = True
            try:  # the stored value, for refresh_cell (a date typed German is stored ISO)
                item.setData(Qt.ItemDataRole.UserRole, fields[column.field])
            finally:
                self._loading = False
        self.field_edited.emit(row_id, fields)

    def _on_delete_button_clicked(self) -> None:
        row_id = self.row_id(self.table.currentRow())
        if row_id is not None:
            self.delete_requested.emit(row_id)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        row_id = self.row_id(row)
        if row_id is None or not 0 <= row + step < len(self._ids):
            return
        self.move_requested.emit(row_id, row + step)
        self.table.setCurrentCell(row + step, max(0, self.table.currentColumn()))
