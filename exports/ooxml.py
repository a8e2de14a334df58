"""The raw WordprocessingML that python-docx has no API for, in one small module.

Everything here works on python-docx's lxml elements. The order of child elements
matters to Word (it reports an unreadable file otherwise), so every helper that adds
a child puts it where the schema wants it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.part import Part
from docx.oxml.ns import qn as _docx_qn
from lxml import etree  # pyright: ignore[reportAttributeAccessIssue, reportUnknownVariableType, reportUnusedImport, reportMissingTypeStubs]

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_NSMAP = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}

qn = functools.cache(_docx_qn)
"""python-docx's ``qn`` ("w:p" → Clark notation), cached: it is called for every element."""

# w:rPr children in schema order; w:lang must come before the ones after it.
RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]

# w:settings children that must follow w:updateFields.
_AFTER_UPDATE_FIELDS = frozenset(
    [
        "hdrShapeDefaults",
        "footnotePr",
        "endnotePr",
        "compat",
        "docVars",
        "rsids",
        "mathPr",
        "attachedSchema",
        "themeFontLang",
        "clrSchemeMapping",
        "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures",
        "forceUpgrade",
        "captions",
        "readModeInkLockDown",
        "smartTagType",
        "schemaLibrary",
        "shapeDefaults",
        "doNotEmbedSmartTags",
        "decimalSymbol",
        "listSeparator",
    ]
)

# w:pPr children in schema order (numPr sits between keepLines… and the spacing ones).
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


class XmlElement(Protocol):
    """The part of lxml's element API we use (lxml ships no type information)."""

    @property
    def tag(self) -> object: ...  # a str, or a function for comments

    text: str | None

    def get(self, key: str, default: str | None = None) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...
    def find(self, path: str) -> XmlElement | None: ...
    def findall(self, path: str) -> list[XmlElement]: ...
    def iter(self, *tags: str) -> Iterator[XmlElement]: ...
    def append(self, element: XmlElement) -> None: ...
    def insert(self, index: int, element: XmlElement) -> None: ...
    def remove(self, element: XmlElement) -> None: ...
    def addnext(self, element: XmlElement) -> None: ...
    def addprevious(self, element: XmlElement) -> None: ...
    def getparent(self) -> XmlElement | None: ...
    def __iter__(self) -> Iterator[XmlElement]: ...
    def __len__(self) -> int: ...


Element = XmlElement


def element(obj: object) -> XmlElement:
    """Return a python-docx oxml object (``CT_P``, ``CT_Body`` …) as a typed element."""
    return cast(XmlElement, obj)


def sub(parent: XmlElement, tag: str) -> XmlElement:
    """Append a new child with Clark-notation ``tag`` (``qn("w:p")``) and return it."""
    return cast(XmlElement, etree.SubElement(cast(Any, parent), tag))  # pyright: ignore[reportUnknownMemberType]


BUILD_ROOT = "strategie-editor-body"
"""Tag of the detached, namespace-free container a long body is built in (see :func:`build_root`)."""


def build_root() -> XmlElement:
    """Return an empty container to build a document body in, apart from python-docx's tree.

    Elements built under python-docx's parser get its custom element classes, which costs
    twice as much per element, so the exporter builds in a plain lxml tree and moves the
    result over at the end (:func:`move_children`). The container itself declares no
    namespace: every block appended to it (:func:`new_paragraph`, :func:`add_table`)
    declares ``w`` and ``r`` on itself, which is what makes that move linear.
    """
    return cast(XmlElement, etree.Element(BUILD_ROOT))  # pyright: ignore[reportUnknownMemberType]


def _block(parent: XmlElement, tag: str) -> XmlElement:
    """Append a block-level element; directly below :func:`build_root` it declares its namespaces."""
    if parent.tag == BUILD_ROOT:
        return cast(XmlElement, etree.SubElement(cast(Any, parent), tag, nsmap=_NSMAP))  # pyright: ignore[reportUnknownMemberType]
    return sub(parent, tag)


