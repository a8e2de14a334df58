"""What a paste keeps of clipboard HTML, and how: tags and classes skipped, Word's list markers, CSS, blanks.

The rules behind :mod:`editor.views.body_paste`'s reader. No Qt here: tested on plain strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]

from exports.markdown_ast import (
    Heading,
    Line,
    LineBreak,
    Paragraph,
    Run,
    Table,
    inline_runs,
    nest_runs,
)

SKIPPED_TAGS = frozenset(
    {
        "head",
        "title",
        "meta",
        "link",
        "style",
        "script",
        "noscript",
        "template",
        "img",
        "picture",
        "svg",
        "math",
        "object",
        "embed",
        "iframe",
        "video",
        "audio",
        "canvas",
        "map",
        "area",
        "button",
        "input",
        "select",
        "textarea",
        "xml",
    }
)
SKIPPED_CLASSES = frozenset(
    {
        "mw-editsection",  # MediaWiki's "[Bearbeiten | Quelltext bearbeiten]"
        "mw-jump-link",
        "toc",
        "mw-cite-backlink",
        "MsoCommentReference",  # Word's comment marks and the comment list
        "msocomanchor",
        "msocomoff",
        "msocomtxt",
    }
)
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "address",
        "center",
        "body",
        "html",
        "form",
        "fieldset",
        "legend",
        "details",
        "summary",
        "dl",
        "dt",
        "dd",
        "caption",
    }
)
CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})
HEADINGS = {f"h{n}": n for n in range(1, 7)}
BLANKS = re.compile(r"[ \t\n\r\f]+")
INVISIBLE = re.compile("[\u200b\ufeff\u00ad\x00-\x08\x0b\x0e-\x1f\x7f]")
WORD_LIST = re.compile(r"mso-list\s*:\s*l(\d+)\s+level(\d+)\s+lfo(\d+)", re.IGNORECASE)
CONDITIONAL = re.compile(r"<!\[(?:if[^\]]*|endif)\]>", re.IGNORECASE)
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
NUMBER_MARKER = re.compile(r"^\(?(\d{1,9})[.)]?$|^\(?([a-zA-Z])[.)]$|^\(?([ivxlcdmIVXLCDM]+)[.)]$")


@dataclass(frozen=True, slots=True)
class Style:
    """The inline formats in force: bold, italic, link, code."""

    strong: bool = False
    emphasis: bool = False
    link: str | None = None
    code: bool = False


def is_skipped(element: etree._Element, tag: str) -> bool:  # pyright: ignore[reportPrivateUsage]
    """Return whether ``element`` and what it holds are left out of a paste (the text after it stays)."""
    if tag in SKIPPED_TAGS or (":" in tag and tag.split(":")[0] in ("v", "w", "m")):
        return True
    if set((element.get("class") or "").split()) & SKIPPED_CLASSES or element.get("id") == "toc":
        return True
    css = css_of(element.get("style") or "")
    if "ignore" in css.get("mso-list", "").lower() or css.get("mso-element", "").startswith("comment"):
        return True  # Word's list numbers with their padding, and its comments
    return css.get("display", "").strip().lower() == "none"


def table_rows(table: etree._Element) -> list[list[etree._Element]]:  # pyright: ignore[reportPrivateUsage]
    """Return the cells of each row of ``table`` (rows of nested tables excluded)."""
    rows: list[list[etree._Element]] = []  # pyright: ignore[reportPrivateUsage]
    for child in table:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag in ("thead", "tbody", "tfoot"):
            rows.extend(table_rows(child))
        elif tag == "tr":
            rows.append([cell for cell in child if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")])
    return rows


def word_marker(element: etree._Element) -> str:  # pyright: ignore[reportPrivateUsage]
    """Return the bullet or number Word wrote in the paragraph's ``mso-list:Ignore`` span."""
    for node in element.iter():
        if isinstance(node.tag, str) and "ignore" in css_of(node.get("style") or "").get("mso-list", "").lower():
            return node.text_content().replace("\xa0", " ").strip()
    return ""


def marker_number(marker: str) -> int | None:
    """Return the number a list marker stands for ("3." 3, "b)" 2, "iv." 4), None for a bullet."""
    match = NUMBER_MARKER.match(marker)
    if match is None:
        return None
    if match.group(1):
        return int(match.group(1))
    letter = match.group(2)
    if letter and letter.lower() != "i":
        return ord(letter.lower()) - ord("a") + 1  # "i" alone starts a roman list, other letters count
    roman = (letter or match.group(3)).lower()
    total = 0
    for n, char in enumerate(roman):
        value = ROMAN[char]
        following = ROMAN[roman[n + 1]] if n + 1 < len(roman) else 0
        total += -value if value < following else value
    return total if total > 0 else None


