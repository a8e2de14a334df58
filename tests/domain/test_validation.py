from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.domain import CouncilPaper, Document, Link, Section, parse_paper_number, validate_documents
from editor.domain.model import Consultation, Goal, Indicator
from editor.services.sample import build_sample


def messages(findings):
    return [f.message for f in findings]


def complete(**overrides) -> Document:
    values = dict(
        id=1, title="Mobilitätskonzept", art="Konzept", scope="Gesamtstadt", responsible="Bereich 5-1", year="2024"
    )
    values.update(overrides)
    return Document(**values)


def test_sample_has_no_findings():
    catalogue, documents = build_sample()
    assert validate_documents(documents, catalogue) == []


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("title", "Titel"),
        ("art", "Art"),
        ("scope", "Geltungsbereich"),
        ("responsible", "Zuständigkeit"),
        ("year", "Jahr"),
    ],
)
def test_missing_mandatory_field_is_reported_by_its_german_name(field, label):
    catalogue, _ = build_sample()
    findings = validate_documents([complete(**{field: "  "})], catalogue)
    assert any(label in m and "Pflichtfeld" in m for m in messages(findings))
    assert all(f.document_id == 1 for f in findings)


@pytest.mark.parametrize("number", ["B/17/3503-01", "B/17/3503", "A/18/12", " B/17/3503-01 "])
def test_wellformed_paper_numbers_parse(number):
    assert parse_paper_number(number) is not None


@pytest.mark.parametrize("number", ["B17/3503", "B/17/3503-1", "17/3503-01", "B/17/3503-01-02", "b/17/3503", ""])
def test_malformed_paper_numbers_are_findings_not_errors(number):
    catalogue, _ = build_sample()
    doc = complete(papers=[CouncilPaper(reference=number, name="Betreff", id=5)])
    findings = validate_documents([doc], catalogue)
    assert any(f.kind == "paper" and f.node_id == 5 and f.field == "reference" for f in findings)


def test_paper_number_parts():
    number = parse_paper_number("B/17/3503-01")
    assert number is not None
    assert (number.kind, number.period, number.running, number.followup) == ("B", 17, 3503, 1)
    assert parse_paper_number("B/18/0123").followup is None


def test_heading_jump_inside_a_body_is_found():
    catalogue, _ = build_sample()
    doc = complete(sections=[Section("Analyse", "# Teil\n\n### Zu tief\n", id=3)])
    findings = validate_documents([doc], catalogue)
    assert any("springt von 1 auf 3" in m for m in messages(findings))


def test_too_deep_section_tree_is_found():
    catalogue, _ = build_sample()
    node = Section("Ebene 6", id=6)
    for level in range(5, 0, -1):
        node = Section(f"Ebene {level}", children=[node], id=level)
    findings = validate_documents([complete(sections=[node])], catalogue)
    assert [f.node_id for f in findings if "Ebene 6" in f.message] == [6]


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://example.org/x", "www.oberhausen.de", "", "file:///etc/passwd"]
)
def test_links_that_are_not_http_are_found(url):
    catalogue, _ = build_sample()
    doc = complete(links=[Link("Website", url, id=9)], sections=[Section("A", f"[klick]({url or 'x'})", id=2)])
    findings = validate_documents([doc], catalogue)
    assert any(f.kind == "link" and f.node_id == 9 for f in findings)
    assert any(f.kind == "section" and f.node_id == 2 for f in findings)


def test_duplicate_wiki_titles_in_one_file_are_found_like_mediawiki_compares_them():
    catalogue, _ = build_sample()
    a = complete(id=1, wiki_title="Smart City Strategie")
    b = complete(id=2, title="Andere", wiki_title="smart_City  Strategie")
    findings = validate_documents([a, b], catalogue)
    assert {f.document_id for f in findings if "mehrfach" in f.message} == {1, 2}


@given(st.text(), st.text(), st.text())
def test_validation_never_raises_on_any_text(title, body, number):
    catalogue, _ = build_sample()
    doc = complete(
        title=title,
        year=title,
        sections=[Section(title, body, id=1)],
        papers=[CouncilPaper(reference=number, name=body, url=number, id=2)],
        links=[Link(title, body, id=3)],
    )
    validate_documents([doc, complete(id=2, title=title)], catalogue)


def _draft_with(paper: CouncilPaper, status: str = "Entwurf") -> Document:
    return complete(status=status, papers=[paper])


def _vorlage_findings(doc: Document) -> list[tuple[str, str]]:
    catalogue, _ = build_sample()
    return [(f.field, f.message) for f in validate_documents([doc], catalogue) if f.kind == "paper"]