_PRESERVED: Any = etree.XPath(  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
    "//w:t[@xml:space]", namespaces={"w": _NSMAP["w"]}
)


def move_children(source: XmlElement, target: XmlElement) -> None:
    """Append every child of ``source`` (a :func:`build_root`) to ``target`` in another tree, in linear time.

    lxml adapts the namespaces of every moved node. It remembers the mapping for a
    namespace declared on a moved element, but for any other namespace its cache grows
    by one entry per node and is searched linearly: moving a table of 100,000 cells
    took minutes. Blocks built by :func:`_block` declare ``w`` and ``r`` themselves;
    the ``xml:space`` attributes (the XML namespace is declared nowhere) are taken off
    before the move and put back after it.
    """
    preserved = cast(list[XmlElement], _PRESERVED(source))
    for t in preserved:
        del cast(Any, t).attrib[XML_SPACE]
    for child in list(source):
        target.append(child)
    for t in preserved:
        t.set(XML_SPACE, "preserve")


def w(tag: str, **attrs: str) -> XmlElement:
    """Return a new ``w:`` element with ``w:`` attributes (``w("jc", val="center")``)."""
    # A plain lxml element: python-docx's custom classes (as OxmlElement makes) cost twice
    # as much, and lxml gives python-docx its classes again once the node is in its tree.
    new = cast(XmlElement, etree.Element(qn(f"w:{tag}"), nsmap=_NSMAP))  # pyright: ignore[reportUnknownMemberType]
    for name, value in attrs.items():
        new.set(qn(f"w:{name}"), value)
    return new


def _local(node: XmlElement) -> str:
    tag = node.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def insert_in_order(parent: Element, child: Element, order: Sequence[str]) -> Element:
    """Insert ``child`` into ``parent`` before the first sibling that the schema puts after it."""
    name = _local(child)
    later = set(order[order.index(name) + 1 :]) if name in order else set[str]()
    for index, sibling in enumerate(parent):
        if _local(sibling) in later:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def _child(parent: Element, tag: str, order: Sequence[str]) -> Element:
    found = parent.find(qn(f"w:{tag}"))
    return found if found is not None else insert_in_order(parent, w(tag), order)


# --- language -------------------------------------------------------------------------


def set_document_language(styles: Element, lang: str = "de-DE") -> None:
    """Set the language of the document defaults (``w:docDefaults/w:rPrDefault/w:rPr/w:lang``)."""
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        doc_defaults = w("docDefaults")
        styles.insert(0, doc_defaults)
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = w("rPrDefault")
        doc_defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = w("rPr")
        rpr_default.append(rpr)
    lang_el = _child(rpr, "lang", RPR_ORDER)
    lang_el.set(qn("w:val"), lang)


def document_language(styles: Element) -> str | None:
    """Return the language of the document defaults, or ``None`` if none is set."""
    found = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    return None if found is None else found.get(qn("w:val"))


# --- runs, hyperlinks, fields, bookmarks -------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunFormat:
    """Direct character formatting of a run; ``style_id`` names a character style."""

    bold: bool = False
    italic: bool = False
    monospace: bool = False
    style_id: str = ""
    color: str = ""
    underline: bool = False
    position: int = 0
    """Raise (positive) or lower the text, in half points (text beside an inline icon)."""


PLAIN = RunFormat()


def run_properties(fmt: RunFormat) -> Element | None:
    """Return the ``w:rPr`` for ``fmt``, or ``None`` for plain text."""
    if fmt == PLAIN:
        return None
    rpr = w("rPr")
    if fmt.style_id:
        rpr.append(w("rStyle", val=fmt.style_id))
    if fmt.monospace:
        rpr.append(w("rFonts", ascii="Consolas", hAnsi="Consolas", cs="Consolas"))
    if fmt.bold:
        rpr.append(w("b"))
    if fmt.italic:
        rpr.append(w("i"))
    if fmt.color:
        rpr.append(w("color", val=fmt.color))
    if fmt.position:
        rpr.append(w("position", val=str(fmt.position)))
    if fmt.underline:
        rpr.append(w("u", val="single"))
    return rpr


