"""Reusable widgets of the forms: the body editor, the debounced text field and the editable list table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontDatabase, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from editor.views.body_document import (
    ORDERED_STYLES,
    document_blocks,
    document_markdown,
    is_bold,
    link_of,
    load_markdown,
)
from editor.views.body_edit import BodyTextEdit
from editor.views.body_preview import section_wiki_text
from editor.views.i18n import tr
from editor.views.keys import let_enter_through
from editor.views.outline_access import follow_current_item
from editor.views.spelling import attach_spelling
from exports.markdown_ast import canonical_blocks, parse_markdown, write_markdown

DEBOUNCE_MS = 500
"""How long typing in a long text waits before the text is saved."""


class MarkdownEditor(QWidget):
    """A body editor: formatted text as in Word, a formatting toolbar, and the section's wiki text.

    The text is loaded from and saved as canonical Markdown through the project's Markdown
    tree (:mod:`editor.views.body_document`), never with Qt's own lossy Markdown reader and
    writer. Opening and leaving a body without a change writes nothing.
    """

    text_saved = Signal(str)
    """The Markdown text after the user changed it (debounced)."""

    def __init__(self, name: str, parent: QWidget | None = None, wiki_preview: bool = True) -> None:
        super().__init__(parent)
        self.edit = BodyTextEdit(self)
        self.edit.setAccessibleName(name)
        self.spelling = attach_spelling(self.edit)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("Wiki-Text dieses Abschnitts"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview.setVisible(False)
        self.preview_context: Callable[[], tuple[str, dict[int, str]]] | None = None
        """Returns the section's title and the wiki page titles of the file's documents."""
        self.toolbar = QToolBar(self)
        self.toolbar.setAccessibleName(tr("Formatierung"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bold_action = self._add_action(tr("Fett"), QKeySequence.StandardKey.Bold, self.edit.toggle_bold)
        self.italic_action = self._add_action(tr("Kursiv"), QKeySequence.StandardKey.Italic, self.edit.toggle_italic)
        self.bullet_action = self._add_action(
            tr("• Liste"), QKeySequence("Ctrl+Shift+8"), lambda: self.edit.toggle_list(ordered=False)
        )
        self.numbered_action = self._add_action(
            tr("1. Liste"), QKeySequence("Ctrl+Shift+7"), lambda: self.edit.toggle_list(ordered=True)
        )
        self.indent_action = self._add_action(
            tr("Einrücken"), QKeySequence("Ctrl+M"), lambda: self.edit.change_list_depth(1), checkable=False
        )
        self.outdent_action = self._add_action(
            tr("Ausrücken"), QKeySequence("Ctrl+Shift+M"), lambda: self.edit.change_list_depth(-1), checkable=False
        )
        self.link_action = self._add_action(tr("Link …"), QKeySequence("Ctrl+K"), self._on_link_triggered)
        self.toolbar.addSeparator()
        self.preview_action = QAction(tr("Wiki-Text"), self)
        self.preview_action.setCheckable(True)
        self.preview_action.setToolTip(tr("Daneben zeigen, wie der Abschnitt als Wiki-Text aussieht"))
        self.preview_action.toggled.connect(self._on_preview_toggled)
        self.toolbar.addAction(self.preview_action)
        # Only a section's text goes into the wiki page; other formatted fields have no wiki text to show.
        self.preview_action.setVisible(wiki_preview)
        font = self.bold_action.font()
        font.setBold(True)
        self.bold_action.setFont(font)
        font = self.italic_action.font()
        font.setItalic(True)
        self.italic_action.setFont(font)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.edit)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(200)
        self._preview_timer.timeout.connect(self._update_preview)
        self._loaded = ""
        self._loading = False
        self._changed = False
        # The spell checker's underlines make Qt report a change of the text, with the same revision.
        self._revision = self.edit.document().revision()
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.cursorPositionChanged.connect(self._update_actions)
        self.edit.currentCharFormatChanged.connect(self._update_actions)
        self.edit.selectionChanged.connect(self._update_actions)

    def _add_action(self, text: str, shortcut: Any, slot: Callable[[], None], checkable: bool = True) -> QAction:
        action = QAction(text, self)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        action.triggered.connect(self._update_actions)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def set_markdown(self, text: str) -> None:
        """Show ``text`` without saving it (the cursor stays where it was, as far as the text goes)."""
        position = self.edit.textCursor().position()
        self._loading = True
        try:
            load_markdown(self.edit.document(), text)
        finally:
            self._loading = False
        cursor = self.edit.textCursor()
        cursor.setPosition(min(position, max(0, self.edit.document().characterCount() - 1)))
        self.edit.setTextCursor(cursor)
        self._loaded = text
        self._changed = False
        self._revision = self.edit.document().revision()
        self._timer.stop()
        self._update_actions()
        self._update_preview()

    def markdown(self) -> str:
        """Return the edited text as canonical Markdown (what saving writes)."""
        return document_markdown(self.edit.document()) if self._changed else self._loaded

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing."""
        self.edit.setReadOnly(read_only)
        for action in (
            self.bold_action,
            self.italic_action,
            self.bullet_action,
            self.numbered_action,
            self.indent_action,
            self.outdent_action,
            self.link_action,
        ):
            action.setEnabled(not read_only)

    def flush(self) -> None:
        """Save now if the user changed the text since it was loaded or last saved."""
        self._timer.stop()
        if not self._changed:
            return
        blocks = document_blocks(self.edit.document())
        text = write_markdown(blocks)
        self._changed = False
        changed = text != self._loaded
        if canonical_blocks(parse_markdown(text)) != canonical_blocks(blocks):
            # Markdown cannot hold a format at its place (bold between a letter and a parenthesis
            # moves past the parenthesis): the editor shows what is saved.
            self.set_markdown(text)
        self._loaded = text
        if changed:
            self.text_saved.emit(text)

    def _on_edit_text_changed(self) -> None:
        if self._loading or self.edit.document().revision() == self._revision:
            return
        self._revision = self.edit.document().revision()
        self._changed = True
        self._timer.start()
        if self.preview_action.isChecked():
            self._preview_timer.start()

    def _update_preview(self) -> None:
        if not self.preview_action.isChecked():
            return
        title, titles = self.preview_context() if self.preview_context is not None else ("", {})
        self.preview.setPlainText(section_wiki_text(title, self.markdown(), titles))

    def _on_preview_toggled(self, checked: bool) -> None:
        self.preview.setVisible(checked)
        self._update_preview()

    def _update_actions(self) -> None:
        """Show the formats at the cursor (or of the whole selection) on the toolbar."""
        edit = self.edit
        self.bold_action.setChecked(edit.selection_has(is_bold))
        self.italic_action.setChecked(edit.selection_has(lambda fmt: fmt.fontItalic()))
        current = edit.textCursor().currentList()
        ordered = current is not None and current.format().style() in ORDERED_STYLES
        self.bullet_action.setChecked(current is not None and not ordered)
        self.numbered_action.setChecked(ordered)
        self.link_action.setChecked(edit.link_range().hasSelection() and not edit.textCursor().hasSelection())

    def _on_link_triggered(self) -> None:
        span = self.edit.link_range()
        current = link_of(span.charFormat()) if span.hasSelection() else None
        url, ok = QInputDialog.getText(
            self,
            tr("Link"),
            tr("Adresse (https://… oder dokument:Nummer), leer entfernt den Link:"),
            text=current or "",
        )
        if ok:
            self.insert_link(url.strip())

    def insert_link(self, url: str) -> None:
        """Make the selection (the link at the cursor, or else the address itself) a link to ``url``; empty: no link."""
        self.edit.set_link(url)
        self._update_actions()


