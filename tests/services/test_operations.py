from __future__ import annotations

import pytest

from editor.services import History, OperationError, Operations, Reader
from editor.storage.repository import DOCUMENT_TABLES, document_rows


def titles(nodes):
    return [n.title for n in nodes]


@pytest.fixture
def ops(sample_ws):
    return Operations(sample_ws)


@pytest.fixture
def reader(sample_ws):
    return Reader(sample_ws)


def test_add_child_and_sibling_sections_in_order(ops, reader):
    root = ops.add_node("section", 1, title="Ausgangslage").created_id
    ops.add_node("section", 1, parent_id=root, title="Bevölkerung")
    ops.add_node("section", 1, parent_id=root, position=0, title="Lage")
    doc = reader.document(1)
    assert titles(doc.sections) == ["Kurzbeschreibung", "Analyseschwerpunkte", "Ausgangslage"]
    assert titles(doc.sections[2].children) == ["Lage", "Bevölkerung"]


def test_move_section_down_keeps_children(ops, reader):
    first = reader.document(1).sections[0].id
    child = ops.add_node("section", 1, parent_id=first, title="Unterabschnitt", body="Text").created_id
    ops.move_down("section", first)
    doc = reader.document(1)
    assert titles(doc.sections) == ["Analyseschwerpunkte", "Kurzbeschreibung"]
    assert [c.id for c in doc.sections[1].children] == [child]


def test_indent_and_outdent(ops, reader):
    second = reader.document(1).sections[1].id
    ops.indent("section", second)
    doc = reader.document(1)
    assert titles(doc.sections) == ["Kurzbeschreibung"]
    assert titles(doc.sections[0].children) == ["Analyseschwerpunkte"]
    ops.outdent("section", second)
    assert titles(reader.document(1).sections) == ["Kurzbeschreibung", "Analyseschwerpunkte"]


def test_impossible_moves_say_why_in_german(ops, reader):
    first, second = (s.id for s in reader.document(1).sections)
    with pytest.raises(OperationError, match="erster Stelle"):
        ops.move_up("section", first)
    with pytest.raises(OperationError, match="letzter Stelle"):
        ops.move_down("section", second)
    with pytest.raises(OperationError, match="eingerückt"):
        ops.indent("section", first)
    with pytest.raises(OperationError, match="obersten Ebene"):
        ops.outdent("section", first)
    child = ops.add_node("section", 1, parent_id=first, title="Kind").created_id
    with pytest.raises(OperationError, match="in sich selbst"):
        ops.move_node("section", first, child, 0)


def test_node_cannot_move_into_another_document(ops, reader):
    other_doc_section = reader.document(2).sections[0].id
    first = reader.document(1).sections[0].id
    with pytest.raises(OperationError, match="innerhalb seines Dokuments"):
        ops.move_node("section", first, other_doc_section, 0)


def test_delete_subtree_and_undo_restores_ids_order_and_bodies_exactly(ops, sample_ws):
    goal = Reader(sample_ws).document(2).goals[0]
    before = document_rows(sample_ws.db, 2)
    record = ops.delete_node("goal", goal.id)
    after = document_rows(sample_ws.db, 2)
    assert after["goal"] == [] and after["indicator"] == []
    assert "2 Unterpunkten" in record.label
    ops.undo(record)
    assert document_rows(sample_ws.db, 2) == before
    ops.redo(record)
    assert document_rows(sample_ws.db, 2) == after


def test_delete_document_removes_synergies_pointing_to_it_and_undo_brings_all_back(ops, sample_ws, state):
    before = state(sample_ws)
    record = ops.delete_document(1)
    assert [d.id for d in Reader(sample_ws).documents()] == [2]
    assert Reader(sample_ws).document(2).synergies == []
    ops.undo(record)
    assert state(sample_ws) == before


def test_set_themenfelder_replaces_and_orders(ops, reader):
    catalogue = reader.catalogue()
    wohnen = catalogue.by_title("Wohnen").id
    mobil = catalogue.by_title("Mobilität").id
    ops.set_themenfelder(1, [wohnen, mobil])
    assert reader.document(1).themenfeld_ids == [wohnen, mobil]


def test_edits_are_found_by_search_and_undo_updates_the_index(ops, reader):
    record = ops.update_node("section", 1, body="Der Quartiersbus fährt stündlich.")
    assert [h.node_id for h in reader.search("Quartiersbus")] == [1]
    ops.undo(record)
    assert reader.search("Quartiersbus") == []
    assert reader.search("Modellprojekte")[0].node_id == 1


def test_search_ignores_umlaut_spelling_and_accepts_word_starts(reader):
    assert reader.search("Datensouveranitat")
    assert reader.search("Datensouv")


def test_search_with_fts_syntax_characters_does_not_fail(reader):
    for query in ['"', "AND OR NOT", "(*", "Bürger*innen", "NEAR(", "-", ""]:
        reader.search(query)


def test_fassung_save_diff_restore_and_undo_restore(ops, reader, sample_ws):
    ops.save_version(1, "Entwurf 1")
    original = document_rows(sample_ws.db, 1)
    ops.update_document(1, title="Smart City Strategie 2030")
    ops.delete_node("section", reader.document(1).sections[1].id)
    diff = reader.version_diff(1, "Entwurf 1")
    assert "-Dokument 1: Smart City Strategie\n" in diff
    assert "+Dokument 1: Smart City Strategie 2030\n" in diff
    assert "-  # Analyseschwerpunkte" in diff
    changed = document_rows(sample_ws.db, 1)
    record = ops.restore_version(1, "Entwurf 1")
    assert document_rows(sample_ws.db, 1) == original
    assert reader.version_diff(1, "Entwurf 1") == ""
    ops.undo(record)
    assert document_rows(sample_ws.db, 1) == changed


