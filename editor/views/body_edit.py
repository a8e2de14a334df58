"""The text field of the body editor: typing, formats, paste and copy as an official expects.

Word habits: Ctrl+B / Ctrl+I without a selection switch the format for what is typed
next (with a selection they set it, or take it away where all of it has it); typing
right after a link or code span goes on as plain text; a paste shows at once what will
be saved (see :mod:`editor.views.body_paste`); Shift+Enter is a line break.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from editor.views.body_document import (
    LINE_SEPARATOR,
    ORDERED_STYLES,
    PARAGRAPH_SPACING,
    blocks_fragment,
    char_format,
    document_markdown,
    is_bold,
    is_code,
    link_of,
    plain_format,
)
from editor.views.body_paste import html_blocks, text_blocks
from exports.markdown_ast import Block, Heading, LineBreak, Paragraph, Run, inline_runs, nest_runs, parse_markdown

MARKDOWN_MIME = "application/x-strategie-markdown"
"""Our own clipboard format: the canonical Markdown of the copied part of a body."""

_BULLETS = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare)


def _placeholder_image() -> QImage:
    image = QImage(QSize(48, 32), QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 24))
    painter = QPainter(image)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.drawRect(0, 0, 47, 31)
    painter.drawLine(0, 0, 47, 31)
    painter.drawLine(0, 31, 47, 0)
    painter.end()
    return image


class BodyTextEdit(QTextEdit):
    """The rich text field of a body: only formats a body can hold, nothing loaded from outside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self._image = _placeholder_image()
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)

    # --- what is shown --------------------------------------------------------------------

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Show a grey box for every image: nothing is read from the web or the disk."""
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return self._image
        return None

    # --- typing ---------------------------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Type as in Word; a break has no place in a heading or table cell (they hold one line)."""
        enter = e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        cursor = self.textCursor()
        if enter and (cursor.currentTable() is not None or (cursor.blockFormat().headingLevel() and e.modifiers())):
            return
        super().keyPressEvent(e)
        if enter and not e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._space_new_paragraph()

    def _space_new_paragraph(self) -> None:
        """Give a paragraph Qt made by Enter the spacing of the others (Qt clears it after an empty line)."""
        cursor = self.textCursor()
        fmt = cursor.blockFormat()
        if cursor.currentList() is None and not fmt.hasProperty(QTextBlockFormat.Property.BlockBottomMargin):
            fmt.setBottomMargin(PARAGRAPH_SPACING)
            cursor.joinPreviousEditBlock()
            cursor.setBlockFormat(fmt)
            cursor.endEditBlock()

    def _on_cursor_position_changed(self) -> None:
        # Typing right after a link or code span does not make it longer (nor right before one).
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        fmt = self.currentCharFormat()
        if not (link_of(fmt) or is_code(fmt)):
            return
        before, after = _formats_around(cursor)
        inside = (
            before is not None
            and after is not None
            and link_of(before) == link_of(after)
            and is_code(before) == is_code(after)
            and (link_of(before) or is_code(before))
        )
        if not inside:
            self.setCurrentCharFormat(plain_format(fmt))

    # --- formats --------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        """Make the selection bold (or not bold, where all of it is); without one, what is typed next."""
        self._toggle(is_bold, lambda fmt, on: fmt.setFontWeight(700 if on else 400))

    def toggle_italic(self) -> None:
        """Make the selection italic (or not italic, where all of it is); without one, what is typed next."""
        self._toggle(lambda fmt: fmt.fontItalic(), lambda fmt, on: fmt.setFontItalic(on))

    def _toggle(self, has: Callable[[QTextCharFormat], bool], set_to: Callable[[QTextCharFormat, bool], None]) -> None:
        cursor = self.textCursor()
        fmt = QTextCharFormat()
        if cursor.hasSelection():
            set_to(fmt, not self.selection_has(has))
            cursor.mergeCharFormat(fmt)
        else:
            set_to(fmt, not has(self.currentCharFormat()))
            self.mergeCurrentCharFormat(fmt)

    def selection_has(self, has: Callable[[QTextCharFormat], bool]) -> bool:
        """Return whether every visible character of the selection has a format (blanks do not count)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return has(self.currentCharFormat())
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = self.document().findBlock(start)
        seen = False
        while block.isValid() and block.position() < end:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                lo, hi = max(start, fragment.position()), min(end, fragment.position() + fragment.length())
                if lo >= hi:
                    continue
                text = fragment.text()[lo - fragment.position() : hi - fragment.position()]
                if text.strip():
                    seen = True
                    if not has(fragment.charFormat()):
                        return False
            block = block.next()
        return seen

    # --- lists ----------------------------------------------------------------------------

    def toggle_list(self, ordered: bool) -> None:
        """Make the paragraphs a list (joining one right above), another kind of list, or no list."""
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and (current.format().style() in ORDERED_STYLES) == ordered:
            for block in self._selected_blocks():
                listed = block.textList()
                if listed is not None:
                    listed.remove(block)
                    fmt = block.blockFormat()
                    fmt.setIndent(0)
                    fmt.setBottomMargin(PARAGRAPH_SPACING)
                    QTextCursor(block).setBlockFormat(fmt)
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(QTextListFormat.Style.ListDecimal if ordered else _BULLETS[(fmt.indent() - 1) % 3])
            current.setFormat(fmt)
        else:
            above = self._selected_blocks()[0].previous()
            joined = above.textList() if above.isValid() else None
            if (
                joined is not None
                and joined.format().indent() == 1
                and (joined.format().style() in ORDERED_STYLES) == ordered
            ):
                for block in self._selected_blocks():
                    joined.add(block)
                    _no_bottom_margin(block)
            else:
                fmt = QTextListFormat()
                fmt.setStyle(QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc)
                fmt.setIndent(1)
                cursor.createList(fmt)
                for block in self._selected_blocks():
                    _no_bottom_margin(block)
        cursor.endEditBlock()

    def change_list_depth(self, step: int) -> None:
        """Nest the selected list items one level deeper (``step`` 1) or less deep (-1)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in self._selected_blocks():
            listed = block.textList()
            if listed is None:
                continue
            fmt = listed.format()
            depth = fmt.indent() + step
            if depth < 1:
                listed.remove(block)
                block_format = block.blockFormat()
                block_format.setIndent(0)
                block_format.setBottomMargin(PARAGRAPH_SPACING)
                QTextCursor(block).setBlockFormat(block_format)
                continue
            target = _list_above(block, depth)
            if target is not None:
                target.add(block)
                continue
            new = QTextListFormat(fmt)
            new.setIndent(depth)
            if new.style() not in ORDERED_STYLES:
                new.setStyle(_BULLETS[(depth - 1) % 3])
            new.setStart(1)
            QTextCursor(block).createList(new)
        cursor.endEditBlock()

    def _selected_blocks(self) -> list[QTextBlock]:
        cursor = self.textCursor()
        block = self.document().findBlock(cursor.selectionStart())
        last = self.document().findBlock(cursor.selectionEnd())
        blocks = [block]
        while block != last and block.isValid():
            block = block.next()
            blocks.append(block)
        return blocks

    # --- links ----------------------------------------------------------------------------

    def link_range(self) -> QTextCursor:
        """Return a cursor selecting the selection, or the whole link the cursor stands in."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return cursor
        position = cursor.position()
        segments: list[list[Any]] = []  # [start, end, address] of each stretch of one link
        it = cursor.block().begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            href = link_of(fragment.charFormat())
            lo, hi = fragment.position(), fragment.position() + fragment.length()
            if segments and segments[-1][2] == href and segments[-1][1] == lo:
                segments[-1][1] = hi
            else:
                segments.append([lo, hi, href])
        for lo, hi, href in segments:
            if href and lo <= position <= hi:
                found = QTextCursor(self.document())
                found.setPosition(lo)
                found.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
                return found
        return cursor

    def set_link(self, url: str) -> None:
        """Link the selection (or the link at the cursor) to ``url``; an empty ``url`` removes the link."""
        cursor = self.link_range()
        cursor.beginEditBlock()
        if not cursor.hasSelection():
            if url:
                run = Run(url, link=url)
                cursor.insertFragment(blocks_fragment([Paragraph(nest_runs([run]))]))
                self.setTextCursor(cursor)
        else:
            _each_fragment(cursor, lambda fmt: _linked(fmt, url) if url else plain_format(fmt))
            end = QTextCursor(cursor)
            end.setPosition(cursor.selectionEnd())
            self.setTextCursor(end)
        cursor.endEditBlock()
        self.setCurrentCharFormat(plain_format(self.currentCharFormat()))

    # --- paste and copy -------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Accept our own format, HTML and text."""
        return source.hasFormat(MARKDOWN_MIME) or source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Insert what a body can hold of the clipboard, looking as it will be saved."""
        if source.hasFormat(MARKDOWN_MIME):
            blocks: list[Block] = parse_markdown(bytes(source.data(MARKDOWN_MIME).data()).decode("utf-8"))
        elif source.hasHtml():
            blocks = html_blocks(source.html())
            if not blocks and source.hasText():
                blocks = text_blocks(source.text())
        elif source.hasText():
            self._insert_text(source.text())
            return
        else:
            return
        self.insert_blocks(blocks)

    def insert_blocks(self, blocks: list[Block]) -> None:
        """Insert ``blocks`` at the cursor (in a heading or table cell: as one line)."""
        cursor = self.textCursor()
        if cursor.currentTable() is not None or cursor.blockFormat().headingLevel():
            runs: list[Run] = []
            for block in blocks:
                if isinstance(block, Paragraph | Heading):
                    if runs:
                        runs.append(Run(" "))
                    runs.extend(Run(" ") if isinstance(r.piece, LineBreak) else r for r in inline_runs(block.children))
            blocks = [Paragraph(nest_runs(runs))]
        cursor.beginEditBlock()
        cursor.insertFragment(blocks_fragment(blocks))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _insert_text(self, text: str) -> None:
        clean = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
        clean = "".join(char for char in clean if char in "\n\t" or (char >= " " and char not in "\x7f\ufeff\ufffc"))
        cursor = self.textCursor()
        if cursor.currentTable() is not None or cursor.blockFormat().headingLevel():
            clean = " ".join(clean.split("\n"))
        cursor.insertText(clean, plain_format(self.currentCharFormat()) if "\n" in clean else self.currentCharFormat())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the selection as HTML and text for other programs, and as Markdown for bodies."""
        # Qt's own clipboard data lists a fixed set of formats: its content goes into a plain one.
        qt_data = super().createMimeDataFromSelection()
        data = QMimeData()
        for kind in qt_data.formats():
            data.setData(kind, qt_data.data(kind))
        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(self.textCursor().selection())
        data.setData(MARKDOWN_MIME, document_markdown(scratch).encode("utf-8"))
        data.setText(self.textCursor().selectedText().replace("\u2029", "\n").replace(LINE_SEPARATOR, "\n"))
        return data