class DebouncedTextEdit(QTextEdit):
    """A plain multi-line text field that saves shortly after typing stops and on leaving."""

    text_saved = Signal(str)
    """The text after the user changed it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setAccessibleName(name)
        self.setMinimumHeight(60)
        self.spelling = attach_spelling(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._loaded = ""
        self._loading = False
        self._revision = self.document().revision()  # see MarkdownEditor: underlines are no change
        self.textChanged.connect(self._on_text_changed)

    def sizeHint(self) -> QSize:
        """Return a height of about five lines: forms hold several of these fields."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 5 + 12)

    def set_text(self, text: str) -> None:
        """Show ``text`` without saving it."""
        self._loading = True
        self.setPlainText(text)
        self._loading = False
        self._loaded = text
        self._revision = self.document().revision()

    def flush(self) -> None:
        """Save now if the text changed."""
        self._timer.stop()
        text = self.toPlainText()
        if text != self._loaded:
            self._loaded = text
            self.text_saved.emit(text)

    def _on_text_changed(self) -> None:
        if not self._loading and self.document().revision() != self._revision:
            self._revision = self.document().revision()
            self._timer.start()

    def focusOutEvent(self, event: Any) -> None:
        """Save when the field loses focus."""
        self.flush()
        super().focusOutEvent(event)


def keep_typed_text(box: QComboBox) -> None:
    """Make an editable combo box keep what is typed.

    Qt's defaults complete inline (typing "Stadt" leaves "Stadtbezirk" in the field) and
    replace a typed text by a list entry of other case on Enter; here suggestions show
    in a pop-up instead, and Enter leaves the text alone.
    """
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setDuplicatesEnabled(True)  # else Enter looks the text up case-insensitively and takes the entry
    completer = QCompleter(box.model(), box)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    box.setCompleter(completer)
    let_enter_through(completer)


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
        editor = QLineEdit(parent)
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
