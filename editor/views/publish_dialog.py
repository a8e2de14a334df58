"""Publishing to the wiki and pulling back: *Dokument › Im Wiki veröffentlichen …* and *Aus dem Wiki holen …*.

The dialogs only call the services (``editor.services.publishing``). Everything that
talks to the wiki runs in a background thread with a busy bar, a status line and a cancel
button; the file is read and written only here in the window's thread. The bot
password goes to the system's keyring (``editor.services.passwords``) if the user
wishes, never into the file or the settings.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, QSize, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.services.mediawiki import WikiConnection, WikiError, WikiOptions, wiki_addresses
from editor.services.passwords import (
    PasswordStoreError,
    forget_password,
    keyring_available,
    store_password,
    stored_password,
)
from editor.services.publishing import (
    PublishCheck,
    PublishConflictError,
    PublishResult,
    check_publish,
    connect_and_login,
    default_summary,
    fetch_page,
    last_sync,
    page_title_of,
    plan_publish,
    plan_pull,
    publish,
    pull_into_document,
    record_publish,
    record_pull_base,
)
from editor.views.announce import announce
from editor.views.dialogs import readable_diff
from editor.views.geometry import keep_geometry
from editor.views.i18n import describe_error, tr, translate_message
from editor.views.session import EditorSession

DEFAULT_WIKI = "https://istek.oberhausen.de/"
"""MediawikiOB, the city wiki, offered until the user names another."""


# --- background work ----------------------------------------------------------------------


class _JobSignals(QObject):
    progress = Signal(str)
    """What the job does now, in the UI language."""
    finished = Signal(object)
    """The job's result."""
    failed = Signal(object)
    """The exception that ended the job."""


class WikiJob:
    """Runs one piece of network work in a thread of its own and reports through ``signals``.

    A plain Python thread rather than Qt's pool: the work waits on the network (bounded by
    the request timeouts), and a daemon thread can never keep the program from closing.
    """

    def __init__(self, work: Callable[[Callable[[Any], None]], object]) -> None:
        self.work = work
        self.signals = _JobSignals()
        self.thread = threading.Thread(target=self.run, name="Wiki", daemon=True)

    def run(self) -> None:
        """Do the work; report its result, or what went wrong."""
        try:
            result = self.work(lambda what: self.signals.progress.emit(translate_message(what)))
        except Exception as error:  # shown to the user in the dialog
            if not isinstance(error, WikiError):
                traceback.print_exc()
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


