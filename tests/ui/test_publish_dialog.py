"""The publish and pull dialogs against the test wiki on 127.0.0.1; the keyring is an in-memory one."""

from __future__ import annotations

import itertools
import time
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

from editor.services.mediawiki import WikiOptions
from editor.services.publishing import sync_base
from editor.views.publish_dialog import PublishDialog, PullDialog
from tests.mediawiki_api import lagging

FAST = WikiOptions(connect_timeout=3, read_timeout=20, max_retries=2, retry_wait=0.1, max_wait=0.3)
_pages = itertools.count(1)


@pytest.fixture
def doc(window: Any) -> int:
    """The first document of the open sample, under a page title of its own."""
    doc_id = window.session.model.document_ids()[0]
    title = f"Fenster Test {next(_pages)}"
    window.session.apply(lambda: window.session.ops.update_document(doc_id, wiki_title=title))
    return doc_id


def _fill(dialog: Any, publish_wiki: Any, who: Any = None, password: str | None = None) -> None:
    who = who or publish_wiki.editor
    dialog.options = FAST
    dialog.wiki_edit.setText(publish_wiki.url)
    dialog.user_edit.setText(who.login)
    dialog.password_edit.setText(password if password is not None else who.password)


def wait_for(dialog: Any, seconds: float = 60) -> None:
    """Let the window's thread run until the dialog's background job has ended.

    A Python loop with short sleeps rather than ``qtbot.waitSignal``: after another test ran
    ``QApplication.exec()`` to its end, PySide's nested event loops stop letting other
    Python threads run, and the job would never get to its work.
    """
    deadline = time.monotonic() + seconds
    while dialog.job is not None:
        assert time.monotonic() < deadline, "the background job did not end"
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def _run(qtbot: Any, dialog: Any, start: Any) -> None:
    assert start() is not None
    wait_for(dialog)


def _publish(qtbot: Any, window: Any, doc: int, publish_wiki: Any) -> PublishDialog:
    dialog = PublishDialog(window.session, doc, window)
    qtbot.addWidget(dialog)
    _fill(dialog, publish_wiki)
    _run(qtbot, dialog, dialog.start_check)
    _run(qtbot, dialog, dialog.start_publish)
    return dialog


def test_publish_dialog_checks_shows_the_difference_and_publishes(
    qtbot: Any, window: Any, doc: int, publish_wiki: Any, memory_keyring: Any
) -> None:
    dialog = PublishDialog(window.session, doc, window)
    qtbot.addWidget(dialog)
    _fill(dialog, publish_wiki)
    assert not dialog.publish_button.isEnabled()  # only after a check
    dialog.start_check()
    assert dialog.progress.isVisibleTo(dialog) and dialog.cancel_button.isVisibleTo(dialog)  # busy
    wait_for(dialog)
    assert "neu:      ==Kurzbeschreibung==" in dialog.diff_view.toPlainText()
    assert dialog.publish_button.isEnabled()
    dialog.summary_edit.setText("Erste Fassung – aus dem Fenster")
    results: list[Any] = []
    dialog.published.connect(results.append)
    _run(qtbot, dialog, dialog.start_publish)
    result = results[0]
    assert result.saved and "Veröffentlicht" in dialog.status.text()
    title = window.session.reader.document(doc).page_title()
    page = publish_wiki.api().page(title)
    assert page["revid"] == result.base.revision
    assert sync_base(window.session.workspace, doc, publish_wiki.url, title) is not None
    # The password is in the keyring only; wiki and name are remembered in the settings.
    assert list(memory_keyring.entries.values()) == [publish_wiki.editor.password]
    settings = QSettings()
    assert settings.value("publish/user") == publish_wiki.editor.login
    assert publish_wiki.editor.password not in {str(settings.value(k)) for k in settings.allKeys()}
    assert publish_wiki.editor.password.encode() not in window.session.workspace.path.read_bytes()
    # Next time the password comes from the keyring.
    again = PublishDialog(window.session, doc, window)
    qtbot.addWidget(again)
    assert again.wiki_edit.text() == publish_wiki.url and again.user_edit.text() == publish_wiki.editor.login
    assert again.password_edit.text() == "" and again.forget_button.isVisibleTo(again)
    again.options = FAST
    _run(qtbot, again, again.start_check)
    assert again.check is not None and again.check.up_to_date
    assert "Keine Unterschiede" in again.diff_view.toPlainText()


def test_publish_dialog_shows_three_texts_on_a_conflict_and_overwrites_only_when_asked(
    qtbot: Any, window: Any, doc: int, publish_wiki: Any, memory_keyring: Any
) -> None:
    _publish(qtbot, window, doc, publish_wiki)
    title = window.session.reader.document(doc).page_title()
    browser = publish_wiki.api(publish_wiki.browser)
    browser.edit(title, browser.page(title)["text"] + "\nIm Browser ergänzt.\n")
    window.session.apply(lambda: window.session.ops.update_document(doc, year="2028"))
    dialog = PublishDialog(window.session, doc, window)
    qtbot.addWidget(dialog)
    _fill(dialog, publish_wiki)
    _run(qtbot, dialog, dialog.start_check)
    assert dialog.check is not None and dialog.check.conflict == "changed"
    assert "eigenen Konto" in dialog.conflict_label.text()
    assert dialog.tabs.count() == 5
    assert "neu:      Im Browser ergänzt." in dialog.wiki_changes_view.toPlainText()
    assert "Im Browser ergänzt." in dialog.live_view.toPlainText()
    assert "Im Browser ergänzt." not in dialog.base_view.toPlainText()
    assert "2028" in dialog.ours_view.toPlainText()
    assert not dialog.publish_button.isEnabled()
    dialog.overwrite_box.setChecked(True)
    assert dialog.publish_button.isEnabled()
    _run(qtbot, dialog, dialog.start_publish)
    assert "2028" in publish_wiki.api().page(title)["text"]


