"""The forms of a goal (with its indicators) and of a council paper (with its Beratungsfolge)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from editor.domain.dates import show_date, store_date
from editor.domain.model import (
    CONSULTATION_ROLES,
    GOAL_STATUSES,
    PAPER_TYPES,
    CouncilPaper,
    Goal,
)
from editor.qtmodels.tree_model import Node
from editor.services import UndoRecord
from editor.views.forms.base import Form, choices, set_combo, values_in_file
from editor.views.i18n import field_label, tr
from editor.views.list_table import Column, ListTable
from editor.views.session import EditorSession


class GoalForm(Form):
    """A goal: title, description, owner, deadline, status, Themenfeld/Leitziel and indicators."""

    field_kind = "goal"

    rebindable = True

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)
        self.catalogue = session.reader.catalogue()

        def save(**fields: Any) -> None:
            goal_id = self.node.id
            self.save(lambda: session.ops.update_node("goal", goal_id, **fields))

        self.title_edit = self.line(self.caption("title"), "title", lambda v: save(title=v), spelling=True)
        self.description = self.rich_text(self.caption("description"), "description", lambda v: save(description=v))
        self.owner_edit = self.line(
            self.caption("owner"), "owner", lambda v: save(owner=v), values_in_file(session, "goal", "owner")
        )
        self.deadline_edit = self.date(self.caption("deadline"), "deadline", lambda v: save(deadline=v))
        labels = {"offen": tr("offen"), "in Umsetzung": tr("in Umsetzung"), "umgesetzt": tr("umgesetzt"),
                  "zurückgestellt": tr("zurückgestellt")}  # fmt: skip
        self.status_box = self.combo(
            self.caption("status"),
            "status",
            [("", ""), *((labels[s], s) for s in GOAL_STATUSES)],
            lambda v: save(status=v),
        )
        tf_choices: list[tuple[str, Any]] = [(tr("(keiner)"), None)]
        tf_choices.extend((tf.title, tf.id) for tf in self.catalogue.themenfelder)

        def themenfeld_chosen(value: Any) -> None:
            self.flush()
            save(themenfeld_id=value, leitziel_id=None)
            self.reload()  # the Leitziel list belongs to the Themenfeld

        self.themenfeld_box = self.combo(self.caption("themenfeld_id"), "themenfeld_id", tf_choices, themenfeld_chosen)
        self.leitziel_box = self.combo(self.caption("leitziel_id"), "leitziel_id", [], lambda v: save(leitziel_id=v))
        self.indicators = ListTable(
            field_label("goal", "indicators"),
            [
                Column("name", field_label("indicator", "name"), spelling=True),
                Column("unit", field_label("indicator", "unit")),
                Column("baseline", field_label("indicator", "baseline")),
                Column("target", field_label("indicator", "target")),
                Column("year", field_label("indicator", "year")),
            ],
            self,
        )
        self._add_row(self.caption("indicators"), self.indicators, "indicators")
        self.bind_list(self.indicators, "indicator", lambda: self.node.id)
        self.reload()

    def load(self) -> None:
        """Fill the fields from the goal."""
        goal = self.session.reader.node("goal", self.node.id)
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

    def touches(self, record: UndoRecord) -> bool:
        """Return whether this goal, its indicators or the catalogue its choices come from changed."""
        changes = record.changes
        return (
            changes.content_changed("goal", self.node.id)
            or changes.touches_children("indicator", self.node.id)
            or changes.touches("themenfeld", "leitziel")
        )

    def refresh_heading(self) -> None:
        """Name the goal by its level and the title in the field."""
        level = (tr("Leitziel"), tr("Handlungsziel"), tr("Maßnahme"))[min(self.node.depth, 2)]
        self.heading.setText(f"{level}: {self.title_edit.text()}")


class PaperForm(Form):
    """A council paper (Beschlussvorlage) with its Beratungsfolge."""

    field_kind = "paper"

    rebindable = True

    def __init__(self, session: EditorSession, node: Node, parent: QWidget | None = None) -> None:
        super().__init__(session, node, parent)

        def save(**fields: Any) -> None:
            paper_id = self.node.id
            self.save(lambda: session.ops.update_node("paper", paper_id, **fields))

        self.reference_edit = self.line(self.caption("reference"), "reference", lambda v: save(reference=v))
        self.reference_edit.setPlaceholderText(tr("z. B. B/17/3503-01"))
        self.name_edit = self.line(self.caption("name"), "name", lambda v: save(name=v))
        self.type_box = self.combo(
            self.caption("paper_type"), "paper_type", choices(PAPER_TYPES), lambda v: save(paper_type=v), editable=True
        )
        self.date_edit = self.date(self.caption("date"), "date", lambda v: save(date=v))
        self.system_edit = self.line(
            self.caption("system"),
            "system",
            lambda v: save(system=v),
            ["Allris", "SessionNet", *values_in_file(session, "paper", "system")],
        )
        self.url_edit = self.line(self.caption("url"), "url", lambda v: save(url=v))
        self.lead_edit = self.line(
            self.caption("under_direction_of"),
            "under_direction_of",
            lambda v: save(under_direction_of=v),
            values_in_file(session, "paper", "under_direction_of"),
        )
        self.involved_edit = self.line(self.caption("involved"), "involved", lambda v: save(involved=v))
        self.public_box = self.check(self.caption("public"), "public", lambda v: save(public=v))
        self.proposal = self.text(
            self.caption("decision_proposal"), "decision_proposal", lambda v: save(decision_proposal=v)
        )
        self.reasoning = self.rich_text(self.caption("reasoning"), "reasoning", lambda v: save(reasoning=v))
        self.financial = self.rich_text(
            self.caption("financial_impact"), "financial_impact", lambda v: save(financial_impact=v)
        )
        self.attachments = self.text(self.caption("attachments"), "attachments", lambda v: save(attachments=v))
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
            field_label("paper", "consultations"),
            [
                Column("organization", field_label("consultation", "organization"), completions=sorted(set(gremien))),
                Column(
                    "meeting_date",
                    field_label("consultation", "meeting_date"),
                    to_fields=lambda v: {"meeting_date": store_date(str(v))},
                    display=lambda v: show_date(str(v or "")),
                ),
                Column(
                    "role",
                    field_label("consultation", "role"),
                    [("", ""), *((roles[r], r) for r in CONSULTATION_ROLES)],
                    editable_choice=True,
                ),
                Column("result", field_label("consultation", "result"), spelling=True),
            ],
            self,
        )
        self._add_row(self.caption("consultations"), self.consultations, "consultations")
        self.bind_list(self.consultations, "consultation", lambda: self.node.id)
        self.reload()

    def load(self) -> None:
        """Fill the fields from the paper."""
        paper = self.session.reader.node("paper", self.node.id)
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

    def touches(self, record: UndoRecord) -> bool:
        """Return whether this paper or its Beratungsfolge changed."""
        changes = record.changes
        return changes.content_changed("paper", self.node.id) or changes.touches_children("consultation", self.node.id)

    def refresh_heading(self) -> None:
        """Name the paper by the number and Betreff in the fields."""
        parts = (self.reference_edit.text(), self.name_edit.text())
        self.heading.setText(tr("Beschluss: {title}").format(title=" – ".join(p for p in parts if p)))
