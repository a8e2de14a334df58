"""The wiki text of one document: preview in a chosen profile, copy, save as ``.wiki``.

The wiki exporter is imported only when the dialog opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.views.announce import announce
from editor.views.geometry import keep_geometry
from editor.views.i18n import describe_error, tr
from editor.views.session import EditorSession


def _mono(edit: QPlainTextEdit) -> None:
    edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)


def profile_labels() -> dict[str, str]:
    """Return the labels of the bundled wiki profiles in the UI language (a profile of one's own keeps its label)."""
    return {
        "MediawikiOB (Stadtwiki Oberhausen)": tr("MediawikiOB (Stadtwiki Oberhausen)"),
        "Standard-MediaWiki (ohne Vorlage)": tr("Standard-MediaWiki (ohne Vorlage)"),
    }


class WikiPreviewDialog(QDialog):
    """The document as wiki text in a chosen profile: preview, copy, save as ``.wiki``."""

    def __init__(self, session: EditorSession, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from exports.wiki_profile import ProfileError, available_profiles, load_profile

        self.session = session
        self.document_id = document_id
        self.setWindowTitle(tr("Wiki-Text"))
        keep_geometry(self, "wiki_preview", QSize(1000, 700))
        self.profile_box = QComboBox(self)
        for name in available_profiles():
            try:
                label = load_profile(name).label or name
            except ProfileError:
                label = name
            self.profile_box.addItem(profile_labels().get(label, label), name)
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
        announce(self, tr("Wiki-Text in die Zwischenablage kopiert"))

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
            announce(self, describe_error(error), assertive=True)
            QMessageBox.critical(self, tr("Wiki-Text speichern"), describe_error(error))
            return
        QSettings().setValue("export/directory", str(path.parent))
        announce(self, tr("Gespeichert: {path}").format(path=path))
