"""Wiki export: the contract with MediawikiOB (golden file), Markdown bodies, escaping, profiles."""

from __future__ import annotations

import difflib
from pathlib import Path

import mwparserfromhell
import pytest

from editor.domain.model import (
    Catalogue,
    CouncilPaper,
    Document,
    ExportSource,
    Goal,
    LeitzielRef,
    Link,
    Section,
    Synergy,
)
from editor.services.sample import build_sample, sample_source
from exports.markdown_ast import escape_markdown
from exports.wiki import export_wiki
from exports.wiki_profile import load_profile

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "smart-city-strategie.wiki"
SHARED_REFERENCE = Path("../shared/reference/smart-city-strategie.wiki")
ACTUAL = HERE.parent / "_actual"


def compare_to_golden(actual: str, golden: Path, update: bool) -> None:
    """Compare text with a golden file; on mismatch keep the actual output and show a diff."""
    if update and golden.is_relative_to(HERE):
        golden.write_text(actual, encoding="utf-8", newline="")
        return
    if not golden.exists():
        pytest.fail(f"Golden-Datei {golden} fehlt; mit --update-goldens anlegen und die Ausgabe prüfen.")
    expected = golden.read_text(encoding="utf-8")
    if actual == expected:
        return
    ACTUAL.mkdir(exist_ok=True)
    (ACTUAL / golden.name).write_text(actual, encoding="utf-8", newline="")
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True), str(golden), "tatsächlich"
        )
    )
    pytest.fail(f"Ausgabe weicht von {golden} ab (gespeichert unter {ACTUAL / golden.name}):\n{diff}")


def test_sample_matches_golden_file(request: pytest.FixtureRequest) -> None:
    compare_to_golden(export_wiki(sample_source(0)), GOLDEN, bool(request.config.getoption("--update-goldens")))


@pytest.mark.parametrize("index", [0, 1])
def test_samples_in_standard_profile_match_golden_files(index: int, request: pytest.FixtureRequest) -> None:
    golden = HERE / "golden" / f"sample-{index}.standard.wiki"
    text = export_wiki(sample_source(index), load_profile("standard"))
    compare_to_golden(text, golden, bool(request.config.getoption("--update-goldens")))


def test_second_sample_matches_golden_file(request: pytest.FixtureRequest) -> None:
    golden = HERE / "golden" / "sample-1.mediawikiob.wiki"
    compare_to_golden(export_wiki(sample_source(1)), golden, bool(request.config.getoption("--update-goldens")))


def test_sample_matches_shared_reference_byte_for_byte() -> None:
    if not SHARED_REFERENCE.is_file():
        pytest.skip("../shared/reference fehlt in diesem Checkout")
    assert export_wiki(sample_source(0)).encode("utf-8") == SHARED_REFERENCE.read_bytes()


def source_with(doc: Document) -> ExportSource:
    catalogue, documents = build_sample()
    titles = {d.id: d.page_title() for d in documents if d.id is not None}
    return ExportSource(doc, catalogue, titles)


def catalogue() -> Catalogue:
    return build_sample()[0]


def test_markdown_body_becomes_wiki_markup() -> None:
    body = (
        "Ein **fetter** und *kursiver* Text mit [Link](https://example.org/x) und [Verweis](dokument:1).  \n"
        "Neue Zeile.\n\n"
        "- eins\n  - eins a\n    1. tief\n- zwei\n\n"
        "## Unterpunkt\n\n"
        "| Kopf | Wert |\n|---|---|\n| a | b |\n"
    )
    doc = Document(title="T", sections=[Section("Kurz", body)])
    text = export_wiki(source_with(doc))
    assert (
        "==Kurz==\n"
        "Ein '''fetter''' und ''kursiver'' Text mit [https://example.org/x Link] und "
        "[[Smart City Strategie|Verweis]].<br />Neue Zeile.\n\n"
        "* eins\n** eins a\n**# tief\n* zwei\n\n"
        "===Unterpunkt===\n"
        '{| class="wikitable"\n! Kopf\n! Wert\n|-\n| a\n| b\n|}\n\n'
    ) in text


def test_sub_sections_are_deeper_headings_in_tree_order() -> None:
    doc = Document(
        title="T",
        sections=[Section("A", "a", [Section("A1", "", [Section("A1x", "x")]), Section("A2")]), Section("B")],
    )
    text = export_wiki(source_with(doc))
    heads = [line for line in text.splitlines() if line.startswith("=")]
    assert heads[1:6] == ["==A==", "===A1===", "====A1x====", "===A2===", "==B=="]


def test_body_heading_never_skips_a_level() -> None:
    doc = Document(title="T", sections=[Section("A", "#### Tief\n\ntext")])
    assert "===Tief===\ntext" in export_wiki(source_with(doc))


