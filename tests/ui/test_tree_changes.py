"""The tree follows each change set row by row: no reset, no walk, the same tree as a fresh read."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from editor.domain.model import Document, Section
from editor.qtmodels.tree_model import StrategieTreeModel
from editor.services import OperationError, Operations, Reader, UndoRecord
from editor.storage.workspace import Workspace


def _model(path: Path) -> tuple[StrategieTreeModel, Operations, Workspace]:
    workspace = Workspace.open(path)
    return StrategieTreeModel(Reader(workspace)), Operations(workspace), workspace


def _shape(model: StrategieTreeModel, parent: QModelIndex | None = None) -> list[Any]:
    """Return the loaded tree as nested (kind, id, text, edit text, depth) tuples, documents loaded on demand."""
    parent = parent if parent is not None else QModelIndex()
    shape: list[Any] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        node = model.node(index)
        shape.append((node.kind, node.id, node.text, node.edit_text, node.depth, _shape(model, index)))
    return shape


class Signals:
    """Counts what a model announced."""

    def __init__(self, model: StrategieTreeModel) -> None:
        self.seen: list[str] = []
        for name in ("modelReset", "rowsInserted", "rowsRemoved", "rowsMoved", "dataChanged", "layoutChanged"):
            getattr(model, name).connect(lambda *_args, name=name: self.seen.append(name))


def _doc(model: StrategieTreeModel, row: int = 0) -> int:
    return model.node(model.index(row, 0)).id


def test_adding_and_deleting_a_section_inserts_and_removes_one_row(sample_path: Path) -> None:
    model, ops, _ws = _model(sample_path)
    doc_id = _doc(model)
    sections = model.find(("sections", doc_id))
    before = model.rowCount(sections)
    signals = Signals(model)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    record = ops.add_node("section", doc_id, None, 1, title="Vorwort")
    model.apply_changes(record.changes)
    assert signals.seen == ["rowsInserted"] and inserted == [(1, 1)]
    assert model.index(1, 0, sections).data() == "Vorwort" and model.rowCount(sections) == before + 1
    signals.seen.clear()
    model.apply_changes(ops.undo(record).changes)
    assert signals.seen == ["rowsRemoved"] and model.rowCount(sections) == before


def test_moves_keep_the_node_and_announce_one_move(sample_path: Path) -> None:
    model, ops, _ws = _model(sample_path)
    doc_id = _doc(model)
    sections = model.find(("sections", doc_id))
    first = model.node(model.index(0, 0, sections))
    signals = Signals(model)
    model.apply_changes(ops.move_down("section", first.id).changes)
    assert signals.seen == ["rowsMoved"]
    assert model.node(model.index(1, 0, sections)) is first
    signals.seen.clear()
    model.apply_changes(ops.indent("section", first.id).changes)
    assert "modelReset" not in signals.seen and "rowsRemoved" not in signals.seen
    assert model.node(model.find(first.key())) is first and first.depth == 1


def test_a_goal_moved_a_level_down_is_named_by_its_new_level(sample_path: Path) -> None:
    model, ops, _ws = _model(sample_path)
    doc_id = _doc(model)
    goals = model.find(("goals", doc_id))
    second = model.node(model.index(1, 0, goals))
    assert model.kind_label(second) == "Leitziel"
    model.apply_changes(ops.indent("goal", second.id).changes)
    assert model.kind_label(second) == "Handlungsziel"
    assert all(model.kind_label(child) == "Maßnahme" for child in second.children)


def test_documents_come_and_go_without_a_reset(sample_path: Path) -> None:
    model, ops, _ws = _model(sample_path)
    count = model.rowCount()
    signals = Signals(model)
    created = ops.create_document("Drittes Konzept")
    model.apply_changes(created.changes)
    assert signals.seen == ["rowsInserted"] and model.index(count, 0).data() == "Drittes Konzept"
    assert created.created_id is not None
    model.apply_changes(ops.move_document(created.created_id, 0).changes)
    assert signals.seen[-1] == "rowsMoved" and model.index(0, 0).data() == "Drittes Konzept"
    model.apply_changes(ops.delete_document(created.created_id).changes)
    assert "modelReset" not in signals.seen and model.rowCount() == count


def test_finding_a_node_loads_only_its_own_document(tmp_path: Path) -> None:
    from editor.services import new_workspace

    workspace = new_workspace(tmp_path / "viele.strategie")
    ops = Operations(workspace)
    for n in range(12):
        ops.insert_document(Document(title=f"Konzept {n}", sections=[Section(f"Abschnitt {n}")]))
    reader = Reader(workspace)
    last = reader.documents()[-1].id
    section_id = reader.document(last).sections[0].id
    assert section_id is not None
    model = StrategieTreeModel(reader)
    index = model.find(("section", section_id))
    assert index.data() == "Abschnitt 11"
    loaded = [model.is_loaded(model.index(row, 0)) for row in range(model.rowCount())]
    assert loaded == [False] * 11 + [True]
    assert not model.find(("section", 999_999)).isValid()
    assert sum(model.is_loaded(model.index(row, 0)) for row in range(model.rowCount())) == 1
    workspace.close()


def test_a_title_change_in_a_document_not_loaded_loads_nothing(sample_path: Path) -> None:
    model, ops, _ws = _model(sample_path)
    second = _doc(model, 1)
    section_id = Reader(ops.workspace).document(second).sections[0].id
    assert section_id is not None
    model.apply_changes(ops.update_node("section", section_id, title="Neu").changes)
    assert not model.is_loaded(model.index(1, 0))
    assert model.find(("section", section_id)).data() == "Neu"


OPERATIONS = ("add", "add_child", "delete", "move_up", "move_down", "indent", "outdent", "rename", "undo", "redo")


@pytest.mark.parametrize("seed", range(6))
def test_after_any_sequence_of_edits_the_tree_is_what_a_fresh_read_shows(
    qtmodeltester: Any, sample_path: Path, seed: int
) -> None:
    model, ops, workspace = _model(sample_path)
    for row in range(model.rowCount()):
        model.rowCount(model.index(row, 0))  # every document loaded
    qtmodeltester.check(model, force_py=True)
    rng = random.Random(seed)
    done: list[UndoRecord] = []
    undone: list[UndoRecord] = []
    reader = Reader(workspace)
    for step in range(40):
        doc = reader.document(rng.choice(reader.documents()).id)
        assert doc.id is not None
        tree = rng.choice(("section", "goal", "paper"))
        nodes = {"section": doc.sections, "goal": doc.goals, "paper": doc.papers}[tree]
        flat: list[Any] = []
        stack = list(nodes)
        while stack:
            node = stack.pop()
            flat.append(node)
            stack.extend(node.children)
        what = rng.choice(OPERATIONS)
        try:
            if what == "undo" and done:
                record = done.pop()
                model.apply_changes(ops.undo(record).changes)
                undone.append(record)
                continue
            if what == "redo" and undone:
                record = undone.pop()
                model.apply_changes(ops.redo(record).changes)
                done.append(record)
                continue
            if not flat or what in ("undo", "redo", "add"):
                field = "name" if tree == "paper" else "title"
                parent = rng.choice(flat).id if flat and rng.random() < 0.5 else None
                record = ops.add_node(tree, doc.id, parent, rng.randint(0, 3), **{field: f"Neu {step}"})
            elif what == "add_child":
                field = "name" if tree == "paper" else "title"
                record = ops.add_node(tree, doc.id, rng.choice(flat).id, None, **{field: f"Kind {step}"})
            elif what == "rename":
                field = rng.choice(("name", "reference")) if tree == "paper" else "title"
                record = ops.update_node(tree, rng.choice(flat).id, **{field: f"Umbenannt {step}"})
            elif what == "delete":
                record = ops.delete_node(tree, rng.choice(flat).id)
            else:
                record = getattr(ops, what)(tree, rng.choice(flat).id)
        except OperationError:
            continue
        model.apply_changes(record.changes)
        done.append(record)
        undone.clear()
    fresh = StrategieTreeModel(Reader(workspace))
    assert _shape(model) == _shape(fresh)
    workspace.close()
