"""Word, PDF and HTML export in a worker thread (the wiki preview is in ``wiki_preview``, the import in ``import_dialog``).

The exporters live in ``exports/`` and are imported only when a dialog opens, so
that python-docx and the wiki code do not slow down the start of the program.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSettings, QSize, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
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
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.domain.messages import Message
from editor.views.announce import announce
from editor.views.geometry import keep_geometry
from editor.views.i18n import describe_error, tr, translate_message
from editor.views.import_dialog import WikiImportDialog as WikiImportDialog  # moved; the old name still works
from editor.views.session import EditorSession
from editor.views.wiki_preview import WikiPreviewDialog as WikiPreviewDialog  # in its own module


class _WorkerSignals(QObject):
    finished = Signal(str)
    """The path written."""
    failed = Signal(str)
    """What went wrong, in the UI language."""


class ExportJob(QRunnable):
    """Runs one Word or PDF export in the thread pool; reports through ``signals``.

    ``work`` returns the exporter's notes (what it changed in the template), kept in ``notes``.
    """

    def __init__(self, work: Callable[[], list[Message]], path: Path) -> None:
        super().__init__()
        self.work = work
        self.path = path
        self.notes: list[Message] = []
        self.signals = _WorkerSignals()

    def run(self) -> None:
        """Export, then report the result or the error."""
        try:
            self.notes = self.work()
        except Exception as error:  # shown to the user; details on stderr
            traceback.print_exc()
            self.signals.failed.emit(describe_error(error))
            return
        self.signals.finished.emit(str(self.path))


_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def proposed_file_name(page_title: str, paper_reference: str | None, suffix: str) -> str:
    """Return a file name for an export: the document, for a Vorlage also its number ("…/…" → "…-…").

    ``paper_reference`` is None for the strategy document. Characters no file system
    takes become "-", and the name stays short enough for every one.
    """
    stem = page_title.strip() or "Strategie"
    if paper_reference is not None:
        stem = f"{stem} – Beschlussvorlage {paper_reference.strip()}".rstrip()
    stem = _UNSAFE_IN_NAMES.sub("-", stem).strip(" .")[:150].strip(" .") or "Export"
    return f"{stem}.{suffix}"


def export_formats() -> list[tuple[str, str]]:
    """Return the export formats by suffix, with their labels in the UI language."""
    return [
        ("docx", tr("Word-Dokument (.docx)")),
        ("pdf", tr("PDF, barrierefrei (.pdf)")),
        ("html", tr("HTML-Seite, barrierefrei (.html)")),
    ]


class DocxExportDialog(QDialog):
    """Export the strategy document, or one Beschlussvorlage, as Word or PDF, from a chosen template.

    The strategy document can also be written as one accessible HTML page
    (:mod:`exports.html_export`; no template). The dialog proposes a file name from what
    is exported, asks before replacing a file, and offers to open the written file or its
    folder. PDF needs LibreOffice; where it is missing the dialog says what to install.
    """

    exported = Signal(str)
    """The path of the file that was written."""
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
        self.written: Path | None = None
        self._confirmed: Path | None = None
        doc = session.reader.document(document_id)
        self._page_title = doc.page_title()
        self._references = {p.id: p.reference or p.name for p in _papers(doc)}
        self.setWindowTitle(
            tr("Beschlussvorlage exportieren") if paper_id else tr("Exportieren als Word, PDF oder HTML")
        )
        keep_geometry(self, "export", QSize(680, 300))
        store = QSettings()
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(tr("Strategiedokument"), "strategie")
        for pid, label in self._references.items():
            self.kind_box.addItem(tr("Beschlussvorlage {number}").format(number=label), pid)
        if paper_id is not None and self.kind_box.findData(paper_id) >= 0:
            self.kind_box.setCurrentIndex(self.kind_box.findData(paper_id))
        self.format_box = QComboBox(self)
        for suffix, label in export_formats():
            self.format_box.addItem(label, suffix)
        remembered = self.format_box.findData(str(store.value("export/format", "docx")))
        self.format_box.setCurrentIndex(max(remembered, 0))
        self.authority_label = QLabel(self)
        self.authority_label.setWordWrap(True)
        self.authority_button = QPushButton(tr("Absender ä&ndern …"), self)
        self.template_edit = QLineEdit(str(store.value("export/template", "")), self)
        self.template_edit.setPlaceholderText(tr("Mitgelieferte Vorlage der Stadt"))
        self.template_button = QPushButton(tr("&Durchsuchen …"), self)
        self.template_button.setAccessibleName(tr("Vorlage auswählen"))
        self._directory = Path(str(store.value("export/directory", Path.home())))
        self._proposed = str(self._directory / self._proposal())
        self.target_edit = QLineEdit(self._proposed, self)
        self.target_button = QPushButton(tr("Ziel wä&hlen …"), self)
        self.target_button.setAccessibleName(tr("Zieldatei auswählen"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(tr("Fortschritt"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        kind_label = QLabel(tr("&Was:"), self)
        kind_label.setBuddy(self.kind_box)
        self.kind_box.setAccessibleName(tr("Was exportieren"))
        form.addRow(kind_label, self.kind_box)
        format_label = QLabel(tr("&Format:"), self)
        format_label.setBuddy(self.format_box)
        self.format_box.setAccessibleName(tr("Format"))
        form.addRow(format_label, self.format_box)
        authority_row = QHBoxLayout()
        authority_row.addWidget(self.authority_label, 1)
        authority_row.addWidget(self.authority_button)
        self.authority_caption = QLabel(tr("Absender:"), self)
        form.addRow(self.authority_caption, authority_row)
        self._form = form
        self._authority_row = form.rowCount() - 1
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        template_label = QLabel(tr("&Vorlage:"), self)
        template_label.setBuddy(self.template_edit)
        self.template_edit.setAccessibleName(tr("Word-Vorlage"))
        form.addRow(template_label, template_row)
        self._template_row = form.rowCount() - 1
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
        self.open_file_button = self.buttons.addButton(tr("Date&i öffnen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button = self.buttons.addButton(tr("&Ordner öffnen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton(tr("&Exportieren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(False)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.open_file_button.clicked.connect(self._on_open_file_button_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.target_button.clicked.connect(self._on_target_button_clicked)
        self.authority_button.clicked.connect(self._on_authority_button_clicked)
        self.kind_box.currentIndexChanged.connect(self._on_choice_changed)
        self.format_box.currentIndexChanged.connect(self._on_choice_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._show_choice()

    # --- what is exported, and where to ----------------------------------------------

    def kind(self) -> str | int:
        """Return "strategie" or the id of the council paper whose Vorlage is exported."""
        data = self.kind_box.currentData()
        return "strategie" if data == "strategie" else int(data)

    def suffix(self) -> str:
        """Return the chosen format: "docx", "pdf" or "html"."""
        return str(self.format_box.currentData())

    def _proposal(self) -> str:
        kind = self.kind()
        reference = None if kind == "strategie" else self._references.get(kind, "")
        return proposed_file_name(self._page_title, reference, self.suffix())

    def _on_choice_changed(self, _index: int = 0) -> None:
        current = self.target_edit.text().strip()
        proposal = str(Path(current).parent / self._proposal()) if current else str(self._directory / self._proposal())
        if current == self._proposed or not current:
            self.target_edit.setText(proposal)
        else:
            # A name of the user's own keeps its name; only the suffix follows the format.
            path = Path(current)
            if path.suffix.lower() in (".docx", ".pdf", ".html"):
                self.target_edit.setText(str(path.with_suffix(f".{self.suffix()}")))
        self._proposed = proposal
        self._show_choice()

    def _show_choice(self) -> None:
        """Show the Vorlage's sender and whether the chosen format can be written here."""
        self._form.setRowVisible(self._authority_row, self.kind() != "strategie")
        self._form.setRowVisible(self._template_row, self.suffix() != "html")  # a web page has no Word template
        lines = self.session.reader.authority().lines()
        self.authority_label.setText(" · ".join(lines) if lines else tr("(keine Angaben)"))
        problem = self._format_problem()
        self.export_button.setEnabled(problem is None and self.job is None)
        self.message.setText(problem or "")

    def _format_problem(self) -> str | None:
        """Return why the chosen format cannot be written here (in the UI language), or None."""
        if self.suffix() == "pdf":
            problem = self._pdf_problem()
            return translate_message(problem) if problem is not None else None
        if self.suffix() == "html" and self.kind() != "strategie":
            return tr(
                "Eine Beschlussvorlage gibt es als Word- oder PDF-Datei; als HTML-Seite nur das Strategiedokument."
            )
        return None

    @staticmethod
    def _pdf_problem() -> Message | None:
        from exports.pdf_export import office_problem

        return office_problem()

    def _on_authority_button_clicked(self) -> None:
        from editor.views.settings_dialog import AuthorityDialog

        AuthorityDialog(self.session, self).exec()
        self._show_choice()

    def _on_template_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Word-Vorlage wählen"), self.template_edit.text(), tr("Word-Vorlagen (*.docx *.dotx)")
        )
        if name:
            self.template_edit.setText(name)

    def _on_target_button_clicked(self) -> None:
        suffix = self.suffix()
        title, pattern = {
            "pdf": (tr("PDF-Datei speichern"), tr("PDF-Datei (*.pdf)")),
            "html": (tr("HTML-Seite speichern"), tr("HTML-Seite (*.html *.htm)")),
        }.get(suffix, (tr("Word-Dokument speichern"), tr("Word-Dokument (*.docx)")))
        name, _ = QFileDialog.getSaveFileName(self, title, self.target_edit.text(), pattern)
        if not name:
            return
        if name.lower().endswith(f".{suffix}") or (suffix == "html" and name.lower().endswith(".htm")):
            # The file dialog asked already whether to replace an existing file.
            self._confirmed = Path(name)
        else:
            name += f".{suffix}"
        self.target_edit.setText(name)

    # --- exporting ------------------------------------------------------------------

    def _may_write(self, path: Path) -> bool:
        """Return whether ``path`` may be written: it is new, or the user agrees to replace it."""
        if not path.exists() or path == self._confirmed:
            return True
        answer = QMessageBox.question(
            self,
            tr("Datei ersetzen?"),
            tr("„{name}“ gibt es in „{folder}“ schon. Ersetzen?").format(name=path.name, folder=path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start_export(self) -> ExportJob | None:
        """Start the export in the thread pool; return the job (None if nothing was started)."""
        target = self.target_edit.text().strip()
        if not target:
            self.message.setText(tr("Bitte eine Zieldatei angeben."))
            return None
        path = Path(target)
        suffix = self.suffix()
        if path.suffix.lower() != f".{suffix}" and not (suffix == "html" and path.suffix.lower() == ".htm"):
            path = path.with_name(f"{path.name}.{suffix}")
            self.target_edit.setText(str(path))
        if (problem := self._format_problem()) is not None:
            self.message.setText(problem)
            return None
        if not self._may_write(path):
            return None
        template_text = self.template_edit.text().strip()
        template = Path(template_text) if template_text else None
        store = QSettings()
        store.setValue("export/template", template_text)
        store.setValue("export/directory", str(path.parent))
        store.setValue("export/format", suffix)
        source = self.session.reader.export_source(self.document_id)
        kind = self.kind()

        def work() -> list[Message]:
            if suffix == "html":
                from exports.files import write_text
                from exports.html_export import export_html

                write_text(path, export_html(source))
                return []
            if suffix == "pdf":
                from exports import pdf_export

                if kind == "strategie":
                    return pdf_export.export_strategie_pdf(source, path, template)
                return pdf_export.export_vorlage_pdf(source, int(kind), path, template)
            from exports import docx_export

            if kind == "strategie":
                return docx_export.export_strategie(source, path, template)
            return docx_export.export_vorlage(source, int(kind), path, template)

        job = ExportJob(work, path)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        self.job = job
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(False)
        self.message.setText(
            {
                "pdf": tr("PDF-Datei wird mit LibreOffice geschrieben …"),
                "html": tr("HTML-Seite wird geschrieben …"),
            }.get(suffix, tr("Word-Dokument wird geschrieben …"))
        )
        announce(self, self.message.text())
        QThreadPool.globalInstance().start(job)
        return job

    def _on_export_button_clicked(self) -> None:
        self.start_export()

    def _on_job_finished(self, path: str) -> None:
        notes = self.job.notes if self.job is not None else []
        self.job = None
        self._confirmed = Path(path)  # exporting again replaces what this dialog just wrote
        self.written = Path(path)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.export_button.setEnabled(True)
        lines = [tr("Gespeichert: {path}").format(path=path)]
        lines += [tr("Hinweis: {note}").format(note=translate_message(note)) for note in notes]
        self.message.setText("\n".join(lines))
        announce(self, " ".join(lines))
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(True)
        self.open_file_button.setFocus()
        self.exported.emit(path)

    def _on_job_failed(self, message: str) -> None:
        self.job = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.export_button.setEnabled(True)
        self.message.setText(tr("Export fehlgeschlagen: {message}").format(message=message))
        announce(self, self.message.text(), assertive=True)
        QMessageBox.warning(self, tr("Export"), message)
        self.export_failed.emit(message)

    def _on_open_file_button_clicked(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def _on_open_folder_button_clicked(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))


def _papers(doc: Any) -> list[Any]:
    from editor.domain.tree import walk

    return [paper for paper, _ in walk(doc.papers)]