def test_goals_papers_synergies_links_and_refs() -> None:
    cat = catalogue()
    stadt = cat.by_title("Stadtstruktur & Stadtgestalt")
    assert stadt is not None and stadt.id is not None
    lz = stadt.leitziele[0]
    doc = Document(
        title="T",
        themenfeld_ids=[stadt.id],
        goals=[Goal("Ober", themenfeld_id=stadt.id, leitziel_id=lz.id, children=[Goal("Unter")])],
        papers=[
            CouncilPaper("B/17/1-01", "Erster", system="Allris", url="https://ratsinfo.example/1"),
            CouncilPaper("A/18/2", "Zweiter", paper_type="Antrag"),
        ],
        synergies=[Synergy(1, "passt"), Synergy(None, "frei")],
        leitziel_refs=[LeitzielRef(stadt.id, lz.id, "Notiz"), LeitzielRef(stadt.id, None, "")],
        links=[Link("Seite", "https://example.org/a b")],
    )
    text = export_wiki(source_with(doc))
    assert f"* Ober ([[Stadtstruktur & Stadtgestalt#{lz.anchor}|{lz.title}]])\n** Unter\n" in text
    assert '* Vorlage - [https://ratsinfo.example/1 B/17/1-01] (Allris): "Erster"\n' in text
    assert '* Antrag - A/18/2: "Zweiter"\n' in text
    assert "* [[Smart City Strategie]]: passt\n* frei\n" in text
    assert f"* [[Stadtstruktur & Stadtgestalt#{lz.anchor}|{lz.title}]]: Notiz\n" in text
    assert "* [[Stadtstruktur & Stadtgestalt|Stadtstruktur & Stadtgestalt]]\n" in text
    assert "* [https://example.org/a%20b Seite]\n" in text


@pytest.mark.parametrize(
    "typed",
    [
        "a | b",
        "{{Löschen}}",
        "}}",
        "[[Kategorie:Spam]]",
        "''kursiv'' '''fett'''",
        "~~~~",
        "__TOC__",
        "<nowiki>",
        "<script>alert(1)</script>",
        "&amp; &#124; &nbsp;",
        "=Überschrift=",
        "----",
        "* Liste",
        "# Nummer",
        ": Einzug",
        "; Begriff",
        "{| class=wikitable",
        "|}",
    ],
)
def test_typed_markup_stays_literal_everywhere(typed: str) -> None:
    doc = Document(
        title="T",
        art=typed,
        scope=typed,
        responsible=typed,
        year=typed,
        sections=[Section(typed, escape_markdown(typed))],
        goals=[Goal(typed)],
        papers=[CouncilPaper(typed, typed, system=typed)],
        links=[Link(typed, "https://example.org")],
    )
    text = export_wiki(source_with(doc))
    code = mwparserfromhell.parse(text)
    templates = code.filter_templates(recursive=True)
    assert [str(t.name).strip() for t in templates if str(t.name).strip() != "!"] == ["Konzeption"]
    infobox = templates[0]
    assert {str(p.name) for p in infobox.params} == {
        "Räumlicher Geltungsbereich",
        "Art",
        "Zuständigkeit",
        "Jahr der Veröffentlichung",
    }
    assert not code.filter_comments() and not [t for t in code.filter_tags() if str(t.tag) in ("nowiki", "script")]
    assert "~~~" not in text and "__TOC__" not in text
    assert [str(h.title) for h in code.filter_headings()][:3] != []
    for line in text.splitlines():
        assert not line.startswith(("----", ";", ":")), line


def test_plain_text_needs_no_escaping() -> None:
    doc = Document(title="T", art="Konzept", sections=[Section("Kurz", "Bürger*innen & Co. sagen: 100% = gut!")])
    assert "==Kurz==\nBürger*innen & Co. sagen: 100% = gut!\n" in export_wiki(source_with(doc))


def test_unsafe_link_targets_keep_only_their_text() -> None:
    doc = Document(title="T", sections=[Section("A", "[klick](javascript:alert(1)) [x](dokument:999)")])
    assert "==A==\nklick x\n" in export_wiki(source_with(doc))


def test_extra_params_are_written_back() -> None:
    doc = Document(title="T", extra_params={"Übergeordnetes Handlungsfeld": "[[Mobilität]]", "Frei": "a|b"})
    text = export_wiki(source_with(doc))
    assert "|Übergeordnetes Handlungsfeld=[[Mobilität]]\n|Frei=a&#124;b\n}}" in text


def test_standard_profile_needs_no_template() -> None:
    text = export_wiki(sample_source(0), load_profile("standard"))
    code = mwparserfromhell.parse(text)
    assert not code.filter_templates()
    assert text.startswith('{| class="wikitable"\n! Räumlicher Geltungsbereich\n| Gesamtstadt\n|-\n! Art\n')
    assert "[[File:Mobilität.png|frameless|120x120px|link=Mobilität|alt=Themenfeld Mobilität]]" in text
    assert text.endswith("[[Category:Gesellschaftliche Teilhabe und Chancengleichheit]]\n")


def test_export_leaves_the_cycle_collector_as_it_found_it() -> None:
    import gc

    source = sample_source(0)
    assert gc.isenabled()
    export_wiki(source)
    assert gc.isenabled()
    gc.disable()
    try:
        export_wiki(source)
        assert not gc.isenabled()  # a program that runs without it keeps it off
    finally:
        gc.enable()


def test_an_export_on_a_worker_thread_leaves_the_cycle_collector_running():
    import gc
    import threading

    from exports.batch import cycle_collector_paused

    seen: list[bool] = []

    def export() -> None:
        with cycle_collector_paused():
            seen.append(gc.isenabled())

    worker = threading.Thread(target=export)
    worker.start()
    worker.join()
    assert seen == [True] and gc.isenabled()
    with cycle_collector_paused():
        assert not gc.isenabled()  # on the main thread (the command line) the export has it paused
    assert gc.isenabled()
