"""Word export: structure and content of the strategy document and the Beschlussvorlage."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from editor.domain.model import (
    Consultation,
    CouncilPaper,
    Document,
    ExportSource,
    Goal,
    Indicator,
    Link,
    Section,
)
from editor.domain.settings import IssuingAuthority
from editor.services.sample import sample_source
from exports import ooxml
from exports.docx_export import (
    TOC_NOTE,
    DocxExportError,
    build_strategie,
    build_vorlage,
    export_strategie,
    export_vorlage,
    german_date,
    icon_path,
    slug,
)

STAND = dt.date(2026, 11, 26)

RICH_BODY = """Ein Absatz mit **fett**, *kursiv* und einem [Link](https://www.oberhausen.de/).
Siehe auch [die Strategie](dokument:1).

1. erster Punkt
2. zweiter Punkt
   - verschachtelt

Zwischentext.

1. neue Liste
2. noch ein Punkt

| Kennzahl | Wert |
| --- | --- |
| Stationen | 3 |

### Unterpunkt

Text unter dem Unterpunkt.
"""


def _rich_source() -> ExportSource:
    source = sample_source(1)
    doc = source.document
    doc.sections.append(Section(title="Markdown", body=RICH_BODY, id=900))
    doc.links.append(Link(label="Stadtportal", url="https://www.oberhausen.de/", id=901))
    return source


def _paper_id(source: ExportSource) -> int:
    paper_id = source.document.papers[0].id
    assert paper_id is not None
    return paper_id


def _body(document: DocxDocument) -> ooxml.Element:
    body = ooxml.element(document.element).find(qn("w:body"))
    assert body is not None
    return body


def _headings(document: DocxDocument) -> list[tuple[str, str]]:
    return [
        (p.style.name.lower(), p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name is not None and p.style.name.lower().startswith("heading")
    ]


@pytest.fixture(scope="module")
def strategie(tmp_path_factory: pytest.TempPathFactory) -> DocxDocument:
    path = tmp_path_factory.mktemp("docx") / "strategie.docx"
    export_strategie(_rich_source(), path, stand=STAND)
    return docx.Document(str(path))


@pytest.fixture(scope="module")
def vorlage(tmp_path_factory: pytest.TempPathFactory) -> DocxDocument:
    path = tmp_path_factory.mktemp("docx") / "vorlage.docx"
    source = sample_source(1)
    export_vorlage(source, _paper_id(source), path, stand=STAND)
    return docx.Document(str(path))


def test_strategy_document_has_title_page_and_sections_as_headings(strategie: DocxDocument) -> None:
    first = strategie.paragraphs[0]
    assert first.style is not None and first.style.name == "Title"
    assert first.text == "Beispielkonzept Digitale Quartiere"
    texts = [p.text for p in strategie.paragraphs[:8]]
    assert "Zuständigkeit: Bereich 5-1 Stadtplanung" in texts
    assert "Status: Entwurf" in texts
    assert "Stand: 26.11.2026" in texts
    headings = _headings(strategie)
    assert ("heading 1", "Kurzbeschreibung") in headings
    assert ("heading 2", "Ausgangslage") in headings
    assert ("heading 1", "Ziele") in headings
    assert ("heading 1", "Politische Beschlusslage") in headings
    # "### Unterpunkt" in a level-1 section body is clamped to level 2: no level is skipped.
    assert ("heading 2", "Unterpunkt") in headings


def test_toc_field_with_german_placeholder_and_update_on_open(strategie: DocxDocument) -> None:
    body = _body(strategie)
    instructions = ooxml.field_instructions(body)
    assert any(i.startswith("TOC ") for i in instructions)
    assert TOC_NOTE in [p.text for p in strategie.paragraphs]
    settings = ooxml.element(strategie.settings.element)
    assert settings.find(qn("w:updateFields")) is not None
    # The prepared entries link to bookmarks on the headings.
    anchors = {link.get(qn("w:anchor")) for link in body.iter(qn("w:hyperlink")) if link.get(qn("w:anchor"))}
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert anchors and anchors <= bookmarks


def test_tables_metadata_indicators_and_beratungsfolge(strategie: DocxDocument) -> None:
    headers = [[c.text for c in t.rows[0].cells] for t in strategie.tables]
    assert ["Merkmal", "Angabe"] in headers
    assert ["Indikator", "Einheit", "Ausgangswert", "Zielwert", "Zieljahr"] in headers
    assert ["Gremium", "Sitzung", "Rolle", "Ergebnis"] in headers
    assert ["Kennzahl", "Wert"] in headers
    beratung = next(t for t in strategie.tables if t.rows[0].cells[0].text == "Gremium")
    assert [c.text for c in beratung.rows[3].cells[:3]] == ["Rat der Stadt", "10.11.2026", "Entscheidung"]
    indicator = next(t for t in strategie.tables if t.rows[0].cells[0].text == "Indikator")
    assert [c.text for c in indicator.rows[1].cells] == ["Mobilitätsstationen in Betrieb", "Anzahl", "0", "3", "2027"]


def test_hyperlinks_are_real_and_document_links_are_plain_text(strategie: DocxDocument) -> None:
    urls = {link.url for p in strategie.paragraphs for link in p.hyperlinks if link.url}
    assert "https://www.oberhausen.de/" in urls
    text = "\n".join(p.text for p in strategie.paragraphs)
    assert "Siehe auch die Strategie („Smart City Strategie“)." in text
    assert "dokument:" not in text
    assert all("dokument:" not in (rel.target_ref or "") for rel in strategie.part.rels.values() if rel.is_external)


def test_markdown_bold_italic_runs(strategie: DocxDocument) -> None:
    paragraph = next(p for p in strategie.paragraphs if p.text.startswith("Ein Absatz mit"))
    bold = [r.text for r in paragraph.runs if r.bold]
    italic = [r.text for r in paragraph.runs if r.italic]
    assert bold == ["fett"] and italic == ["kursiv"]


def _num_ids(document: DocxDocument, texts: list[str]) -> list[str]:
    found: list[str] = []
    for p in document.paragraphs:
        if p.text in texts:
            num = ooxml.element(p._p).find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")  # pyright: ignore[reportPrivateUsage]
            assert num is not None, p.text
            found.append(num.get(qn("w:val")) or "")
    return found


def test_each_markdown_list_restarts_its_numbering(strategie: DocxDocument) -> None:
    first, second = _num_ids(strategie, ["erster Punkt", "neue Liste"])
    assert first != second
    numbering = ooxml.element(strategie.part.numbering_part.element)
    for num_id in (first, second):
        num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
        start = num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        assert start is not None and start.get(qn("w:val")) == "1"
    nested = next(p for p in strategie.paragraphs if p.text == "verschachtelt")
    ilvl = ooxml.element(nested._p).find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}")  # pyright: ignore[reportPrivateUsage]
    assert ilvl is not None and ilvl.get(qn("w:val")) == "1"


def test_goals_are_a_numbered_hierarchy_with_owner_deadline_status(strategie: DocxDocument) -> None:
    texts = [p.text for p in strategie.paragraphs]
    assert "Quartiere kleinräumig und gemischt entwickeln" in texts
    assert (
        "Handlungsziel · Verantwortlich: Bereich 5-1 Stadtplanung · Frist: 31.12.2027 · Status: in Umsetzung" in texts
    )
    assert "Bezug: Stadtstruktur & Stadtgestalt – Erhalt und Ausbau der kleinräumigen Funktionsmischung" in texts
    goal_nums = _num_ids(
        strategie,
        [
            "Quartiere kleinräumig und gemischt entwickeln",
            "Mobilitätsstationen in allen drei Quartieren einrichten",
            "Standorte mit den Bezirksvertretungen abstimmen",
        ],
    )
    assert len(set(goal_nums)) == 1


def test_themenfelder_icons_synergies_leitziele_and_links(strategie: DocxDocument) -> None:
    texts = "\n".join(p.text for p in strategie.paragraphs)
    assert len(strategie.inline_shapes) == 2
    assert "Stadtstruktur & Stadtgestalt" in texts and "Mobilität" in texts
    assert "Smart City Strategie: Setzt Ziele der Smart City Strategie im Quartier um." in texts
    assert "Mobilitätsstationen bündeln Angebote im Quartier." in texts
    link_paragraph = next(p for p in strategie.paragraphs if p.text == "Stadtportal")
    assert [h.url for h in link_paragraph.hyperlinks] == ["https://www.oberhausen.de/"]


def _facts(document: DocxDocument) -> dict[str, str]:
    """Return the Vorlage's "Label:<tab>value" lines as a mapping."""
    facts: dict[str, str] = {}
    for p in document.paragraphs:
        label, tab, value = p.text.partition(":\t")
        if tab:
            facts[label] = value
    return facts


def test_vorlage_has_all_parts(vorlage: DocxDocument) -> None:
    texts = [p.text for p in vorlage.paragraphs]
    assert texts[0] == "Beschlussvorlage"
    assert [h[1] for h in _headings(vorlage)] == [
        "Betreff",
        "Beratungsfolge",
        "Beschlussvorschlag",
        "Sachverhalt/Begründung",
        "Finanzielle Auswirkungen",
        "Anlagen",
    ]
    meta = _facts(vorlage)
    assert meta["Vorlagennummer"] == "B/18/0123"
    assert meta["Datum"] == "14.09.2026"
    assert meta["Federführung"] == "Bereich 5-1 Stadtplanung"
    assert meta["Beteiligte Bereiche"] == "Bereich 4-4 IT / Smart City Oberhausen, Bereich 2-2 Umweltschutz"
    assert meta["Öffentlichkeit"] == "öffentlich"
    # The only table is the Beratungsfolge: the facts need no "Angabe | Inhalt" header row.
    assert len(vorlage.tables) == 1
    beratung = vorlage.tables[0]
    assert [c.text for c in beratung.rows[0].cells] == ["Gremium", "Sitzungstermin", "Zuständigkeit"]
    assert [c.text for c in beratung.rows[1].cells] == ["Bezirksvertretung Alt-Oberhausen", "06.10.2026", "Vorberatung"]
    points = _num_ids(
        vorlage,
        [
            "Der Rat der Stadt beschließt das Beispielkonzept Digitale Quartiere (Anlage 1).",
            "Die Verwaltung wird beauftragt, jährlich über den Stand der Umsetzung zu berichten.",
        ],
    )
    assert len(points) == 2 and points[0] == points[1]
    assert "Beispielkonzept Digitale Quartiere (Konzept)" in texts
    assert "Die Kosten werden aus Fördermitteln gedeckt." in texts


def test_vorlage_headings_are_not_numbered(vorlage: DocxDocument) -> None:
    headings = [
        p for p in vorlage.paragraphs if p.style is not None and (p.style.name or "").lower().startswith("heading")
    ]
    assert len(headings) == 6
    for p in headings:
        num = ooxml.element(p._p).find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")  # pyright: ignore[reportPrivateUsage]
        assert num is not None and num.get(qn("w:val")) == "0"


def test_vorlage_for_nonpublic_paper_without_data_says_so() -> None:
    source = sample_source(0)
    source.document.papers[0].children.append(
        CouncilPaper(reference="B/17/3503-02", name="Folgebeschluss", public=False, id=777)
    )
    document = build_vorlage(source, 777, stand=STAND)
    texts = [p.text for p in document.paragraphs]
    assert "Keine Beratungsfolge angegeben." in texts
    assert "Keine Angaben." in texts
    assert "Smart City Strategie (Konzept)" in texts
    assert _facts(document)["Öffentlichkeit"] == "nichtöffentlich"
    assert _facts(document)["Datum"] == "–"
    assert document.tables == []


def test_unknown_paper_gives_german_error(tmp_path: Path) -> None:
    out = tmp_path / "v.docx"
    with pytest.raises(DocxExportError, match="gibt es in diesem Dokument nicht"):
        export_vorlage(sample_source(0), 424242, out)
    assert not out.exists()


def test_disk_full_leaves_old_file_and_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "strategie.docx"
    out.write_bytes(b"alte Fassung")

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DocxExportError, match="nicht genug Platz"):
        export_strategie(sample_source(0), out, stand=STAND)
    assert out.read_bytes() == b"alte Fassung"
    assert [p.name for p in tmp_path.iterdir()] == ["strategie.docx"]


