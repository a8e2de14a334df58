"""Real pages in, the same page out - checked by a real MediaWiki.

Every page of ``wiki_pages/`` (written in the styles of the city wiki, in our own words)
is imported, exported again, and both texts are rendered by a throw-away MediaWiki
(``tests/mediawiki.py``). What a reader sees must survive: no visible word and no
category may be lost, and the templates and images the page used are used again.
The only exceptions are what the import report names as normalised (an older heading,
an older intro sentence, the "Zum Themenfeld" row, a note for the author): the words of
exactly those texts may go. Export -> import -> export gives the same text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from editor.domain.model import Document, ExportSource
from editor.services.sample import build_sample
from exports.wiki import export_wiki
from exports.wiki_import import ImportResult, import_wiki
from exports.wiki_profile import WikiProfile, load_profile
from tests.mediawiki import MediaWiki, Rendering

PAGES = Path(__file__).resolve().parent / "wiki_pages"
NAMES = sorted(p.name for p in PAGES.glob("*.wiki"))
CATALOGUE = build_sample()[0]
PAGE_IDS = {"Smart City Strategie": 1, "Beispielkonzept Digitale Quartiere": 2}
TITLES = {doc_id: title for title, doc_id in PAGE_IDS.items()}
_WORD = re.compile(r"\w+")


def profile_of(name: str) -> WikiProfile:
    """Return the profile a page was written in: ``standard-…`` pages use the standard profile."""
    return load_profile("standard" if name.startswith("standard-") else "mediawikiob")


@dataclass
class Trip:
    """One page's way through import and export, and MediaWiki's view of both ends."""

    source: str
    result: ImportResult
    export: str
    again: str
    source_view: Rendering
    export_view: Rendering


def export(doc: Document, profile: WikiProfile) -> str:
    return export_wiki(ExportSource(doc, CATALOGUE, TITLES), profile)


@pytest.fixture(scope="module")
def trips(mediawiki: MediaWiki) -> dict[str, Trip]:
    pages: dict[str, tuple[str, ImportResult, str, str]] = {}
    for name in NAMES:
        source = (PAGES / name).read_text(encoding="utf-8")
        profile = profile_of(name)
        result = import_wiki(source, CATALOGUE, PAGE_IDS, profile, title=name.removesuffix(".wiki"))
        first = export(result.document, profile)
        again = export(import_wiki(first, CATALOGUE, PAGE_IDS, profile).document, profile)
        pages[name] = (source, result, first, again)
    batch = [(name.removesuffix(".wiki"), text) for name in NAMES for text in (pages[name][0], pages[name][2])]
    views = mediawiki.render(batch)
    return {name: Trip(*pages[name], views[2 * n], views[2 * n + 1]) for n, name in enumerate(NAMES)}


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text))


def test_the_corpus_has_at_least_fifteen_pages() -> None:
    assert len(NAMES) >= 15


@pytest.mark.parametrize("name", NAMES)
def test_no_visible_word_is_lost(name: str, trips: dict[str, Trip]) -> None:
    trip = trips[name]
    allowed = Counter[str]()
    for text in trip.result.normalised:
        allowed.update(words(text))
    seen = trip.export_view.words()
    lost = {
        word: count - seen[word] - allowed[word]
        for word, count in trip.source_view.words().items()
        if count > seen[word] + allowed[word]
    }
    assert not lost, f"{name}: Wörter fehlen nach dem Export: {lost}\n\n{trip.export_view.text}"


@pytest.mark.parametrize("name", NAMES)
def test_no_category_is_lost(name: str, trips: dict[str, Trip]) -> None:
    trip = trips[name]
    assert set(trip.source_view.categories) <= set(trip.export_view.categories), trip.export


@pytest.mark.parametrize("name", NAMES)
def test_templates_and_images_are_used_again(name: str, trips: dict[str, Trip]) -> None:
    trip = trips[name]
    report = "\n".join(trip.result.report)
    templates = {t for t in trip.source_view.templates if t.split(":", 1)[-1] not in report}
    assert templates <= set(trip.export_view.templates)
    dropped = " ".join(trip.result.normalised).replace(" ", "_")
    images = {image for image in trip.source_view.images if image not in dropped}
    assert images <= set(trip.export_view.images), trip.export


_TABLE = re.compile(r"<table[\s>].*?</table>", re.DOTALL)
_HEADER_CELL = re.compile(r"<th[\s>]")


def header_cells_of_data_tables(html: str) -> list[int]:
    """Return the number of header cells of each table that has data cells, in order of size.

    The rows of Themenfeld icons do not count: the import rebuilds them from lists and drops
    their old "Zum Themenfeld" row (both reported).
    """
    tables = _TABLE.findall(html)
    return sorted(len(_HEADER_CELL.findall(table)) for table in tables if "<td" in table and "<img" not in table)


@pytest.mark.parametrize("name", NAMES)
def test_tables_keep_their_header_cells(name: str, trips: dict[str, Trip]) -> None:
    # A table without a header row stays without one, and one with a header keeps it (the
    # infobox is a table too); only a first row of header and data cells is reported as changed.
    trip = trips[name]
    if any("Kopf- und Datenzellen" in line for line in trip.result.report):
        pytest.skip("die Seite hat eine Tabelle, deren erste Zeile Kopf- und Datenzellen mischt")
    source = header_cells_of_data_tables(trip.source_view.html)
    assert header_cells_of_data_tables(trip.export_view.html) == source, trip.export


@pytest.mark.parametrize("name", NAMES)
def test_export_import_export_gives_the_same_text(name: str, trips: dict[str, Trip]) -> None:
    assert trips[name].again == trips[name].export


TRICKY = [
    "Bezirk Mitte | Nord",
    "Bereich {{5-1}} und }} Rest",
    "[[kein Link]] und [http://x.de kein Link]",
    "''nicht kursiv'' und '''nicht fett'''",
    "~~~~ bleibt",
    "<script>alert(1)</script>",
    "&amp; bleibt &amp;",
    "A & B",
    "== keine Überschrift ==",
    "* kein Punkt",
    "Preis: 5 € | 10 %",
]


def test_typed_text_shows_literally_in_a_real_wiki_with_a_table_infobox(mediawiki: MediaWiki) -> None:
    from editor.domain.model import CouncilPaper, Goal, Link, Section

    doc = Document(
        title="T",
        scope=TRICKY[0],
        responsible=TRICKY[1],
        year=TRICKY[2],
        art=TRICKY[10],
        sections=[Section(text, "") for text in TRICKY],
        goals=[Goal(text) for text in TRICKY],
        papers=[CouncilPaper("B/17/1", text) for text in TRICKY],
        links=[Link(text, "https://example.org/") for text in TRICKY],
        extra_params={"Frei": TRICKY[3]},
    )
    view = mediawiki.render_one(export(doc, load_profile("mediawikiob")), "Eingabe")
    text = view.text
    for typed in TRICKY:
        assert text.count(typed) >= 4, (typed, text)
    infobox = text.split("Themenfeld(er)", 1)[0]
    assert "Räumlicher Geltungsbereich Bezirk Mitte | Nord Art Preis: 5 € | 10 %" in infobox
    assert "Zuständigkeit Bereich {{5-1}} und }} Rest" in infobox
    assert view.templates == ["Vorlage:Konzeption"] and view.categories == ["Konzept"]


def test_categories_with_an_ampersand_reach_the_wiki(mediawiki: MediaWiki) -> None:
    bildung = CATALOGUE.by_title("Bildung & Kultur")
    assert bildung is not None and bildung.id is not None
    doc = Document(title="T", art="Bericht", themenfeld_ids=[bildung.id], categories=["Smart City & Digitales"])
    view = mediawiki.render_one(export(doc, load_profile("mediawikiob")))
    assert view.categories == ["Konzept", "Bildung_&_Kultur", "Smart_City_&_Digitales"]
    assert view.images == ["Bildung_und_Kultur.png"]


def test_the_test_wiki_serves_the_action_api(mediawiki: MediaWiki) -> None:
    import json
    import urllib.parse
    import urllib.request

    with mediawiki.serve() as url:
        query = urllib.parse.urlencode({"action": "query", "meta": "siteinfo", "format": "json"})
        with urllib.request.urlopen(f"{url}api.php?{query}", timeout=30) as response:
            general = json.load(response)["query"]["general"]
        parse = urllib.parse.urlencode(
            {
                "action": "parse",
                "format": "json",
                "contentmodel": "wikitext",
                "prop": "categories",
                "text": "[[Kategorie:Bildung & Kultur]]",
            }
        )
        with urllib.request.urlopen(f"{url}api.php?{parse}", timeout=30) as response:
            categories = json.load(response)["parse"]["categories"]
    assert general["lang"] == "de"
    assert [c["*"] for c in categories] == ["Bildung_&_Kultur"]
