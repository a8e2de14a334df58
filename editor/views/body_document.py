"""The body editor's document: the project's Markdown tree into a ``QTextDocument`` and back.

Qt's own ``setMarkdown()``/``toMarkdown()`` change what users typed (they re-wrap lines,
drop Shift+Enter breaks, read a typed ``_a_b_`` as italics, lose blanks at the edge of
bold text). Bodies therefore go through the tree the wiki and Word exporters read
(:mod:`exports.markdown_ast`):

- loading turns the tree into the editor's lines (:func:`flatten_blocks`) and each line
  into a ``QTextBlock`` whose characters carry the formats;
- saving reads every block back into a line (:func:`document_lines`), builds the tree
  (:func:`build_blocks`) and writes canonical Markdown with our writer.

How a line looks in the document:

- a paragraph, heading (``headingLevel``) or rule (``BlockTrailingHorizontalRulerWidth``)
  is one block; a code block is one block per line, its lines marked with the same
  :data:`CODE_GROUP`;
- list items are blocks in a ``QTextList`` (indent = nesting depth); further paragraphs
  of an item are blocks outside the list with the item's indent;
- a quote level is the block's ``BlockQuoteLevel``;
- bold is a weight of 700 or more, italic the italic flag, a link an anchor with its
  address, inline code the :data:`CODE_SPAN` property, a line break U+2028
  (what Shift+Enter types), an image an image format named by its address;
- a table is a ``QTextTable`` whose first row is the header.

Fonts, sizes and colours only show these things; reading ignores them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTable,
    QTextTableFormat,
)

from exports.markdown_ast import (
    Block,
    Code,
    CodeBlock,
    Heading,
    Image,
    Inline,
    Leaf,
    Line,
    LineBreak,
    ListLevel,
    Paragraph,
    Run,
    Table,
    ThematicBreak,
    build_blocks,
    flatten_blocks,
    inline_runs,
    nest_runs,
    parse_markdown,
    write_markdown,
)

CODE_SPAN = int(QTextFormat.Property.UserProperty) + 1
"""Character property: the character belongs to inline code."""
CODE_GROUP = int(QTextFormat.Property.UserProperty) + 2
"""Block property: the number of the code block this code line belongs to."""

LINE_SEPARATOR = "\u2028"
"""What Shift+Enter types into a block: a line break inside the paragraph."""
OBJECT = "\ufffc"
"""The character an image stands on."""

QUOTE_MARGIN = 24
PARAGRAPH_SPACING = 6
_QUOTE = QTextFormat.Property.BlockQuoteLevel
_RULE = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
_FENCE = QTextFormat.Property.BlockCodeFence
_ALT = QTextFormat.Property.ImageAltText
_SIZE = QTextFormat.Property.FontSizeAdjustment
ORDERED_STYLES = (
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
)
"""List styles that number their items."""
_BOLD = QFont.Weight.Bold.value

# --- formats ------------------------------------------------------------------------------


def _link_colour() -> QColor:
    return QGuiApplication.palette().link().color()


def _code_background() -> QColor:
    return QColor(0, 0, 0, 18)


def char_format(run: Run | None = None, heading: int = 0) -> QTextCharFormat:
    """Return the character format that shows ``run``'s formats (plain text without a run)."""
    fmt = QTextCharFormat()
    if heading:
        fmt.setProperty(_SIZE, max(0, 4 - heading))
    if run is None:
        return fmt
    if run.strong:
        fmt.setFontWeight(_BOLD)
    if run.emphasis:
        fmt.setFontItalic(True)
    if run.link is not None:
        fmt.setAnchor(True)
        fmt.setAnchorHref(run.link)
        fmt.setFontUnderline(True)
        fmt.setForeground(QBrush(_link_colour()))
    if isinstance(run.piece, Code):
        fmt.setProperty(CODE_SPAN, True)
        fmt.setFontFixedPitch(True)
        fmt.setFontFamilies(["monospace"])
        fmt.setBackground(QBrush(_code_background()))
    return fmt


