"""A user's Word template, taken apart and put back together with only what an export needs.

A template brings styles, list numbering, settings, the theme, fonts, headers and
footers (with their own images and links). Everything else a .docx/.dotx can carry is
left out before python-docx sees the file, and named for the user:

- an attached template (``w:attachedTemplate``: Word fetches it, even from ``http://…``),
  mail-merge data sources, "update styles from the template";
- macros (``vbaProject.bin`` and its relationship) and ActiveX controls;
- embedded objects (OLE, packages) and every external relationship except a plain link
  (an external header image is loaded by Word when the document opens);
- fields that load content from elsewhere (``INCLUDEPICTURE``, ``INCLUDETEXT``, ``LINK``,
  ``DDE``);
- comments, custom XML, building blocks, thumbnails and other parts no export uses (these
  go without a note: they do nothing).

The XML is read without entities and without the network, part by part with a size
limit, and a styles part may hold at most :data:`MAX_STYLES` styles (Word itself allows
4,079): a small zip with millions of empty styles would otherwise take minutes and
gigabytes.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue, reportUnknownVariableType, reportMissingTypeStubs]

from editor.domain.messages import UserError

MAX_PART_BYTES = 16 * 1024 * 1024
"""Largest XML part read from a template (unpacked); real styles parts are well below 1 MB."""

MAX_STYLES = 10_000
"""Most styles accepted in one styles part."""

_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_O = "urn:schemas-microsoft-com:office:office"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL_PREFIXES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/",
    "http://schemas.microsoft.com/office/2006/relationships/",
    "http://schemas.microsoft.com/office/2007/relationships/",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/",
)

CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)

# Which relationships each kind of part may keep (internal targets unless "hyperlink").
_KEEP: dict[str, frozenset[str]] = {
    "package": frozenset({"officeDocument", "core-properties", "extended-properties"}),
    "document": frozenset(
        {
            "styles",
            "stylesWithEffects",
            "numbering",
            "settings",
            "webSettings",
            "theme",
            "fontTable",
            "header",
            "footer",
            "footnotes",
            "endnotes",
            "image",
            "hyperlink",
        }
    ),
    "header": frozenset({"image", "hyperlink"}),
    "footer": frozenset({"image", "hyperlink"}),
    "footnotes": frozenset({"image", "hyperlink"}),
    "endnotes": frozenset({"image", "hyperlink"}),
    "numbering": frozenset({"image"}),
    "theme": frozenset({"image"}),
    "fontTable": frozenset({"font"}),
}
_XML_KINDS = frozenset(_KEEP) | {
    "styles",
    "stylesWithEffects",
    "settings",
    "webSettings",
    "core-properties",
    "extended-properties",
}
_OUTSIDE_FIELDS = re.compile(r"^\s*(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT)\b", re.IGNORECASE)
_CONTAINERS = {f"{{{_W}}}drawing", f"{{{_W}}}pict", f"{{{_W}}}object", f"{{{_MC}}}AlternateContent"}
_REMOVED = {
    # Named through the relationship each of them needs (with its target), except the last.
    f"{{{_W}}}object": "",
    f"{{{_W}}}control": "",
    f"{{{_W}}}altChunk": "",
    f"{{{_W}}}subDoc": "",
    f"{{{_W}}}attachedTemplate": "",
    f"{{{_W}}}mailMerge": "",
    f"{{{_W}}}linkStyles": "die Einstellung „Formatvorlagen automatisch aktualisieren“",
}


class TemplatePackageError(UserError):
    """The template cannot be taken apart safely; the message is German and names the cause."""


@dataclass(slots=True)
class CleanTemplate:
    """The template's bytes with only the harmless parts, and what was left out (German phrases)."""

    data: bytes
    dropped: list[str] = field(default_factory=list[str])


def _parser() -> Any:
    return cast(Any, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False))  # pyright: ignore[reportUnknownMemberType]


def _parse(data: bytes) -> Any:
    return cast(Any, etree.fromstring(data, _parser()))  # pyright: ignore[reportUnknownMemberType]


def _serialize(root: Any) -> bytes:
    return cast(bytes, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))  # pyright: ignore[reportUnknownMemberType]


def _kind(rel_type: str) -> str:
    for prefix in _REL_PREFIXES:
        if rel_type.startswith(prefix):
            return rel_type[len(prefix) :]
    return rel_type


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _target(source: str, target: str) -> str | None:
    """Return the part a relationship points at, or None if it leaves the package."""
    joined = target[1:] if target.startswith("/") else posixpath.join(posixpath.dirname(source), target)
    normal = posixpath.normpath(joined)
    return None if normal.startswith("..") or normal.startswith("/") else normal


