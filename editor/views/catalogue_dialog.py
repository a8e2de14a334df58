"""The Themenfeld catalogue of the open file: Themenfelder with wiki data, and their Leitziele.

The catalogue is reference data the users keep up to date (a new icon file name, a
Leitziel the council added). Every change is an undoable operation like any other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from editor.domain.model import Themenfeld
from editor.services import UndoRecord
from editor.views.geometry import keep_geometry
from editor.views.i18n import tr
from editor.views.list_table import Column, ListTable
from editor.views.session import EditorSession


class CatalogueDialog(QDialog):
    """Edit the file's Themenfelder (title, wiki page, icon, category) and their Leitziele."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Themenfeld-Katalog"))
        keep_geometry(self, "catalogue", QSize(900, 620))
        intro = QLabel(
            tr(
                "Die Themenfelder und Leitziele gelten für alle Dokumente dieser Datei. "
                "Wiki-Seite und Symboldatei müssen so heißen wie im Wiki."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.themenfelder = ListTable(
            tr("Themenfelder"),
            [
                Column("title", tr("Titel")),
                Column("wiki_page", tr("Wiki-Seite")),
                Column("icon", tr("Symboldatei")),
                Column("category", tr("Kategorie")),
            ],
            self,
        )
        self.leitziele_label = QLabel(self)
        self.leitziele = ListTable(
            tr("Leitziele"), [Column("title", tr("Leitziel")), Column("anchor", tr("Anker auf der Wiki-Seite"))], self
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        caption = QLabel(tr("&Themenfelder:"), self)
        caption.setBuddy(self.themenfelder.table)
        layout.addWidget(caption)
        layout.addWidget(self.themenfelder, 3)
        layout.addWidget(self.leitziele_label)
        layout.addWidget(self.leitziele, 2)
        layout.addWidget(buttons)
        self.leitziele_label.setBuddy(self.leitziele.table)

        ops = session.ops
        self.themenfelder.field_edited.connect(
            lambda i, f: self._save_typing(lambda: ops.update_item("themenfeld", i, **f), ("themenfeld", i, *f))
        )
        self.themenfelder.add_requested.connect(
            lambda: self._save(lambda: ops.add_item("themenfeld", None, title=tr("Neues Themenfeld")))
        )
        self.themenfelder.delete_requested.connect(self._on_themenfelder_delete_requested)
        self.themenfelder.move_requested.connect(lambda i, p: self._save(lambda: ops.move_item("themenfeld", i, p)))
        self.themenfelder.table.currentCellChanged.connect(lambda *_: self._load_leitziele())
        self.leitziele.field_edited.connect(
            lambda i, f: self._save_typing(lambda: ops.update_item("leitziel", i, **f), ("leitziel", i, *f))
        )
        self.leitziele.add_requested.connect(self._on_leitziele_add_requested)
        self.leitziele.delete_requested.connect(lambda i: self._save(lambda: ops.delete_item("leitziel", i)))
        self.leitziele.move_requested.connect(lambda i, p: self._save(lambda: ops.move_item("leitziel", i, p)))
        read_only = session.read_only
        for table in (self.themenfelder, self.leitziele):
            table.setEnabled(not read_only)
        self.reload()

    def current_themenfeld_id(self) -> int | None:
        """Return the id of the Themenfeld selected in the upper table."""
        row = self.themenfelder.table.currentRow()
        catalogue = self.session.reader.catalogue().themenfelder
        return catalogue[row].id if 0 <= row < len(catalogue) else None

    def reload(self) -> None:
        """Show the catalogue as it is in the file."""
        rows: list[dict[str, Any]] = [
            {"id": tf.id, "title": tf.title, "wiki_page": tf.wiki_page, "icon": tf.icon, "category": tf.category}
            for tf in self.session.reader.catalogue().themenfelder
        ]
        self.themenfelder.set_rows(rows)
        if self.themenfelder.table.currentRow() < 0 and rows:
            self.themenfelder.table.setCurrentCell(0, 0)
        self._load_leitziele()

    def _load_leitziele(self) -> None:
        tf = self._update_label()
        self.leitziele.set_rows(
            [{"id": lz.id, "title": lz.title, "anchor": lz.anchor} for lz in (tf.leitziele if tf else [])]
        )
        self.leitziele.setEnabled(tf is not None and not self.session.read_only)

    def _update_label(self) -> Themenfeld | None:
        tf = self.session.reader.catalogue().by_id(self.current_themenfeld_id())
        self.leitziele_label.setText(
            tr("&Leitziele von „{title}“:").format(title=tf.title) if tf else tr("&Leitziele:")
        )
        return tf

    def _save(self, action: Any) -> UndoRecord | None:
        record = self.session.apply(action, origin=self)
        self.reload()
        return record

    def _save_typing(self, action: Any, merge_key: tuple[Any, ...]) -> None:
        # A cell saves while it is typed in: one undo step per cell, and no reload that
        # would replace the cell under the cursor.
        if self.session.apply(action, origin=self, merge_key=merge_key) is None:
            self.reload()
        else:
            self._update_label()

    def done(self, result: int) -> None:
        """Save a cell still being typed in, then close."""
        self.themenfelder.flush()
        self.leitziele.flush()
        super().done(result)

    def _on_themenfelder_delete_requested(self, themenfeld_id: int) -> None:
        tf = self.session.reader.catalogue().by_id(themenfeld_id)
        name = tf.title if tf else ""
        answer = QMessageBox.question(
            self,
            tr("Themenfeld löschen"),
            tr(
                "„{name}“ mit seinen Leitzielen aus dem Katalog löschen? Dokumente und Ziele verlieren den Bezug "
                "darauf. Sie können das mit Rückgängig (Strg+Z) zurücknehmen."
            ).format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._save(lambda: self.session.ops.delete_item("themenfeld", themenfeld_id))

    def _on_leitziele_add_requested(self) -> None:
        tf_id = self.current_themenfeld_id()
        if tf_id is not None:
            self._save(lambda: self.session.ops.add_item("leitziel", tf_id, title=tr("Neues Leitziel")))