class _WikiDialog(QDialog):
    """What publish and pull share: where the wiki is, who logs in, the busy bar, cancel."""

    job_finished = Signal()
    """A background job ended (its result is handled already)."""

    def __init__(self, session: EditorSession, document_id: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id = document_id
        self.job: WikiJob | None = None
        self.cancel_event = threading.Event()
        self.connection: WikiConnection | None = None
        self._connected_as: tuple[str, str] = ("", "")
        self._typed_password = ""
        self._close_when_done = False
        self.options = WikiOptions()
        store = QSettings()
        previous = last_sync(session.workspace, document_id) if document_id is not None else None
        wiki = previous.wiki if previous is not None else str(store.value("publish/wiki", DEFAULT_WIKI))
        self.wiki_edit = QLineEdit(wiki, self)
        self.wiki_edit.setAccessibleName(tr("Adresse des Wikis"))
        self.wiki_edit.setPlaceholderText(DEFAULT_WIKI)
        self.user_edit = QLineEdit(str(store.value("publish/user", "")), self)
        self.user_edit.setAccessibleName(tr("Anmeldename des Bot-Passworts"))
        self.user_edit.setPlaceholderText(tr("Name@Anwendung, wie unter Spezial:BotPasswörter angelegt"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(tr("Bot-Passwort"))
        self.remember_box = QCheckBox(tr("Passwort im &Schlüsselbund des Systems speichern"), self)
        self.forget_button = QPushButton(tr("Gespeichertes Passwort &löschen"), self)
        self.password_note = QLabel(self)
        self.password_note.setWordWrap(True)
        if keyring_available():
            self.remember_box.setChecked(True)
        else:
            self.remember_box.setEnabled(False)
            self.password_note.setText(
                tr("Kein Schlüsselbund verfügbar: Das Passwort gilt nur, solange dieser Dialog offen ist.")
            )
        self.form = QFormLayout()
        for label_text, field in (
            (tr("&Wiki:"), self.wiki_edit),
            (tr("&Anmeldename:"), self.user_edit),
            (tr("&Bot-Passwort:"), self.password_edit),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(field)
            self.form.addRow(label, field)
        remember_row = QHBoxLayout()
        remember_row.addWidget(self.remember_box)
        remember_row.addWidget(self.forget_button)
        remember_row.addStretch(1)
        self.form.addRow(remember_row)
        self.form.addRow(self.password_note)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(tr("Fortschritt"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Stand"))
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(tr("Abbre&chen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setVisible(False)
        self.close_button = self.buttons.addButton(tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel)
        self.forget_button.clicked.connect(self._on_forget_button_clicked)
        for edit in (self.wiki_edit, self.user_edit):
            edit.textChanged.connect(self._on_login_changed)
        self._on_login_changed()

    # --- connection ---------------------------------------------------------------------

    def _on_login_changed(self, _text: str = "") -> None:
        stored = self._stored_password()
        self.forget_button.setVisible(bool(stored))
        self.password_edit.setPlaceholderText(
            tr("im Schlüsselbund gespeichert") if stored else tr("das Passwort, das das Wiki erzeugt hat")
        )

    def _stored_password(self) -> str | None:
        try:
            return stored_password(self.wiki_edit.text(), self.user_edit.text())
        except WikiError:
            return None

    def _on_forget_button_clicked(self) -> None:
        try:
            forget_password(self.wiki_edit.text(), self.user_edit.text())
        except (PasswordStoreError, WikiError) as error:
            self.status.setText(describe_error(error))
        self._on_login_changed()

    def login_details(self) -> tuple[str, str, str] | None:
        """Return (wiki, login name, password), or None after saying what is missing."""
        wiki, user = self.wiki_edit.text().strip(), self.user_edit.text().strip()
        try:
            address = wiki_addresses(wiki)[0]
        except WikiError as error:
            self.status.setText(describe_error(error))
            return None
        if not user:
            self.status.setText(tr("Bitte den Anmeldenamen des Bot-Passworts angeben (Name@Anwendung)."))
            return None
        password = self.password_edit.text() or self._typed_password or self._stored_password() or ""
        if not password:
            self.status.setText(tr("Bitte das Bot-Passwort angeben."))
            return None
        if address.scheme == "http" and not address.is_loopback():
            self.password_note.setText(
                tr(
                    "Achtung: Die Verbindung ist nicht verschlüsselt (http://); das Passwort geht im Klartext über das Netz."
                )
            )
        return wiki, user, password

    def connected(self, wiki: str, user: str, password: str, say: Callable[[Any], None]) -> WikiConnection:
        """*In the job*: return the open connection, or connect and log in."""
        if self.connection is not None and self._connected_as == (wiki, user):
            return self.connection
        connection = connect_and_login(wiki, user, password, self.options, self.cancel_event, say)
        self.connection, self._connected_as = connection, (wiki, user)
        return connection

    def remember_login(self, wiki: str, user: str, password: str) -> None:
        """After a successful login: keep wiki and name in the settings, the password in the keyring if wished."""
        store = QSettings()
        store.setValue("publish/wiki", wiki)
        store.setValue("publish/user", user)
        self._typed_password = password
        if self.remember_box.isChecked() and self.password_edit.text():
            try:
                store_password(wiki, user, password)
            except PasswordStoreError as error:
                self.password_note.setText(describe_error(error))
        self.password_edit.clear()
        self._on_login_changed()

    # --- jobs ---------------------------------------------------------------------------

    def start_job(
        self, work: Callable[[Callable[[Any], None]], object], done: Callable[[Any], None], text: str
    ) -> WikiJob:
        """Run ``work`` in the background; ``done`` gets its result in the window's thread."""
        self.cancel_event.clear()
        job = WikiJob(work)
        job.signals.progress.connect(self.status.setText)
        job.signals.finished.connect(lambda result: self._job_ended(lambda: done(result)))
        job.signals.failed.connect(lambda error: self._job_ended(lambda: self.show_failure(error)))
        self.job = job
        self.set_busy(True)
        self.status.setText(text)
        job.thread.start()
        return job

    def _job_ended(self, then: Callable[[], None]) -> None:
        self.job = None
        self.set_busy(False)
        if self._close_when_done:
            self._drop_connection()
            super().reject()
        else:
            then()
        self.job_finished.emit()

    def set_busy(self, busy: bool) -> None:
        """Show the busy bar and the cancel button while a job runs."""
        self.progress.setRange(0, 0 if busy else 1)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for widget in (self.wiki_edit, self.user_edit, self.password_edit):
            widget.setEnabled(not busy)

    def cancel(self) -> None:
        """Ask the running job to stop before its next request (it ends within the request timeout)."""
        if self.job is not None:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("Wird abgebrochen …"))

    def show_failure(self, error: BaseException) -> None:
        """Say what went wrong; nothing in the file was changed."""
        if isinstance(error, WikiError) and not isinstance(error, PublishConflictError):
            self._drop_connection()
        self.status.setText(describe_error(error) + "\n" + tr("In der Datei wurde nichts geändert."))
        announce(self, self.status.text(), assertive=True)

    def _drop_connection(self) -> None:
        if self.connection is not None:
            self.connection.close()
        self.connection = None

    def reject(self) -> None:
        """Close; a running job is cancelled first and the dialog closes when it ends."""
        if self.job is not None:
            self._close_when_done = True
            self.cancel()
            return
        self._drop_connection()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window while a job runs cancels the job first."""
        if self.job is not None:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)


def _text_view(name: str, parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setAccessibleName(name)
    return view


class PublishDialog(_WikiDialog):
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
        self.diff_view = _text_view(tr("Unterschiede zwischen Wiki und Dokument"), self)
        self.wiki_changes_view = _text_view(tr("Im Wiki geändert seit dem letzten Abgleich"), self)
        self.base_view = _text_view(tr("Zuletzt veröffentlicht oder geholt"), self)
        self.live_view = _text_view(tr("Jetzt im Wiki"), self)
        self.ours_view = _text_view(tr("Aus dem Dokument"), self)
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
            plan = plan_publish(self.session.reader, self.document_id, wiki, _profile())
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


class PullDialog(_WikiDialog):
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
        self.comparison = _text_view(tr("Vergleich mit dem Stand vor dem Holen"), self)
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
            plan = plan_pull(reader, document_id, wiki, live, _profile())
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
        lines.extend(plan.report)
        self.status.setText("\n".join(lines))
        announce(self, lines[0])
        self.pulled.emit(new_id)
        return new_id


def _profile() -> str | None:
    """Return the wiki profile last chosen in the wiki preview (MediawikiOB by default)."""
    value = QSettings().value("export/wiki_profile")
    return str(value) if value else None