def _describe(kind: str, target: str, external: bool) -> str | None:
    short = target if len(target) <= 120 else target[:117] + "…"
    if kind == "attachedTemplate":
        return f"angehängte Vorlage {short}"
    if kind in ("vbaProject", "wordVbaData", "keyMapCustomizations", "attachedToolbars"):
        return f"Makros ({short})"
    if kind in ("oleObject", "package", "control", "activeXControlBinary", "chart", "diagramData"):
        return f"eingebettetes Objekt ({short})"
    if kind in ("mailMergeSource", "mailMergeHeaderSource", "recipientData", "dataSource"):
        return f"Seriendruck-Datenquelle ({short})"
    if kind in ("aFChunk", "subDocument"):
        return f"eingebundene fremde Datei ({short})"
    if external:
        return f"Verweis nach außen ({short})"
    return None  # a part no export needs (thumbnail, custom XML, comments …): left out without a word


class _Cleaner:
    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name
        self.names = {info.filename: info for info in archive.infolist()}
        self.out: dict[str, bytes] = {}
        self.dropped: list[str] = []
        self.named: set[str] = set()

    def read(self, part: str) -> bytes | None:
        info = self.names.get(part)
        if info is None:
            return None
        if info.file_size > MAX_PART_BYTES:
            raise TemplatePackageError(
                "Die Vorlage „{name}“ enthält einen Teil ({part}) von mehr als {size} MB und wird nicht geöffnet.",
                name=self.name,
                part=part,
                size=MAX_PART_BYTES // (1024 * 1024),
            )
        return self.archive.read(info)

    def note(self, text: str | None) -> None:
        if text and text not in self.dropped:
            self.dropped.append(text)

    def take(self, part: str, kind: str) -> None:
        """Keep ``part`` (cleaned) and, through its relationships, what it may keep."""
        if part in self.out:
            return
        data = b"" if kind == "package" else self.read(part)
        if data is None:
            return
        kept_ids: set[str] = set()
        rels = self.read(_rels_name(part))
        children: list[tuple[str, str]] = []
        if rels is not None:
            rels_root = self._xml(rels, _rels_name(part))
            changed = False
            for rel in list(rels_root):
                rel_type = str(rel.get("Type") or "")
                target = str(rel.get("Target") or "")
                rel_kind = _kind(rel_type)
                external = rel.get("TargetMode") == "External"
                inside = None if external else _target(part, target)
                allowed = rel_kind in _KEEP.get(kind, frozenset())
                if external:
                    allowed = allowed and rel_kind == "hyperlink"
                elif rel_kind == "hyperlink" or inside is None:
                    allowed = False
                if not allowed:
                    rels_root.remove(rel)
                    changed = True
                    self.note(_describe(rel_kind, target, external))
                    if inside is not None:
                        self.named.add(inside)
                    continue
                kept_ids.add(str(rel.get("Id") or ""))
                if inside is not None:
                    children.append((inside, "document" if rel_kind == "officeDocument" else rel_kind))
            self.out[_rels_name(part)] = _serialize(rels_root) if changed else rels
        if kind == "package":
            pass
        elif kind in _XML_KINDS:
            data = self._clean_xml(data, part, kind, kept_ids)
        self.out[part] = data
        for child, child_kind in children:
            self.take(child, child_kind)

    def _xml(self, data: bytes, part: str) -> Any:
        try:
            return _parse(data)
        except etree.XMLSyntaxError:  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
            raise TemplatePackageError(
                "Die Vorlage „{name}“ ist beschädigt ({part} ist kein gültiges XML).", name=self.name, part=part
            ) from None

    def _clean_xml(self, data: bytes, part: str, kind: str, kept_ids: set[str]) -> bytes:
        if kind in ("styles", "stylesWithEffects"):
            self._count_styles(data, part)
        root = self._xml(data, part)
        changed = False
        for element in list(_iter(root)):
            if element.getparent() is None and element is not root:
                continue  # already removed with an ancestor
            tag = element.tag if isinstance(element.tag, str) else ""
            if tag in _REMOVED:
                if _REMOVED[tag]:
                    self.note(_REMOVED[tag])
                _drop(element)
                changed = True
                continue
            if tag == f"{{{_W}}}instrText" and _OUTSIDE_FIELDS.match(element.text or ""):
                self.note(f"Feld, das Inhalte von außen lädt ({(element.text or '').split()[0].upper()})")
                element.text = ""
                changed = True
                continue
            if tag == f"{{{_W}}}fldSimple" and _OUTSIDE_FIELDS.match(element.get(f"{{{_W}}}instr") or ""):
                self.note(f"Feld, das Inhalte von außen lädt ({str(element.get(f'{{{_W}}}instr')).split()[0].upper()})")
                _unwrap(element)
                changed = True
                continue
            if any(_dangling(key, value, kept_ids) for key, value in element.items()):
                if tag == f"{{{_W}}}hyperlink":
                    _unwrap(element)
                else:
                    _drop(_container(element, root))
                changed = True
        return _serialize(root) if changed else data

    def _count_styles(self, data: bytes, part: str) -> None:
        count = 0
        events = etree.iterparse(  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
            io.BytesIO(data), events=("end",), tag=f"{{{_W}}}style", resolve_entities=False, huge_tree=False
        )
        try:
            for _event, element in events:  # pyright: ignore[reportUnknownVariableType]
                count += 1
                cast(Any, element).clear()
                if count > MAX_STYLES:
                    raise TemplatePackageError(
                        "Die Vorlage „{name}“ enthält mehr als {limit} Formatvorlagen und wird nicht geöffnet "
                        "(Word selbst erlaubt 4.079).",
                        name=self.name,
                        limit=f"{MAX_STYLES:,}".replace(",", "."),
                    )
        except etree.XMLSyntaxError:  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
            raise TemplatePackageError(
                "Die Vorlage „{name}“ ist beschädigt ({part} ist kein gültiges XML).", name=self.name, part=part
            ) from None


