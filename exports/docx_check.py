"""Accessibility check of a Word file, as Word's checker applies BITV 2.0 / EN 301 549.

Checked: title and subject in the core properties, language of the document defaults,
heading levels without gaps, a repeated header row on every table, alternative text on
every picture, and no empty paragraphs used as spacing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from exports import ooxml

Element = ooxml.Element


def _style_outline_levels(styles: Element) -> dict[str, int]:
    """Return the outline level (0 = Heading 1) of every paragraph style that has one, via basedOn."""
    own: dict[str, int | None] = {}
    parent: dict[str, str] = {}
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:type")) not in (None, "paragraph"):
            continue
        style_id = style.get(qn("w:styleId")) or ""
        level = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        value = None if level is None else level.get(qn("w:val"))
        own[style_id] = int(value) if value is not None and value.isdigit() else None
        based = style.find(qn("w:basedOn"))
        if based is not None:
            parent[style_id] = based.get(qn("w:val")) or ""
    resolved: dict[str, int] = {}
    for style_id in own:
        current: str | None = style_id
        seen: set[str] = set()
        while current is not None and current not in seen:
            seen.add(current)
            if own.get(current) is not None:
                level = own[current]
                if level is not None and level < 9:
                    resolved[style_id] = level
                break
            current = parent.get(current)
    return resolved


def _paragraph_text(paragraph: Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t"))).strip()


def _heading_level(paragraph: Element, levels: dict[str, int]) -> int | None:
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        return None
    direct = ppr.find(qn("w:outlineLvl"))
    if direct is not None:
        value = direct.get(qn("w:val")) or ""
        return int(value) + 1 if value.isdigit() and int(value) < 9 else None
    style = ppr.find(qn("w:pStyle"))
    style_id = None if style is None else style.get(qn("w:val"))
    return levels[style_id] + 1 if style_id in levels else None


def _short(text: str, length: int = 50) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def check_document(document: DocxDocument) -> list[str]:
    """Return the German findings for an opened python-docx document."""
    findings: list[str] = []
    core = document.core_properties
    if not (core.title or "").strip():
        findings.append("Der Dokumenttitel fehlt in den Dokumenteigenschaften.")
    if not (core.subject or "").strip():
        findings.append("Der Betreff fehlt in den Dokumenteigenschaften.")

    styles = ooxml.element(document.styles.element)
    language = ooxml.document_language(styles)
    if language is None:
        findings.append("Die Dokumentsprache ist nicht festgelegt (Standardformat ohne w:lang).")
    elif not language.lower().startswith("de"):
        findings.append(f"Die Dokumentsprache ist „{language}“, nicht Deutsch (de-DE).")

    body = ooxml.element(document.element).find(qn("w:body"))
    if body is None:
        return [*findings, "Das Dokument hat keinen Inhalt (w:body fehlt)."]

    levels = _style_outline_levels(styles)
    previous = 0
    for paragraph in body.iter(qn("w:p")):
        level = _heading_level(paragraph, levels)
        if level is None:
            continue
        if level > previous + 1:
            findings.append(
                f"Überschriftenebene übersprungen: von {previous} auf {level} bei „{_short(_paragraph_text(paragraph))}“."
            )
        previous = level

    for number, table in enumerate(body.iter(qn("w:tbl")), 1):
        first_row = table.find(qn("w:tr"))
        if first_row is None:
            continue
        if not ooxml.is_header_row(first_row):
            findings.append(
                f"Tabelle {number} hat keine Kopfzeile, die sich auf jeder Seite wiederholt "
                f"(erste Zelle „{_short(_paragraph_text(first_row), 30)}“)."
            )

    for number, doc_pr in enumerate(body.iter(qn("wp:docPr")), 1):
        if not (doc_pr.get("descr") or "").strip():
            name = doc_pr.get("name") or f"Bild {number}"
            findings.append(f"Bild {number} („{name}“) hat keinen Alternativtext.")

    for paragraph in body.iter(qn("w:p")):
        text = _paragraph_text(paragraph)
        if "   " in text or "\t\t" in text:
            findings.append(f"Mehrere Leerzeichen hintereinander als Abstand in „{_short(text)}“.")

    last_text = ""
    for child in body:
        if child.tag == qn("w:p"):
            if ooxml.is_empty_paragraph(child):
                where = f"nach „{_short(last_text, 40)}“" if last_text else "am Anfang"
                findings.append(f"Leerer Absatz als Abstand {where}; Abstände gehören in die Formatvorlage.")
            else:
                last_text = _paragraph_text(child) or last_text
        elif child.tag == qn("w:tbl"):
            last_text = "Tabelle"
    return findings


def check_docx(path: Path) -> list[str]:
    """Return the accessibility findings for the Word file at ``path`` (German; empty = clean)."""
    if not zipfile.is_zipfile(path):
        return [f"„{path.name}“ ist keine Word-Datei."]
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors …
        return [f"„{path.name}“ kann nicht gelesen werden: {error}"]
    return check_document(document)