def test_permission_denied_gives_german_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "strategie.docx"

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(DocxExportError, match="Keine Schreibberechtigung"):
        export_strategie(sample_source(0), out, stand=STAND)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_gives_german_message(tmp_path: Path) -> None:
    with pytest.raises(DocxExportError, match="Ordner existiert nicht"):
        export_strategie(sample_source(0), tmp_path / "fehlt" / "s.docx", stand=STAND)


def test_export_replaces_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "strategie.docx"
    out.write_bytes(b"alt")
    export_strategie(sample_source(0), out, stand=STAND)
    assert docx.Document(str(out)).paragraphs[0].text == "Smart City Strategie"


def test_empty_document_still_exports() -> None:
    source = ExportSource(Document(title="", sections=[Section(title="Leer")]), sample_source(0).catalogue)
    document = build_strategie(source, stand=STAND)
    assert document.paragraphs[0].text == "Ohne Titel"


def test_deep_goals_and_papers_with_consultations() -> None:
    source = sample_source(0)
    goal = Goal(title="Tief", indicators=[Indicator(name="X", unit="%", baseline="1", target="2", year="2030")])
    for _ in range(4):
        goal = Goal(title="Ebene", children=[goal])
    source.document.goals.append(goal)
    source.document.papers[0].consultations.append(
        Consultation(
            organization="Rat der Stadt",
            meeting_date="2023-05-08",
            role="Entscheidung",
            result="ungeändert beschlossen",
        )
    )
    document = build_strategie(source, stand=STAND)
    texts = [p.text for p in document.paragraphs]
    assert texts.count("Ebene") == 4 and "Tief" in texts
    rows = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    assert ["Rat der Stadt", "08.05.2023", "Entscheidung", "ungeändert beschlossen"] in rows


