"""Reusable widgets of the forms: the body editor and the debounced text field (the list table: list_table.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QInputDialog,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

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
        # Redrawing the spell checker's underlines makes Qt report a change of the text: within an
        # edit with that edit's revision, on their own (a dictionary loaded, the cursor left a word)
        # with a new one (see SpellHighlighter.restyling).
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
        if self.spelling.restyling:
            return  # only the underlines were redrawn: nothing to save
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
        self._revision = self.document().revision()
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
            if not self.spelling.restyling:  # redrawn underlines are no change
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
