"""*Dokument › Im Wiki veröffentlichen …*: the document's page into the wiki, conflicts caught first.

The dialogs only call the services (``editor.services.publishing``); what they share is
in wiki_dialog.py, pulling in pull_dialog.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.services.publishing import (
    PublishCheck,
    PublishConflictError,
    PublishResult,
    check_publish,
    default_summary,
    page_title_of,
    plan_publish,
    publish,
    record_publish,
)
from editor.views.announce import announce
from editor.views.dialogs import readable_diff
from editor.views.geometry import keep_geometry
from editor.views.i18n import describe_error, tr, translate_message
from editor.views.pull_dialog import PullDialog
from editor.views.session import EditorSession
from editor.views.wiki_dialog import WikiDialog, WikiJob, chosen_profile, text_view

__all__ = ["PublishDialog", "PullDialog"]


class PublishDialog(WikiDialog):
    """Publish the document's page: check (differences, conflicts, icons), then save with a summary."""

    checked = Signal(object)
    """The ``PublishCheck`` of the live page."""
    published = Signal(object)
    """The ``PublishResult`` after the page was saved (or found up to date)."""

    def __init__(self, session: EditorSession, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, document_id, parent)
        self.document_id: int = document_id
        self.check: PublishCheck | None = None
        title = page_title_of(session.reader, document_id)
        self.setWindowTitle(tr("Im Wiki veröffentlichen: {title}").format(title=title))
        keep_geometry(self, "publish", QSize(1000, 720))
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setAccessibleName(tr("Zusammenfassung der Änderung"))
        self.summary_edit.setPlaceholderText("Aktualisiert mit dem Strategie-Editor")  # the wiki speaks German
        summary_label = QLabel(tr("&Zusammenfassung:"), self)
        summary_label.setBuddy(self.summary_edit)
        self.form.addRow(summary_label, self.summary_edit)
        self.icons_box = QCheckBox(tr("Fehlende Themenfeld-S&ymbole hochladen"), self)
        self.icons_box.setChecked(True)
        self.form.addRow(self.icons_box)
        self.conflict_label = QLabel(self)
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setVisible(False)
        self.overwrite_box = QCheckBox(tr("Änderungen im Wiki &überschreiben (nur nach Prüfung der Texte)"), self)
        self.overwrite_box.setVisible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Texte"))
        self.diff_view = text_view(tr("Unterschiede zwischen Wiki und Dokument"), self)
        self.wiki_changes_view = text_view(tr("Im Wiki geändert seit dem letzten Abgleich"), self)
        self.base_view = text_view(tr("Zuletzt veröffentlicht oder geholt"), self)
        self.live_view = text_view(tr("Jetzt im Wiki"), self)
        self.ours_view = text_view(tr("Aus dem Dokument"), self)
        self.tabs.addTab(self.diff_view, tr("&Unterschiede"))
        self.check_button = self.buttons.addButton(tr("&Prüfen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button = self.buttons.addButton(tr("&Veröffentlichen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.setEnabled(False)
        self.check_button.setDefault(True)  # Enter checks first; after a check it publishes
        intro = QLabel(
            tr(
                "Prüfen meldet sich im Wiki an und zeigt, was sich an der Seite „{title}“ ändern würde. "
                "Veröffentlicht wird erst danach; wurde die Seite im Wiki inzwischen geändert, "
                "wird nichts überschrieben."
            ).format(title=title),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.overwrite_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.check_button.clicked.connect(self.start_check)
        self.publish_button.clicked.connect(self.start_publish)
        self.overwrite_box.toggled.connect(lambda _on: self._update_buttons())

    def _update_buttons(self) -> None:
        check = self.check
        ready = check is not None and (not check.conflict or self.overwrite_box.isChecked())
        self.publish_button.setEnabled(ready and self.job is None)
        self.check_button.setEnabled(self.job is None)
        (self.publish_button if ready else self.check_button).setDefault(True)

    def set_busy(self, busy: bool) -> None:
        """Also disable the buttons while a job runs."""
        super().set_busy(busy)
        if hasattr(self, "publish_button"):
            self._update_buttons()

    def start_check(self) -> WikiJob | None:
        """Log in and compare the live page with the document, in the background."""
        details = self.login_details()
        if details is None:
            return None
        wiki, user, password = details
        try:
            plan = plan_publish(self.session.reader, self.document_id, wiki, chosen_profile())
        except Exception as error:  # the export's own message
            self.status.setText(describe_error(error))
            return None
        self.check = None
        self._show_check(None)

        def work(say: Callable[[Any], None]) -> PublishCheck:
            return check_publish(self.connected(wiki, user, password, say), plan, say)

        def done(check: PublishCheck) -> None:
            self.remember_login(wiki, user, password)
            self._show_check(check)
            self.checked.emit(check)

        return self.start_job(work, done, tr("Verbindung zum Wiki wird aufgebaut …"))

    def _show_check(self, check: PublishCheck | None) -> None:
        self.check = check
        self.overwrite_box.setChecked(False)
        for view in (self.wiki_changes_view, self.base_view, self.live_view, self.ours_view):
            index = self.tabs.indexOf(view)
            if index >= 0:
                self.tabs.removeTab(index)
        if check is None:
            self.diff_view.setPlainText("")
            self.conflict_label.setVisible(False)
            self.overwrite_box.setVisible(False)
            self._update_buttons()
            return
        diff = check.diff()
        self.diff_view.setPlainText(
            readable_diff(diff) if diff else tr("Keine Unterschiede: Die Seite im Wiki entspricht dem Dokument.")
        )
        if not self.summary_edit.text().strip():
            self.summary_edit.setPlaceholderText(default_summary(check))
        lines: list[str] = []
        if check.conflict:
            lines.append(translate_message(check.conflict_message()))
            self.wiki_changes_view.setPlainText(readable_diff(check.wiki_changes()))
            self.base_view.setPlainText(check.plan.base.text if check.plan.base is not None else "")
            self.live_view.setPlainText(check.live.text)
            self.ours_view.setPlainText(check.plan.text)
            self.tabs.addTab(self.wiki_changes_view, tr("Im Wiki &geändert"))
            self.tabs.addTab(self.base_view, tr("Zul&etzt abgeglichen"))
            self.tabs.addTab(self.live_view, tr("&Jetzt im Wiki"))
            self.tabs.addTab(self.ours_view, tr("Aus dem &Dokument"))
            self.tabs.setCurrentWidget(self.wiki_changes_view)
        missing = [icon for icon in check.missing_icons]
        if missing:
            names = ", ".join(icon.name for icon in missing)
            lines.append(tr("Im Wiki fehlen Symbole: {names}.").format(names=names))
            if not check.can_upload:
                lines.append(tr("Ihr Bot-Passwort erlaubt kein Hochladen; veröffentlichen Sie ohne die Symbole."))
        self.conflict_label.setText("\n".join(lines))
        self.conflict_label.setVisible(bool(lines))
        self.overwrite_box.setVisible(bool(check.conflict))
        self.status.setText(
            tr("Geprüft: Die Seite im Wiki entspricht schon dem Dokument.")
            if check.up_to_date
            else tr("Geprüft. Bitte die Unterschiede ansehen und dann veröffentlichen.")
            if not check.conflict
            else tr("Veröffentlichen ist angehalten: Die Seite wurde im Wiki geändert.")
        )
        announce(self, self.status.text(), assertive=bool(check.conflict))
        self._update_buttons()

    def start_publish(self) -> WikiJob | None:
        """Save the page in the background (after a check); record the new base in the file afterwards."""
        check = self.check
        details = self.login_details()
        if check is None or details is None:
            return None
        wiki, user, password = details
        summary = self.summary_edit.text().strip() or default_summary(check)
        overwrite = bool(check.conflict) and self.overwrite_box.isChecked()
        upload = self.icons_box.isChecked()

        def work(say: Callable[[Any], None]) -> PublishResult:
            return publish(self.connected(wiki, user, password, say), check, summary, overwrite, upload, say)

        return self.start_job(work, self._on_published, tr("Wird veröffentlicht …"))

    def _on_published(self, result: PublishResult) -> None:
        try:
            record_publish(self.session.workspace, result)
        except Exception as error:
            self.status.setText(
                tr("Die Seite ist im Wiki gespeichert, aber der Stand konnte nicht in der Datei vermerkt werden: {error}")
                .format(error=describe_error(error))
            )  # fmt: skip
            return
        lines = [
            tr("Veröffentlicht: „{title}“, Version {revision}.").format(
                title=result.base.title, revision=result.base.revision
            )
            if result.saved
            else tr("Keine neue Version: „{title}“ war schon auf diesem Stand.").format(title=result.base.title)
        ]
        if result.uploaded:
            lines.append(tr("Hochgeladen: {names}").format(names=", ".join(result.uploaded)))
        if result.not_uploaded:
            lines.append(tr("Nicht hochgeladen: {names}").format(names=", ".join(i.name for i in result.not_uploaded)))
        if result.overwritten:
            lines.append(
                tr("Version {revision} kam kurz vor dem Speichern hinzu und wurde ersetzt; sie steht in der "
                   "Versionsgeschichte der Seite.").format(revision=result.overwritten)
            )  # fmt: skip
        self.status.setText("\n".join(lines))
        announce(self, " ".join(lines))
        self.check = None
        self.publish_button.setEnabled(False)
        self.published.emit(result)

    def show_failure(self, error: BaseException) -> None:
        """A conflict found at the last look shows the texts again; anything else is a message."""
        if isinstance(error, PublishConflictError):
            self._show_check(error.check)
            self.status.setText(describe_error(error))
            return
        super().show_failure(error)
