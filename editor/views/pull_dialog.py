"""*Dokument › Aus dem Wiki holen …*: a page of the wiki into a document (one undo step, a Fassung before)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.domain.messages import said
from editor.services.publishing import (
    fetch_page,
    page_title_of,
    plan_pull,
    pull_into_document,
    record_pull_base,
)
from editor.views.announce import announce
from editor.views.dialogs import readable_diff
from editor.views.geometry import keep_geometry
from editor.views.i18n import describe_error, tr, translate_message
from editor.views.session import EditorSession
from editor.views.wiki_dialog import WikiDialog, WikiJob, chosen_profile, text_view


class PullDialog(WikiDialog):
    """Bring a wiki page into the document (the state before becomes a Fassung) or into a new document."""

    pulled = Signal(int)
    """The id of the document that took the page."""

    def __init__(self, session: EditorSession, document_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(session, document_id, parent)
        self.setWindowTitle(tr("Aus dem Wiki holen"))
        keep_geometry(self, "pull", QSize(900, 650))
        self.into_document = QRadioButton(self)
        self.into_new = QRadioButton(tr("Als &neues Dokument, Seite:"), self)
        self.page_edit = QLineEdit(self)
        self.page_edit.setAccessibleName(tr("Titel der Wiki-Seite für ein neues Dokument"))
        self.page_edit.setPlaceholderText(tr("Titel der Wiki-Seite, z. B. Smart City Strategie"))
        if document_id is not None:
            title = page_title_of(session.reader, document_id)
            self.into_document.setText(tr("In dieses &Dokument (Seite „{title}“)").format(title=title))
            self.into_document.setChecked(True)
        else:
            self.into_document.setVisible(False)
            self.into_new.setChecked(True)
        new_row = QHBoxLayout()
        new_row.addWidget(self.into_new)
        new_row.addWidget(self.page_edit, 1)
        self.form.addRow(self.into_document)
        self.form.addRow(new_row)
        self.comparison = text_view(tr("Vergleich mit dem Stand vor dem Holen"), self)
        self.pull_button = self.buttons.addButton(tr("&Holen"), QDialogButtonBox.ButtonRole.AcceptRole)
        intro = QLabel(
            tr(
                "Holen liest die Seite aus dem Wiki und übernimmt sie in das Dokument. Der Stand davor wird "
                "als Fassung gespeichert; Rückgängig (Strg+Z) nimmt das Holen zurück. Was die Seite nicht "
                "zeigt (Verantwortliche, Fristen, Indikatoren, Beschlussvorschläge), bleibt erhalten."
            ),
            self,
        )
        intro.setWordWrap(True)
        comparison_label = QLabel(tr("&Vergleich:"), self)
        comparison_label.setBuddy(self.comparison)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(comparison_label)
        layout.addWidget(self.comparison, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.pull_button.clicked.connect(self.start_pull)
        self.page_edit.textEdited.connect(lambda _t: self.into_new.setChecked(True))
        if session.read_only:
            self.pull_button.setEnabled(False)
            self.status.setText(tr("Die Datei ist schreibgeschützt geöffnet; es kann nichts geholt werden."))

    def set_busy(self, busy: bool) -> None:
        """Also disable the button while a job runs."""
        super().set_busy(busy)
        if hasattr(self, "pull_button"):
            self.pull_button.setEnabled(not busy and not self.session.read_only)

    def start_pull(self) -> WikiJob | None:
        """Read the page in the background, then bring it into the file here."""
        details = self.login_details()
        if details is None:
            return None
        wiki, user, password = details
        target = self.document_id if self.into_document.isChecked() else None
        title = page_title_of(self.session.reader, target) if target is not None else self.page_edit.text().strip()
        if not title:
            self.status.setText(tr("Bitte den Titel der Wiki-Seite angeben."))
            return None

        def work(say: Callable[[Any], None]) -> object:
            return fetch_page(self.connected(wiki, user, password, say), title, say)

        def done(live: Any) -> None:
            self.remember_login(wiki, user, password)
            self.apply(wiki, target, live)

        return self.start_job(work, done, tr("Verbindung zum Wiki wird aufgebaut …"))

    def apply(self, wiki: str, document_id: int | None, live: Any) -> int | None:
        """Bring the fetched page into the file: a Fassung first, then the page as one undo step."""
        reader, ops = self.session.reader, self.session.ops
        try:
            plan = plan_pull(reader, document_id, wiki, live, chosen_profile())
        except Exception as error:
            self.status.setText(describe_error(error) + "\n" + tr("In der Datei wurde nichts geändert."))
            return None
        if plan.same and plan.document_id is not None:
            try:
                record_pull_base(self.session.workspace, plan)
            except Exception as error:
                self.status.setText(describe_error(error))
                return None
            self.comparison.setPlainText(tr("Keine Unterschiede: Das Dokument entsprach schon der Seite."))
            self.status.setText(
                tr("„{title}“ (Version {revision}): Das Dokument entsprach schon der Seite; nichts geändert.")
                .format(title=live.title, revision=live.revision)
            )  # fmt: skip
            announce(self, self.status.text())
            self.pulled.emit(plan.document_id)
            return plan.document_id
        if plan.document_id is not None and plan.version_name is not None:
            name, doc_id = plan.version_name, plan.document_id
            if self.session.apply(lambda: ops.save_version(doc_id, name)) is None:
                return None
        record = self.session.apply(lambda: pull_into_document(ops, plan))
        if record is None:
            return None
        new_id = plan.document_id if plan.document_id is not None else record.document_id
        assert new_id is not None
        if plan.version_name is not None:
            diff = reader.version_diff(new_id, plan.version_name, translate_message)
            self.comparison.setPlainText(readable_diff(diff))
            lines = [
                tr("„{title}“ (Version {revision}) geholt. Der Stand davor ist als Fassung „{name}“ gespeichert.")
                .format(title=live.title, revision=live.revision, name=plan.version_name)
            ]  # fmt: skip
        else:
            self.comparison.setPlainText(reader.outline(new_id, translate_message))
            lines = [tr("Neues Dokument aus „{title}“ angelegt.").format(title=live.title)]
        lines.extend(translate_message(said(line)) for line in plan.report)
        self.status.setText("\n".join(lines))
        announce(self, lines[0])
        self.pulled.emit(new_id)
        return new_id