def add_run(parent: Element, text: str, fmt: RunFormat = PLAIN) -> Element:
    """Append a run with ``text`` to a paragraph or hyperlink; line breaks become ``w:br``."""
    run = sub(parent, qn("w:r"))
    rpr = run_properties(fmt)
    if rpr is not None:
        run.append(rpr)
    for index, line in enumerate(text.split("\n")):
        if index:
            sub(run, qn("w:br"))
        if line:
            t = sub(run, qn("w:t"))
            t.text = line
            if line[0] == " " or line[-1] == " ":
                t.set(XML_SPACE, "preserve")
    return run


class HyperlinkTargets:
    """The external hyperlink relationships of one part, looked up by URL in a dict.

    python-docx's ``relate_to`` searches all relationships for every link and numbers
    new ones by scanning again; on a long document that is quadratic.
    """

    def __init__(self, part: Part) -> None:
        self._rels = part.rels
        self._ids: dict[str, str] = {
            rel.target_ref: r_id for r_id, rel in part.rels.items() if rel.is_external and rel.reltype == RT.HYPERLINK
        }
        self._counter = 0

    def r_id(self, url: str) -> str:
        """Return the relationship id for ``url``, adding the relationship once."""
        found = self._ids.get(url)
        if found is None:
            self._counter += 1
            found = f"rIdLink{self._counter}"
            while found in self._rels:
                self._counter += 1
                found = f"rIdLink{self._counter}"
            self._rels.add_relationship(RT.HYPERLINK, url, found, is_external=True)
            self._ids[url] = found
        return found


def add_hyperlink(
    paragraph: Element, targets: HyperlinkTargets, url: str, text: str, fmt: RunFormat = PLAIN
) -> Element:
    """Append an external hyperlink to ``url`` showing ``text``; returns the ``w:hyperlink``."""
    link = sub(paragraph, qn("w:hyperlink"))
    link.set(qn("r:id"), targets.r_id(url))
    link.set(qn("w:history"), "1")
    if text:
        add_run(link, text, fmt)
    return link


def add_anchor_link(paragraph: Element, anchor: str) -> Element:
    """Append an internal hyperlink to bookmark ``anchor`` (runs go inside the result)."""
    link = sub(paragraph, qn("w:hyperlink"))
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    return link


def add_bookmark(paragraph: Element, bookmark_id: int, name: str) -> None:
    """Wrap the paragraph's content in bookmark ``name`` (for TOC and PAGEREF targets)."""
    start = w("bookmarkStart", id=str(bookmark_id), name=name)
    ppr = paragraph.find(qn("w:pPr"))
    paragraph.insert(0 if ppr is None else 1, start)
    paragraph.append(w("bookmarkEnd", id=str(bookmark_id)))


def _field_char(parent: Element, kind: str, dirty: bool = False) -> None:
    run = sub(parent, qn("w:r"))
    char = sub(run, qn("w:fldChar"))
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")


def begin_field(parent: Element, instruction: str, dirty: bool = False) -> None:
    """Append the begin, instruction and separate runs of a complex field."""
    _field_char(parent, "begin", dirty)
    run = sub(parent, qn("w:r"))
    instr = sub(run, qn("w:instrText"))
    instr.set(XML_SPACE, "preserve")
    instr.text = f" {instruction.strip()} "
    _field_char(parent, "separate")


def end_field(parent: Element) -> None:
    """Append the end run of a complex field."""
    _field_char(parent, "end")