def _iter(root: Any) -> Iterator[Any]:
    return cast(Iterator[Any], root.iter())


def _dangling(key: str, value: str, kept_ids: set[str]) -> bool:
    """Return whether an attribute names a relationship that was left out."""
    if key.startswith(f"{{{_R}}}") or key == f"{{{_O}}}relid":
        return value not in kept_ids
    return key in ("src", f"{{{_O}}}href") and "://" in value


def _container(element: Any, root: Any) -> Any:
    """Return the drawing or object around ``element`` (what goes when its reference goes)."""
    node = element
    found = element
    while node is not None and node is not root:
        if node.tag in _CONTAINERS:
            found = node
        node = node.getparent()
    return found


def _drop(element: Any) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _unwrap(element: Any) -> None:
    """Replace ``element`` by its children (a link's text stays, the link goes)."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for child in list(element):
        parent.insert(index, child)
        index += 1
    parent.remove(element)


def clean_template(data: bytes, name: str) -> CleanTemplate:
    """Return the template package with only styles, numbering, settings, theme, fonts, headers and footers."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    cleaner = _Cleaner(archive, name)
    if "_rels/.rels" not in cleaner.names:
        raise TemplatePackageError("Die Vorlage „{name}“ ist keine Word-Datei (.docx oder .dotx).", name=name)
    cleaner.take("", "package")
    cleaner.out.pop("", None)
    content_types = cleaner.read("[Content_Types].xml")
    if content_types is None:
        raise TemplatePackageError("Die Vorlage „{name}“ ist keine Word-Datei (.docx oder .dotx).", name=name)
    types = cleaner._xml(content_types, "[Content_Types].xml")  # pyright: ignore[reportPrivateUsage]
    kept = {f"/{part}" for part in cleaner.out}
    extensions = {posixpath.splitext(part)[1].lstrip(".").casefold() for part in cleaner.out}
    for entry in list(types):
        tag = entry.tag if isinstance(entry.tag, str) else ""
        if tag == f"{{{_CT}}}Override":
            if entry.get("PartName") not in kept:
                types.remove(entry)
            elif entry.get("ContentType") in _MAIN_TYPES:
                # python-docx opens only the document content type; a .dotx differs in nothing else.
                entry.set("ContentType", CT_DOCUMENT)
        elif tag == f"{{{_CT}}}Default" and str(entry.get("Extension") or "").casefold() not in extensions:
            types.remove(entry)
    for part in sorted(set(cleaner.names) - set(cleaner.out) - cleaner.named - {"[Content_Types].xml"}):
        lowered = part.casefold()
        if "vbaproject" in lowered or "vbadata" in lowered:
            cleaner.note(f"Makros ({part})")
        elif lowered.startswith("word/embeddings/") or lowered.startswith("word/activex/"):
            cleaner.note(f"eingebettetes Objekt ({part})")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("[Content_Types].xml", _serialize(types))
        for part, blob in cleaner.out.items():
            target.writestr(part, blob)
    return CleanTemplate(out.getvalue(), cleaner.dropped)
