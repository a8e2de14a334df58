"""The HTML export: one self-contained, accessible German page per document.

Pages are parsed with html5lib (as a browser parses them) and checked element by element;
``html_checker.check`` must report nothing for the sample's documents and for hostile
content (``test_html_checker.py`` shows that it finds what it looks for).
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import xml.etree.ElementTree as etree
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.domain.model import (
    Consultation,
    CouncilPaper,
    Document,
    ExportSource,
    Goal,
    Indicator,
    LeitzielRef,
    Link,
    Section,
    Synergy,
)
from editor.services.sample import build_sample, sample_source
from exports.html_export import export_html, icon_path
from exports.html_markdown import BodyRenderer, PageState, clean
from tests.exports.html_checker import check, heading_level, parse, text_of

STAND = dt.date(2026, 11, 26)
HOSTILE = '<script>alert("x")</script> | }} {{Konzeption}} [[Seite]] &amp; &lt; ÄÖÜäöüß € ~~~~ == Kopf =='


def page_of(source: ExportSource, **options: object) -> tuple[str, etree.Element]:
    page = export_html(source, stand=STAND, **options)  # type: ignore[arg-type]
    root, errors = parse(page)
    assert errors == []
    return page, root


def body_html(text: str, level: int = 2, titles: dict[int, str] | None = None) -> etree.Element:
    """Render one body and return it parsed, inside a <div>."""
    rendered = BodyRenderer(PageState(), titles or {}).render(text, level, "Abschnitt")
    root, errors = parse(f"<!DOCTYPE html><html lang=de><title>t</title><div>{rendered}</div>")
    assert errors == []
    div = root.find("body/div")
    assert div is not None
    return div


def hostile_source() -> ExportSource:
    """A document with hostile text in every field, deep trees and every kind of body markup."""
    catalogue, documents = build_sample()
    tf = catalogue.themenfelder[1]
    body = "\n\n".join(
        [
            f"Text mit {HOSTILE}",
            "<div onclick=\"alert('x')\">*kursiv im div*</div>",
            "Absatz\n{onclick=alert(1)}",
            "# Kapitel {a, b}\n\n#### Zu tief",
            "[Skript](javascript:alert(1)) [leer](https://example.org/leer) [](https://example.org) "
            "![Foto](https://example.org/bild.png) [Verweis](dokument:1) [weg](dokument:99) [Anker](#nirgends)",
            "| | Wert |\n|---|---|\n| <b>fett?</b> | a \\| b |",
            "```\n<script>alert(1)</script> &amp;\n```",
            "Zitat auf Englisch\n{lang=en}",
            "1. eins\n2. zwei\n\n- a\n- b",
        ]
    )

    def nested_sections(depth: int) -> list[Section]:
        if depth == 0:
            return []
        return [Section(f"Ebene {8 - depth} {HOSTILE}", "## Unterkopf\n\nText", nested_sections(depth - 1))]

    def nested_goals(depth: int) -> list[Goal]:
        if depth == 0:
            return []
        return [
            Goal(
                title=f"Ziel {HOSTILE}",
                description=body if depth == 5 else "# Kopf der Beschreibung\n\nText",
                themenfeld_id=tf.id,
                leitziel_id=tf.leitziele[0].id if tf.leitziele else None,
                owner=HOSTILE,
                deadline="2027-12-31",
                status=HOSTILE,
                indicators=[Indicator(HOSTILE, "€", "<0>", "&amp;", "2030"), Indicator("", "", "", "", "")],
                children=nested_goals(depth - 1),
                id=100 + depth,
            )
        ]

    document = Document(
        title=HOSTILE,
        wiki_title=HOSTILE,
        art=HOSTILE,
        scope=HOSTILE,
        responsible=HOSTILE,
        year="2026",
        status=HOSTILE,
        themenfeld_ids=[tf.id or 0, catalogue.themenfelder[0].id or 0, 999],
        sections=[
            Section(HOSTILE, body, [Section("Leer", "")]),
            *nested_sections(7),
            Section("", "Abschnitt ohne Überschrift"),
        ],
        goals=nested_goals(5),
        papers=[
            CouncilPaper(
                reference=HOSTILE,
                name=HOSTILE,
                url="javascript:alert(1)",
                decision_proposal=f"{HOSTILE}\n**fett** und [Link](https://example.org)\n# keine Überschrift",
                consultations=[Consultation(HOSTILE, "2026-01-02", HOSTILE, HOSTILE), Consultation()],
                children=[CouncilPaper(reference="B/17/3503-02", url="https://example.org/vorlage")],
            )
        ],
        synergies=[Synergy(1, HOSTILE), Synergy(None, HOSTILE), Synergy(99, "")],
        leitziel_refs=[LeitzielRef(tf.id, None, HOSTILE), LeitzielRef(999, None, "")],
        links=[
            Link(HOSTILE, "https://example.org/?a=1&b=2"),
            Link("", "https://example.org/nur-adresse"),
            Link("Skript", "javascript:alert(1)"),
        ],
        id=5,
    )
    titles = {doc.id or 0: doc.page_title() for doc in documents}
    return ExportSource(document, catalogue, {**titles, 5: HOSTILE})


# --- the page as a whole ----------------------------------------------------------------------


@pytest.mark.parametrize("index", [0, 1])
def test_sample_pages_pass_the_checker_without_findings(index: int) -> None:
    page = export_html(sample_source(index), stand=STAND)
    assert [str(f) for f in check(page)] == []


def test_hostile_page_passes_the_checker_without_findings() -> None:
    page = export_html(hostile_source(), stand=STAND)
    assert [str(f) for f in check(page)] == []


def test_page_is_german_with_the_document_title_and_landmarks() -> None:
    _, root = page_of(sample_source(0))
    assert root.get("lang") == "de"
    assert text_of(root.find("head/title")) == "Smart City Strategie"  # type: ignore[arg-type]
    body = root.find("body")
    assert body is not None
    assert [child.tag for child in body] == ["a", "header", "nav", "main", "footer"]
    skip = body[0]
    assert skip.get("href") == "#inhalt" and body.find("main").get("id") == "inhalt"  # type: ignore[union-attr]
    assert text_of(body.find("header/h1")) == "Smart City Strategie"  # type: ignore[arg-type]
    nav = body.find("nav")
    assert nav is not None and nav.get("aria-labelledby") == "inhaltsverzeichnis"
    assert text_of(nav.find("h2")) == "Inhalt"  # type: ignore[arg-type]


def test_table_of_contents_lists_the_headings_down_to_level_three_in_order_and_every_link_resolves() -> None:
    _, root = page_of(sample_source(1))
    main = root.find("body/main")
    nav = root.find("body/nav")
    assert main is not None and nav is not None
    ids = {element.get("id") for element in root.iter() if element.get("id")}
    links = [(a.get("href") or "", text_of(a)) for a in nav.iter("a")]
    assert all(href.startswith("#") and href[1:] in ids for href, _ in links)
    headings = [(f"#{h.get('id')}", text_of(h)) for h in main.iter() if (heading_level(h) or 9) <= 3]
    assert links == headings
    assert [text for _, text in links][:5] == [
        "Steckbrief",
        "Themenfelder",
        "Kurzbeschreibung",
        "Ausgangslage",
        "Analyseschwerpunkte",
    ]
    # Nested: Ausgangslage (a body heading of Kurzbeschreibung) is a sub-entry.
    nested = nav.findall("ul/li/ul/li/a")
    assert "Ausgangslage" in [text_of(a) for a in nested]


def test_headings_never_skip_a_level_and_body_headings_nest_below_their_section() -> None:
    source = sample_source(0)
    source.document.sections[0].body += "\n\n# Unterkapitel\n\n### Zwei tiefer\n\nText"
    _, root = page_of(source)
    levels = [(heading_level(h), text_of(h)) for h in root.iter() if heading_level(h)]
    previous = 0
    for level, _ in levels:
        assert level is not None and level <= previous + 1
        previous = level
    as_dict = {text: level for level, text in levels}
    assert as_dict["Kurzbeschreibung"] == 2
    assert as_dict["Unterkapitel"] == 3
    assert as_dict["Zwei tiefer"] == 4  # "###" would be a jump from 3 to 5


def test_levels_deeper_than_six_stay_level_six() -> None:
    _, root = page_of(hostile_source())
    levels = [heading_level(h) for h in root.iter() if heading_level(h)]
    assert max(levels) == 6  # type: ignore[type-var]
    assert not [h for h in root.iter() if h.get("role") == "heading"]


def test_themenfeld_icons_are_embedded_pngs_with_empty_alt_next_to_their_name() -> None:
    source = sample_source(0)
    _, root = page_of(source)
    items = root.findall("body/main/ul[@class='themenfelder']/li")
    names = [text_of(li).strip() for li in items]
    themenfelder = [source.catalogue.by_id(i) for i in source.document.themenfeld_ids]
    assert names == [tf.title for tf in themenfelder if tf]
    for li, tf in zip(items, themenfelder, strict=True):
        img = li.find("img")
        assert img is not None and tf is not None
        # The name stands beside the icon: an empty alt keeps a screen reader from reading it twice.
        assert img.get("alt") == ""
        src = img.get("src") or ""
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1]) == icon_path(tf).read_bytes()
    assert all(img.get("alt") is not None for img in root.iter("img"))


def test_tables_have_captions_and_header_cells_with_scope() -> None:
    _, root = page_of(sample_source(1))
    tables = list(root.iter("table"))
    captions = [text_of(t.find("caption")) for t in tables]  # type: ignore[arg-type]
    assert captions == [
        "Tabelle 1: Eckdaten",
        "Tabelle 2: Indikatoren zu „Mobilitätsstationen in allen drei Quartieren einrichten“",
        "Tabelle 3: Beratungsfolge der Vorlage B/18/0123",
    ]
    for table in tables:
        head = [th.get("scope") for th in table.findall("thead/tr/th")]
        assert head and set(head) == {"col"}
        assert all(row.find("th").get("scope") == "row" for row in table.findall("tbody/tr"))  # type: ignore[union-attr]
    beratung = tables[2]
    assert [text_of(th) for th in beratung.findall("thead/tr/th")] == ["Gremium", "Sitzung", "Rolle", "Ergebnis"]


def test_page_holds_every_part_of_the_document() -> None:
    _, root = page_of(sample_source(1))
    text = text_of(root)
    for expected in [
        "Beispielkonzept Digitale Quartiere",
        "Stadtstruktur & Stadtgestalt – Erhalt und Ausbau der kleinräumigen Funktionsmischung",  # Leitziel reference
        "Smart City Strategie: Setzt Ziele",  # synergy to the other document
        "B/18/0123",
        "Mobilitätsstationen in Betrieb",  # indicator
        "Frist: 31.12.2027",
        "Beschlussvorschlag",
    ]:
        assert expected in text
    headings = [text_of(h) for h in root.iter() if heading_level(h)]
    assert {"Steckbrief", "Ziele", "Beitrag zu den Leitzielen", "Synergien", "Politische Beschlusslage"} <= set(
        headings
    )
    assert all((e.get("src") or "data:").startswith("data:") for e in root.iter())  # nothing is loaded from elsewhere


def test_links_say_where_they_go() -> None:
    _, root = page_of(sample_source(0))
    links = {text_of(a): a.get("href") for a in root.iter("a")}
    assert links["Website zu Smart City"] == "https://www.oberhausen.de/de/index/stadtentwicklung-umwelt/smart_city/"
    item = next(li for li in root.iter("li") if "Website zu Smart City" in text_of(li))
    assert text_of(item) == "Website zu Smart City (www.oberhausen.de)"


def test_page_prints_with_its_own_stylesheet_and_no_external_resources() -> None:
    _, root = page_of(sample_source(0))
    style = root.find("head/style")
    assert style is not None and "@media print" in (style.text or "")
    assert root.find("head/link") is None and not list(root.iter("script"))


# --- text comes out literal -------------------------------------------------------------------


def test_hostile_text_in_fields_comes_out_literal() -> None:
    page, root = page_of(hostile_source())
    assert "<script" not in page
    assert text_of(root.find("head/title")) == HOSTILE  # type: ignore[arg-type]
    assert text_of(root.find("body/header/h1")) == HOSTILE  # type: ignore[arg-type]
    cells = [text_of(td) for td in root.iter("td")]
    assert HOSTILE in cells and "&amp;" in cells and "<0>" in cells
    assert f"Tabelle 2: {HOSTILE}" in [text_of(c) for c in root.iter("caption")]  # a body table, named by its section
    points = next(ol for ol in root.iter("ol") if "keine Überschrift" in text_of(ol))
    # The Beschlussvorschlag is typed as plain lines: what was typed is shown, never read as Markdown.
    assert [text_of(li) for li in points] == [
        HOSTILE,
        "**fett** und [Link](https://example.org)",
        "# keine Überschrift",
    ]
    assert "Verweis („Smart City Strategie“)" in text_of(root)
    assert any(text_of(li) == f"{HOSTILE}: {HOSTILE}" for li in root.iter("li"))  # Leitziel note
    assert not [e for e in root.iter() if any(key.startswith("on") for key in e.attrib)]


def test_raw_html_and_entities_in_a_body_stay_text() -> None:
    div = body_html('<script>alert("x")</script> & &amp; &lt;b&gt; ä\n\n<div onclick="x">*kursiv*</div>')
    assert [child.tag for child in div] == ["p", "p"]
    assert text_of(div[0]) == '<script>alert("x")</script> & &amp; &lt;b&gt; ä'
    assert text_of(div[1]) == '<div onclick="x">kursiv</div>'
    assert div[1].find("em") is not None  # Markdown inside stays Markdown


def test_entities_stay_literal_in_code_and_addresses_too() -> None:
    div = body_html("`&amp; \\&` [a](https://example.org/?x=1&amp;y=2)\n\n```\n&copy; <b>\n```")
    assert text_of(div.find("p/code")) == "&amp; \\&"  # type: ignore[arg-type]
    assert div.find("p/a").get("href") == "https://example.org/?x=1&amp;y=2"  # type: ignore[union-attr]
    assert text_of(div.find("pre/code")) == "&copy; <b>\n"  # type: ignore[arg-type]


def test_backslash_escapes_read_as_in_commonmark() -> None:
    div = body_html("\\& \\< \\$ \\* \\| \\{ zeile\\\nzwei")
    assert text_of(div[0]) == "& < $ * | { zeile\nzwei"
    assert div[0].find("br") is not None


def test_braces_are_text_unless_they_set_an_id_or_a_language() -> None:
    div = body_html(
        "Absatz\n{onclick=alert(1)}\n\n# Mengen {a, b}\n\n*x*{lang=en} und {#a} und {b}\n\nQuote\n{lang=en}"
    )
    assert text_of(div[0]) == "Absatz\n{onclick=alert(1)}" and not div[0].attrib
    assert text_of(div[1]) == "Mengen {a, b}" and set(div[1].attrib) == {"id"}
    assert text_of(div[2]) == "x und {#a} und {b}"
    assert div[2].find("em").get("lang") == "en"  # type: ignore[union-attr]
    assert div[3].get("lang") == "en" and text_of(div[3]) == "Quote"


def test_links_to_other_documents_name_the_document_without_a_link() -> None:
    div = body_html(
        "Siehe [das Konzept](dokument:7), [Mobilität 2030](dokument:7) und [alt](dokument:8).", 2, {7: "Mobilität 2030"}
    )
    assert text_of(div[0]) == "Siehe das Konzept („Mobilität 2030“), Mobilität 2030 und alt."
    assert div.find(".//a") is None


def test_a_linked_documents_title_is_shown_as_typed() -> None:
    div = body_html("[Plan](dokument:3)", 2, {3: "Wege &amp; Plätze <neu>"})
    assert text_of(div[0]) == "Plan („Wege &amp; Plätze <neu>“)"


def test_links_to_other_documents_become_links_where_the_caller_has_addresses() -> None:
    source = sample_source(1)
    source.document.sections[0].body = "Mehr in [der Strategie](dokument:1)."
    _, root = page_of(source, document_href=lambda doc_id: f"dokument-{doc_id}.html" if doc_id == 1 else None)
    assert not [a for a in root.iter("a") if a.get("href", "").startswith("dokument-")]  # not http(s): text
    _, root = page_of(source, document_href=lambda doc_id: f"https://wiki.example.org/{doc_id}")
    link = next(a for a in root.iter("a") if text_of(a) == "der Strategie")
    assert link.get("href") == "https://wiki.example.org/1" and link.get("title") == "Smart City Strategie"
    synergy = next(li for li in root.iter("li") if "Setzt Ziele" in text_of(li))
    assert synergy.find("a").get("href") == "https://wiki.example.org/1"  # type: ignore[union-attr]


def test_only_web_and_mail_addresses_become_links_and_images_are_not_loaded() -> None:
    div = body_html(
        "[s](javascript:alert(1)) [r](relativ.html) [m](mailto:a@example.org) [](https://example.org) "
        "![Foto](https://example.org/f.png) <a@example.org>"
    )
    links = [(text_of(a), a.get("href")) for a in div.iter("a")]
    assert links == [
        ("m", "mailto:a@example.org"),
        ("https://example.org", "https://example.org"),
        ("Bild: Foto", "https://example.org/f.png"),
        ("a@example.org", "mailto:a@example.org"),
    ]
    assert text_of(div[0]).startswith("s r m ")
    assert div.find(".//img") is None


def test_body_tables_get_a_caption_and_column_headers() -> None:
    div = body_html("| Jahr | | Wert |\n|---|---|---|\n| 2026 | x | a \\| b |")
    table = div.find("table")
    assert table is not None
    assert text_of(table.find("caption")) == "Tabelle 1: Abschnitt"  # type: ignore[arg-type]
    assert [(c.tag, c.get("scope")) for c in table.findall("thead/tr/*")] == [
        ("th", "col"),
        ("td", None),  # an empty cell heads nothing
        ("th", "col"),
    ]
    assert [text_of(td) for td in table.findall("tbody/tr/td")] == ["2026", "x", "a | b"]


def test_a_table_without_any_column_name_names_its_columns_for_screen_readers() -> None:
    table = body_html("| | |\n|---|---|\n| a | b |").find("table")
    assert table is not None
    heads = table.findall("thead/tr/th")
    assert [(th.get("scope"), text_of(th)) for th in heads] == [("col", "Spalte 1"), ("col", "Spalte 2")]
    assert all(th.find("span").get("class") == "unsichtbar" for th in heads)  # type: ignore[union-attr]


def test_code_fences_are_code_blocks_and_their_braces_and_backslashes_stay() -> None:
    div = body_html("Vorher\n```python {onclick=x}\na {b} \\*\n\n  eingerückt\n```\nNachher")
    assert [child.tag for child in div] == ["p", "pre", "p"]
    code = div.find("pre/code")
    assert code is not None and not code.attrib
    assert text_of(code) == "a {b} \\*\n\n  eingerückt\n"


def test_ids_stay_unique_when_body_headings_repeat_the_page_headings() -> None:
    source = sample_source(0)
    source.document.sections[0].body = "# Ziele\n\n# Steckbrief {#inhalt}\n\n[oben](#inhalt)"
    page, root = page_of(source)
    assert [str(f) for f in check(page)] == []
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids))
    link = next(a for a in root.iter("a") if text_of(a) == "oben")
    target = link.get("href", "")[1:]
    assert text_of(next(e for e in root.iter() if e.get("id") == target)) == "Steckbrief"


@pytest.mark.parametrize("source", ["- " * 3000 + "x", "> " * 3000 + "x", "<div>\n" * 5000 + "x", "[" * 1000 + "x"])
def test_text_nested_thousands_deep_is_shown_without_error(source: str) -> None:
    catalogue, _ = build_sample()
    page = export_html(ExportSource(Document(title="T", sections=[Section("S", source)]), catalogue), stand=STAND)
    assert [str(f) for f in check(page)] == []
    assert "x" in text_of(parse(page)[0].find("body/main"))  # type: ignore[arg-type]


# --- properties -----------------------------------------------------------------------------------


@given(title=st.text(min_size=1).filter(lambda t: t.strip()), note=st.text())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_typed_field_comes_out_as_typed(title: str, note: str) -> None:
    catalogue, _ = build_sample()
    tf = catalogue.themenfelder[0]
    doc = Document(title=title, leitziel_refs=[LeitzielRef(tf.id, None, note)])
    page = export_html(ExportSource(doc, catalogue), stand=STAND)
    root, errors = parse(page)
    assert errors == []

    def typed(text: str) -> str:
        return clean(text.strip()).replace("\r\n", "\n")

    assert text_of(root.find("body/header/h1")) == typed(title)  # type: ignore[arg-type]
    assert text_of(root.find("head/title")) == typed(title)  # type: ignore[arg-type]
    item = root.find("body/main/ul/li")
    assert item is not None
    assert text_of(item) == tf.title + (f": {typed(note)}" if note.strip() else "")


_FENCE = re.compile(r"^(?:[ \t>]|[-*+] |\d+[.)] )*(```|~~~)")
_WORD = st.text(alphabet="abcäöüßXYZ", min_size=1, max_size=6)
_MARK = st.sampled_from(
    ["\n", "\n\n", " ", "*", "_", "`", "#", "# ", "- ", "1. ", "> ", "|", "---", "<", ">", "&", "&amp;", "\\", "{", "}",
     "{#", "{lang=en}", "[", "]", "!", "~~~", "```", "    ", "\t", "=", "<b>", "<script>"]
)  # fmt: skip


@given(st.lists(st.one_of(_WORD, _MARK), max_size=40))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_body_renders_to_a_clean_page_and_loses_no_letter(pieces: list[str]) -> None:
    text = "".join(pieces)
    catalogue, _ = build_sample()
    doc = Document(title="T", sections=[Section("S", text)], goals=[Goal("Z", text)])
    page = export_html(ExportSource(doc, catalogue), stand=STAND)
    assert [str(f) for f in check(page)] == []
    main = parse(page)[0].find("body/main")
    assert main is not None
    allowed = {"p", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br", "a", "span", "h2", "h3"}
    allowed |= {"h4", "h5", "h6", "table", "caption", "thead", "tbody", "tr", "th", "td"}
    assert {e.tag for e in main.iter()} - {"main"} <= allowed
    shown = Counter(text_of(main) + "".join(e.get("id", "") + e.get("href", "") for e in main.iter()))
    # A code fence's info string ("```python") names a language; like CommonMark we do not show it.
    counted = "\n".join(line for line in text.split("\n") if not _FENCE.match(line))
    letters = Counter(char for char in counted if char in "abcäöüßXYZ")
    assert all(shown[char] >= 2 * count for char, count in letters.items()), "a letter of the body got lost"
