"""Export -> import -> export gives the same text; any typed text survives the trip unchanged."""

from __future__ import annotations

import html
import os
from collections.abc import Iterable

import mwparserfromhell
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from mwparserfromhell.nodes import ExternalLink, HTMLEntity, Node, Template
from mwparserfromhell.nodes.tag import Tag

from editor.domain.model import (
    PAGE_TEXT_KEYS,
    CouncilPaper,
    Document,
    ExportSource,
    Goal,
    LeitzielRef,
    Link,
    Section,
    Synergy,
)
from editor.domain.tree import walk
from editor.domain.validation import is_wiki_title
from editor.services.sample import build_sample, sample_source
from exports.markdown_ast import Paragraph, Strong, Text, escape_markdown, parse_markdown
from exports.wiki import category_key, export_wiki, is_link_anchor, is_link_url
from exports.wiki_escape import escape_url
from exports.wiki_import import WikiImportError, import_wiki
from exports.wiki_profile import INFOBOX_FIELDS, WikiProfile, load_profile

CATALOGUE, DOCUMENTS = build_sample()
TITLES = {doc.id: doc.page_title() for doc in DOCUMENTS if doc.id is not None}
PAGE_IDS = {title: doc_id for doc_id, title in TITLES.items()}
PROFILES = [load_profile("mediawikiob"), load_profile("standard")]


def source(doc: Document) -> ExportSource:
    return ExportSource(doc, CATALOGUE, TITLES)


def round_trip(doc: Document, profile: WikiProfile) -> tuple[str, Document, str]:
    first = export_wiki(source(doc), profile)
    imported = import_wiki(first, CATALOGUE, PAGE_IDS, profile).document
    return first, imported, export_wiki(source(imported), profile)


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.name)
@pytest.mark.parametrize("index", [0, 1])
def test_sample_documents_round_trip(index: int, profile: WikiProfile) -> None:
    first, imported, again = round_trip(sample_source(index).document, profile)
    assert again == first
    original = sample_source(index).document
    assert [s.title for s, _ in walk(imported.sections)] == [s.title for s, _ in walk(original.sections)]
    assert (imported.scope, imported.art, imported.responsible, imported.year) == (
        original.scope,
        original.art,
        original.responsible,
        original.year,
    )


def built_documents() -> list[Document]:
    stadt = CATALOGUE.by_title("Stadtstruktur & Stadtgestalt")
    gesund = CATALOGUE.by_title("Gesundheit, Sport und Bewegung")
    assert stadt is not None and gesund is not None and stadt.id is not None and gesund.id is not None
    return [
        Document(title="Leer", art=""),
        Document(
            title="Voll",
            scope="Quartier | Nord",
            responsible="Bereich {{5-1}}",
            year="2026",
            themenfeld_ids=[stadt.id, gesund.id],
            sections=[
                Section(
                    "Kurz",
                    "**Fett** *kursiv* `code` [a](https://x.de) [b](dokument:1)  \nZeile\n\n"
                    "- a\n    - b\n        1. c\n\n| K | W |\n| --- | --- |\n| 1 | 2 |\n\n# Unter\n\nText\n\n---\n\n> Zitat",
                    [Section("Kind", "x", [Section("Enkel")])],
                ),
                Section("Leer"),
            ],
            goals=[
                Goal("Ober", themenfeld_id=stadt.id, leitziel_id=stadt.leitziele[1].id, children=[Goal("Unter")]),
                Goal("Nur Themenfeld", themenfeld_id=gesund.id),
            ],
            papers=[
                CouncilPaper(
                    "B/17/1-01",
                    "Erster",
                    system="Allris",
                    url="https://r.example/1",
                    children=[CouncilPaper("B/17/1-02", "Folge")],
                ),
                CouncilPaper("", "", paper_type="", system=""),
            ],
            synergies=[Synergy(1, "Text: mit Doppelpunkt"), Synergy(2, ""), Synergy(None, "[[frei]]")],
            leitziel_refs=[
                LeitzielRef(stadt.id, stadt.leitziele[0].id, "Notiz"),
                LeitzielRef(stadt.id, None, ""),
                LeitzielRef(gesund.id, gesund.leitziele[0].id, " : "),
            ],
            links=[
                Link("a (b)", "https://x.de/a b"),
                Link("", "https://y.de"),
                Link("Flyer", "im Bürgerbüro"),
                Link("x", ""),
            ],
            extra_params={"Status": "[[Entwurf]]", "Frei": "a|b"},
        ),
    ]


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.name)
@pytest.mark.parametrize("doc", built_documents(), ids=lambda d: d.title)
def test_built_documents_round_trip(doc: Document, profile: WikiProfile) -> None:
    first, _, again = round_trip(doc, profile)
    assert again == first


