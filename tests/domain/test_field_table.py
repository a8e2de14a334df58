"""One table of fields: every part of the program names a field as the table does."""

from __future__ import annotations

import re
from pathlib import Path

from editor.domain.fields import FIELDS, KINDS, REQUIRED, WORD, checked, exported, field
from editor.domain.model import CouncilPaper, Document, Goal, Section
from editor.domain.outline import render_outline
from editor.domain.validation import validate_document
from editor.services.sample import sample_source


def _plain(caption: str) -> str:
    return caption.replace("&", "").rstrip(":").strip()


def test_a_form_caption_names_the_field_as_its_label_does() -> None:
    for known in FIELDS:
        if known.caption is not None:
            caption = _plain(str(known.caption))
            assert caption.startswith(str(known.label)) or known.type == "flag", (known.kind, known.name)
            assert str(known.caption).count("&") == 1, (known.kind, known.name)  # one access key


def test_fields_are_attributes_of_the_domain_objects() -> None:
    objects = {"document": Document(), "section": Section(), "goal": Goal(), "paper": CouncilPaper()}
    pseudo = {("document", "themenfelder"), ("goal", "indicators"), ("paper", "consultations")}
    for known in FIELDS:
        if known.kind in objects and (known.kind, known.name) not in pseudo:
            assert hasattr(objects[known.kind], known.name), (known.kind, known.name)


def test_every_kind_with_fields_has_a_name() -> None:
    assert {known.kind for known in FIELDS} <= set(KINDS)


def test_a_missing_required_document_field_is_named_by_its_label() -> None:
    doc = Document(title="X", art="", scope="Gesamtstadt", responsible="Bereich 5", year="2024")
    findings = validate_document(doc, sample_source().catalogue)
    assert [f.message for f in findings if f.field == "art"] == ["Pflichtfeld fehlt: Art"]
    assert {f.name for f in checked("document", REQUIRED)} == {"title", "art", "scope", "responsible", "year"}


def test_the_outline_labels_a_field_as_the_table_does() -> None:
    source = sample_source()
    text = render_outline(source.document, source.catalogue, source.document_titles)
    for name in ("wiki_title", "art", "scope", "responsible", "year", "status", "themenfelder"):
        known = field("document", name)
        assert known is not None
        assert re.search(rf"^  {re.escape(str(known.label))}: ", text, re.MULTILINE), name


def test_the_word_steckbrief_shows_the_fields_the_table_marks_for_word(tmp_path: Path) -> None:
    import docx

    from exports.docx_export import export_strategie

    labels = [str(f.word_label or f.label) for f in exported("document", WORD)]
    assert labels[:3] == ["Titel", "Wiki-Seite", "Art"]
    export_strategie(sample_source(), tmp_path / "s.docx")
    document = docx.Document(str(tmp_path / "s.docx"))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Merkmal")
    assert [row.cells[0].text for row in table.rows[1:]] == labels
