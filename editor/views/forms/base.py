"""The common base of the forms on the right: bound to one node, saving every edit at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.domain.model import Document
from editor.qtmodels.tree_model import Node
from editor.services import OperationError, UndoRecord
from editor.views.fields import DateLineEdit, SavingComboBox, SavingLineEdit
from editor.views.i18n import field_caption, tr
from editor.views.keys import let_enter_through
from editor.views.list_table import ListTable
from editor.views.session import EditorSession
from editor.views.widgets import DebouncedTextEdit, MarkdownEditor


def values_in_file(session: EditorSession, table: str, column: str) -> list[str]:
    """Return the distinct non-empty values of ``table.column`` in the file (for completion)."""
    return session.reader.values_in_file(table, column)


class Form(QWidget):
    """A form bound to one tree node; edits go through the session as undoable operations."""

    rebindable: ClassVar[bool] = False
    """Whether the form can show another node of its kind (``rebind``) instead of being built anew."""
    field_kind: ClassVar[str] = ""
    """The kind of item whose fields the form edits (``"document"``, ``"section"`` …, see the table of fields)."""

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.node = node
        self.fields: dict[str, QWidget] = {}
        self._loading = False
        self._typing_key: tuple[Any, ...] | None = None
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        # No tab stop of its own: Tab from the tree lands in the first field (it still scrolls to follow).
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(self.scroll_area)
        self.form = QFormLayout(inner)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = QLabel(inner)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.form.addRow(self.heading)
        self.scroll_area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    # --- to implement -------------------------------------------------------------

    def load(self) -> None:
        """Fill the widgets from the file."""

    def touches(self, record: UndoRecord) -> bool:
        """Return whether ``record`` changed something this form shows."""
        return record.document_id == self.node.document_id

    # --- helpers ------------------------------------------------------------------

    def document(self) -> Document:
        """Return the node's document, freshly read: its metadata and lists, not its trees."""
        return self.session.reader.document(self.node.document_id, trees=False)

    def save(self, action: Callable[[], UndoRecord], merge_key: tuple[Any, ...] | None = None) -> None:
        """Run one operation for an edit in this form."""
        if self._loading:
            return
        key = merge_key if merge_key is not None else self._typing_key
        record = self.session.apply(action, origin=self, merge_key=key)
        if record is None or record.changes.structural:
            # Rows came or went (or the change failed): show the file's state again.
            self.reload()
        else:
            self.refresh_heading()

    def refresh_heading(self) -> None:
        """Show the form's heading for what the fields hold now (a title typed a moment ago)."""

    def bind_list(self, table: ListTable, name: str, owner_id: int | Callable[[], int] | None) -> None:
        """Save every edit, addition, removal and move in ``table`` as list operations on ``name``.

        ``owner_id`` may be a function, asked at each addition (a form that shows another node after ``rebind``).
        """
        ops = self.session.ops

        def owner() -> int | None:
            return owner_id() if callable(owner_id) else owner_id

        typed = {column.field for column in table.columns if column.choices is None or column.editable_choice}

        def edited(row_id: int, fields: dict[str, Any]) -> None:
            # Typing in one cell is one undo step, however often it was saved while typing.
            key = (name, row_id, *fields) if set(fields) <= typed else None
            self.save(lambda: ops.update_item(name, row_id, **fields), key)

        table.field_edited.connect(edited)
        table.add_requested.connect(lambda: self.save(lambda: ops.add_item(name, owner())))
        table.delete_requested.connect(lambda i: self.save(lambda: ops.delete_item(name, i)))
        table.move_requested.connect(lambda i, p: self.save(lambda: ops.move_item(name, i, p)))

    def rebind(self, node: Node) -> None:
        """Show ``node`` (of this form's kind) instead: pending edits are saved first, then the fields loaded."""
        self.flush()
        self.node = node
        self.scroll_area.verticalScrollBar().setValue(0)
        self.reload()

    def flush(self) -> None:
        """Save edits still waiting for their debounce."""
        for widget in self.fields.values():
            if isinstance(widget, MarkdownEditor | DebouncedTextEdit | SavingLineEdit | SavingComboBox | ListTable):
                widget.flush()

    def focus_field(self, name: str) -> None:
        """Put the keyboard focus into field ``name`` (or the first field)."""
        widget = self.fields.get(name) or next(iter(self.fields.values()), None)
        if widget is None:
            return
        target = widget.edit if isinstance(widget, MarkdownEditor) else widget
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(target)

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing in every field."""
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | DebouncedTextEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, SavingComboBox | MarkdownEditor | ListTable):
                widget.set_read_only(read_only)
            else:
                widget.setEnabled(not read_only)

    def detach(self) -> None:
        """Stop following changes (the form is being replaced)."""
        self._detached = True

    def on_record_applied(self, record: UndoRecord, origin: object) -> None:
        """Show what a change made elsewhere (undo, the tree, another form) did to this form's fields.

        The window calls this once the selection has settled, so a form is loaded once per change.
        """
        if getattr(self, "_detached", False) or origin is self or not self.touches(record):
            return
        try:
            self.reload()
        except OperationError:
            self.setEnabled(False)  # the node is gone; the window selects another one

    def reload(self) -> None:
        """Load again, keeping the focus where it was."""
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False

    def caption(self, name: str) -> str:
        """Return the caption of field ``name`` with its access key, from the domain's table of fields."""
        return field_caption(self.field_kind, name)

    def _add_row(self, label: str, widget: QWidget, name: str) -> None:
        """Add a labelled row; the label carries the mnemonic and names the field for screen readers."""
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        accessible = label.replace("&", "").rstrip(":")
        if not widget.accessibleName():
            widget.setAccessibleName(accessible)
        if isinstance(widget, QComboBox) and (line_edit := widget.lineEdit()) is not None:
            line_edit.setAccessibleName(accessible)  # the focus lands in it; the label names only the box
        self.form.addRow(caption, widget)
        self.fields[name] = widget

    def _typing(self, name: str, on_saved: Callable[[Any], None]) -> Callable[[Any], None]:
        """Wrap ``on_saved`` so that the saves of typing in field ``name`` merge into one undo step."""

        def saved(value: Any) -> None:
            self._typing_key = (self.node.kind, self.node.id, name)
            try:
                on_saved(value)
            finally:
                self._typing_key = None

        return saved

    def line(
        self,
        label: str,
        name: str,
        on_saved: Callable[[str], None],
        completions: Sequence[str] = (),
        spelling: bool = False,
    ) -> SavingLineEdit:
        """Add a one-line field that takes every keystroke and saves while typing (``spelling``: checked)."""
        edit = SavingLineEdit(self)
        if spelling:
            edit.check_spelling()
        if completions:
            completer = QCompleter(list(completions), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
            let_enter_through(completer)
        edit.text_saved.connect(self._typing(name, on_saved))
        self._add_row(label, edit, name)
        return edit

    def date(self, label: str, name: str, on_saved: Callable[[str], None]) -> DateLineEdit:
        """Add a date field (German or ISO dates stored as ISO, other text as typed) with a calendar."""
        edit = DateLineEdit(self)
        edit.text_saved.connect(self._typing(name, on_saved))
        self._add_row(label, edit, name)
        return edit

    def combo(self, label: str, name: str, choices: Sequence[tuple[str, Any]], on_saved: Callable[[Any], None],
              editable: bool = False) -> QComboBox:  # fmt: skip
        """Add a combo box; an editable one saves any typed text as it is, while typing."""
        if editable:
            box: QComboBox = SavingComboBox(self)
            for text, value in choices:
                box.addItem(text, value)
            box.text_saved.connect(self._typing(name, on_saved))
        else:
            box = QComboBox(self)
            for text, value in choices:
                box.addItem(text, value)
            box.activated.connect(lambda i: on_saved(box.itemData(i)))
        self._add_row(label, box, name)
        return box

    def text(self, label: str, name: str, on_saved: Callable[[str], None]) -> DebouncedTextEdit:
        """Add a multi-line plain text field saved while typing (debounced)."""
        edit = DebouncedTextEdit(label.replace("&", "").rstrip(":"), self)
        edit.text_saved.connect(self._typing(name, on_saved))
        self._add_row(label, edit, name)
        return edit

    def rich_text(self, label: str, name: str, on_saved: Callable[[str], None]) -> MarkdownEditor:
        """Add a formatted text field (bold, lists, links, as in a section) saved while typing as canonical Markdown."""
        editor = MarkdownEditor(label.replace("&", "").rstrip(":"), self, wiki_preview=False)
        editor.edit.setMinimumHeight(120)
        editor.text_saved.connect(self._typing(name, on_saved))
        self._add_row(label, editor, name)
        return editor

    def check(self, label: str, name: str, on_saved: Callable[[bool], None]) -> QCheckBox:
        """Add a checkbox saved on toggle."""
        box = QCheckBox(label, self)
        box.setAccessibleName(label.replace("&", ""))
        box.toggled.connect(lambda checked: None if self._loading else on_saved(checked))
        self.form.addRow("", box)
        self.fields[name] = box
        return box


def choice_labels() -> dict[str, str]:
    """Return the suggested values of Art, Geltungsbereich and Art des Beschlusses in the UI language.

    The values themselves stay German in the file: the wiki and the council read them.
    """
    return {
        "Konzept": tr("Konzept"),
        "Strategie": tr("Strategie"),
        "Masterplan": tr("Masterplan"),
        "Rahmenplan": tr("Rahmenplan"),
        "Gutachten": tr("Gutachten"),
        "Gesamtstadt": tr("Gesamtstadt"),
        "Stadtbezirk": tr("Stadtbezirk"),
        "Quartier": tr("Quartier"),
        "Teilraum": tr("Teilraum"),
        "Vorlage": tr("Vorlage"),
        "Antrag": tr("Antrag"),
        "Anfrage": tr("Anfrage"),
        "Mitteilung": tr("Mitteilung"),
    }


def choices(values: Sequence[str]) -> list[tuple[str, Any]]:
    """Return the entries of a combo box of suggested values, labelled in the UI language."""
    labels = choice_labels()
    return [(labels.get(v, v), v) for v in values]


def set_combo(box: QComboBox, value: Any, text: str | None = None) -> None:
    """Select the entry with data ``value``; editable boxes show ``text`` if it is no entry."""
    if isinstance(box, SavingComboBox):
        box.set_value(text if text is not None else str(value or ""))
        return
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)
    elif box.isEditable():
        box.setEditText(text if text is not None else str(value or ""))
    elif isinstance(value, str) and value:
        box.addItem(text or value, value)  # a value from elsewhere (an import) is shown as it is
        box.setCurrentIndex(box.count() - 1)
    else:
        box.setCurrentIndex(-1)
