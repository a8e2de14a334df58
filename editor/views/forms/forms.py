"""The forms per node type: Stammdaten, Themenfelder, section, goal, council paper, lists."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from editor.domain.dates import show_date, store_date
from editor.domain.model import (
    ARTEN,
    CONSULTATION_ROLES,
    GELTUNGSBEREICHE,
    GOAL_STATUSES,
    PAPER_TYPES,
    STATUSES,
    CouncilPaper,
    Goal,
    Section,
    Themenfeld,
)
from editor.domain.tree import find
from editor.qtmodels.tree_model import Node, group_label
from editor.resources import resource_path
from editor.services import UndoRecord
from editor.views.forms.base import Form, set_combo, values_in_file
from editor.views.i18n import tr
from editor.views.page_texts import PageTextEditors
from editor.views.session import EditorSession
from editor.views.widgets import Column, ListTable, MarkdownEditor

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "&": " und "})


def themenfeld_icon(tf: Themenfeld) -> QIcon:
    """Return the pictogram of a Themenfeld from ``resources/icons/themenfelder`` (or the generic one)."""
    folder = resource_path("icons", "themenfelder")
    for text in (tf.title, Path(tf.icon).stem, tf.page()):
        stem = re.sub(r"[^a-z0-9]+", "-", text.casefold().translate(_UMLAUTS)).strip("-")
        if stem and (folder / f"{stem}.png").is_file():
            return QIcon(str(folder / f"{stem}.png"))
    return QIcon(str(folder / "themenfeld.png"))


def choice_labels() -> dict[str, str]:
    """Return the suggested values of Art, Geltungsbereich and Art des Beschlusses in the UI language.

    The values themselves stay German in the file: the wiki and the council read them.
    """
    return {
        "Konzept": tr("Konzept"),
        "Strategie": tr("Strategie"),
        "Masterplan": tr("Masterplan"),
        "Rahmenplan": tr("Rahmenplan"),
        "Gutachten": tr("Gutachten"),
        "Gesamtstadt": tr("Gesamtstadt"),
        "Stadtbezirk": tr("Stadtbezirk"),
        "Quartier": tr("Quartier"),
        "Teilraum": tr("Teilraum"),
        "Vorlage": tr("Vorlage"),
        "Antrag": tr("Antrag"),
        "Anfrage": tr("Anfrage"),
        "Mitteilung": tr("Mitteilung"),
    }


def _choices(values: tuple[str, ...]) -> list[tuple[str, Any]]:
    labels = choice_labels()
    return [(labels.get(v, v), v) for v in values]


class DocumentForm(Form):
    """The Stammdaten of a document: titles, Art, Geltungsbereich, Zuständigkeit, year, status."""

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        doc_id = node.document_id

        def save(**fields: Any) -> None:
            self.save(lambda: session.ops.update_document(doc_id, **fields))

        self.title_edit = self.line(tr("&Titel:"), "title", lambda v: save(title=v))
        self.wiki_edit = self.line(tr("&Wiki-Seitentitel:"), "wiki_title", lambda v: save(wiki_title=v))
        self.art_box = self.combo(tr("A&rt:"), "art", _choices(ARTEN), lambda v: save(art=v), editable=True)
        self.scope_box = self.combo(
            tr("Räumlicher &Geltungsbereich:"), "scope", _choices(GELTUNGSBEREICHE), lambda v: save(scope=v), True
        )
        self.responsible_edit = self.line(
            tr("&Zuständigkeit:"),
            "responsible",
            lambda v: save(responsible=v),
            values_in_file(session, "document", "responsible"),
        )
        self.year_edit = self.line(tr("&Jahr der Veröffentlichung:"), "year", lambda v: save(year=v))
        self.year_edit.setPlaceholderText(tr("z. B. 2023"))
        labels = {"Entwurf": tr("Entwurf"), "in Abstimmung": tr("in Abstimmung"), "beschlossen": tr("beschlossen"),
                  "veröffentlicht": tr("veröffentlicht")}  # fmt: skip
        self.status_box = self.combo(
            tr("&Status:"), "status", [(labels.get(s, s), s) for s in STATUSES], lambda v: save(status=v)
        )
        self.categories_edit = self.line(
            tr("Weitere &Kategorien:"),
            "categories",
            lambda v: save(categories=[c.strip() for c in v.split(";") if c.strip()]),
        )
        self.categories_edit.setPlaceholderText(tr("durch Semikolon getrennt, z. B. Kultur; Schule & Ausbildung"))
        self.notes_edit = self.text(tr("Hi&nweise für die Bearbeitung:"), "notes", lambda v: save(notes=v))
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

    def refresh_heading(self) -> None:
        """Name the document by the title in the field."""
        self.heading.setText(tr("Stammdaten: {title}").format(title=self.title_edit.text()))
        self.wiki_edit.setPlaceholderText(self.title_edit.text())


class ThemenfelderForm(Form):
    """The document's Themenfelder (checkable) and its Leitziel-Bezüge with notes."""

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        self.catalogue = session.reader.catalogue()
        self.list = QListWidget(self)
        self.list.setMinimumHeight(260)
        self.list.setIconSize(QSize(32, 32))
        self._add_row(tr("&Themenfelder:"), self.list, "themenfelder")
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
                Column("leitziel_title", tr("Leitziel (nicht im Katalog)")),
                Column("note", tr("Notiz")),
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

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        section_id = node.id
        self.title_edit = self.line(
            tr("&Überschrift:"),
            "title",
            lambda v: self.save(lambda: session.ops.update_node("section", section_id, title=v)),
        )
        self.body = MarkdownEditor(tr("Text"), self)
        self.body.edit.setMinimumHeight(320)
        self.body.text_saved.connect(
            lambda v: self.save(
                lambda: session.ops.update_node("section", section_id, body=v), ("section", section_id, "body")
            )
        )
        self._add_row(tr("&Text:"), self.body, "body")
        self.body.preview_context = lambda: (self.title_edit.text(), session.reader.titles())
        self.reload()

    def load(self) -> None:
        """Fill heading and body."""
        section = find(self.document().sections, self.node.id)
        if not isinstance(section, Section):
            return
        self.title_edit.set_value(section.title)
        self.body.set_markdown(section.body)
        self.refresh_heading()

    def refresh_heading(self) -> None:
        """Name the section by the heading in the field."""
        self.heading.setText(tr("Abschnitt: {title}").format(title=self.title_edit.text()))