def test_incomplete_vorlage_of_a_draft_is_reported_part_by_part():
    paper = CouncilPaper(reference="B/18/0200", name="Radverkehrskonzept", id=7)
    assert _vorlage_findings(_draft_with(paper)) == [
        ("date", "Beschlussvorlage B/18/0200 ist unvollständig: das Datum fehlt"),
        ("consultations", "Beschlussvorlage B/18/0200 ist unvollständig: die Beratungsfolge fehlt"),
        ("decision_proposal", "Beschlussvorlage B/18/0200 ist unvollständig: der Beschlussvorschlag fehlt"),
    ]


def test_complete_vorlage_has_no_findings():
    paper = CouncilPaper(
        reference="B/18/0200",
        name="Radverkehrskonzept",
        date="2026-09-14",
        decision_proposal="Der Rat beschließt das Radverkehrskonzept.",
        consultations=[Consultation(organization="Rat der Stadt", meeting_date="2026-11-10", role="Entscheidung")],
        id=7,
    )
    assert _vorlage_findings(_draft_with(paper, "in Abstimmung")) == []


def test_vorlage_without_number_is_named_by_its_subject():
    findings = _vorlage_findings(_draft_with(CouncilPaper(reference="", name="Radverkehr", date="2026-01-01", id=7)))
    assert ("consultations", "Beschlussvorlage „Radverkehr“ ist unvollständig: die Beratungsfolge fehlt") in findings


@pytest.mark.parametrize(
    ("paper", "status"),
    [
        (CouncilPaper(reference="B/17/3503-01", name="Beschluss", id=7), "beschlossen"),  # the record of a decision
        (CouncilPaper(reference="B/17/3503-01", name="Beschluss", id=7), "veröffentlicht"),
        (CouncilPaper(reference="A/18/12", name="Antrag der Fraktion", id=7), "Entwurf"),
        (CouncilPaper(reference="M/18/40", name="Mitteilung", paper_type="Vorlage", id=7), "Entwurf"),
        (CouncilPaper(reference="B/18/41", name="Anfrage", paper_type="Anfrage", id=7), "Entwurf"),
    ],
)
def test_only_beschlussvorlagen_of_drafts_are_checked_for_completeness(paper, status):
    assert [field for field, _ in _vorlage_findings(_draft_with(paper, status))] == []


def _dated(deadline: str = "", date: str = "", meeting: str = "", year: str = "") -> Document:
    # A decided document: whether its Vorlage is complete is another check (incomplete_vorlage_findings).
    return complete(
        status="beschlossen",
        goals=[Goal("Ziel", deadline=deadline, indicators=[Indicator("Anteil", year=year, id=8)], id=7)],
        papers=[
            CouncilPaper(
                reference="B/17/3503-01",
                name="Betreff",
                date=date,
                consultations=[Consultation("Rat der Stadt", meeting, id=6)],
                id=5,
            )
        ],
    )


@pytest.mark.parametrize("value", ["", "2025", "2025-03", "2025-03-17", "17.03.2025", "17.3.25", "März 2026"])
def test_dates_in_any_understood_form_are_no_finding(value):
    catalogue, _ = build_sample()
    assert validate_documents([_dated(value, value, value)], catalogue) == []


@pytest.mark.parametrize("value", ["Ende 2026", "31.02.2025", "17.03.", "nach der Sommerpause"])
def test_a_value_in_a_date_field_that_is_no_date_is_a_warning_where_it_was_typed(value):
    catalogue, _ = build_sample()
    findings = validate_documents([_dated(value, value, value)], catalogue)
    places = {(f.severity, f.kind, f.node_id, f.field) for f in findings}
    assert places == {
        ("Warnung", "goal", 7, "deadline"),
        ("Warnung", "paper", 5, "date"),
        ("Warnung", "paper", 5, "consultations"),
    }
    assert all(f"„{value}“ ist kein Datum" in m for m in messages(findings))
    assert any(m.startswith("Sitzung von Rat der Stadt zu B/17/3503-01:") for m in messages(findings))


def test_a_date_in_an_unlikely_year_is_a_warning():
    catalogue, _ = build_sample()
    # 17.3.0225 is a date, but the year is most likely a slip of the fingers.
    findings = validate_documents([_dated(date="17.3.0225")], catalogue)
    assert messages(findings) == ["Datum von Beschluss B/17/3503-01: „17.3.0225“ liegt im Jahr 225 – Tippfehler?"]


def test_indicator_target_year_that_is_no_year_is_a_warning():
    catalogue, _ = build_sample()
    findings = validate_documents([_dated(year="2030/31")], catalogue)
    assert [(f.kind, f.node_id, f.field) for f in findings] == [("goal", 7, "indicators")]
    assert "Zieljahr „2030/31“" in findings[0].message
    assert validate_documents([_dated(year="2030")], catalogue) == []


@given(st.text(), st.text(), st.text(), st.text())
def test_date_checks_never_raise_on_any_text(deadline, date, meeting, year):
    catalogue, _ = build_sample()
    validate_documents([_dated(deadline, date, meeting, year)], catalogue)