# --- property: any typed text ------------------------------------------------------------------

MARKUP = [
    "|", "=", "{{", "}}", "[[", "]]", "''", "'''", "*", "#", ":", ";", "----", "~~~~", "__TOC__",
    "<nowiki>", "</nowiki>", "<script>", "&amp;", "&#124;", "&nbsp;", "{|", "|}", "!!", "||", "\n", " ",
    "http://x.de", "[http://y.de z]", "(", ")", ": \"", " - ", "<!--", "-->", "{{!}}", "<br />", "\t", "\u00a0",
]  # fmt: skip
ANY_CHAR = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
TEXT = st.lists(st.one_of(st.sampled_from(MARKUP), st.text(ANY_CHAR, max_size=6)), max_size=5).map("".join)
KEY = st.text(st.sampled_from("ABCXYZäöü "), min_size=1, max_size=8).map(str.strip).filter(bool)
URL = st.text(st.sampled_from("abcxyz0123/._~-%?&="), max_size=12).map(lambda tail: "https://example.org/" + tail)
ICON = (
    st.text(st.sampled_from("abcäöü &,-"), min_size=1, max_size=8)
    .map(lambda s: s.strip() + ".png")
    .filter(lambda name: len(name) > 4)
)
CATEGORY = (
    st.text(st.sampled_from("ABCabcäöß &-,."), min_size=1, max_size=10)
    .map(lambda s: " ".join(s.split()))
    .filter(
        lambda name: (
            is_wiki_title(name)
            and category_key(name) not in {category_key("Konzept")}
            and CATALOGUE.by_title(name) is None
            and all(category_key(name) != category_key(tf.category) for tf in CATALOGUE.themenfelder)
        )
    )
)
LEITZIEL_CHOICES = [
    (tf.id, lz.id if lz else None) for tf in CATALOGUE.themenfelder for lz in [None, *tf.leitziele]
]  # (themenfeld, leitziel or None)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    def goal(depth: int) -> Goal:
        choice = draw(st.sampled_from([(None, None), *LEITZIEL_CHOICES]))
        children = [goal(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 2 else 0)))]
        return Goal(draw(TEXT), themenfeld_id=choice[0], leitziel_id=choice[1], children=children)

    def section(depth: int) -> Section:
        children = [section(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 2 else 0)))]
        return Section(draw(TEXT), escape_markdown(draw(TEXT)), children)

    def paper(depth: int) -> CouncilPaper:
        children = [paper(depth + 1) for _ in range(draw(st.integers(0, 1 if depth < 1 else 0)))]
        return CouncilPaper(
            reference=draw(TEXT),
            name=draw(TEXT),
            paper_type=draw(TEXT),
            system=draw(TEXT),
            url=draw(st.one_of(st.just(""), URL)),
            children=children,
        )

    themenfelder = draw(st.lists(st.sampled_from([tf.id for tf in CATALOGUE.themenfelder]), unique=True, max_size=3))
    refs = [
        LeitzielRef(tf_id, lz_id, draw(TEXT))
        for tf_id, lz_id in draw(st.lists(st.sampled_from(LEITZIEL_CHOICES), max_size=3))
    ]
    for tf_id in draw(st.lists(st.sampled_from([tf.id for tf in CATALOGUE.themenfelder]), max_size=2)):
        # A free Leitziel (outside the catalogue), with or without its anchor on the Themenfeld page.
        title = draw(TEXT).strip(" \t\n\r")
        anchor = draw(TEXT).strip()  # anchors come from pages, where they were link anchors
        anchor = anchor if is_link_anchor(anchor) else ""
        refs.append(LeitzielRef(tf_id, None, draw(TEXT), leitziel_title=title, leitziel_anchor=anchor))
    page_texts = {
        key: escape_markdown(text)
        for key in draw(st.lists(st.sampled_from(PAGE_TEXT_KEYS), unique=True, max_size=3))
        if (text := draw(TEXT)).strip()
    }
    icons = {tf_id: draw(ICON) for tf_id in themenfelder if tf_id is not None and draw(st.booleans())}
    return Document(
        title="T",
        art=draw(TEXT),
        scope=draw(TEXT),
        responsible=draw(TEXT),
        year=draw(TEXT),
        themenfeld_ids=[i for i in themenfelder if i is not None],
        sections=[section(0) for _ in range(draw(st.integers(0, 2)))],
        goals=[goal(0) for _ in range(draw(st.integers(0, 2)))],
        papers=[paper(0) for _ in range(draw(st.integers(0, 2)))],
        synergies=[Synergy(draw(st.sampled_from([None, *TITLES])), draw(TEXT)) for _ in range(draw(st.integers(0, 2)))],
        leitziel_refs=refs,
        links=[Link(draw(TEXT), draw(st.one_of(URL, TEXT))) for _ in range(draw(st.integers(0, 2)))],
        extra_params=draw(st.dictionaries(KEY, TEXT, max_size=2)),
        categories=draw(st.lists(CATEGORY, unique_by=category_key, max_size=3)),
        page_texts={key: text for key, text in page_texts.items() if parse_markdown(text)},
        themenfeld_icons=icons,
    )


