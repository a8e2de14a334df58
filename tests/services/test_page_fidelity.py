"""What an imported page holds beyond the first model is stored, undone, versioned and migrated."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from editor.domain.model import Document, LeitzielRef
from editor.services import History, Operations, Reader
from editor.storage import Workspace
from editor.storage.schema import CURRENT_VERSION

V1_FILE = Path(__file__).resolve().parents[1] / "storage" / "data" / "v1.strategie"


@pytest.fixture
def ops(sample_ws):
    return Operations(sample_ws)


@pytest.fixture
def reader(sample_ws):
    return Reader(sample_ws)


def imported_document(reader: Reader) -> Document:
    catalogue = reader.catalogue()
    wohnen = catalogue.by_title("Wohnen")
    bildung = catalogue.by_title("Bildung & Kultur")
    assert wohnen is not None and bildung is not None and wohnen.id is not None and bildung.id is not None
    return Document(
        title="Kulturplan",
        themenfeld_ids=[bildung.id, wohnen.id],
        themenfeld_icons={bildung.id: "Bildung & Kultur.jpg"},
        categories=["Kultur", "Schule & Ausbildung"],
        page_texts={"intro": "Diese Seite fasst den Plan zusammen.", "goals.end": "Bericht jährlich."},
        notes="Aus „Infobox“: Parameter doppelt\n\nAus „Themenfeld(er)“: ein unbekanntes Symbol",
        leitziel_refs=[
            LeitzielRef(wohnen.id, None, "Notiz", leitziel_title="Bezahlbar wohnen", leitziel_anchor="Bezahlbar"),
            LeitzielRef(bildung.id, None, "Text unter dem Themenfeld"),
        ],
    )


def test_everything_an_import_keeps_is_stored_and_read_back(ops: Operations, reader: Reader) -> None:
    doc = imported_document(reader)
    new_id = ops.insert_document(doc).created_id
    assert new_id is not None
    again = reader.document(new_id)
    assert again.themenfeld_icons == doc.themenfeld_icons
    assert again.categories == doc.categories
    assert again.page_texts == doc.page_texts
    assert again.notes == doc.notes
    assert [(r.leitziel_title, r.leitziel_anchor, r.note) for r in again.leitziel_refs] == [
        ("Bezahlbar wohnen", "Bezahlbar", "Notiz"),
        ("", "", "Text unter dem Themenfeld"),
    ]
    assert again.leitziel_refs[0].is_free() and not again.leitziel_refs[1].is_free()


def test_notes_are_found_by_search(ops: Operations, reader: Reader) -> None:
    new_id = ops.insert_document(imported_document(reader)).created_id
    assert [hit.document_id for hit in reader.search("unbekanntes Symbol")] == [new_id]


def test_a_page_text_is_set_and_undone_as_one_step(sample_ws: Workspace, reader: Reader) -> None:
    ops = Operations(sample_ws)
    history = History(ops)
    history.push(ops.set_page_text(1, "goals", "Die Ziele wurden **abgestimmt**."))
    history.push(ops.set_page_text(1, "intro", "Vorweg."))
    assert reader.document(1).page_texts == {"intro": "Vorweg.", "goals": "Die Ziele wurden **abgestimmt**."}
    history.push(ops.set_page_text(1, "goals", "  "))
    assert reader.document(1).page_texts == {"intro": "Vorweg."}
    history.undo()
    history.undo()
    assert reader.document(1).page_texts == {"goals": "Die Ziele wurden **abgestimmt**."}
    with pytest.raises(ValueError):
        ops.set_page_text(1, "irgendwo", "x")


def test_changing_the_themenfelder_keeps_the_pages_icon_for_those_that_stay(ops: Operations, reader: Reader) -> None:
    doc = imported_document(reader)
    new_id = ops.insert_document(doc).created_id
    assert new_id is not None
    bildung, wohnen = doc.themenfeld_ids
    ops.set_themenfelder(new_id, [wohnen, bildung])
    assert reader.document(new_id).themenfeld_icons == {bildung: "Bildung & Kultur.jpg"}
    ops.set_themenfelder(new_id, [wohnen])
    assert reader.document(new_id).themenfeld_icons == {}


def test_a_fassung_keeps_and_restores_the_new_fields(ops: Operations, reader: Reader) -> None:
    new_id = ops.insert_document(imported_document(reader)).created_id
    assert new_id is not None
    ops.save_version(new_id, "Import")
    ops.update_document(new_id, notes="", categories=[], page_texts={})
    ops.restore_version(new_id, "Import")
    restored = reader.document(new_id)
    assert restored.notes and restored.categories == ["Kultur", "Schule & Ausbildung"]
    assert restored.page_texts["goals.end"] == "Bericht jährlich."


def test_a_version_1_file_opens_with_empty_new_fields_and_takes_them_after(tmp_path: Path) -> None:
    copy = tmp_path / "alt.strategie"
    shutil.copy(V1_FILE, copy)
    workspace = Workspace.open(copy)
    try:
        reader = Reader(workspace)
        documents = [reader.document(summary.id) for summary in reader.documents()]
        assert documents
        for doc in documents:
            assert (doc.categories, doc.page_texts, doc.notes, doc.themenfeld_icons) == ([], {}, "", {})
            assert all(r.leitziel_title == "" for r in doc.leitziel_refs)
        doc_id = documents[0].id
        assert doc_id is not None
        Operations(workspace).update_document(doc_id, categories=["Kultur & Freizeit"])
        assert reader.document(doc_id).categories == ["Kultur & Freizeit"]
    finally:
        workspace.close()
    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        row = db.execute("SELECT categories, page_texts, notes FROM document WHERE id = ?", [doc_id]).fetchone()
    assert json.loads(row[0]) == ["Kultur & Freizeit"] and row[1:] == ("{}", "")
