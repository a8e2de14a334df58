"""Dokument › Wiki-Text importieren: a page's wiki text becomes a new document.

The import runs in the thread pool, so the window stays usable on a page of
MediaWiki's maximum size; a progress bar shows how far it is and *Abbrechen* stops it.
Only the finished document is written to the file, in the window's thread, as one
undoable step; a cancelled or failed import writes nothing.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.domain.messages import said
from editor.views.announce import announce
from editor.views.geometry import keep_geometry
from editor.views.i18n import describe_error, tr, translate_message
from editor.views.session import EditorSession


class _ImportSignals(QObject):
    progressed = Signal(int)
    """Percent done."""
    finished = Signal(object)
    """The ``ImportResult``."""
    failed = Signal(str)
    """What went wrong, in the UI language."""
    cancelled = Signal()


class ImportJob(QRunnable):
    """Reads one page in the thread pool; touches no file, reports through ``signals``."""

    def __init__(self, text: str, catalogue: Any, page_ids: dict[str, int], title: str) -> None:
        super().__init__()
        self.text = text
        self.catalogue = catalogue
        self.page_ids = page_ids
        self.title = title
        self.signals = _ImportSignals()
        self.cancel_requested = threading.Event()
        self.done = threading.Event()

    def run(self) -> None:
        """Import, then report the result, the cancellation or the error."""
        from exports.wiki_import import ImportCancelled, import_wiki

        try:
            result = import_wiki(self.text, self.catalogue, self.page_ids, title=self.title, progress=self._progress)
        except ImportCancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # shown to the user; details on stderr
            traceback.print_exc()
            self.signals.failed.emit(describe_error(error))
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()

    def _progress(self, done: int, total: int) -> None:
        from exports.wiki_import import ImportCancelled

        if self.cancel_requested.is_set():
            raise ImportCancelled
        self.signals.progressed.emit(done * 100 // max(total, 1))


class WikiImportDialog(QDialog):
    """Import wiki text (pasted, from the clipboard or a file) as a new document."""

    imported = Signal(int)
    """The id of the new document."""
    import_failed = Signal(str)
    """The message of a failed import."""
    import_cancelled = Signal()
    """The user stopped the import; nothing was written."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.created_id: int | None = None
        self.job: ImportJob | None = None
        self.setWindowTitle(tr("Wiki-Text importieren"))
        keep_geometry(self, "wiki_import", QSize(900, 650))
        intro = QLabel(tr("Fügen Sie den Wiki-Text einer Seite ein oder laden Sie eine Datei. "
                          "Daraus entsteht ein neues Dokument."), self)  # fmt: skip
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(tr("Wiki-Text"))
        self.text.setTabChangesFocus(True)  # wiki text has no tabs to type: Tab leads on to the buttons
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(tr("Titel der Wiki-Seite, z. B. Smart City Strategie"))
        self.title_edit.setAccessibleName(tr("Seitentitel"))
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(tr("Bericht des Imports"))
        self.report.setMaximumHeight(160)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(tr("Fortschritt des Imports"))
        self.progress.setVisible(False)
        self.paste_button = QPushButton(tr("Aus der &Zwischenablage"), self)
        self.file_button = QPushButton(tr("Aus &Datei …"), self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(tr("&Importieren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(tr("&Abbrechen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setAccessibleName(tr("Import abbrechen"))
        self.cancel_button.setVisible(False)
        self.close_button = self.buttons.addButton(tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        text_label = QLabel(tr("&Wiki-Text:"), self)
        text_label.setBuddy(self.text)
        report_label = QLabel(tr("&Bericht:"), self)
        report_label.setBuddy(self.report)
        row = QHBoxLayout()
        row.addWidget(self.paste_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        title_label = QLabel(tr("&Seitentitel:"), self)
        title_label.setBuddy(self.title_edit)
        title_row = QHBoxLayout()
        title_row.addWidget(title_label)
        title_row.addWidget(self.title_edit, 1)
        layout.addLayout(title_row)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.progress)
        layout.addWidget(report_label)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self.paste_button.clicked.connect(lambda: self.text.setPlainText(QGuiApplication.clipboard().text()))
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.cancel_button.clicked.connect(self.cancel_import)

    def _on_file_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Wiki-Text öffnen"), "", tr("Wiki-Text (*.wiki *.txt);;Alle Dateien (*)")
        )
        if not name:
            return
        try:
            self.text.setPlainText(Path(name).read_text(encoding="utf-8-sig"))
            if not self.title_edit.text().strip():
                self.title_edit.setText(Path(name).stem)
        except (OSError, UnicodeDecodeError) as error:
            QMessageBox.warning(
                self, tr("Wiki-Text öffnen"), tr("Die Datei kann nicht gelesen werden: {error}").format(error=error)
            )

    def _on_import_button_clicked(self) -> None:
        self.start_import()

    def start_import(self) -> ImportJob | None:
        """Start reading the text in the thread pool; return the job (None if there is nothing to do)."""
        if self.job is not None:
            return None
        text = self.text.toPlainText()
        if not text.strip():
            self.report.setPlainText(tr("Kein Text zum Importieren."))
            return None
        reader = self.session.reader
        page_ids = {title: doc_id for doc_id, title in reader.titles().items()}
        job = ImportJob(text, reader.catalogue(), page_ids, self.title_edit.text().strip())
        job.signals.progressed.connect(self.progress.setValue)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.cancelled.connect(self._on_job_cancelled)
        self.job = job
        self._set_running(True)
        self.report.setPlainText(tr("Der Wiki-Text wird gelesen …"))
        QThreadPool.globalInstance().start(job)
        return job

    def cancel_import(self) -> None:
        """Stop the running import; nothing is written."""
        if self.job is not None:
            self.job.cancel_requested.set()
            self.cancel_button.setEnabled(False)
            self.report.setPlainText(tr("Der Import wird abgebrochen …"))

    def _set_running(self, running: bool) -> None:
        if running:
            self.progress.setValue(0)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.import_button.setEnabled(not running)
        self.paste_button.setEnabled(not running)
        self.file_button.setEnabled(not running)
        self.text.setReadOnly(running)
        self.title_edit.setReadOnly(running)
        if running:
            self.cancel_button.setFocus()

    def _finish_job(self) -> bool:
        """Forget the job; return whether its result still counts (not cancelled meanwhile)."""
        job, self.job = self.job, None
        self._set_running(False)
        return job is not None and not job.cancel_requested.is_set()

    def _on_job_finished(self, result: Any) -> None:
        if not self._finish_job():
            self._on_job_cancelled()
            return
        record = self.session.apply(lambda: self.session.ops.insert_document(result.document))
        lines = [translate_message(said(line)) for line in result.report]
        summary = "\n".join(lines) if lines else tr("Alles übernommen; nichts blieb unverstanden.")
        if record is None:
            self.report.setPlainText(summary)
            return
        self.created_id = record.created_id
        created = tr("Neues Dokument „{title}“ angelegt.").format(title=result.document.title)
        self.report.setPlainText(created + "\n" + summary)
        announce(self, created + (" " + tr("{count} Hinweise im Bericht.").format(count=len(lines)) if lines else ""))
        if self.created_id is not None:
            self.imported.emit(self.created_id)

    def _on_job_failed(self, message: str) -> None:
        self._finish_job()
        self.report.setPlainText(tr("Import fehlgeschlagen: {error}").format(error=message))
        announce(self, self.report.toPlainText(), assertive=True)
        self.import_failed.emit(message)

    def _on_job_cancelled(self) -> None:
        self._finish_job()
        self.report.setPlainText(tr("Import abgebrochen; es wurde nichts angelegt."))
        announce(self, self.report.toPlainText())
        self.import_cancelled.emit()

    def reject(self) -> None:
        """Close; a running import is stopped first (it writes nothing)."""
        job = self.job
        if job is not None:
            self.cancel_import()
            job.done.wait(10)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running import when the window is closed."""
        if self.job is not None:
            self.cancel_import()
            self.job.done.wait(10)
        super().closeEvent(event)