def _formats_around(cursor: QTextCursor) -> tuple[QTextCharFormat | None, QTextCharFormat | None]:
    """Return the formats of the characters before and after ``cursor`` in its block (None at an end)."""
    before = None if cursor.atBlockStart() else cursor.charFormat()
    after = None
    if not cursor.atBlockEnd():
        probe = QTextCursor(cursor)
        probe.movePosition(QTextCursor.MoveOperation.NextCharacter)
        after = probe.charFormat()
    return before, after


def _each_fragment(cursor: QTextCursor, change: Callable[[QTextCharFormat], QTextCharFormat]) -> None:
    """Give every piece of the selection the format ``change`` makes of its own."""
    doc = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    pieces: list[tuple[int, int, QTextCharFormat]] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            lo, hi = max(start, fragment.position()), min(end, fragment.position() + fragment.length())
            if lo < hi:
                pieces.append((lo, hi, change(fragment.charFormat())))
        block = block.next()
    for lo, hi, fmt in pieces:
        piece = QTextCursor(doc)
        piece.setPosition(lo)
        piece.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        piece.setCharFormat(fmt)


def _linked(fmt: QTextCharFormat, url: str) -> QTextCharFormat:
    linked = plain_format(fmt)
    linked.merge(char_format(Run("", link=url)))
    return linked


def _no_bottom_margin(block: QTextBlock) -> None:
    fmt = block.blockFormat()
    fmt.setBottomMargin(0)
    QTextCursor(block).setBlockFormat(fmt)


def _list_above(block: QTextBlock, depth: int) -> Any:
    """Return the list at ``depth`` that the items above ``block`` belong to, if it goes on here."""
    above = block.previous()
    while above.isValid():
        listed = above.textList()
        if listed is None:
            return None
        indent = listed.format().indent()
        if indent == depth:
            return listed
        if indent < depth:
            return None
        above = above.previous()
    return None