def add_field(parent: Element, instruction: str, placeholder: str, fmt: RunFormat = PLAIN, dirty: bool = False) -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``, ``TITLE``, ``TOC …``) showing ``placeholder``."""
    begin_field(parent, instruction, dirty)
    add_run(parent, placeholder, fmt)
    end_field(parent)


def field_instructions(root: Element) -> list[str]:
    """Return the instructions of all complex and simple fields below ``root``, stripped."""
    found: list[str] = []
    for instr in root.iter(qn("w:instrText")):
        found.append((instr.text or "").strip())
    for simple in root.iter(qn("w:fldSimple")):
        found.append((simple.get(qn("w:instr")) or "").strip())
    return found


# --- paragraphs ------------------------------------------------------------------------


def paragraph_properties(paragraph: Element) -> Element:
    """Return the paragraph's ``w:pPr``, creating it as first child if needed."""
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = w("pPr")
        paragraph.insert(0, ppr)
    return ppr


def set_numbering(paragraph: Element, num_id: int, level: int = 0) -> None:
    """Put the paragraph into list ``num_id`` at ``level``; ``num_id`` 0 switches numbering off."""
    num_pr = _child(paragraph_properties(paragraph), "numPr", PPR_ORDER)
    for child in list(num_pr):
        num_pr.remove(child)
    num_pr.append(w("ilvl", val=str(level)))
    num_pr.append(w("numId", val=str(num_id)))


def set_indent(paragraph: Element, left_twips: int) -> None:
    """Indent the paragraph by ``left_twips`` (list continuation lines)."""
    _child(paragraph_properties(paragraph), "ind", PPR_ORDER).set(qn("w:left"), str(left_twips))


def set_page_break_before(paragraph: Element) -> None:
    """Start the paragraph on a new page (instead of an empty paragraph with a break)."""
    _child(paragraph_properties(paragraph), "pageBreakBefore", PPR_ORDER)


def set_keep_next(paragraph: Element) -> None:
    """Keep the paragraph on the same page as the next one."""
    _child(paragraph_properties(paragraph), "keepNext", PPR_ORDER)


def set_hanging_indent(paragraph: Element, left_twips: int, hanging_twips: int) -> None:
    """Indent the paragraph by ``left_twips`` except its first line, which starts ``hanging_twips`` further left."""
    ind = _child(paragraph_properties(paragraph), "ind", PPR_ORDER)
    ind.set(qn("w:left"), str(left_twips))
    ind.set(qn("w:hanging"), str(hanging_twips))


def add_tab_stop(paragraph: Element, position_twips: int, alignment: str = "left") -> None:
    """Add a tab stop without leader (a label column)."""
    tabs = _child(paragraph_properties(paragraph), "tabs", PPR_ORDER)
    tabs.append(w("tab", val=alignment, pos=str(position_twips)))


def add_tab(parent: Element) -> Element:
    """Append a run holding one tab character (``w:tab``) and return it."""
    run = sub(parent, qn("w:r"))
    sub(run, qn("w:tab"))
    return run


def is_empty_paragraph(paragraph: Element) -> bool:
    """Return whether a paragraph shows nothing: no text, tab, break, picture, field or section end."""
    for element in paragraph.iter():
        name = _local(element)
        if name == "t" and element.text:
            return False
        if name in ("tab", "br", "drawing", "pict", "object", "fldChar", "fldSimple", "sectPr", "sym"):
            return False
    return True


# --- tables ----------------------------------------------------------------------------


def mark_header_row(row: Element) -> None:
    """Repeat the table row as header on every page and keep it in one piece."""
    trpr = row.find(qn("w:trPr"))
    if trpr is None:
        trpr = w("trPr")
        tblpr_ex = row.find(qn("w:tblPrEx"))
        row.insert(0 if tblpr_ex is None else 1, trpr)
    for tag in ("cantSplit", "tblHeader"):
        if trpr.find(qn(f"w:{tag}")) is None:
            trpr.append(w(tag))


def is_header_row(row: Element) -> bool:
    """Return whether the table row repeats as header row."""
    found = row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}")
    return found is not None and found.get(qn("w:val"), "true") not in ("0", "false", "off")


