"""Dokument › Wiki-Text importieren: in the background, with progress, cancellable, one undo step."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from editor.views.export_dialogs import WikiPreviewDialog
from editor.views.import_dialog import WikiImportDialog


def _load_page_builder() -> Any:
    """Return ``page(size)`` of bench/bench_import.py: the benchmark's page in the wiki's styles."""
    path = Path(__file__).resolve().parents[2] / "bench" / "bench_import.py"
    spec = importlib.util.spec_from_file_location("bench_import", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.page


page = _load_page_builder()


def _doc_id(window: Any) -> int:
    return window.session.model.document_ids()[0]


def test_import_creates_a_document_with_a_report_as_one_undo_step(qtbot: Any, window: Any) -> None:
    text = WikiPreviewDialog(window.session, _doc_id(window), window).text.toPlainText()
    count = len(window.session.model.document_ids())
    dialog = WikiImportDialog(window.session, window)
    QGuiApplication.clipboard().setText(text)
    dialog.paste_button.click()
    dialog.title_edit.setText("Smart City Strategie (Kopie)")
    with qtbot.waitSignal(dialog.imported, timeout=60000) as signal:
        dialog.import_button.click()
    new_id = signal.args[0]
    assert dialog.created_id == new_id
    assert len(window.session.model.document_ids()) == count + 1
    assert window.session.reader.document(new_id).title == "Smart City Strategie (Kopie)"
    assert "Neues Dokument „Smart City Strategie (Kopie)“ angelegt." in dialog.report.toPlainText()
    assert dialog.import_button.isEnabled() and not dialog.cancel_button.isVisibleTo(dialog)
    window.undo_action.trigger()
    assert len(window.session.model.document_ids()) == count


def test_import_from_a_file_takes_its_name_as_title(qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    source = tmp_path / "Seite.wiki"
    text = WikiPreviewDialog(window.session, _doc_id(window), window).text.toPlainText()
    source.write_text(text, encoding="utf-8-sig")  # a byte-order mark, as Windows editors write it
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    dialog = WikiImportDialog(window.session, window)
    dialog.file_button.click()
    assert dialog.text.toPlainText() == text
    assert dialog.title_edit.text() == "Seite"
    with qtbot.waitSignal(dialog.imported, timeout=60000) as signal:
        dialog.start_import()
    assert window.session.reader.document(signal.args[0]).title == "Seite"


def test_a_large_page_imports_in_the_background_with_progress(qtbot: Any, window: Any) -> None:
    dialog = WikiImportDialog(window.session, window)
    dialog.text.setPlainText(page(300_000))
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.imported, timeout=120000):
        job = dialog.start_import()
        assert job is not None
        # While it runs the dialog waits for it: no second import, the text is locked, Abbrechen is offered.
        assert not dialog.import_button.isEnabled() and dialog.text.isReadOnly()
        assert dialog.cancel_button.isVisibleTo(dialog) and dialog.progress.isVisibleTo(dialog)
        assert dialog.start_import() is None
    assert seen and seen == sorted(seen) and seen[-1] == 100
    assert not dialog.text.isReadOnly()


def test_cancelling_writes_nothing(qtbot: Any, window: Any, state: Any) -> None:
    before = state(window.session.workspace)
    dialog = WikiImportDialog(window.session, window)
    dialog.text.setPlainText(page(2 * 1024 * 1024))
    with qtbot.waitSignal(dialog.import_cancelled, timeout=120000):
        dialog.start_import()
        dialog.cancel_button.click()
    assert dialog.created_id is None
    assert "abgebrochen" in dialog.report.toPlainText()
    assert state(window.session.workspace) == before
    assert dialog.import_button.isEnabled()


def test_text_that_is_no_wiki_page_is_refused_with_a_message(qtbot: Any, window: Any, state: Any) -> None:
    before = state(window.session.workspace)
    dialog = WikiImportDialog(window.session, window)
    dialog.text.setPlainText("{{a" * 100 + "}}" * 100)
    with qtbot.waitSignal(dialog.import_failed, timeout=60000):
        dialog.start_import()
    assert "verschachtelt" in dialog.report.toPlainText()
    assert state(window.session.workspace) == before


def test_closing_the_dialog_stops_a_running_import(qtbot: Any, window: Any, state: Any) -> None:
    before = state(window.session.workspace)
    dialog = WikiImportDialog(window.session, window)
    dialog.text.setPlainText(page(2 * 1024 * 1024))
    job = dialog.start_import()
    assert job is not None
    dialog.reject()
    assert job.done.is_set()
    qtbot.wait(50)  # let queued signals arrive: they must not write anything
    assert state(window.session.workspace) == before