def plain_format(fmt: QTextCharFormat) -> QTextCharFormat:
    """Return ``fmt`` without link and code: what typing right after a link or code span goes on with."""
    plain = QTextCharFormat(fmt)
    for prop in (
        QTextFormat.Property.IsAnchor,
        QTextFormat.Property.AnchorHref,
        QTextFormat.Property.AnchorName,
        QTextFormat.Property.TextUnderlineStyle,
        QTextFormat.Property.FontUnderline,
        QTextFormat.Property.ForegroundBrush,
        QTextFormat.Property.BackgroundBrush,
        QTextFormat.Property.FontFixedPitch,
        QTextFormat.Property.FontFamilies,
        CODE_SPAN,
    ):
        plain.clearProperty(prop)
    return plain


def is_bold(fmt: QTextCharFormat) -> bool:
    """Return whether ``fmt`` is bold as saved (a weight of 700 or more)."""
    return fmt.fontWeight() >= _BOLD


def link_of(fmt: QTextCharFormat) -> str | None:
    """Return the address ``fmt`` links to, or None."""
    return fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None


def is_code(fmt: QTextCharFormat) -> bool:
    """Return whether ``fmt`` marks inline code."""
    return bool(fmt.property(CODE_SPAN))


def _block_format(line: Line, leaf: Leaf, group: int = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    if line.quote:
        fmt.setProperty(_QUOTE, line.quote)
        fmt.setLeftMargin(QUOTE_MARGIN * line.quote)
    if line.lists and not line.item:
        fmt.setIndent(len(line.lists))
    if isinstance(leaf, Heading):
        fmt.setHeadingLevel(leaf.level)
        fmt.setTopMargin(PARAGRAPH_SPACING * 2)
        fmt.setBottomMargin(PARAGRAPH_SPACING)
    elif isinstance(leaf, CodeBlock):
        fmt.setProperty(CODE_GROUP, group)
        fmt.setProperty(_FENCE, "`")
        fmt.setNonBreakableLines(True)
        fmt.setBackground(QBrush(_code_background()))
    elif isinstance(leaf, ThematicBreak):
        fmt.setProperty(_RULE, QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setBottomMargin(PARAGRAPH_SPACING)
    elif not line.lists:
        fmt.setBottomMargin(PARAGRAPH_SPACING)
    return fmt


# --- loading ------------------------------------------------------------------------------


def load_markdown(doc: QTextDocument, text: str) -> None:
    """Replace the content of ``doc`` by the Markdown ``text`` (without an undo step)."""
    load_blocks(doc, parse_markdown(text))


def load_blocks(doc: QTextDocument, blocks: Iterable[Block]) -> None:
    """Replace the content of ``doc`` by ``blocks`` (without an undo step)."""
    undo = doc.isUndoRedoEnabled()
    doc.setUndoRedoEnabled(False)
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # one change: Qt lays out and spell-checks each paragraph once, not per piece
    _write_lines(cursor, flatten_blocks(list(blocks)), fresh=True)
    cursor.endEditBlock()
    doc.setUndoRedoEnabled(undo)


def blocks_fragment(blocks: Iterable[Block]) -> QTextDocumentFragment:
    """Return ``blocks`` as a fragment to insert at a cursor (what a paste inserts)."""
    scratch = QTextDocument()
    _write_lines(QTextCursor(scratch), flatten_blocks(list(blocks)), fresh=True)
    return QTextDocumentFragment(scratch)


def _write_lines(cursor: QTextCursor, lines: list[Line], fresh: bool) -> None:
    """Write ``lines`` from ``cursor`` on; ``fresh``: the cursor's block is empty and unused."""
    lists: dict[int, QTextList] = {}
    group = 0
    for line in lines:
        leaf = line.block
        if isinstance(leaf, Table):
            if not fresh:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            _write_table(cursor, leaf)
            fresh = True
            continue
        code_lines = leaf.text.split("\n") if isinstance(leaf, CodeBlock) else [""]
        group += 1
        for n, code_line in enumerate(code_lines):
            part = line if n == 0 else Line(leaf, line.quote, line.lists, item=False)
            block_format = _block_format(part, leaf, group)
            heading = leaf.level if isinstance(leaf, Heading) else 0
            if fresh:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format(heading=heading))
                fresh = False
            else:
                cursor.insertBlock(block_format, char_format(heading=heading))
            if part.item:
                _join_list(cursor, part.lists, lists)
            if isinstance(leaf, CodeBlock):
                cursor.insertText(code_line, _code_line_format())
            elif isinstance(leaf, Paragraph | Heading):
                _write_inlines(cursor, leaf.children, heading)


def _code_line_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFixedPitch(True)
    fmt.setFontFamilies(["monospace"])
    return fmt


def _join_list(cursor: QTextCursor, levels: tuple[ListLevel, ...], lists: dict[int, QTextList]) -> None:
    level = levels[-1]
    existing = lists.get(level.key)
    if existing is not None:
        existing.add(cursor.block())
        return
    fmt = QTextListFormat()
    fmt.setStyle(QTextListFormat.Style.ListDecimal if level.ordered else _bullet_style(len(levels)))
    fmt.setIndent(len(levels))
    if level.ordered:
        fmt.setStart(level.number)
    created = cursor.createList(fmt)
    lists[level.key] = created


def _bullet_style(depth: int) -> QTextListFormat.Style:
    styles = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare)
    return styles[(depth - 1) % len(styles)]