def decoded(nodes: Iterable[Node]) -> str:
    """Plain text of a parameter value or heading as MediaWiki shows it: raw blanks at the ends
    are trimmed, then entities, {{!}} and nowiki are decoded."""
    pieces: list[tuple[str, bool]] = []

    def add(nodes: Iterable[Node]) -> None:
        for node in nodes:
            if isinstance(node, HTMLEntity):
                pieces.append((node.normalize(), True))
            elif isinstance(node, Template) and str(node.name) == "!":
                pieces.append(("|", True))
            elif isinstance(node, Tag) and str(node.tag) == "nowiki":
                pieces.append((html.unescape(str(node.contents)), True))
            elif isinstance(node, ExternalLink) and not node.brackets:
                add(node.url.nodes)  # a bare URL shows its text; escapes inside it still count
            else:
                pieces.append((str(node), False))

    add(nodes)
    blanks = " \t\n\r"
    while pieces and not pieces[0][1] and not pieces[0][0].strip(blanks):
        pieces.pop(0)
    while pieces and not pieces[-1][1] and not pieces[-1][0].strip(blanks):
        pieces.pop()
    if pieces and not pieces[0][1]:
        pieces[0] = (pieces[0][0].lstrip(blanks), False)
    if pieces and not pieces[-1][1]:
        pieces[-1] = (pieces[-1][0].rstrip(blanks), False)
    return "".join(text for text, _ in pieces)


def expected_headings(doc: Document, profile: WikiProfile) -> list[tuple[int, str]]:
    heads = [(2, profile.sections["themenfelder"])]
    heads += [(2 + depth, section.title) for section, depth in walk(doc.sections)]
    heads += [(2, profile.sections[key]) for key in ("goals", "synergies", "leitziele", "papers", "links")]
    return heads


def expected_page_texts(doc: Document) -> dict[str, object]:
    """The prose around the fixed parts as it comes back: without a list, the text below it joins the one above."""
    lists = {"themenfelder": doc.themenfeld_ids, "goals": doc.goals, "synergies": doc.synergies,
             "papers": doc.papers, "links": doc.links}  # fmt: skip
    texts = {k: v.strip(" \t\n\r") for k, v in doc.page_texts.items()}
    for key, items in lists.items():
        if not items and f"{key}.end" in texts:
            end = texts.pop(f"{key}.end")
            texts[key] = f"{texts[key]}\n\n{end}" if key in texts else end
    return {k: parse_markdown(v) for k, v in texts.items()}


def goal_shape(goals: list[Goal]) -> list[object]:
    return [(g.title, g.themenfeld_id, g.leitziel_id, goal_shape(g.children)) for g in goals]


def paper_shape(papers: list[CouncilPaper]) -> list[object]:
    return [(p.paper_type, p.reference, p.system, p.name, p.url, paper_shape(p.children)) for p in papers]


def section_shape(sections: list[Section]) -> list[object]:
    return [(s.title, parse_markdown(s.body), section_shape(s.children)) for s in sections]


