"""The Fassungen dialog: save a named version, list, compare with now, restore."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.views.announce import announce
from editor.views.geometry import keep_geometry
from editor.views.i18n import tr, translate_message
from editor.views.session import EditorSession


def readable_diff(diff: str) -> str:
    """Return a unified diff with its marks spelled out (not by colour alone)."""
    if not diff:
        return tr("Keine Unterschiede: Die Fassung entspricht dem aktuellen Stand.")
    lines: list[str] = []
    for line in diff.splitlines():
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            lines.append("…")
        elif line.startswith("-"):
            lines.append(tr("entfernt: ") + line[1:])
        elif line.startswith("+"):
            lines.append(tr("neu:      ") + line[1:])
        else:
            lines.append("          " + line[1:])
    return "\n".join(lines)


class VersionsDialog(QDialog):
    """Fassungen of one document: save, compare with the current state, restore."""

    def __init__(self, session: EditorSession, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id = document_id
        title = session.reader.document(document_id).title
        self.setWindowTitle(tr("Fassungen: {title}").format(title=title))
        keep_geometry(self, "versions", QSize(900, 600))
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([tr("Name"), tr("Gespeichert am")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(tr("Gespeicherte Fassungen"))
        self.diff_view = QPlainTextEdit(self)
        self.diff_view.setReadOnly(True)
        self.diff_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.diff_view.setAccessibleName(tr("Unterschiede zum aktuellen Stand"))
        self.diff_label = QLabel(tr("&Unterschiede zum aktuellen Stand:"), self)
        self.diff_label.setBuddy(self.diff_view)
        self.save_button = QPushButton(tr("Fassung &speichern …"), self)
        self.compare_button = QPushButton(tr("&Vergleichen"), self)
        self.restore_button = QPushButton(tr("&Wiederherstellen …"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in (self.save_button, self.compare_button, self.restore_button):
            button.setAccessibleName(button.text().replace("&", "").replace(" …", ""))
        row = QHBoxLayout()
        for button in (self.save_button, self.compare_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.diff_label)
        right_layout.addWidget(self.diff_view)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([280, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.compare_button.clicked.connect(self._on_compare_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.list.currentItemChanged.connect(lambda *_: self._on_compare_button_clicked())
        self.refresh()

    def refresh(self) -> None:
        """List the saved Fassungen."""
        self.list.clear()
        for name, created in self.session.reader.versions(self.document_id):
            item = QTreeWidgetItem([name, created.replace("T", " ")[:16]])
            item.setData(0, Qt.ItemDataRole.UserRole, name)
            self.list.addTopLevelItem(item)
        has = self.list.topLevelItemCount() > 0
        self.compare_button.setEnabled(has)
        self.restore_button.setEnabled(has and not self.session.read_only)
        self.save_button.setEnabled(not self.session.read_only)
        last = self.list.topLevelItem(self.list.topLevelItemCount() - 1)
        if last is not None:
            self.list.setCurrentItem(last)
        else:
            self.diff_view.setPlainText(tr("Noch keine Fassung gespeichert."))

    def current_name(self) -> str | None:
        """Return the name of the selected Fassung."""
        item = self.list.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def save_version(self, name: str) -> bool:
        """Save the current state as Fassung ``name``."""
        ops = self.session.ops
        record = self.session.apply(lambda: ops.save_version(self.document_id, name))
        self.refresh()
        if record is not None:
            announce(self, tr("Fassung „{name}“ gespeichert").format(name=name))
        return record is not None

    def restore(self, name: str) -> bool:
        """Bring the document back to Fassung ``name`` (undoable)."""
        ops = self.session.ops
        record = self.session.apply(lambda: ops.restore_version(self.document_id, name))
        self._on_compare_button_clicked()
        if record is not None:
            announce(self, tr("Fassung „{name}“ wiederhergestellt").format(name=name))
        return record is not None

    def _on_save_button_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Fassung speichern"), tr("Name der Fassung:"))
        if ok and name.strip():
            self.save_version(name.strip())

    def _on_compare_button_clicked(self) -> None:
        name = self.current_name()
        if name is None:
            return
        self.diff_view.setPlainText(
            readable_diff(self.session.reader.version_diff(self.document_id, name, translate_message))
        )

    def _on_restore_button_clicked(self) -> None:
        name = self.current_name()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Fassung wiederherstellen"),
            tr(
                "Das Dokument auf die Fassung „{name}“ zurücksetzen?\n"
                "Sie können das mit Rückgängig (Strg+Z) zurücknehmen."
            ).format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(name)