def _write_inlines(cursor: QTextCursor, items: tuple[Inline, ...], heading: int = 0) -> None:
    runs = inline_runs(items)
    for n, run in enumerate(runs):
        piece = run.piece
        if isinstance(piece, LineBreak):
            # The break takes the format of what follows it, so that typing at the start of the
            # new line goes on like that line.
            after = next((r for r in runs[n + 1 :] if not isinstance(r.piece, LineBreak)), None)
            cursor.insertText(LINE_SEPARATOR, plain_format(char_format(after, heading)))
        elif isinstance(piece, Image):
            fmt = QTextImageFormat()
            fmt.setName(piece.url)
            fmt.setProperty(_ALT, piece.alt)
            fmt.setToolTip(piece.alt)
            if run.link is not None:
                fmt.setAnchor(True)
                fmt.setAnchorHref(run.link)
            cursor.insertImage(fmt)
        elif isinstance(piece, Code):
            cursor.insertText(piece.text, char_format(run, heading))
        else:
            cursor.insertText(piece.replace(OBJECT, ""), char_format(run, heading))


def _write_table(cursor: QTextCursor, table: Table) -> None:
    rows = (table.header, *table.rows)
    width = max(len(row) for row in rows)
    fmt = QTextTableFormat()
    fmt.setHeaderRowCount(1)
    fmt.setBorder(1)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    fmt.setBottomMargin(PARAGRAPH_SPACING)
    text_table = cursor.insertTable(len(rows), width, fmt)
    for r, row in enumerate(rows):
        for c in range(width):
            cell = text_table.cellAt(r, c)
            if r == 0:
                cell_format = cell.format().toTableCellFormat()
                cell_format.setBackground(QBrush(_code_background()))
                cell.setFormat(cell_format)
            if c < len(row):
                _write_inlines(cell.firstCursorPosition(), row[c])
    cursor.setPosition(text_table.lastPosition() + 1)


# --- saving -------------------------------------------------------------------------------


def block_runs(block: QTextBlock) -> list[Run]:
    """Return the content of ``block`` as runs (a line break is U+2028 inside a text run)."""
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        text = fragment.text()
        link = link_of(fmt)
        if fmt.isImageFormat():
            image = fmt.toImageFormat()
            alt = image.property(_ALT)
            runs.extend(Run(Image(str(alt or ""), image.name()), link=link) for _ in text)
            continue
        text = text.replace(OBJECT, "")
        if not text:
            continue
        piece = Code(text) if is_code(fmt) else text
        runs.append(Run(piece, is_bold(fmt), fmt.fontItalic(), link))
    return runs


