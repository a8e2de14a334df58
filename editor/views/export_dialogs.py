"""Wiki preview, Word export (in a worker thread) and wiki import dialogs.

The exporters live in ``exports/`` and are imported only when a dialog opens, so
that python-docx and the wiki code do not slow down the start of the program.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
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

from editor.views.i18n import describe_error, tr, translate_message
from editor.views.session import EditorSession


def _mono(edit: QPlainTextEdit) -> None:
    edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)


class WikiPreviewDialog(QDialog):
    """The document as wiki text in a chosen profile: preview, copy, save as ``.wiki``."""

    def __init__(self, session: EditorSession, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from exports.wiki_profile import ProfileError, available_profiles, load_profile

        self.session = session
        self.document_id = document_id
        self.setWindowTitle(tr("Wiki-Text"))
        self.resize(1000, 700)
        self.profile_box = QComboBox(self)
        for name in available_profiles():
            try:
                label = load_profile(name).label or name
            except ProfileError:
                label = name
            self.profile_box.addItem(label, name)
        self.profile_box.setAccessibleName(tr("Wiki-Profil"))
        remembered = QSettings().value("export/wiki_profile")
        if remembered is not None and self.profile_box.findData(str(remembered)) >= 0:
            self.profile_box.setCurrentIndex(self.profile_box.findData(str(remembered)))
        profile_label = QLabel(tr("&Profil:"), self)
        profile_label.setBuddy(self.profile_box)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("Wiki-Text"))
        _mono(self.text)
        self.copy_button = QPushButton(tr("In die Zwischenablage &kopieren"), self)
        self.save_button = QPushButton(tr("Als .wiki-Datei &speichern …"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(profile_label)
        top.addWidget(self.profile_box, 1)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.profile_box.currentIndexChanged.connect(lambda _i: self.render_wiki())
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.render_wiki()

    def render_wiki(self) -> str:
        """Write the wiki text in the chosen profile into the preview."""
        from exports.wiki import export_wiki
        from exports.wiki_profile import ProfileError, load_profile

        name = str(self.profile_box.currentData() or "")
        try:
            profile = load_profile(name) if name else None
            text = export_wiki(self.session.reader.export_source(self.document_id), profile)
        except ProfileError as error:
            text = ""
            QMessageBox.warning(self, tr("Wiki-Profil"), describe_error(error))
        QSettings().setValue("export/wiki_profile", name)
        self.text.setPlainText(text)
        return text

    def _on_copy_button_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.text.toPlainText())
        self.copy_button.setText(tr("Kopiert ✓"))

    def _on_save_button_clicked(self) -> None:
        title = self.session.reader.document(self.document_id).page_title() or "Seite"
        start = str(Path(str(QSettings().value("export/directory", Path.home()))) / f"{title}.wiki")
        name, _ = QFileDialog.getSaveFileName(self, tr("Wiki-Text speichern"), start, tr("Wiki-Text (*.wiki *.txt)"))
        if not name:
            return
        path = Path(name)
        from exports.files import ExportWriteError, write_text

        try:
            write_text(path, self.text.toPlainText())  # all or nothing; never onto a workspace
        except ExportWriteError as error:
            QMessageBox.critical(self, tr("Wiki-Text speichern"), describe_error(error))
            return
        QSettings().setValue("export/directory", str(path.parent))


class _WorkerSignals(QObject):
    finished = Signal(str)
    """The path written."""
    failed = Signal(str)
    """What went wrong, in the UI language."""


class ExportJob(QRunnable):
    """Runs one Word export in the thread pool; reports through ``signals``."""

    def __init__(self, work: Callable[[], None], path: Path) -> None:
        super().__init__()
        self.work = work
        self.path = path
        self.signals = _WorkerSignals()

    def run(self) -> None:
        """Export, then report the result or the error."""
        try:
            self.work()
        except Exception as error:  # shown to the user; details on stderr
            traceback.print_exc()
            self.signals.failed.emit(describe_error(error))
            return
        self.signals.finished.emit(str(self.path))


class DocxExportDialog(QDialog):
    """Export the strategy document, or one Beschlussvorlage, as Word, from a chosen template."""

    exported = Signal(str)
    """The path of the Word file that was written."""
    export_failed = Signal(str)
    """The German message of a failed export."""

    def __init__(
        self, session: EditorSession, document_id: int, paper_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id = document_id
        self.paper_id = paper_id
        self.job: ExportJob | None = None
        doc = session.reader.document(document_id)
        self.setWindowTitle(
            tr("Beschlussvorlage als Word exportieren") if paper_id else tr("Als Word-Dokument exportieren")
        )
        self.resize(640, 220)
        store = QSettings()
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(tr("Strategiedokument"), "strategie")
        papers = [(p.reference or p.name, p.id) for p in _papers(doc)]
        for label, pid in papers:
            self.kind_box.addItem(tr("Beschlussvorlage {number}").format(number=label), pid)
        if paper_id is not None and self.kind_box.findData(paper_id) >= 0:
            self.kind_box.setCurrentIndex(self.kind_box.findData(paper_id))
        self.template_edit = QLineEdit(str(store.value("export/template", "")), self)
        self.template_edit.setPlaceholderText(tr("Mitgelieferte Vorlage der Stadt"))
        self.template_button = QPushButton(tr("&Durchsuchen …"), self)
        self.template_button.setAccessibleName(tr("Vorlage auswählen"))
        directory = Path(str(store.value("export/directory", Path.home())))
        stem = (doc.page_title() or "Strategie").replace("/", "-")
        self.target_edit = QLineEdit(str(directory / f"{stem}.docx"), self)
        self.target_button = QPushButton(tr("Ziel &wählen …"), self)
        self.target_button.setAccessibleName(tr("Zieldatei auswählen"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(tr("Fortschritt"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        kind_label = QLabel(tr("&Was:"), self)
        kind_label.setBuddy(self.kind_box)
        self.kind_box.setAccessibleName(tr("Was exportieren"))
        form.addRow(kind_label, self.kind_box)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        template_label = QLabel(tr("&Vorlage:"), self)
        template_label.setBuddy(self.template_edit)
        self.template_edit.setAccessibleName(tr("Word-Vorlage"))
        form.addRow(template_label, template_row)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.target_button)
        target_label = QLabel(tr("&Zieldatei:"), self)
        target_label.setBuddy(self.target_edit)
        self.target_edit.setAccessibleName(tr("Zieldatei"))
        form.addRow(target_label, target_row)
        form.addRow(self.progress)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(tr("&Exportieren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.target_button.clicked.connect(self._on_target_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _on_template_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Word-Vorlage wählen"), self.template_edit.text(), tr("Word-Vorlagen (*.docx *.dotx)")
        )
        if name:
            self.template_edit.setText(name)

    def _on_target_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Word-Dokument speichern"), self.target_edit.text(), tr("Word-Dokument (*.docx)")
        )
        if name:
            self.target_edit.setText(name if name.lower().endswith(".docx") else name + ".docx")

    def start_export(self) -> ExportJob | None:
        """Start the export in the thread pool; return the job (None if the input is incomplete)."""
        target = self.target_edit.text().strip()
        if not target:
            self.message.setText(tr("Bitte eine Zieldatei angeben."))
            return None
        path = Path(target)
        template_text = self.template_edit.text().strip()
        template = Path(template_text) if template_text else None
        store = QSettings()
        store.setValue("export/template", template_text)
        store.setValue("export/directory", str(path.parent))
        source = self.session.reader.export_source(self.document_id)
        kind = self.kind_box.currentData()

        def work() -> None:
            from exports import docx_export

            if kind == "strategie":
                docx_export.export_strategie(source, path, template)
            else:
                docx_export.export_vorlage(source, int(kind), path, template)

        job = ExportJob(work, path)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        self.job = job
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.message.setText(tr("Word-Dokument wird geschrieben …"))
        QThreadPool.globalInstance().start(job)
        return job

    def _on_export_button_clicked(self) -> None:
        self.start_export()

    def _on_job_finished(self, path: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.export_button.setEnabled(True)
        text = tr("Gespeichert: {path}").format(path=path)
        template = self.template_edit.text().strip()
        if template:
            from exports.docx_template import template_report

            text = "\n".join([text, *(translate_message(note) for note in template_report(Path(template)))])
        self.message.setText(text)
        self.exported.emit(path)

    def _on_job_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.export_button.setEnabled(True)
        self.message.setText(tr("Export fehlgeschlagen: {message}").format(message=message))
        QMessageBox.warning(self, tr("Word-Export"), message)
        self.export_failed.emit(message)


def _papers(doc: Any) -> list[Any]:
    from editor.domain.tree import walk

    return [paper for paper, _ in walk(doc.papers)]


class WikiImportDialog(QDialog):
    """Import wiki text (pasted, from the clipboard or a file) as a new document."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.created_id: int | None = None
        self.setWindowTitle(tr("Wiki-Text importieren"))
        self.resize(900, 650)
        intro = QLabel(tr("Fügen Sie den Wiki-Text einer Seite ein oder laden Sie eine Datei. "
                          "Daraus entsteht ein neues Dokument."), self)  # fmt: skip
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(tr("Wiki-Text"))
        _mono(self.text)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(tr("Titel der Wiki-Seite, z. B. Smart City Strategie"))
        self.title_edit.setAccessibleName(tr("Seitentitel"))
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(tr("Bericht des Imports"))
        self.report.setMaximumHeight(160)
        self.paste_button = QPushButton(tr("Aus der &Zwischenablage"), self)
        self.file_button = QPushButton(tr("Aus &Datei …"), self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(tr("&Importieren"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        layout.addWidget(report_label)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self.paste_button.clicked.connect(lambda: self.text.setPlainText(QGuiApplication.clipboard().text()))
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.import_button.clicked.connect(self.run_import)

    def _on_file_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Wiki-Text öffnen"), "", tr("Wiki-Text (*.wiki *.txt);;Alle Dateien (*)")
        )
        if not name:
            return
        try:
            self.text.setPlainText(Path(name).read_text(encoding="utf-8"))
            if not self.title_edit.text().strip():
                self.title_edit.setText(Path(name).stem)
        except (OSError, UnicodeDecodeError) as error:
            QMessageBox.warning(
                self, tr("Wiki-Text öffnen"), tr("Die Datei kann nicht gelesen werden: {error}").format(error=error)
            )

    def run_import(self) -> int | None:
        """Import the text as a new document; show the report; return the new id."""
        try:
            from exports.wiki_import import import_wiki
        except ImportError:
            QMessageBox.information(
                self, tr("Wiki-Text importieren"), tr("Der Import ist in dieser Version noch nicht verfügbar.")
            )
            return None
        text = self.text.toPlainText()
        if not text.strip():
            self.report.setPlainText(tr("Kein Text zum Importieren."))
            return None
        try:
            page_ids = {title: doc_id for doc_id, title in self.session.reader.titles().items()}
            result = import_wiki(
                text, self.session.reader.catalogue(), page_ids=page_ids, title=self.title_edit.text().strip()
            )
        except Exception as error:  # the importer's message, shown as is
            self.report.setPlainText(tr("Import fehlgeschlagen: {error}").format(error=describe_error(error)))
            return None
        ops = self.session.ops
        record = self.session.apply(lambda: ops.insert_document(result.document))
        report = result.report
        lines = report if isinstance(report, list | tuple) else [str(report)]
        summary = "\n".join(str(line) for line in lines) if lines else tr("Keine Auffälligkeiten.")
        if record is not None:
            self.created_id = record.created_id
            summary = tr("Neues Dokument „{title}“ angelegt.").format(title=result.document.title) + "\n" + summary
        self.report.setPlainText(summary)
        return self.created_id
