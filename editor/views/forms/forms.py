"""The forms per node type: Stammdaten, Themenfelder, section, lists, parts (goals and papers: goals_papers.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from editor.domain.model import (
    ARTEN,
    GELTUNGSBEREICHE,
    STATUSES,
    Section,
    Themenfeld,
)
from editor.qtmodels.tree_model import Node, group_label
from editor.resources import resource_path
from editor.services import UndoRecord
from editor.views.forms.base import Form, choices, set_combo, values_in_file
from editor.views.forms.goals_papers import GoalForm, PaperForm
from editor.views.i18n import field_label, tr
from editor.views.list_table import Column, ListTable
from editor.views.page_texts import PageTextEditors
from editor.views.session import EditorSession
from editor.views.widgets import MarkdownEditor

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "&": " und "})


def themenfeld_icon(tf: Themenfeld) -> QIcon:
    """Return the pictogram of a Themenfeld from ``resources/icons/themenfelder`` (or the generic one)."""
    folder = resource_path("icons", "themenfelder")
    for text in (tf.title, Path(tf.icon).stem, tf.page()):
        stem = re.sub(r"[^a-z0-9]+", "-", text.casefold().translate(_UMLAUTS)).strip("-")
        if stem and (folder / f"{stem}.png").is_file():
            return QIcon(str(folder / f"{stem}.png"))
    return QIcon(str(folder / "themenfeld.png"))


class DocumentForm(Form):
    """The Stammdaten of a document: titles, Art, Geltungsbereich, Zuständigkeit, year, status."""

    field_kind = "document"

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        doc_id = node.document_id

        def save(**fields: Any) -> None:
            self.save(lambda: session.ops.update_document(doc_id, **fields))

        self.title_edit = self.line(self.caption("title"), "title", lambda v: save(title=v))
        self.wiki_edit = self.line(self.caption("wiki_title"), "wiki_title", lambda v: save(wiki_title=v))
        self.art_box = self.combo(self.caption("art"), "art", choices(ARTEN), lambda v: save(art=v), editable=True)
        self.scope_box = self.combo(
            self.caption("scope"), "scope", choices(GELTUNGSBEREICHE), lambda v: save(scope=v), True
        )
        self.responsible_edit = self.line(
            self.caption("responsible"),
            "responsible",
            lambda v: save(responsible=v),
            values_in_file(session, "document", "responsible"),
        )
        self.year_edit = self.line(self.caption("year"), "year", lambda v: save(year=v))
        self.year_edit.setPlaceholderText(tr("z. B. 2023"))
        labels = {"Entwurf": tr("Entwurf"), "in Abstimmung": tr("in Abstimmung"), "beschlossen": tr("beschlossen"),
                  "veröffentlicht": tr("veröffentlicht")}  # fmt: skip
        self.status_box = self.combo(
            self.caption("status"), "status", [(labels.get(s, s), s) for s in STATUSES], lambda v: save(status=v)
        )
        self.categories_edit = self.line(
            self.caption("categories"),
            "categories",
            lambda v: save(categories=[c.strip() for c in v.split(";") if c.strip()]),
        )
        self.categories_edit.setPlaceholderText(tr("durch Semikolon getrennt, z. B. Kultur; Schule & Ausbildung"))
        self.notes_edit = self.text(self.caption("notes"), "notes", lambda v: save(notes=v))
        self.notes_edit.setToolTip(
            tr(
                "Was der Import nicht zuordnen konnte. Wird nie veröffentlicht; „Prüfen“ nennt jeden Absatz, bis er gelöscht ist."
            )
        )
        self.page_texts = PageTextEditors(self, ["intro"])
        self.reload()

    def load(self) -> None:
        """Fill the fields from the document."""
        doc = self.document()
        self.title_edit.set_value(doc.title)
        self.wiki_edit.set_value(doc.wiki_title)
        self.refresh_heading()
        set_combo(self.art_box, doc.art, doc.art)
        set_combo(self.scope_box, doc.scope, doc.scope)
        self.responsible_edit.set_value(doc.responsible)
        self.year_edit.set_value(doc.year)
        set_combo(self.status_box, doc.status)
        self.categories_edit.setText("; ".join(doc.categories))
        self.notes_edit.set_text(doc.notes)
        self.page_texts.load(doc)

    def touches(self, record: UndoRecord) -> bool:
        """Return whether the document's own fields changed (not its trees or lists)."""
        return record.changes.touches_item("document", self.node.document_id)

    def refresh_heading(self) -> None:
        """Name the document by the title in the field."""
        self.heading.setText(tr("Stammdaten: {title}").format(title=self.title_edit.text()))
        self.wiki_edit.setPlaceholderText(self.title_edit.text())


