"""What publishing to the wiki and pulling from it share: the wiki, the login, the background job.

The dialogs (publish_dialog.py, pull_dialog.py) only call the services
(``editor.services.publishing``). Everything that talks to the wiki runs in a background
thread with a busy bar, a status line and a cancel button; the file is read and written
only in the window's thread. The bot password goes to the system's keyring
(``editor.services.passwords``) if the user wishes, never into the file or the settings.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
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
    PublishConflictError,
    connect_and_login,
    last_sync,
)
from editor.views.announce import announce
from editor.views.i18n import describe_error, tr, translate_message
from editor.views.session import EditorSession

DEFAULT_WIKI = "https://istek.oberhausen.de/"
"""MediawikiOB, the city wiki, offered until the user names another."""


# --- background work ----------------------------------------------------------------------


class JobSignals(QObject):
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
        self.signals = JobSignals()
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


class WikiDialog(QDialog):
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


def text_view(name: str, parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setAccessibleName(name)
    return view


def chosen_profile() -> str | None:
    """Return the wiki profile last chosen in the wiki preview (MediawikiOB by default)."""
    value = QSettings().value("export/wiki_profile")
    return str(value) if value else None
