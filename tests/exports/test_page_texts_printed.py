"""The prose a wiki page has around its fixed parts is printed in Word and HTML where the wiki shows it.

An imported page keeps its text before the first heading and the text above or below its
lists (``Document.page_texts``); the wiki export writes it back, and the council's Word
document and the HTML page must not leave it out.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import docx
import pytest

from editor.domain.model import PAGE_TEXT_KEYS, ExportSource
from editor.services.sample import sample_source
from exports.docx_export import export_strategie
from exports.html_export import export_html
from tests.exports.html_checker import check

# One made-up word per place, with umlauts, so that each can be found exactly once.
WORDS = {key: f"Prosa{n}Größe" for n, key in enumerate(PAGE_TEXT_KEYS)}

# Where each text stands: after this landmark, before the next one (in page order).
ORDER = [
    "Steckbrief",
    WORDS["intro"],
    "Themenfelder",
    WORDS["themenfelder"],
    "Mobilität",  # a Themenfeld of the sample
    WORDS["themenfelder.end"],
    "Ziele",
    WORDS["goals"],
    WORDS["goals.end"],
    "Beitrag zu den Leitzielen",
    WORDS["leitziele"],
    "Synergien",
    WORDS["synergies"],
    WORDS["synergies.end"],
    "Politische Beschlusslage",
    WORDS["papers"],
    WORDS["papers.end"],
    "Weiterführende Links & Downloads",
    WORDS["links"],
    WORDS["links.end"],
]


def source_with_page_texts(*, items: bool = True) -> ExportSource:
    source = sample_source(0)
    doc = copy.deepcopy(source.document)
    doc.page_texts = {key: f"Auf der Seite steht **{word}** hier." for key, word in WORDS.items()}
    if not items:
        doc.themenfeld_ids = []
        doc.goals, doc.leitziel_refs, doc.synergies, doc.papers, doc.links = [], [], [], [], []
    return ExportSource(doc, source.catalogue, source.document_titles)


def word_text(path: Path) -> str:
    """Return the text of the Word file's paragraphs from the Steckbrief on (after the table of contents)."""
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    return text[text.rfind("Steckbrief", 0, text.find("Auf der Seite steht")) :]


def html_text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("&amp;", "&")


def in_order(text: str, landmarks: list[str]) -> list[str]:
    """Return the landmarks that are missing or out of order in ``text`` (empty: all as expected)."""
    wrong: list[str] = []
    position = 0
    for landmark in landmarks:
        found = text.find(landmark, position)
        if found < 0:
            wrong.append(landmark)
        else:
            position = found + len(landmark)
    return wrong


def test_word_prints_every_page_text_where_the_wiki_shows_it(tmp_path):
    path = tmp_path / "s.docx"
    export_strategie(source_with_page_texts(), path)
    text = word_text(path)
    assert in_order(text, ORDER) == []
    for word in WORDS.values():
        assert text.count(word) == 1, word


def test_html_prints_every_page_text_where_the_wiki_shows_it():
    html = export_html(source_with_page_texts())
    main = html_text(html[html.index("<main") :])
    assert in_order(main, ORDER) == []
    for word in WORDS.values():
        assert main.count(word) == 1, word
    assert f"<strong>{WORDS['goals']}</strong>" in html  # Markdown, as in a section's text
    assert check(html) == []


@pytest.mark.parametrize("kind", ["word", "html"])
def test_a_page_text_without_its_list_still_gets_its_heading(tmp_path, kind):
    source = source_with_page_texts(items=False)
    if kind == "word":
        path = tmp_path / "s.docx"
        export_strategie(source, path)
        text = word_text(path)
    else:
        text = html_text(export_html(source))
    expected = [landmark for landmark in ORDER if landmark != "Mobilität"]
    assert in_order(text, expected) == []


def test_without_page_texts_nothing_is_added(tmp_path):
    source = sample_source(0)
    assert not source.document.page_texts
    html = export_html(source)
    assert "Prosa" not in html