def test_helpers() -> None:
    assert slug("Bildung & Kultur") == "bildung-und-kultur"
    assert slug("Mobilität") == "mobilitaet"
    assert german_date("2026-09-14") == "14.09.2026"
    assert german_date("Herbst 2026") == "Herbst 2026"
    catalogue = sample_source(0).catalogue
    for tf in catalogue.themenfelder:
        assert icon_path(tf).name != "themenfeld.png", tf.title
    unknown = catalogue.themenfelder[0].__class__(title="Neues Feld")
    assert icon_path(unknown).name == "themenfeld.png"


def test_picture_ids_are_unique(strategie: DocxDocument) -> None:
    ids = [d.get("id") for d in _body(strategie).iter(qn("wp:docPr"))]
    assert len(ids) == len(set(ids)) == 2


def _order_violations(root: ooxml.Element, tag: str, order: list[str]) -> list[str]:
    found: list[str] = []
    for props in root.iter(qn(f"w:{tag}")):
        names = [str(child.tag).rsplit("}", 1)[-1] for child in props]
        known = [order.index(n) for n in names if n in order]
        if known != sorted(known):
            found.append(" ".join(names))
    return found


@pytest.mark.parametrize("part", ["document", "styles", "numbering"])
def test_paragraph_and_run_properties_follow_schema_order(
    strategie: DocxDocument, vorlage: DocxDocument, part: str
) -> None:
    # Word refuses a file whose property elements are out of schema order.
    for document in (strategie, vorlage):
        root = {
            "document": ooxml.element(document.element),
            "styles": ooxml.element(document.styles.element),
            "numbering": ooxml.element(document.part.numbering_part.element),
        }[part]
        assert _order_violations(root, "pPr", ooxml.PPR_ORDER) == []
        assert _order_violations(root, "rPr", ooxml.RPR_ORDER) == []