def test_fassung_names_are_unique_and_needed(ops):
    ops.save_version(1, "A")
    with pytest.raises(OperationError, match="schon"):
        ops.save_version(1, "A")
    with pytest.raises(OperationError, match="Namen"):
        ops.save_version(1, "  ")
    with pytest.raises(OperationError, match="nicht"):
        ops.restore_version(1, "gibt es nicht")


def test_restoring_a_fassung_after_its_themenfeld_was_deleted_drops_only_that_reference(ops, reader, sample_ws):
    ops.save_version(2, "vorher")
    tf = reader.catalogue().by_title("Stadtstruktur & Stadtgestalt")
    ops.delete_item("themenfeld", tf.id)
    ops.restore_version(2, "vorher")
    doc = reader.document(2)
    assert tf.id not in doc.themenfeld_ids
    assert doc.goals[0].themenfeld_id is None
    assert doc.goals[0].title == "Quartiere kleinräumig und gemischt entwickeln"


def test_list_items_add_move_delete(ops, reader):
    a = ops.add_item("link", 1, label="A", url="https://a.example").created_id
    b = ops.add_item("link", 1, label="B", url="https://b.example").created_id
    ops.move_item("link", b, 0)
    assert [link.label for link in reader.document(1).links] == ["B", "Website zu Smart City", "A"]
    ops.delete_item("link", a)
    assert [link.label for link in reader.document(1).links] == ["B", "Website zu Smart City"]


def test_history_undoes_and_redoes_in_order(ops, sample_ws, state):
    history = History(ops)
    start = state(sample_ws)
    history.push(ops.update_document(1, title="Eins"))
    history.push(ops.add_node("goal", 1, title="Neues Ziel"))
    end = state(sample_ws)
    assert history.undo() and history.undo()
    assert history.undo() is None
    assert state(sample_ws) == start
    history.redo()
    history.redo()
    assert state(sample_ws) == end


def test_document_tables_cover_every_table_with_document_data(sample_ws):
    names = {r["name"] for r in sample_ws.db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    own = names - {"themenfeld", "leitziel", "version", "setting", "wiki_sync", "sqlite_sequence", "_sqlite_migrations"}
    own = {n for n in own if not n.startswith("search")}
    assert own == set(DOCUMENT_TABLES)


def test_values_in_file_offer_what_was_typed_before(ops, reader):
    ops.add_item("consultation", reader.document(2).papers[0].id, organization="Bezirksvertretung Sterkrade")
    assert "Bezirksvertretung Sterkrade" in reader.values_in_file("consultation", "organization")
    assert reader.values_in_file("document", "responsible") == [
        "Bereich 4-4 IT / Smart City Oberhausen",
        "Bereich 5-1 Stadtplanung",
    ]
    with pytest.raises(ValueError):
        reader.values_in_file("document", "id; DROP TABLE document")


# A Fassung is saved, restored and deleted whole, never edited field by field.
EDITABLE_TABLES = ("document", "section", "goal", "paper", "indicator", "consultation", "synergy", "leitziel_ref",
                   "link", "themenfeld", "leitziel")  # fmt: skip


def test_every_editable_field_has_a_german_name(ops):
    from editor.domain.fields import field

    for table in EDITABLE_TABLES:
        missing = [column for column in ops.columns(table) if field(table, column) is None]
        assert missing == [], table


def test_undo_labels_name_the_item_and_the_field_in_words_never_a_column(ops, reader):
    section = reader.document(1).sections[0]
    record = ops.update_node("section", section.id, title="Überblick")
    assert record.description.verb == "change" and record.description.fields == ("title",)
    assert record.label == "Abschnitt „Überblick“: Überschrift geändert"
    paper = reader.document(2).papers[0]
    label = ops.update_node("paper", paper.id, decision_proposal="1. Der Rat beschließt.", public=False).label
    assert label.endswith(": Beschlussvorschlag, öffentlich/nichtöffentlich geändert")
    assert "decision_proposal" not in label and "public" not in label
    assert ops.update_document(1, scope="Stadtgebiet").label == (
        "Dokument „Smart City Strategie“: Räumlicher Geltungsbereich geändert"
    )
    assert ops.set_themenfelder(1, []).label == "Dokument „Smart City Strategie“: Themenfelder geändert"


def test_undo_labels_say_what_moved_and_how(ops, reader):
    first, second = (s.id for s in reader.document(1).sections)
    assert ops.indent("section", second).label == "Abschnitt „Analyseschwerpunkte“ eingerückt"
    assert ops.outdent("section", second).label == "Abschnitt „Analyseschwerpunkte“ ausgerückt"
    assert ops.move_down("section", first).label == "Abschnitt „Kurzbeschreibung“ nach unten verschoben"
    assert ops.move_up("section", first).label == "Abschnitt „Kurzbeschreibung“ nach oben verschoben"
    record = ops.add_node("section", 1, parent_id=first, title="Kind")
    assert record.label == "Abschnitt „Kind“ hinzugefügt"
    assert ops.delete_node("section", first).label == "Abschnitt „Kurzbeschreibung“ mit einem Unterpunkt gelöscht"
    link = ops.add_item("link", 1, label="", url="https://a.example")
    assert link.label == "Link hinzugefügt"


def test_undo_and_redo_records_keep_the_description_and_say_so(ops, reader):
    record = ops.update_node("section", reader.document(1).sections[0].id, body="Neu")
    undone = ops.undo(record)
    assert undone.description == record.description and undone.replay == "undo"
    assert undone.label == "Rückgängig gemacht: Abschnitt „Kurzbeschreibung“: Text geändert"
    assert ops.redo(record).label == "Wiederholt: Abschnitt „Kurzbeschreibung“: Text geändert"