def set_table_look(table: Element, first_row: bool = True, banded_rows: bool = True) -> None:
    """Tell Word which conditional formats of the table style apply (header row, bands)."""
    tblpr = table.find(qn("w:tblPr"))
    if tblpr is None:
        return
    look = tblpr.find(qn("w:tblLook"))
    if look is None:
        look = w("tblLook")
        tblpr.append(look)
    flags = {
        "firstRow": first_row,
        "lastRow": False,
        "firstColumn": False,
        "lastColumn": False,
        "noHBand": not banded_rows,
        "noVBand": True,
    }
    value = 0x0020 * first_row + 0x0200 * (not banded_rows) + 0x0400
    look.set(qn("w:val"), f"{value:04X}")
    for name, on in flags.items():
        look.set(qn(f"w:{name}"), "1" if on else "0")


# --- images ----------------------------------------------------------------------------


def set_image_alt(inline: Element, description: str, title: str = "") -> None:
    """Set the alternative text of a picture (``wp:docPr`` descr and title)."""
    doc_pr = inline.find(qn("wp:docPr"))
    if doc_pr is None:
        raise ValueError("Bild ohne wp:docPr")
    doc_pr.set("descr", description)
    if title:
        doc_pr.set("title", title)


def set_drawing_id(inline: Element, drawing_id: int, name: str) -> None:
    """Set the picture's ``wp:docPr`` id (unique in the part) and name."""
    doc_pr = inline.find(qn("wp:docPr"))
    if doc_pr is None:
        raise ValueError("Bild ohne wp:docPr")
    doc_pr.set("id", str(drawing_id))
    doc_pr.set("name", name)


def image_alt_texts(root: Element) -> list[str]:
    """Return the alternative text of every picture below ``root`` ('' where missing)."""
    return [(doc_pr.get("descr") or "").strip() for doc_pr in root.iter(qn("wp:docPr"))]


# --- settings and core properties --------------------------------------------------------


def set_update_fields(settings: Element) -> None:
    """Ask Word to update all fields (TOC, page numbers) when the document is opened."""
    if settings.find(qn("w:updateFields")) is not None:
        return
    element = w("updateFields", val="true")
    for index, child in enumerate(settings):
        if _local(child) in _AFTER_UPDATE_FIELDS:
            settings.insert(index, element)
            return
    settings.append(element)


def set_core_properties(
    core: CoreProperties,
    *,
    title: str,
    subject: str,
    author: str = "",
    keywords: Iterable[str] = (),
    when: dt.datetime | None = None,
    language: str = "de-DE",
) -> None:
    """Fill the core properties Word's accessibility check reads (title, subject, language)."""
    core.title = title
    core.subject = subject
    core.language = language
    core.author = author
    core.last_modified_by = author
    core.keywords = ", ".join(keywords)
    core.comments = ""
    core.revision = 1
    stamp = when or dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    core.created = stamp
    core.modified = stamp


# --- numbering -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListLevel:
    """One level of a list definition: number format, level text, indents in twips."""

    fmt: str
    text: str
    left: int
    hanging: int = 360
    font: str = ""


def bullet_levels() -> list[ListLevel]:
    """Return nine bullet levels (•, –, ▪ repeating), 0.63 cm apart."""
    marks = ("•", "–", "▪")
    return [ListLevel("bullet", marks[i % 3], 360 + 360 * i) for i in range(9)]


def decimal_levels() -> list[ListLevel]:
    """Return nine ordered levels: 1. / a) / i. repeating, 0.63 cm apart."""
    kinds = (("decimal", "%{n}."), ("lowerLetter", "%{n})"), ("lowerRoman", "%{n}."))
    levels: list[ListLevel] = []
    for i in range(9):
        fmt, text = kinds[i % 3]
        levels.append(ListLevel(fmt, text.format(n=i + 1), 360 + 360 * i))
    return levels


