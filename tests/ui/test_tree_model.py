"""The workspace tree model: Qt's model rules, lazy loading, refresh after changes, drops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from editor.qtmodels.tree_model import StrategieTreeModel
from editor.services import Operations, Reader
from editor.storage.workspace import Workspace


def _model(path: Path) -> tuple[StrategieTreeModel, Operations]:
    workspace = Workspace.open(path)
    return StrategieTreeModel(Reader(workspace)), Operations(workspace)


def _texts(model: StrategieTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_model_passes_qt_model_tester_with_every_document_loaded(qtmodeltester: Any, sample_path: Path) -> None:
    model, _ops = _model(sample_path)
    qtmodeltester.check(model, force_py=True)


def test_documents_load_their_parts_only_when_expanded(sample_path: Path) -> None:
    model, _ops = _model(sample_path)
    first = model.index(0, 0)
    assert model.hasChildren(first) and not model.is_loaded(first)
    assert _texts(model, first) == [
        "Stammdaten",
        "Themenfelder & Leitziele",
        "Abschnitte",
        "Ziele",
        "Beschlüsse",
        "Synergien",
        "Links & Downloads",
    ]
    assert model.is_loaded(first) and not model.is_loaded(model.index(1, 0))


def test_structural_changes_keep_the_model_valid(qtmodeltester: Any, sample_path: Path) -> None:
    model, ops = _model(sample_path)
    qtmodeltester.check(model, force_py=True)
    doc_id = model.node(model.index(0, 0)).id
    record = ops.add_node("section", doc_id, None, 0, title="Vorwort")
    model.apply_changes(record.changes)
    sections = model.find(("sections", doc_id))
    assert _texts(model, sections)[0] == "Vorwort"
    model.apply_changes(ops.undo(record).changes)
    assert "Vorwort" not in _texts(model, model.find(("sections", doc_id)))
    model.apply_changes(ops.create_document("Drittes Konzept").changes)
    assert model.index(model.rowCount() - 1, 0).data() == "Drittes Konzept"
    section = model.node(model.index(0, 0, model.find(("sections", doc_id))))
    model.apply_changes(
        ops.indent("section", model.node(model.index(1, 0, model.find(("sections", doc_id)))).id).changes
    )
    assert model.rowCount(model.find(section.key())) >= 1


def test_title_change_is_data_changed_only(qtbot: Any, sample_path: Path) -> None:
    model, ops = _model(sample_path)
    doc_id = model.node(model.index(0, 0)).id
    section = model.index(0, 0, model.find(("sections", doc_id)))
    node = model.node(section)
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.rowsRemoved):
        model.apply_changes(ops.update_node("section", node.id, title="Kurz und bündig").changes)
    assert section.data() == "Kurz und bündig"


def test_drop_moves_a_section_under_another(sample_path: Path) -> None:
    model, ops = _model(sample_path)
    doc_id = model.node(model.index(0, 0)).id
    sections = model.find(("sections", doc_id))
    first, second = model.node(model.index(0, 0, sections)), model.node(model.index(1, 0, sections))
    moves: list[tuple[str, int, int | None, int]] = []

    def move(table: str, node_id: int, parent_id: int | None, position: int) -> bool:
        moves.append((table, node_id, parent_id, position))
        model.apply_changes(ops.move_node(table, node_id, parent_id, position).changes)
        return True

    model.move_handler = move
    data = model.mimeData([model.index(0, 0, sections)])
    target = model.index(1, 0, sections)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    assert moves == [("section", first.id, second.id, 0)]
    sections = model.find(("sections", doc_id))
    assert _texts(model, sections) == [second.text]
    assert _texts(model, model.index(0, 0, sections)) == [first.text]


def test_drop_into_itself_or_another_tree_is_refused(sample_path: Path) -> None:
    model, _ops = _model(sample_path)
    doc_id = model.node(model.index(0, 0)).id
    sections = model.find(("sections", doc_id))
    data = model.mimeData([model.index(0, 0, sections)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(0, 0, sections))
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.find(("goals", doc_id)))


def test_none_and_true_survive_many_void_calls_and_emits() -> None:
    # PySide6 6.12.0 lost a reference to None or True on each such call and crashed Python 3.11
    # after some ten thousand; pyproject.toml excludes that version.
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal(object)

    emitter = Emitter()
    emitter.fired.connect(lambda _value: None)
    for _ in range(50_000):  # more than None has references in a fresh interpreter
        emitter.setObjectName("x")
        emitter.fired.emit(None)
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0