def test_decision_points_that_look_like_markdown_blocks_are_kept() -> None:
    source = sample_source(1)
    paper = source.document.papers[0]
    paper.decision_proposal = "- Der Rat beschließt **das Konzept**.\n# Nummer eins\n2. Punkt zwei"
    assert paper.id is not None
    document = build_vorlage(source, paper.id, stand=STAND)
    texts = [p.text for p in document.paragraphs]
    assert "- Der Rat beschließt **das Konzept**." in texts
    assert "# Nummer eins" in texts and "2. Punkt zwei" in texts
    plain = build_vorlage(sample_source(1), paper.id, stand=STAND)
    del plain


def test_paragraph_after_a_table_gets_space_above(strategie: DocxDocument) -> None:
    body = _body(strategie)
    children = list(body)
    for index, child in enumerate(children[:-1]):
        following = children[index + 1]
        if child.tag == qn("w:tbl") and following.tag == qn("w:p"):
            style = following.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if style is not None and (style.get(qn("w:val")) or "").startswith("Heading"):
                continue
            spacing = following.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
            assert spacing is not None and spacing.get(qn("w:before")) == "160"


def test_headings_without_content_are_not_printed() -> None:
    source = sample_source(1)
    source.document.sections = [
        Section(title="Leer", children=[Section(title="Auch leer", body="  \n")], id=1),
        Section(title="Nur Unterabschnitte", children=[Section(title="Mit Text", body="Text.", id=4)], id=3),
        Section(title="Mit eigenem Text", body="Inhalt.", id=5),
    ]
    document = build_strategie(source, stand=STAND)
    headings = [text for _, text in _headings(document)]
    assert "Leer" not in headings and "Auch leer" not in headings
    assert headings[headings.index("Nur Unterabschnitte") + 1] == "Mit Text"
    assert "Mit eigenem Text" in headings
    # Nor listed in the prepared table of contents.
    toc = [p.text for p in document.paragraphs if p.style is not None and (p.style.name or "").startswith("toc")]
    assert not any("Leer" in line for line in toc)
    assert any("Nur Unterabschnitte" in line for line in toc)


