"""Export and import actions with their file dialogs monkeypatched."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from editor.views.export_dialogs import DocxExportDialog, WikiPreviewDialog


def _doc_id(window: Any) -> int:
    return window.session.model.document_ids()[0]


def test_wiki_preview_copies_and_saves_the_wiki_text(window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    dialog = WikiPreviewDialog(window.session, _doc_id(window), window)
    text = dialog.text.toPlainText()
    assert "Smart City" in text and "==" in text
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    target = tmp_path / "Seite.wiki"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.save_button.click()
    assert target.read_text(encoding="utf-8") == text


def test_wiki_profile_choice_changes_the_text_and_is_remembered(window: Any) -> None:
    dialog = WikiPreviewDialog(window.session, _doc_id(window), window)
    if dialog.profile_box.count() < 2:
        pytest.skip("only one wiki profile")
    first = dialog.text.toPlainText()
    dialog.profile_box.setCurrentIndex(1)
    assert dialog.text.toPlainText() != first
    again = WikiPreviewDialog(window.session, _doc_id(window), window)
    assert again.profile_box.currentIndex() == 1


def test_wiki_action_opens_the_preview(window: Any, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(type(self).__name__) or 0)
    window.wiki_action.trigger()
    window.docx_action.trigger()
    assert shown == ["WikiPreviewDialog", "DocxExportDialog"]


def test_word_export_runs_in_the_background_and_writes_the_file(qtbot: Any, window: Any, tmp_path: Path) -> None:
    dialog = DocxExportDialog(window.session, _doc_id(window), None, window)
    target = tmp_path / "Strategie.docx"
    dialog.target_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60000) as blocker:
        assert dialog.start_export() is not None
        assert not dialog.export_button.isEnabled()  # busy, window still responsive
    assert blocker.args == [str(target)]
    with zipfile.ZipFile(target) as docx:
        assert "Smart City Strategie" in docx.read("word/document.xml").decode("utf-8")


def test_vorlage_export_and_template_choice_is_remembered(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from editor.resources import resource_path

    paper = window.session.reader.document(_doc_id(window)).papers[0]
    dialog = DocxExportDialog(window.session, _doc_id(window), paper.id, window)
    assert dialog.kind_box.currentData() == paper.id
    template = resource_path("templates", "strategie-vorlage.docx")
    dialog.template_edit.setText(str(template))
    target = tmp_path / "Vorlage.docx"
    dialog.target_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start_export()
    with zipfile.ZipFile(target) as docx:
        assert paper.reference in docx.read("word/document.xml").decode("utf-8")
    again = DocxExportDialog(window.session, _doc_id(window), None, window)
    assert again.template_edit.text() == str(template)


def test_word_export_error_is_shown(qtbot: Any, window: Any, tmp_path: Path, dialogs: Any) -> None:
    dialog = DocxExportDialog(window.session, _doc_id(window), None, window)
    dialog.template_edit.setText(str(tmp_path / "fehlt.docx"))
    dialog.target_edit.setText(str(tmp_path / "x.docx"))
    with qtbot.waitSignal(dialog.export_failed, timeout=60000):
        dialog.start_export()
    assert dialog.export_button.isEnabled()
    assert not (tmp_path / "x.docx").exists()
    assert dialogs.shown and dialogs.shown[-1][0] == "warning"