class GoalForm(Form):
    """A goal: title, description, owner, deadline, status, Themenfeld/Leitziel and indicators."""

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        goal_id = node.id
        self.catalogue = session.reader.catalogue()

        def save(**fields: Any) -> None:
            self.save(lambda: session.ops.update_node("goal", goal_id, **fields))

        self.title_edit = self.line(tr("&Titel:"), "title", lambda v: save(title=v))
        self.description = self.rich_text(tr("Beschreib&ung:"), "description", lambda v: save(description=v))
        self.owner_edit = self.line(
            tr("&Verantwortlich:"), "owner", lambda v: save(owner=v), values_in_file(session, "goal", "owner")
        )
        self.deadline_edit = self.date(tr("&Frist:"), "deadline", lambda v: save(deadline=v))
        labels = {"offen": tr("offen"), "in Umsetzung": tr("in Umsetzung"), "umgesetzt": tr("umgesetzt"),
                  "zurückgestellt": tr("zurückgestellt")}  # fmt: skip
        self.status_box = self.combo(
            tr("&Status:"), "status", [("", ""), *((labels[s], s) for s in GOAL_STATUSES)], lambda v: save(status=v)
        )
        tf_choices: list[tuple[str, Any]] = [(tr("(keiner)"), None)]
        tf_choices.extend((tf.title, tf.id) for tf in self.catalogue.themenfelder)

        def themenfeld_chosen(value: Any) -> None:
            self.flush()
            save(themenfeld_id=value, leitziel_id=None)
            self.reload()  # the Leitziel list belongs to the Themenfeld

        self.themenfeld_box = self.combo(tr("The&menfeld:"), "themenfeld_id", tf_choices, themenfeld_chosen)
        self.leitziel_box = self.combo(tr("&Leitziel:"), "leitziel_id", [], lambda v: save(leitziel_id=v))
        self.indicators = ListTable(
            tr("Indikatoren"),
            [
                Column("name", tr("Name")),
                Column("unit", tr("Einheit")),
                Column("baseline", tr("Ausgangswert")),
                Column("target", tr("Zielwert")),
                Column("year", tr("Zieljahr")),
            ],
            self,
        )
        self._add_row(tr("&Indikatoren:"), self.indicators, "indicators")
        self.bind_list(self.indicators, "indicator", goal_id)
        self.reload()

    def load(self) -> None:
        """Fill the fields from the goal."""
        goal = find(self.document().goals, self.node.id)
        if not isinstance(goal, Goal):
            return
        self.title_edit.set_value(goal.title)
        self.refresh_heading()
        self.description.set_markdown(goal.description)
        self.owner_edit.set_value(goal.owner)
        self.deadline_edit.set_value(goal.deadline)
        set_combo(self.status_box, goal.status)
        set_combo(self.themenfeld_box, goal.themenfeld_id)
        self.leitziel_box.clear()
        self.leitziel_box.addItem(tr("(keiner)"), None)
        tf = self.catalogue.by_id(goal.themenfeld_id)
        for lz in tf.leitziele if tf else []:
            self.leitziel_box.addItem(lz.title, lz.id)
        set_combo(self.leitziel_box, goal.leitziel_id)
        self.indicators.set_rows(
            [
                {"id": i.id, "name": i.name, "unit": i.unit, "baseline": i.baseline, "target": i.target, "year": i.year}
                for i in goal.indicators
            ]
        )

    def refresh_heading(self) -> None:
        """Name the goal by its level and the title in the field."""
        level = (tr("Leitziel"), tr("Handlungsziel"), tr("Maßnahme"))[min(self.node.depth, 2)]
        self.heading.setText(f"{level}: {self.title_edit.text()}")