def document_lines(doc: QTextDocument) -> list[Line]:
    """Return the editor's lines of ``doc`` (see the module docstring for how they look)."""
    lines: list[Line] = []
    groups: list[int] = []  # the code group of each line (0: not code)
    stack: list[tuple[int, ListLevel]] = []  # open lists: indent and level
    quote = 0
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            found = _read_table(doc, table)
            if found is not None:
                lines.append(Line(found))
                groups.append(0)
            stack.clear()
            last = table.lastPosition()
            while block.isValid() and block.position() <= last:
                block = block.next()
            continue
        fmt = block.blockFormat()
        level = int(fmt.property(_QUOTE) or 0)
        if level != quote:
            stack.clear()
            quote = level
        text_list = block.textList()
        if text_list is not None:
            list_format = text_list.format()
            indent = max(1, list_format.indent())
            key = text_list.objectIndex()
            while stack and (stack[-1][0] > indent or (stack[-1][0] == indent and stack[-1][1].key != key)):
                stack.pop()
            if stack and stack[-1][0] == indent:
                stack.pop()
            number = list_format.start() + text_list.itemNumber(block)
            stack.append((indent, ListLevel(key, list_format.style() in ORDERED_STYLES, number)))
            item = True
        else:
            indent = fmt.indent()
            while stack and stack[-1][0] > indent:
                stack.pop()
            item = False
        lists = tuple(level for _, level in stack)
        group = int(fmt.property(CODE_GROUP) or 0) if fmt.hasProperty(CODE_GROUP) else 0
        for leaf in _leaves(block, fmt):
            previous = lines[-1] if lines else None
            if (
                isinstance(leaf, CodeBlock)
                and previous is not None
                and isinstance(previous.block, CodeBlock)
                and groups[-1] == group
                and not item
                and previous.quote == quote
                and previous.lists == lists
            ):
                # The next line of the same code block.
                lines[-1] = replace(previous, block=CodeBlock(previous.block.text + "\n" + leaf.text))
            else:
                lines.append(Line(leaf, quote, lists, item))
                groups.append(group if isinstance(leaf, CodeBlock) else 0)
            item = False
        block = block.next()
    return lines


def _leaves(block: QTextBlock, fmt: QTextBlockFormat) -> list[Leaf]:
    """Return what one block holds: usually one leaf; text typed into a rule's block comes before it."""
    if fmt.hasProperty(CODE_GROUP):
        return [CodeBlock(block.text().replace(LINE_SEPARATOR, "\n").replace(OBJECT, ""))]
    runs = block_runs(block)
    inlines = nest_runs(runs)
    leaves: list[Leaf] = []
    if fmt.headingLevel() > 0:
        leaves.append(Heading(fmt.headingLevel(), inlines))
    elif runs or not fmt.hasProperty(_RULE):
        leaves.append(Paragraph(inlines))
    if fmt.hasProperty(_RULE):
        leaves.append(ThematicBreak())
    return leaves


def _read_table(doc: QTextDocument, table: QTextTable) -> Table | None:
    rows: list[tuple[tuple[Inline, ...], ...]] = []
    for r in range(table.rows()):
        row: list[tuple[Inline, ...]] = []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            if cell.row() != r or cell.column() != c:
                row.append(())  # covered by a merged cell
                continue
            runs: list[Run] = []
            block = doc.findBlock(cell.firstPosition())
            while block.isValid() and block.position() <= cell.lastPosition():
                if runs:
                    runs.append(Run(" "))
                runs.extend(block_runs(block))
                block = block.next()
            row.append(nest_runs(runs))
        rows.append(tuple(row))
    if not rows or not table.columns():
        return None
    return Table(rows[0], tuple(rows[1:]))


def document_blocks(doc: QTextDocument) -> tuple[Block, ...]:
    """Return the tree of ``doc`` as the editor holds it (before canonical form)."""
    return build_blocks(document_lines(doc))


def document_markdown(doc: QTextDocument) -> str:
    """Return the canonical Markdown of ``doc``: what the body editor saves."""
    return write_markdown(document_blocks(doc))
