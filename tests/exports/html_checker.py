"""An accessibility checker for static HTML pages, on html5lib: the WCAG rules a document without scripts can break.

It parses a page as a browser does (html5lib follows the WHATWG parsing algorithm) and
reports, each with the rule's name as axe-core calls it where axe has one:

- ``parse-error``: the markup is not well-formed HTML (WCAG 4.1.1 in 2.0/2.1);
- ``html-has-lang``, ``valid-lang``: the page's language and every ``lang`` (3.1.1, 3.1.2);
- ``document-title``: a non-empty ``<title>`` (2.4.2);
- ``meta-viewport``: zooming is not switched off (1.4.4);
- ``landmark-one-main``, ``landmark-no-duplicate-banner``, ``landmark-no-duplicate-contentinfo``,
  ``region``: one ``main``, at most one banner and contentinfo, all content inside landmarks
  (a skip link before them excepted) (1.3.1, 2.4.1);
- ``landmark-unique``: every ``nav`` has a name (``aria-label``/``aria-labelledby``);
- ``page-has-heading-one``, ``heading-order``, ``empty-heading``: one ``h1``, headings
  never skip a level going down (``role="heading"`` with ``aria-level`` counts), none empty (1.3.1, 2.4.6);
- ``image-alt``: every ``img`` has an ``alt`` attribute (1.1.1);
- ``link-name``, ``link-target``: every link has text (or an image with alt text), and a
  ``#fragment`` link points to an element of the page (2.4.4, 4.1.2);
- ``th-has-scope``, ``table-header``, ``table-caption``, ``empty-table-header``: tables
  have header cells with ``scope``, a caption, no empty header cells (1.3.1);
- ``list``, ``listitem``: lists hold items only, items sit in lists (1.3.1);
- ``duplicate-id``, ``aria-valid-ref``: ids are unique, ``aria-labelledby`` refers to ids that exist (4.1.1);
- ``self-contained``: no scripts, no event-handler attributes, nothing loaded from elsewhere.

Colour contrast and what needs a layout engine are axe-core's part (see ``test_html_axe.py``).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as etree
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import html5lib

_HEADING = re.compile(r"h([1-6])")
_LANG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
LANDMARKS = frozenset({"header", "nav", "main", "footer", "aside"})
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: the rule it breaks and where."""

    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.message}"