class PaperForm(Form):
    """A council paper (Beschlussvorlage) with its Beratungsfolge."""

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        paper_id = node.id

        def save(**fields: Any) -> None:
            self.save(lambda: session.ops.update_node("paper", paper_id, **fields))

        self.reference_edit = self.line(tr("&Nummer:"), "reference", lambda v: save(reference=v))
        self.reference_edit.setPlaceholderText(tr("z. B. B/17/3503-01"))
        self.name_edit = self.line(tr("B&etreff:"), "name", lambda v: save(name=v))
        self.type_box = self.combo(
            tr("Ar&t:"), "paper_type", _choices(PAPER_TYPES), lambda v: save(paper_type=v), editable=True
        )
        self.date_edit = self.date(tr("Dat&um:"), "date", lambda v: save(date=v))
        self.system_edit = self.line(
            tr("&System:"),
            "system",
            lambda v: save(system=v),
            ["Allris", "SessionNet", *values_in_file(session, "paper", "system")],
        )
        self.url_edit = self.line(tr("Ad&resse (URL):"), "url", lambda v: save(url=v))
        self.lead_edit = self.line(
            tr("&Federführung:"),
            "under_direction_of",
            lambda v: save(under_direction_of=v),
            values_in_file(session, "paper", "under_direction_of"),
        )
        self.involved_edit = self.line(tr("Beteil&igt:"), "involved", lambda v: save(involved=v))
        self.public_box = self.check(tr("&öffentlich"), "public", lambda v: save(public=v))
        self.proposal = self.text(tr("Beschluss&vorschlag:"), "decision_proposal", lambda v: save(decision_proposal=v))
        self.reasoning = self.rich_text(tr("Sa&chverhalt:"), "reasoning", lambda v: save(reasoning=v))
        self.financial = self.rich_text(
            tr("Finanzielle Aus&wirkungen:"), "financial_impact", lambda v: save(financial_impact=v)
        )
        self.attachments = self.text(tr("An&lagen (eine je Zeile):"), "attachments", lambda v: save(attachments=v))
        roles = {
            "Vorberatung": tr("Vorberatung"),
            "Entscheidung": tr("Entscheidung"),
            "Kenntnisnahme": tr("Kenntnisnahme"),
        }
        gremien = [
            "Rat der Stadt",
            "Haupt- und Finanzausschuss",
            *values_in_file(session, "consultation", "organization"),
        ]
        self.consultations = ListTable(
            tr("Beratungsfolge"),
            [
                Column("organization", tr("Gremium"), completions=sorted(set(gremien))),
                Column(
                    "meeting_date",
                    tr("Sitzung"),
                    to_fields=lambda v: {"meeting_date": store_date(str(v))},
                    display=lambda v: show_date(str(v or "")),
                ),
                Column(
                    "role", tr("Rolle"), [("", ""), *((roles[r], r) for r in CONSULTATION_ROLES)], editable_choice=True
                ),
                Column("result", tr("Ergebnis")),
            ],
            self,
        )
        self._add_row(tr("Beratun&gsfolge:"), self.consultations, "consultations")
        self.bind_list(self.consultations, "consultation", paper_id)
        self.reload()

    def load(self) -> None:
        """Fill the fields from the paper."""
        paper = find(self.document().papers, self.node.id)
        if not isinstance(paper, CouncilPaper):
            return
        self.reference_edit.set_value(paper.reference)
        self.name_edit.set_value(paper.name)
        set_combo(self.type_box, paper.paper_type, paper.paper_type)
        self.date_edit.set_value(paper.date)
        self.system_edit.set_value(paper.system)
        self.url_edit.set_value(paper.url)
        self.lead_edit.set_value(paper.under_direction_of)
        self.involved_edit.set_value(paper.involved)
        self.public_box.setChecked(paper.public)
        self.proposal.set_text(paper.decision_proposal)
        self.reasoning.set_markdown(paper.reasoning)
        self.financial.set_markdown(paper.financial_impact)
        self.attachments.set_text(paper.attachments)
        self.refresh_heading()
        self.consultations.set_rows(
            [
                {
                    "id": c.id,
                    "organization": c.organization,
                    "meeting_date": c.meeting_date,
                    "role": c.role,
                    "result": c.result,
                }
                for c in paper.consultations
            ]
        )

    def refresh_heading(self) -> None:
        """Name the paper by the number and Betreff in the fields."""
        parts = (self.reference_edit.text(), self.name_edit.text())
        self.heading.setText(tr("Beschluss: {title}").format(title=" – ".join(p for p in parts if p)))


class SynergiesForm(Form):
    """The Synergien: another document of the file and/or free text."""

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        doc_id = node.document_id
        others: list[tuple[str, Any]] = [(tr("(kein Dokument)"), None)]
        others.extend((d.page_title(), d.id) for d in session.reader.documents() if d.id != doc_id)
        self.table = ListTable(
            tr("Synergien"), [Column("target_document_id", tr("Dokument"), others), Column("text", tr("Text"))], self
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

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        doc_id = node.document_id
        self.table = ListTable(
            tr("Links & Downloads"), [Column("label", tr("Bezeichnung")), Column("url", tr("Adresse"))], self
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
        return (
            bool(self.page_texts.editors)
            and record.document_id == self.node.document_id
            and any(change.table == "document" for change in record.changes)
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