class ThemenfelderForm(Form):
    """The document's Themenfelder (checkable) and its Leitziel-Bezüge with notes."""

    field_kind = "document"

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        self.catalogue = session.reader.catalogue()
        self.list = QListWidget(self)
        self.list.setMinimumHeight(260)
        self.list.setIconSize(QSize(32, 32))
        self._add_row(self.caption("themenfelder"), self.list, "themenfelder")
        self.list.itemChanged.connect(self._on_list_item_changed)
        choices: list[tuple[str, Any]] = [(tr("(keiner)"), None)]
        for tf in self.catalogue.themenfelder:
            choices.append((tf.title, (tf.id, None)))
            choices.extend((f"{tf.title} – {lz.title}", (tf.id, lz.id)) for lz in tf.leitziele)

        def split(value: Any) -> dict[str, Any]:
            tf_id, lz_id = value if isinstance(value, tuple) else (None, None)
            return {"themenfeld_id": tf_id, "leitziel_id": lz_id}

        self.refs = ListTable(
            tr("Leitziel-Bezüge"),
            [
                Column("target", tr("Themenfeld / Leitziel"), choices, to_fields=split),
                Column("leitziel_title", field_label("leitziel_ref", "leitziel_title")),
                Column("note", field_label("leitziel_ref", "note"), spelling=True),
            ],
            self,
        )
        self._add_row(tr("&Leitziel-Bezüge:"), self.refs, "leitziel_refs")
        doc_id = node.document_id
        self.bind_list(self.refs, "leitziel_ref", doc_id)
        self.page_texts = PageTextEditors(self, ["themenfelder", "themenfelder.end", "leitziele"])
        self.reload()

    def load(self) -> None:
        """Fill the list and the table."""
        doc = self.document()
        self.heading.setText(tr("Themenfelder & Leitziele: {title}").format(title=doc.title))
        self.list.clear()
        for tf in self.catalogue.themenfelder:
            item = QListWidgetItem(themenfeld_icon(tf), tf.title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, tf.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if tf.id in doc.themenfeld_ids else Qt.CheckState.Unchecked)
        self.refs.set_rows(
            [
                {
                    "id": r.id,
                    "target": (r.themenfeld_id, r.leitziel_id) if r.themenfeld_id else None,
                    "leitziel_title": r.leitziel_title,
                    "note": r.note,
                }
                for r in doc.leitziel_refs
            ]
        )
        self.page_texts.load(doc)

    def checked_ids(self) -> list[int]:
        """Return the ids of the checked Themenfelder in catalogue order."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [int(it.data(Qt.ItemDataRole.UserRole)) for it in items if it.checkState() == Qt.CheckState.Checked]

    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        ids = self.checked_ids()
        self.save(lambda: self.session.ops.set_themenfelder(self.node.document_id, ids))


class SectionForm(Form):
    """A section: its heading and its Markdown body."""

    field_kind = "section"

    rebindable = True

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        self.title_edit = self.line(
            self.caption("title"),
            "title",
            lambda v: self.save(lambda: session.ops.update_node("section", self.node.id, title=v)),
            spelling=True,
        )
        self.body = MarkdownEditor(field_label("section", "body"), self)
        self.body.edit.setMinimumHeight(320)
        self.body.text_saved.connect(
            lambda v: self.save(
                lambda: session.ops.update_node("section", self.node.id, body=v), ("section", self.node.id, "body")
            )
        )
        self._add_row(self.caption("body"), self.body, "body")
        self.body.preview_context = lambda: (self.title_edit.text(), session.reader.titles())
        self.reload()

    def load(self) -> None:
        """Fill heading and body."""
        section = self.session.reader.node("section", self.node.id)
        if not isinstance(section, Section):
            return
        self.title_edit.set_value(section.title)
        self.body.set_markdown(section.body)
        self.refresh_heading()

    def touches(self, record: UndoRecord) -> bool:
        """Return whether this section's heading or text changed (not its place: the form does not show it)."""
        return record.changes.content_changed("section", self.node.id)

    def refresh_heading(self) -> None:
        """Name the section by the heading in the field."""
        self.heading.setText(tr("Abschnitt: {title}").format(title=self.title_edit.text()))


