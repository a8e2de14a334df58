"""Export and import actions with their file dialogs monkeypatched."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from editor.views.export_dialogs import DocxExportDialog, WikiPreviewDialog
from tests.ui.conftest import type_text


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


def _reference(window: Any) -> tuple[int, str]:
    paper = window.session.reader.document(_doc_id(window)).papers[0]
    return paper.id, paper.reference


def test_file_name_is_proposed_from_document_kind_and_format(window: Any, tmp_path: Path) -> None:
    QSettings().setValue("export/directory", str(tmp_path))
    dialog = DocxExportDialog(window.session, _doc_id(window), None, window)
    assert dialog.target_edit.text() == str(tmp_path / "Smart City Strategie.docx")
    paper_id, _reference_text = _reference(window)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(paper_id))
    assert dialog.target_edit.text() == str(tmp_path / "Smart City Strategie – Beschlussvorlage B-17-3503-01.docx")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert dialog.target_edit.text() == str(tmp_path / "Smart City Strategie – Beschlussvorlage B-17-3503-01.pdf")
    # A name the user typed stays; only its suffix follows the format.
    dialog.target_edit.setText(str(tmp_path / "Ratssitzung November.pdf"))
    dialog.kind_box.setCurrentIndex(0)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    assert dialog.target_edit.text() == str(tmp_path / "Ratssitzung November.docx")


def test_existing_file_is_replaced_only_when_the_user_agrees(
    qtbot: Any, window: Any, tmp_path: Path, dialogs: Any
) -> None:
    target = tmp_path / "Strategie.docx"
    target.write_bytes(b"alte Fassung")
    dialog = DocxExportDialog(window.session, _doc_id(window), None, window)
    dialog.target_edit.setText(str(target))
    dialogs.answer = QMessageBox.StandardButton.No
    assert dialog.start_export() is None
    assert dialogs.shown[-1][0] == "question" and "Strategie.docx" in dialogs.shown[-1][2]
    assert target.read_bytes() == b"alte Fassung"
    dialogs.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        assert dialog.start_export() is not None
    assert zipfile.is_zipfile(target)
    asked = len(dialogs.shown)
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start_export()  # the file this dialog just wrote is replaced without asking again
    assert len(dialogs.shown) == asked


def test_after_export_the_file_or_its_folder_can_be_opened(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    dialog = DocxExportDialog(window.session, _doc_id(window), None, window)
    assert not dialog.open_file_button.isVisible() and not dialog.open_folder_button.isVisible()
    target = tmp_path / "Strategie.docx"
    dialog.target_edit.setText(str(target))
    dialog.show()
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start_export()
    assert dialog.open_file_button.isVisible() and dialog.open_folder_button.isVisible()
    dialog.open_file_button.click()
    dialog.open_folder_button.click()
    assert opened == [str(target), str(tmp_path)]


@pytest.fixture
def no_libreoffice(tmp_path: Path, monkeypatch: Any) -> Any:
    """A PATH on which no LibreOffice is found."""
    from exports import pdf_export

    empty = tmp_path / "leerer-pfad"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    pdf_export.forget_office()
    yield
    monkeypatch.undo()
    pdf_export.forget_office()


def test_pdf_without_libreoffice_says_what_to_install(window: Any, no_libreoffice: Any) -> None:
    dialog = DocxExportDialog(window.session, _doc_id(window), None, window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert "LibreOffice" in dialog.message.text() and "apt install libreoffice-writer" in dialog.message.text()
    assert not dialog.export_button.isEnabled()
    assert dialog.start_export() is None
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    assert dialog.export_button.isEnabled() and dialog.message.text() == ""


def test_note_about_the_template_is_shown_after_export(qtbot: Any, window: Any, tmp_path: Path) -> None:
    import docx

    template = tmp_path / "ohne Seitenzahl.docx"
    docx.Document().save(str(template))
    dialog = DocxExportDialog(window.session, _doc_id(window), None, window)
    dialog.template_edit.setText(str(template))
    dialog.target_edit.setText(str(tmp_path / "Strategie.docx"))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start_export()
    assert "Hinweis: Die Word-Vorlage „ohne Seitenzahl.docx“ hat keine Seitenzahlen" in dialog.message.text()


@pytest.mark.needs("soffice")
def test_pdf_export_from_the_dialog(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from exports import pdf_export

    if pdf_export.office_problem() is not None:
        pytest.skip(str(pdf_export.office_problem()))
    dialog = DocxExportDialog(window.session, _doc_id(window), None, window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    target = tmp_path / "Strategie.pdf"
    dialog.target_edit.setText(str(target))
    failures: list[str] = []
    written: list[str] = []
    dialog.export_failed.connect(failures.append)
    dialog.exported.connect(written.append)
    assert dialog.start_export() is not None
    qtbot.waitUntil(lambda: bool(failures or written), timeout=180000)
    assert failures == []  # else the test says LibreOffice's reason at once, not after the timeout
    assert target.read_bytes().startswith(b"%PDF-")
    assert QSettings().value("export/format") == "pdf"
    again = DocxExportDialog(window.session, _doc_id(window), None, window)
    assert again.format_box.currentData() == "pdf"


def test_sender_of_the_vorlagen_is_edited_once_per_file_and_undoable(window: Any, monkeypatch: Any) -> None:
    from editor.views.settings_dialog import AuthorityDialog

    shown: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(type(self).__name__) or 0)
    window.authority_action.trigger()
    assert shown == ["AuthorityDialog"]
    dialog = AuthorityDialog(window.session, window)
    assert dialog.edits["authority.city"].text() == "Stadt Oberhausen"
    type_text(dialog.edits["authority.unit"], "Dezernat 5 – Bereich 5-1 Planung")
    dialog.accept()
    assert window.session.reader.authority().unit == "Dezernat 5 – Bereich 5-1 Planung"
    paper_id, _ = _reference(window)
    export = DocxExportDialog(window.session, _doc_id(window), paper_id, window)
    assert (
        export.authority_label.text() == "Stadt Oberhausen · Der Oberbürgermeister · Dezernat 5 – Bereich 5-1 Planung"
    )
    window.undo_action.trigger()
    assert window.session.reader.authority().unit == ""


def test_html_page_from_the_export_dialog(qtbot: Any, window: Any, tmp_path: Path, dialogs: Any) -> None:
    QSettings().setValue("export/directory", str(tmp_path))
    dialog = DocxExportDialog(window.session, _doc_id(window), None, window)
    dialog.show()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    target = tmp_path / "Smart City Strategie.html"
    assert dialog.target_edit.text() == str(target)
    assert not dialog.template_edit.isVisible()  # a web page has no Word template
    target.write_text("alte Seite", encoding="utf-8")
    dialogs.answer = QMessageBox.StandardButton.No
    assert dialog.start_export() is None
    assert target.read_text(encoding="utf-8") == "alte Seite"
    dialogs.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        assert dialog.start_export() is not None
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="de">' in page
    assert "<title>Smart City Strategie</title>" in page
    assert dialog.open_file_button.isVisible()
    assert QSettings().value("export/format") == "html"


def test_a_vorlage_is_not_offered_as_html(window: Any) -> None:
    paper_id, _reference_text = _reference(window)
    dialog = DocxExportDialog(window.session, _doc_id(window), paper_id, window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    assert not dialog.export_button.isEnabled()
    assert "nur das Strategiedokument" in dialog.message.text()
    assert dialog.start_export() is None
    dialog.kind_box.setCurrentIndex(0)
    assert dialog.export_button.isEnabled() and dialog.message.text() == ""