def outline_levels(indent: int = 0, step: int = 0, hanging: int = 567, trailing_dot: bool = True) -> list[ListLevel]:
    """Return nine legal-style levels 1. / 1.1. / 1.1.1. … (headings, goal hierarchies)."""
    levels: list[ListLevel] = []
    for i in range(9):
        text = ".".join(f"%{n}" for n in range(1, i + 2)) + ("." if trailing_dot else "")
        width = hanging + 227 * i
        levels.append(ListLevel("decimal", text, indent + step * i + width, width))
    return levels


def _numbering_ids(numbering: Element, tag: str, attr: str) -> list[int]:
    ids: list[int] = []
    for element in numbering.findall(qn(f"w:{tag}")):
        value = element.get(qn(f"w:{attr}"))
        if value is not None and value.lstrip("-").isdigit():
            ids.append(int(value))
    return ids


def add_abstract_num(
    numbering: Element,
    levels: Sequence[ListLevel],
    name: str = "",
    styles: Sequence[str | None] = (),
) -> int:
    """Add a list definition (``w:abstractNum``) and return its id.

    ``styles`` links levels to paragraph styles (native heading numbering).
    """
    abstract_id = max(_numbering_ids(numbering, "abstractNum", "abstractNumId"), default=-1) + 1
    abstract = w("abstractNum", abstractNumId=str(abstract_id))
    abstract.append(w("multiLevelType", val="multilevel" if len(levels) > 1 else "singleLevel"))
    if name:
        abstract.append(w("name", val=name))
    for index, level in enumerate(levels):
        lvl = w("lvl", ilvl=str(index))
        lvl.append(w("start", val="1"))
        lvl.append(w("numFmt", val=level.fmt))
        style_id = styles[index] if index < len(styles) else None
        if style_id:
            lvl.append(w("pStyle", val=style_id))
        lvl.append(w("lvlText", val=level.text))
        lvl.append(w("lvlJc", val="left"))
        ppr = w("pPr")
        ind = w("ind", left=str(level.left), hanging=str(level.hanging))
        ppr.append(ind)
        lvl.append(ppr)
        if level.font or level.fmt == "bullet":
            font = level.font or "Calibri"
            rpr = w("rPr")
            rpr.append(w("rFonts", ascii=font, hAnsi=font, cs=font, hint="default"))
            lvl.append(rpr)
        abstract.append(lvl)
    # All w:abstractNum come before the first w:num.
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    return abstract_id


def next_num_id(numbering: Element) -> int:
    """Return the first list instance id not used yet."""
    return max(_numbering_ids(numbering, "num", "numId"), default=0) + 1


def add_num(
    numbering: Element, abstract_id: int, restart: bool = True, start: int = 1, num_id: int | None = None
) -> int:
    """Add a list instance (``w:num``) of ``abstract_id``; ``restart`` starts every level anew.

    The first level starts at ``start``. Pass ``num_id`` when adding many lists: finding
    the next free id scans the whole numbering part.
    """
    num_id = next_num_id(numbering) if num_id is None else num_id
    num = w("num", numId=str(num_id))
    num.append(w("abstractNumId", val=str(abstract_id)))
    if restart:
        # Without the override Word continues the numbering of the previous list.
        for level in range(9):
            override = w("lvlOverride", ilvl=str(level))
            override.append(w("startOverride", val=str(start if level == 0 else 1)))
            num.append(override)
    num_cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
    if num_cleanup is None:
        numbering.append(num)
    else:
        num_cleanup.addprevious(num)
    return num_id


def style_num_id(style: Element) -> int | None:
    """Return the list instance a paragraph style is numbered with, if any."""
    found = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    value = None if found is None else found.get(qn("w:val"))
    return int(value) if value is not None and value.isdigit() and value != "0" else None


def abstract_num_of(numbering: Element, num_id: int) -> int | None:
    """Return the ``abstractNumId`` behind list instance ``num_id``, if it exists."""
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            ref = num.find(qn("w:abstractNumId"))
            value = None if ref is None else ref.get(qn("w:val"))
            return int(value) if value is not None and value.isdigit() else None
    return None