def text_of(element: etree.Element) -> str:
    """Return the text of an element and its descendants, images by their alt text."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "img":
            parts.append(child.get("alt") or "")
        else:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def parse(page: str) -> tuple[etree.Element, list[str]]:
    """Return the page's tree (no namespaces) and html5lib's parse errors."""
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree", etree), namespaceHTMLElements=False)
    root = parser.parse(page)
    errors = [f"{code} (Zeile {line}, Spalte {column})" for (line, column), code, _ in parser.errors]
    return root, errors


def heading_level(element: etree.Element) -> int | None:
    """Return the level of a heading element (``h1``-``h6`` or ``role="heading"``), else None."""
    match = _HEADING.fullmatch(str(element.tag))
    if element.get("role") == "heading":
        level = element.get("aria-level", "2")
        return int(level) if level.isdigit() else 2
    return int(match.group(1)) if match else None


def check(page: str) -> list[Finding]:
    """Return every finding for an HTML page; an empty list means it passed."""
    root, errors = parse(page)
    findings = [Finding("parse-error", error) for error in errors]
    parents = {child: parent for parent in root.iter() for child in parent}
    ids = Counter(element.get("id") for element in root.iter() if element.get("id") is not None)

    def add(rule: str, message: str) -> None:
        findings.append(Finding(rule, message))

    # language, title, viewport
    lang = root.get("lang", "")
    if not lang.strip():
        add("html-has-lang", "<html> hat kein lang-Attribut")
    for element in root.iter():
        value = element.get("lang")
        if value is not None and not _LANG.fullmatch(value):
            add("valid-lang", f"ungültige Sprache lang={value!r} an <{element.tag}>")
    title = root.find("head/title")
    if title is None or not text_of(title).strip():
        add("document-title", "kein oder leerer <title>")
    for meta in root.iter("meta"):
        if meta.get("name") == "viewport":
            content = (meta.get("content") or "").replace(" ", "").lower()
            if "user-scalable=no" in content or re.search(r"maximum-scale=(0|1)(\.0*)?(,|$)", content):
                add("meta-viewport", "Zoomen ist abgeschaltet")

    # landmarks
    body = root.find("body")
    if body is None:
        return [*findings, Finding("region", "kein <body>")]
    mains = list(root.iter("main"))
    if len(mains) != 1:
        add("landmark-one-main", f"{len(mains)} <main>-Elemente statt genau einem")

    def top_level(tag: str) -> list[etree.Element]:
        found: list[etree.Element] = []
        for element in root.iter(tag):
            parent = parents.get(element)
            while parent is not None and parent.tag not in _SECTIONING:
                parent = parents.get(parent)
            if parent is None:
                found.append(element)
        return found

    if len(top_level("header")) > 1:
        add("landmark-no-duplicate-banner", "mehr als ein <header> auf oberster Ebene")
    if len(top_level("footer")) > 1:
        add("landmark-no-duplicate-contentinfo", "mehr als ein <footer> auf oberster Ebene")
    for index, child in enumerate(body):
        if child.tag in LANDMARKS or child.tag in ("script", "template"):
            continue
        skip_link = index == 0 and child.tag == "a" and (child.get("href") or "").startswith("#")
        if not skip_link:
            add("region", f"<{child.tag}> „{text_of(child).strip()[:40]}“ steht außerhalb der Landmarken")
    if (body.text or "").strip() or any((child.tail or "").strip() for child in body):
        add("region", "Text steht direkt im <body>, außerhalb der Landmarken")
    for nav in root.iter("nav"):
        label = nav.get("aria-label", "").strip()
        labelled = nav.get("aria-labelledby", "")
        names = [text_of(e).strip() for e in root.iter() if e.get("id") in labelled.split()]
        if not label and not any(names):
            add("landmark-unique", "<nav> ohne Namen (aria-label oder aria-labelledby)")

    # headings
    levels: list[tuple[int, str]] = []
    for element in body.iter():
        level = heading_level(element)
        if level is None:
            continue
        text = text_of(element).strip()
        if not text:
            add("empty-heading", f"leere Überschrift der Ebene {level}")
        levels.append((level, text))
    if sum(1 for level, _ in levels if level == 1) != 1:
        add("page-has-heading-one", f"{sum(1 for level, _ in levels if level == 1)} Überschriften der Ebene 1")
    previous = 0
    for level, text in levels:
        if level > previous + 1:
            add("heading-order", f"„{text[:50]}“: Ebene {level} nach Ebene {previous}")
        previous = level

    # images, links
    for img in root.iter("img"):
        if img.get("alt") is None:
            add("image-alt", f"<img src={str(img.get('src'))[:40]!r}> ohne alt")
    for link in root.iter("a"):
        href = link.get("href")
        if href is None:
            continue
        if not (text_of(link).strip() or link.get("aria-label", "").strip()):
            add("link-name", f"Link auf {href[:60]!r} ohne Text")
        if href.startswith("#") and href[1:] not in ids:
            add("link-target", f"Link auf {href!r}: das Ziel gibt es nicht")

    # tables
    for number, table in enumerate(root.iter("table"), 1):
        caption = table.find("caption")
        name = text_of(caption).strip() if caption is not None else ""
        where = f"Tabelle {number}" + (f" „{name[:40]}“" if name else "")
        if not name:
            add("table-caption", f"{where} ohne Beschriftung (<caption>)")
        headers = list(table.iter("th"))
        if not headers:
            add("table-header", f"{where} ohne Kopfzellen (<th>)")
        for th in headers:
            if th.get("scope") not in ("col", "row", "colgroup", "rowgroup"):
                add("th-has-scope", f"{where}: Kopfzelle „{text_of(th).strip()[:30]}“ ohne scope")
            if not text_of(th).strip():
                add("empty-table-header", f"{where}: leere Kopfzelle")

    # lists
    for element in root.iter():
        if element.tag in ("ul", "ol"):
            for child in element:
                if child.tag not in ("li", "script", "template"):
                    add("list", f"<{element.tag}> enthält <{child.tag}>")
        elif (
            element.tag == "li"
            and parents.get(element) is not None
            and parents[element].tag not in ("ul", "ol", "menu")
        ):
            add("listitem", f"<li> in <{parents[element].tag}>")

    # ids and references
    for ident, count in ids.items():
        if count > 1:
            add("duplicate-id", f"id {ident!r} kommt {count}-mal vor")
    for element in root.iter():
        for ref in (element.get("aria-labelledby") or "").split():
            if ref not in ids:
                add("aria-valid-ref", f"aria-labelledby verweist auf {ref!r}, das es nicht gibt")

    # self-contained, no scripts
    for element in root.iter():
        if element.tag in ("script", "iframe", "object", "embed", "link", "base"):
            add("self-contained", f"<{element.tag}> in der Seite")
        for key, value in element.attrib.items():
            if key.lower().startswith("on"):
                add("self-contained", f"Ereignis-Attribut {key} an <{element.tag}>")
            if key in ("src", "srcset", "poster", "data") and not value.startswith("data:"):
                add("self-contained", f"<{element.tag} {key}={value[:60]!r}> lädt von anderswo")
            if key == "href" and value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                add("self-contained", f"Link mit {value[:30]!r}")
    return findings


def chromium(folder: Path, *options: str) -> list[str]:
    """Return the command line of Debian's Chromium, headless, with a profile of its own in ``folder``."""
    return [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--no-first-run",
        f"--user-data-dir={folder / 'profil'}",
        *options,
    ]


def main(argv: list[str]) -> int:
    """Check the HTML files named on the command line; print the findings; exit 1 if there are any."""
    status = 0
    for name in argv:
        findings = check(Path(name).read_text(encoding="utf-8"))
        for finding in findings:
            print(f"{name}: {finding}")
        status = status or (1 if findings else 0)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