def grouped_refs(doc: Document) -> list[tuple[int | None, int | None, str, str, str]]:
    order = list(doc.themenfeld_ids)
    order += [r.themenfeld_id for r in doc.leitziel_refs if r.themenfeld_id not in order]  # type: ignore[misc]
    refs = [
        (r.themenfeld_id, r.leitziel_id, r.note, *((r.leitziel_title, r.leitziel_anchor) if r.is_free() else ("", "")))
        for r in doc.leitziel_refs
    ]
    return sorted(refs, key=lambda r: order.index(r[0]))  # stable: keeps order inside a Themenfeld


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.name)
@settings(
    max_examples=int(os.environ.get("WIKI_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(doc=documents())
def test_any_typed_text_survives_export_and_import(doc: Document, profile: WikiProfile) -> None:
    text = export_wiki(source(doc), profile)
    code = mwparserfromhell.parse(text)

    # exactly one infobox with the same parameters and values
    # (Kept parameters hold the imported page's own wiki text, templates included.)
    kept = [
        p.value for t in code.filter_templates(recursive=False) for p in t.params if str(p.name) in doc.extra_params
    ]
    named = [
        t
        for t in code.filter_templates(recursive=True)
        if str(t.name) != "!" and not any(value.contains(t) for value in kept)
    ]
    if profile.infobox_style == "template":
        assert len(named) == 1 and str(named[0].name).strip() == profile.template
        params = {str(p.name): decoded(p.value.nodes) for p in named[0].params}
        assert list(params)[:4] == [profile.params[f] for f in INFOBOX_FIELDS]
        for field in INFOBOX_FIELDS:
            assert params[profile.params[field]] == getattr(doc, field)
        assert set(params) == {profile.params[f] for f in INFOBOX_FIELDS} | set(doc.extra_params)
    else:
        assert named == []

    # the same section headings in the same order
    heads = [(h.level, decoded(h.title.nodes)) for h in code.filter_headings(recursive=False)]
    assert heads == expected_headings(doc, profile)

    # every field back unchanged
    imported = import_wiki(text, CATALOGUE, PAGE_IDS, profile).document
    assert (imported.art, imported.scope, imported.responsible, imported.year) == (
        doc.art,
        doc.scope,
        doc.responsible,
        doc.year,
    )
    assert imported.themenfeld_ids == doc.themenfeld_ids
    assert section_shape(imported.sections) == section_shape(doc.sections)
    assert goal_shape(imported.goals) == goal_shape(doc.goals)
    assert paper_shape(imported.papers) == paper_shape(doc.papers)
    assert [(s.target_document_id, s.text) for s in imported.synergies] == [
        (s.target_document_id, s.text) for s in doc.synergies
    ]
    assert grouped_refs(imported) == grouped_refs(doc)
    assert imported.categories == doc.categories
    assert {k: parse_markdown(v) for k, v in imported.page_texts.items()} == expected_page_texts(doc)
    assert imported.themenfeld_icons == doc.themenfeld_icons
    # A web address comes back as the wiki needs it: blanks and brackets percent-encoded, same address.
    assert [(li.label, li.url) for li in imported.links] == [
        (li.label, escape_url(li.url.strip()) if is_link_url(li.url) else li.url) for li in doc.links
    ]
    assert set(imported.extra_params) == set(doc.extra_params)
    assert export_wiki(source(imported), profile) == text


# --- property: any Markdown body, any page text ----------------------------------------------------

MD_TOKENS = [
    "- ", "* ", "1. ", "2) ", "    ", "  ", "\n", "\n\n", "# ", "## ", "**", "*", "_", "`", "```", "[a](https://a.de)",
    "[d](dokument:1)", "[x](javascript:alert(1))", "![i](https://a.de/i.png)", "| a | b |\n| --- | --- |\n| 1 | 2 |",
    "> ", "---", "\\", "<b>", "&amp;", "{{x}}", "[[y]]", "''", "~~~~", "|", "=", "text", "Wort ", "ä",
]  # fmt: skip
MARKDOWN = st.lists(st.one_of(st.sampled_from(MD_TOKENS), st.text(ANY_CHAR, max_size=4)), max_size=14).map("".join)


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.name)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies=st.lists(MARKDOWN, min_size=1, max_size=3))
def test_any_markdown_body_gives_a_stable_page(bodies: list[str], profile: WikiProfile) -> None:
    doc = Document(title="T", sections=[Section(f"S{n}", body) for n, body in enumerate(bodies)])
    first = export_wiki(source(doc), profile)
    result = import_wiki(first, CATALOGUE, PAGE_IDS, profile)
    # Bold right after a letter, starting with a punctuation mark ("x'''(y)'''"), has no
    # CommonMark form; the import says so and keeps the text (tested on its own below).
    assume(not any("nicht in Markdown schreiben" in line for line in result.report))
    again = export_wiki(source(result.document), profile)
    assert again == first
    heads = [decoded(h.title.nodes) for h in mwparserfromhell.parse(first).filter_headings(recursive=False)]
    assert [h for h in heads if h.startswith("S") and h[1:].isdigit()] == [f"S{n}" for n in range(len(bodies))]


PAGE_TOKENS = [
    "{{Konzeption|Art=x|", "}}", "{{", "[[", "]]", "[[Datei:Mobilität.png|link=Mobilität]]", "[[Kategorie:x]]",
    "\n==Ziele==\n", "\n===Unter===\n", "\n* ", "\n** ", "\n# ", "\n: ", "\n; ", "{|", "\n|-\n", "\n|}", "\n! ", "\n| ",
    "'''", "''", "<nowiki>", "</nowiki>", "<pre>", "<!--", "-->", "&amp;", "&#", "[http://a.de x]", " - ", ": \"", "(",
    ")", "\n", "|", "=", "<ref>", "</ref>", "{{!}}", "__TOC__", "<div id=\"a\">", "</div>", "\n|+ ", "\n=T=\n",
    "\n==Themenfeld(er)==\n", "\n==Bezug zu Leitzielen der Stadtentwicklung==\n", "'''Themenfeld Wohnen:'''",
    "[[Wohnen#Frei|Frei]]", "[[Datei:Wohnen.jpg|rahmenlos]]", "\n==Weiterführende Links & Downloads==\n",
    "[[Kategorie:A & B]]", "Das Konzept hat Bezug zu folgenden Themenfeldern des iSTEK:", "&#xD800;",
]  # fmt: skip
PAGE = st.lists(st.one_of(st.sampled_from(PAGE_TOKENS), st.text(ANY_CHAR, max_size=5)), max_size=30).map("".join)


@settings(
    max_examples=int(os.environ.get("WIKI_PAGES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(text=PAGE)
@example(text="\n==Bezug zu Leitzielen der Stadtentwicklung==\n\n: '''Themenfeld Wohnen:'''")  # an empty group line
@example(text="<nowiki>\n==Ziele==\n</nowiki>")  # line ends inside nowiki: blanks, none kept at the edges
@example(text="{{Konzeption|Art=x|&#10;")  # a blank written as an entity at the end of a paragraph shows nothing
@example(text="\n* {{Konzeption|Art=x|&#10;")  # nor at the end of a list item
@example(text="{|{{!}}\n|}")  # a template among a table's attributes
def test_any_page_text_imports_without_traceback_and_settles(text: str) -> None:
    profile = PROFILES[0]
    try:
        result = import_wiki(text, CATALOGUE, PAGE_IDS, profile)
    except WikiImportError:
        return  # refused as not wiki text, with a German message: fine
    assert all(isinstance(line, str) and line for line in result.report)
    first = export_wiki(source(result.document), profile)
    again = import_wiki(first, CATALOGUE, PAGE_IDS, profile).document
    assert export_wiki(source(again), profile) == first


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.name)
def test_a_scheme_without_an_address_stays_text(profile: WikiProfile) -> None:
    doc = Document(title="T", links=[Link("", "FTP://"), Link("Amt", "https://")])
    first, imported, again = round_trip(doc, profile)
    assert "[FTP://]" not in first
    assert [(li.label, li.url) for li in imported.links] == [("", "FTP://"), ("Amt", "https://")]
    assert again == first


def test_a_kept_parameter_cannot_open_a_comment_over_the_page() -> None:
    # Found by the property test: "<!--" after a bare address, "-->" in a later goal.
    profile = PROFILES[0]
    doc = Document(title="T", goals=[Goal("-->")], extra_params={"A": "http://x.de<!--"})
    first, imported, again = round_trip(doc, profile)
    code = mwparserfromhell.parse(first)
    assert [str(t.name).strip() for t in code.filter_templates(recursive=False)] == [profile.template]
    assert imported.extra_params == {"A": "http://x.de&lt;!--"}  # kept as the page's wiki text, shown literally
    assert [g.title for g in imported.goals] == ["-->"]
    assert again == first


def test_emphasis_markdown_cannot_hold_is_reported_and_its_text_kept() -> None:
    text = "{{Konzeption}}\n==Kurzbeschreibung==\nDie Stadt'''(Ost)''' wächst, '''fett''' bleibt.\n"
    result = import_wiki(text, CATALOGUE, PAGE_IDS, PROFILES[0])
    body = result.document.sections[0].body
    # CommonMark cannot open bold between "t" and "(": the parenthesis stands outside, the word stays bold.
    assert parse_markdown(body) == [
        Paragraph(
            (Text("Die Stadt("), Strong((Text("Ost)"),)), Text(" wächst, "), Strong((Text("fett"),)), Text(" bleibt."))
        )
    ]
    assert any("Hervorhebung" in line and "Kurzbeschreibung" in line for line in result.report)