class SynergiesForm(Form):
    """The Synergien: another document of the file and/or free text."""

    field_kind = "document"

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        doc_id = node.document_id
        others: list[tuple[str, Any]] = [(tr("(kein Dokument)"), None)]
        others.extend((d.page_title(), d.id) for d in session.reader.documents() if d.id != doc_id)
        self.table = ListTable(
            tr("Synergien"),
            [
                Column("target_document_id", field_label("synergy", "target_document_id"), others),
                Column("text", field_label("synergy", "text"), spelling=True),
            ],
            self,
        )
        self._add_row(tr("&Synergien:"), self.table, "synergies")
        self.bind_list(self.table, "synergy", doc_id)
        self.page_texts = PageTextEditors(self, ["synergies", "synergies.end"])
        self.reload()

    def load(self) -> None:
        """Fill the table."""
        doc = self.document()
        self.heading.setText(tr("Synergien: {title}").format(title=doc.title))
        self.table.set_rows(
            [{"id": s.id, "target_document_id": s.target_document_id, "text": s.text} for s in doc.synergies]
        )
        self.page_texts.load(doc)


class LinksForm(Form):
    """Weiterführende Links & Downloads: label and address."""

    field_kind = "document"

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        doc_id = node.document_id
        self.table = ListTable(
            tr("Links & Downloads"),
            [Column("label", field_label("link", "label"), spelling=True), Column("url", field_label("link", "url"))],
            self,
        )
        self._add_row(tr("&Links:"), self.table, "links")
        self.bind_list(self.table, "link", doc_id)
        self.page_texts = PageTextEditors(self, ["links", "links.end"])
        self.reload()

    def load(self) -> None:
        """Fill the table."""
        doc = self.document()
        self.heading.setText(tr("Links & Downloads: {title}").format(title=doc.title))
        self.table.set_rows([{"id": link.id, "label": link.label, "url": link.url} for link in doc.links])
        self.page_texts.load(doc)


class GroupForm(Form):
    """The Abschnitte, Ziele or Beschlüsse of a document: what is there and how to add more."""

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.form.addRow(self.info)
        self.add_button = QPushButton(self)
        self.form.addRow(self.add_button)
        self.fields["add"] = self.add_button
        places = {"goals": ["goals", "goals.end"], "papers": ["papers", "papers.end"]}.get(node.kind, [])
        self.page_texts = PageTextEditors(self, places)
        self.reload()

    def load(self) -> None:
        """Describe the part."""
        self.heading.setText(group_label(self.node.kind))
        count = len(self.node.children)
        self.info.setText(
            tr(
                "{count} Einträge auf oberster Ebene. Mit Einfg fügen Sie einen Eintrag hinzu, "
                "mit F2 benennen Sie ihn um, mit Strg+Pfeiltasten verschieben Sie ihn."
            ).format(count=count)
        )
        self.add_button.setText(
            {
                "sections": tr("Abschnitt &hinzufügen"),
                "goals": tr("Ziel &hinzufügen"),
                "papers": tr("Beschluss &hinzufügen"),
            }[self.node.kind]
        )
        self.add_button.setAccessibleName(self.add_button.text().replace("&", ""))
        if self.page_texts.editors:
            self.page_texts.load(self.document())

    def touches(self, record: UndoRecord) -> bool:
        """Return whether the texts around the list changed; the tree shows the rest."""
        return bool(self.page_texts.editors) and "page_texts" in record.changes.changed_fields(
            "document", self.node.document_id
        )


FORMS: dict[str, type[Form]] = {
    "document": DocumentForm,
    "stammdaten": DocumentForm,
    "themenfelder": ThemenfelderForm,
    "section": SectionForm,
    "goal": GoalForm,
    "paper": PaperForm,
    "synergies": SynergiesForm,
    "links": LinksForm,
    "sections": GroupForm,
    "goals": GroupForm,
    "papers": GroupForm,
}
"""Which form shows which kind of node."""


def create_form(session: EditorSession, node: Node, parent: QWidget | None = None) -> Form:
    """Return the form for ``node``."""
    return FORMS[node.kind](session, node, parent)