def css_of(style: str) -> dict[str, str]:
    """Return the declarations of a ``style`` attribute (property names lower case)."""
    found: dict[str, str] = {}
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            found[name.strip().lower()] = value.strip()
    return found


def int_of(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def inline_style(tag: str, css: dict[str, str], element: etree._Element, style: Style) -> Style:  # pyright: ignore[reportPrivateUsage]
    """Return the formats inside an inline element: its tag, then its style attribute."""
    strong, emphasis, link, code = style.strong, style.emphasis, style.link, style.code
    if tag in ("b", "strong"):
        strong = True
    elif tag in ("i", "em", "cite", "dfn", "var"):
        emphasis = True
    elif tag in CODE_TAGS:
        code = True
    elif tag == "a":
        href = (element.get("href") or "").strip()
        if href and keeps_link(href):
            link = href
    weight = css.get("font-weight", "").lower()
    if weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 600):
        strong = True
    elif weight in ("normal", "lighter") or (weight.isdigit() and int(weight) < 600):
        strong = False  # Google Docs wraps everything in <b style="font-weight:normal">
    font_style = css.get("font-style", "").lower()
    if font_style in ("italic", "oblique"):
        emphasis = True
    elif font_style == "normal":
        emphasis = False
    return Style(strong, emphasis, link, code)


def keeps_link(href: str) -> bool:
    """Return whether a pasted link is kept: not a script, a jump inside the page or a wiki's edit link."""
    lowered = href.lower()
    if lowered.startswith(("javascript:", "#", "data:", "file:")):
        return False
    return "action=edit" not in lowered and "veaction=edit" not in lowered


# --- tidying --------------------------------------------------------------------------------

_PADDING = re.compile("[ \u00a0]{2,}")


def tidy_lines(lines: list[Line]) -> list[Line]:
    """Return lines with HTML's blank rules applied and padding dropped; headings start at level 1."""
    out: list[Line] = []
    for line in lines:
        block = line.block
        if isinstance(block, Paragraph | Heading):
            runs = tidy_blanks(inline_runs(block.children))
            inlines = nest_runs(runs)
            if not runs and not line.item:
                continue  # an empty paragraph (Word's <p>&nbsp;</p>) shows nothing
            block = Heading(block.level, inlines) if isinstance(block, Heading) else Paragraph(inlines)
            line = Line(block, line.quote, line.lists, line.item)
        elif isinstance(block, Table):
            cells = lambda row: tuple(nest_runs(tidy_blanks(inline_runs(cell))) for cell in row)  # noqa: E731
            line = Line(Table(cells(block.header), tuple(cells(row) for row in block.rows)))
        out.append(line)
    levels = [line.block.level for line in out if isinstance(line.block, Heading)]
    if levels and min(levels) > 1:
        shift = min(levels) - 1
        out = [
            Line(Heading(line.block.level - shift, line.block.children), line.quote, line.lists, line.item)
            if isinstance(line.block, Heading)
            else line
            for line in out
        ]
    return out


def tidy_blanks(runs: list[Run]) -> list[Run]:
    """Collapse blanks as a browser shows them and drop non-breaking padding at the ends of lines."""
    out: list[Run] = []
    previous_blank = True  # at the start of a line
    for run in runs:
        piece = run.piece
        if isinstance(piece, LineBreak):
            trim_end(out)
            out.append(run)
            previous_blank = True
            continue
        if not isinstance(piece, str):
            out.append(run)
            previous_blank = False
            continue
        text = _PADDING.sub(" ", piece)
        if previous_blank:
            text = text.lstrip(" \u00a0")
        if text:
            out.append(Run(text, run.strong, run.emphasis, run.link))
            previous_blank = text[-1] in " \u00a0"
    trim_end(out)
    return out


def trim_end(runs: list[Run]) -> None:
    while runs and isinstance(runs[-1].piece, str):
        text = runs[-1].piece.rstrip(" \u00a0")
        if text:
            runs[-1] = Run(text, runs[-1].strong, runs[-1].emphasis, runs[-1].link)
            return
        runs.pop()