def test_a_wrong_password_is_said_in_the_dialog_and_not_kept(
    qtbot: Any, window: Any, doc: int, publish_wiki: Any, memory_keyring: Any, state: Any
) -> None:
    before = state(window.session.workspace)
    dialog = PublishDialog(window.session, doc, window)
    qtbot.addWidget(dialog)
    _fill(dialog, publish_wiki, password="falsch-falsch")
    _run(qtbot, dialog, dialog.start_check)
    assert "Name oder Bot-Passwort stimmen nicht" in dialog.status.text()
    assert "nichts geändert" in dialog.status.text()
    assert memory_keyring.entries == {}
    assert not dialog.publish_button.isEnabled()
    assert state(window.session.workspace) == before


def test_cancel_ends_a_wait_for_a_busy_wiki_at_once(
    qtbot: Any, window: Any, doc: int, publish_wiki: Any, memory_keyring: Any
) -> None:
    dialog = PublishDialog(window.session, doc, window)
    qtbot.addWidget(dialog)
    _fill(dialog, publish_wiki)
    dialog.options = WikiOptions(max_retries=3, retry_wait=20, max_wait=20)
    with lagging(publish_wiki.wiki):
        dialog.start_check()
        deadline = time.monotonic() + 20
        while "wird gelesen" not in dialog.status.text():
            assert time.monotonic() < deadline
            QApplication.processEvents()
            time.sleep(0.01)
        time.sleep(0.3)  # now in the pause before the next try
        started = time.monotonic()
        dialog.cancel_button.click()
        wait_for(dialog, 10)
    assert time.monotonic() - started < 5
    assert "Abgebrochen" in dialog.status.text()


def test_pull_dialog_brings_the_wiki_edit_shows_the_comparison_and_undo_takes_it_back(
    qtbot: Any, window: Any, doc: int, publish_wiki: Any, memory_keyring: Any
) -> None:
    _publish(qtbot, window, doc, publish_wiki)
    title = window.session.reader.document(doc).page_title()
    colleague = publish_wiki.api(publish_wiki.colleague)
    text = colleague.page(title)["text"]
    colleague.edit(title, text.replace("Bestandsaufnahme bestehender", "Bestandsaufnahme sämtlicher"))
    dialog = PullDialog(window.session, doc, window)
    qtbot.addWidget(dialog)
    _fill(dialog, publish_wiki)
    assert dialog.into_document.isChecked()
    pulled: list[int] = []
    dialog.pulled.connect(pulled.append)
    _run(qtbot, dialog, dialog.start_pull)
    assert pulled == [doc]
    assert "neu:          - Bestandsaufnahme sämtlicher" in dialog.comparison.toPlainText()
    assert "als Fassung" in dialog.status.text()
    body = window.session.reader.document(doc).sections[1].body
    assert "sämtlicher" in body
    stack = window.session.undo_stack
    assert "aus dem Wiki geholt" in stack.undoText()
    stack.undo()
    assert "sämtlicher" not in window.session.reader.document(doc).sections[1].body


def test_pull_dialog_brings_a_page_into_a_new_document(
    qtbot: Any, window: Any, publish_wiki: Any, memory_keyring: Any
) -> None:
    title = f"Fenster neue Seite {next(_pages)}"
    publish_wiki.wiki.edit(title, "==Kurzbeschreibung==\nIm Wiki entstanden, mit Umlauten: Größe.\n")
    count = len(window.session.reader.documents())
    dialog = PullDialog(window.session, None, window)
    qtbot.addWidget(dialog)
    _fill(dialog, publish_wiki)
    assert dialog.into_new.isChecked()
    dialog.page_edit.setText(title)
    pulled: list[int] = []
    dialog.pulled.connect(pulled.append)
    _run(qtbot, dialog, dialog.start_pull)
    new_id = pulled[0]
    assert len(window.session.reader.documents()) == count + 1
    assert window.session.reader.document(new_id).sections[0].body.startswith("Im Wiki entstanden")


def test_without_a_keyring_the_dialog_says_the_password_is_only_kept_while_open(window: Any, qtbot: Any) -> None:
    dialog = PublishDialog(window.session, window.session.model.document_ids()[0], window)
    qtbot.addWidget(dialog)
    assert not dialog.remember_box.isEnabled()
    assert "Kein Schlüsselbund" in dialog.password_note.text()


def test_document_menu_opens_publish_and_pull(window: Any, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(type(self).__name__) or 0)
    assert window.publish_action in window.document_menu.actions()
    window.publish_action.trigger()
    window.pull_action.trigger()
    assert shown == ["PublishDialog", "PullDialog"]
