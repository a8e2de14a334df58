"""Editing the file's Themenfeld catalogue in the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from editor.services import Reader
from editor.storage import Workspace
from editor.views.catalogue_dialog import CatalogueDialog


def _catalogue(path: Path) -> Any:
    workspace = Workspace.open(path, read_only=True)
    catalogue = Reader(workspace).catalogue()
    workspace.close()
    return catalogue


def _set_cell(table: Any, row: int, column: int, text: str) -> None:
    table.table.item(row, column).setText(text)


def test_edit_icon_and_add_a_leitziel_then_undo(window: Any, sample_path: Path) -> None:
    dialog = CatalogueDialog(window.session, window)
    assert dialog.themenfelder.table.rowCount() == 8
    mobil_row = [tf.title for tf in window.session.reader.catalogue().themenfelder].index("Mobilität")
    dialog.themenfelder.table.setCurrentCell(mobil_row, 0)
    _set_cell(dialog.themenfelder, mobil_row, 2, "Mobilität2.jpg")
    assert _catalogue(sample_path).by_title("Mobilität").icon == "Mobilität2.jpg"
    dialog.leitziele.add_button.click()
    assert dialog.leitziele.table.rowCount() == 1
    _set_cell(dialog.leitziele, 0, 0, "Stärkung des Umweltverbunds")
    assert [lz.title for lz in _catalogue(sample_path).by_title("Mobilität").leitziele] == [
        "Stärkung des Umweltverbunds"
    ]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _catalogue(sample_path).by_title("Mobilität").leitziele == []
    window.undo_action.trigger()
    assert _catalogue(sample_path).by_title("Mobilität").icon == "Mobilität.png"


def test_deleting_a_themenfeld_asks_and_removes_references(window: Any, sample_path: Path, dialogs: Any) -> None:
    dialog = CatalogueDialog(window.session, window)
    titles = [tf.title for tf in window.session.reader.catalogue().themenfelder]
    row = titles.index("Arbeit, Wirtschaft und Tourismus")
    dialog.themenfelder.table.setCurrentCell(row, 0)
    dialog.themenfelder.delete_button.click()
    assert dialogs.shown and dialogs.shown[-1][0] == "question"
    assert _catalogue(sample_path).by_title("Arbeit, Wirtschaft und Tourismus") is None
    workspace = Workspace.open(sample_path, read_only=True)
    assert len(Reader(workspace).document(1).themenfeld_ids) == 2
    workspace.close()
    window.undo_action.trigger()
    assert _catalogue(sample_path).by_title("Arbeit, Wirtschaft und Tourismus") is not None


def test_catalogue_action_opens_the_dialog(window: Any, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(type(self).__name__) or 0)
    window.catalogue_action.trigger()
    assert shown == ["CatalogueDialog"]