# --- building blocks for fast writing ----------------------------------------------------


def new_paragraph(parent: Element, style_id: str | None = None) -> Element:
    """Append a ``w:p`` with paragraph style ``style_id`` to ``parent`` and return it."""
    paragraph = _block(parent, qn("w:p"))
    if style_id:
        ppr = sub(paragraph, qn("w:pPr"))
        sub(ppr, qn("w:pStyle")).set(qn("w:val"), style_id)
    return paragraph


def set_spacing(paragraph: Element, before: int | None = None, after: int | None = None) -> None:
    """Override the paragraph's spacing before/after in twips."""
    spacing = _child(paragraph_properties(paragraph), "spacing", PPR_ORDER)
    if before is not None:
        spacing.set(qn("w:before"), str(before))
    if after is not None:
        spacing.set(qn("w:after"), str(after))


def add_table(parent: Element, widths: Sequence[int], style_id: str | None = None, indent: int = 0) -> Element:
    """Append a table with columns of ``widths`` twips, spanning the text width; returns ``w:tbl``."""
    table = _block(parent, qn("w:tbl"))
    tblpr = sub(table, qn("w:tblPr"))
    if style_id:
        sub(tblpr, qn("w:tblStyle")).set(qn("w:val"), style_id)
    tblw = sub(tblpr, qn("w:tblW"))
    tblw.set(qn("w:w"), str(sum(widths)))
    tblw.set(qn("w:type"), "dxa")
    if indent:
        ind = sub(tblpr, qn("w:tblInd"))
        ind.set(qn("w:w"), str(indent))
        ind.set(qn("w:type"), "dxa")
    sub(tblpr, qn("w:tblLayout")).set(qn("w:type"), "fixed")
    set_table_look(table)
    grid = sub(table, qn("w:tblGrid"))
    for width in widths:
        sub(grid, qn("w:gridCol")).set(qn("w:w"), str(width))
    return table


def add_table_row(table: Element, widths: Sequence[int], header: bool = False) -> list[Element]:
    """Append a row (a repeated header row if ``header``) and return its cells (``w:tc``)."""
    row = sub(table, qn("w:tr"))
    if header:
        mark_header_row(row)
    cells: list[Element] = []
    for width in widths:
        cell = sub(row, qn("w:tc"))
        tcpr = sub(cell, qn("w:tcPr"))
        tcw = sub(tcpr, qn("w:tcW"))
        tcw.set(qn("w:w"), str(width))
        tcw.set(qn("w:type"), "dxa")
        cells.append(cell)
    return cells


def set_field_results(root: Element, field_name: str, text: str) -> int:
    """Replace the shown result of every ``field_name`` field below ``root``; returns how many."""
    changed = 0
    state = "outside"
    instruction = ""
    result_texts: list[Element] = []
    for element in root.iter(qn("w:fldChar"), qn("w:instrText"), qn("w:t")):
        name = _local(element)
        if name == "fldChar":
            kind = element.get(qn("w:fldCharType"))
            if kind == "begin":
                state, instruction, result_texts = "instruction", "", []
            elif kind == "separate" and state == "instruction":
                state = "result"
            elif kind == "end" and state == "result":
                words = instruction.split()
                if words and words[0].upper() == field_name.upper() and result_texts:
                    result_texts[0].text = text
                    for extra in result_texts[1:]:
                        extra.text = ""
                    changed += 1
                state = "outside"
        elif name == "instrText" and state == "instruction":
            instruction += element.text or ""
        elif name == "t" and state == "result":
            result_texts.append(element)
    return changed


def abstract_num_levels(numbering: Element, abstract_id: int) -> int:
    """Return how many levels list definition ``abstract_id`` defines (0 if it is missing)."""
    for abstract in numbering.findall(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) == str(abstract_id):
            return len(abstract.findall(qn("w:lvl")))
    return 0