def _keep_next(paragraph: ooxml.Element) -> bool:
    return paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None


def test_goal_title_stays_on_the_page_with_its_details() -> None:
    source = sample_source(1)
    source.document.goals = [
        Goal(title="Mit Angaben", owner="Bereich 5-1", description="Beschreibung.", id=1),
        Goal(title="Mit Bezug", themenfeld_id=source.document.themenfeld_ids[0], id=2),
        Goal(title="Nur Titel", id=3),
    ]
    body = _body(build_strategie(source, stand=STAND))
    paragraphs = list(body.iter(qn("w:p")))
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in paragraphs]
    first = texts.index("Mit Angaben")
    assert _keep_next(paragraphs[first])
    assert texts[first + 1].startswith("Leitziel · Verantwortlich: Bereich 5-1")
    assert _keep_next(paragraphs[first + 1])  # keeps with the description below
    assert texts[first + 2] == "Beschreibung." and not _keep_next(paragraphs[first + 2])
    second = texts.index("Mit Bezug")
    assert _keep_next(paragraphs[second])
    assert texts[second + 1].startswith("Bezug: ") and not _keep_next(paragraphs[second + 1])
    # A goal with nothing under it is not tied to the next goal.
    assert not _keep_next(paragraphs[texts.index("Nur Titel")])


def _header_lines(part: object) -> list[str]:
    root = ooxml.element(part)
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in root.iter(qn("w:p"))]


def test_vorlage_header_shows_who_issues_it() -> None:
    source = sample_source(1)
    source.authority = IssuingAuthority(unit="Dezernat 5 – Bereich 5-1 Stadtplanung")
    document = build_vorlage(source, _paper_id(source), stand=STAND)
    section = document.sections[0]
    assert section.different_first_page_header_footer
    first = section.first_page_header.part.element
    assert _header_lines(first) == [
        "Stadt Oberhausen",
        "Der Oberbürgermeister",
        "Dezernat 5 – Bereich 5-1 Stadtplanung",
    ]
    city = next(ooxml.element(first).iter(qn("w:r")))
    assert city.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None
    # The following pages keep the template's running title.
    assert _header_lines(section.header.part.element) == [
        "Beschlussvorlage B/18/0123: Beispielkonzept Digitale Quartiere – Beschluss"
    ]


def test_vorlage_letterhead_goes_into_the_only_header_of_a_template_without_a_first_page(tmp_path: Path) -> None:
    plain = docx.Document()
    plain.sections[0].header.paragraphs[0].text = "Logo der Stadt"
    template = tmp_path / "eine Kopfzeile.docx"
    plain.save(str(template))
    source = sample_source(1)
    source.authority = IssuingAuthority(city="Stadt Musterstadt", head="Die Bürgermeisterin", unit="")
    document = build_vorlage(source, _paper_id(source), template, stand=STAND)
    header = document.sections[0].header.part.element
    assert _header_lines(header) == ["Logo der Stadt", "Stadt Musterstadt", "Die Bürgermeisterin"]


def test_strategy_document_has_no_letterhead() -> None:
    document = build_strategie(sample_source(1), stand=STAND)
    lines = _header_lines(document.sections[0].first_page_header.part.element)
    assert "Stadt Oberhausen" not in lines


def test_beschlussvorschlag_points_are_typed_plain_lines_and_come_out_literally() -> None:
    """The Beschlussvorschlag is a plain text field: a typed '*' or '[' is a character, never markup."""
    source = sample_source(0)
    point = "Der Rat beschließt *vorläufig* [Anlage 1] & __Zusatz__ <b>"
    source.document.papers[0].children.append(
        CouncilPaper(reference="B/17/3503-02", name="Folgebeschluss", decision_proposal=point, id=778)
    )
    texts = [p.text for p in build_vorlage(source, 778, stand=STAND).paragraphs]
    assert point in texts
    texts = [p.text for p in build_strategie(source, stand=STAND).paragraphs]
    assert point in texts
