"""Who issues the file's Beschlussvorlagen: Stadt, Verwaltungsspitze, Dezernat/Bereich.

A setting of the file (all its documents), shown in the header of every exported
Vorlage. Saved as one undoable step when the dialog is confirmed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from editor.domain.settings import AUTHORITY_CITY, AUTHORITY_HEAD, AUTHORITY_UNIT
from editor.views.geometry import keep_geometry
from editor.views.i18n import field_caption, tr
from editor.views.session import EditorSession


def authority_labels() -> dict[str, str]:
    """Return the form label of each setting of the issuing authority, in the UI language."""
    return {key: field_caption("setting", key) for key in (AUTHORITY_CITY, AUTHORITY_HEAD, AUTHORITY_UNIT)}


class AuthorityDialog(QDialog):
    """Edit who issues the file's Beschlussvorlagen (shown in the header of each Vorlage)."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Absender der Beschlussvorlagen"))
        keep_geometry(self, "authority", QSize(560, 220))
        intro = QLabel(
            tr(
                "Diese Angaben stehen im Kopf jeder Beschlussvorlage, die aus dieser Datei exportiert wird. "
                "Sie gelten für alle Dokumente der Datei; leere Zeilen entfallen."
            ),
            self,
        )
        intro.setWordWrap(True)
        values = session.reader.settings()
        placeholders = {
            AUTHORITY_CITY: tr("z. B. Stadt Oberhausen"),
            AUTHORITY_HEAD: tr("z. B. Der Oberbürgermeister"),
            AUTHORITY_UNIT: tr("z. B. Dezernat 5 – Bereich 5-1 Stadtplanung"),
        }
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label_text in authority_labels().items():
            edit = QLineEdit(values[key], self)
            edit.setPlaceholderText(placeholders[key])
            edit.setAccessibleName(label_text.replace("&", "").rstrip(":"))
            edit.setReadOnly(session.read_only)
            label = QLabel(label_text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[key] = edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Save what was typed (as typed) as one undoable step, then close."""
        if not self.session.read_only:
            values = {key: edit.text() for key, edit in self.edits.items()}
            if self.session.apply(lambda: self.session.ops.set_settings(values)) is None:
                return  # the failure is shown by the session; the dialog stays open
        super().accept()
