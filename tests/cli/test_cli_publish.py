"""publish and pull on the command line, against the test wiki on 127.0.0.1."""

from __future__ import annotations

import hashlib
import itertools

import pytest

from editor.services import Operations, Reader
from editor.storage import Workspace

_pages = itertools.count(1)


@pytest.fixture
def page_file(sample_file):
    """The sample file with its first document under a page title of its own; returns (path, title)."""
    workspace = Workspace.open(sample_file)
    title = f"Kommandozeile Test {next(_pages)}"
    Operations(workspace).update_document(Reader(workspace).documents()[0].id, wiki_title=title)
    workspace.close()
    return sample_file, title


@pytest.fixture
def login_args(publish_wiki, monkeypatch):
    monkeypatch.setenv("WIKI_PASSWORT", publish_wiki.editor.password)
    return ["--wiki", publish_wiki.url, "--user", publish_wiki.editor.login, "--password-env", "WIKI_PASSWORT"]


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_publish_creates_the_page_and_a_second_run_makes_no_new_revision(cli, page_file, login_args, publish_wiki):
    path, title = page_file
    first = cli("publish", path, *login_args, "--summary", "Aus dem Editor")
    assert first.returncode == 0, first.stderr
    assert "+==Kurzbeschreibung==" in first.stdout  # the difference to the (missing) page
    assert f"Veröffentlicht: „{title}“" in first.stdout
    again = cli("publish", path, *login_args)
    assert again.returncode == 0, again.stderr
    assert "Keine neue Version" in again.stdout
    assert publish_wiki.api().revision_count(title) == 1


def test_publish_stops_on_a_change_in_the_wiki_shows_it_and_leaves_file_and_page(
    cli, page_file, login_args, publish_wiki
):
    path, title = page_file
    assert cli("publish", path, *login_args).returncode == 0
    colleague = publish_wiki.api(publish_wiki.colleague)
    edited = colleague.page(title)["text"] + "\nErgänzt von einer Kollegin im Wiki.\n"
    colleague.edit(title, edited)
    workspace = Workspace.open(path)
    doc_id = Reader(workspace).documents()[0].id
    Operations(workspace).update_document(doc_id, year="2029")
    workspace.close()
    before = digest(path)
    result = cli("publish", path, *login_args)
    assert result.returncode == 2
    assert "wurde im Wiki geändert" in result.stderr and "Kollegin" in result.stderr
    assert "+Ergänzt von einer Kollegin im Wiki." in result.stdout  # what changed in the wiki
    assert "Traceback" not in result.stderr
    assert digest(path) == before
    assert publish_wiki.api().page(title)["text"].rstrip() == edited.rstrip()


def test_publish_with_a_wrong_password_is_exit_2_and_changes_nothing(cli, page_file, publish_wiki, monkeypatch):
    path, title = page_file
    monkeypatch.setenv("FALSCH", "nicht-das-passwort")
    before = digest(path)
    result = cli("publish", path, "--wiki", publish_wiki.url, "--user", publish_wiki.editor.login,
                 "--password-env", "FALSCH")  # fmt: skip
    assert result.returncode == 2
    assert "Name oder Bot-Passwort stimmen nicht" in result.stderr
    assert digest(path) == before
    assert publish_wiki.api().revision_count(title) == 0


def test_without_a_password_the_message_says_where_one_comes_from(cli, page_file, publish_wiki):
    path, _title = page_file
    result = cli("publish", path, "--wiki", publish_wiki.url, "--user", publish_wiki.editor.login)
    assert result.returncode == 2
    assert "--password-env" in result.stderr and "Schlüsselbund" in result.stderr


def test_pull_brings_the_wiki_edit_into_the_document_and_keeps_the_state_before(
    cli, page_file, login_args, publish_wiki
):
    path, title = page_file
    assert cli("publish", path, *login_args).returncode == 0
    colleague = publish_wiki.api(publish_wiki.colleague)
    text = colleague.page(title)["text"]
    colleague.edit(title, text.replace("Bestandsaufnahme bestehender", "Bestandsaufnahme aller"))
    result = cli("pull", path, *login_args)
    assert result.returncode == 0, result.stderr
    assert "als Fassung" in result.stdout
    assert "+    - Bestandsaufnahme aller Smart-City-Aktivitäten" in result.stdout
    listed = cli("versions", path, "list")
    assert "Vor dem Holen aus dem Wiki" in listed.stdout
    again = cli("publish", path, *login_args)
    assert again.returncode == 0 and "Keine neue Version" in again.stdout


def test_pull_of_a_page_as_a_new_document(cli, sample_file, login_args, publish_wiki):
    title = f"Neue Seite Kommandozeile {next(_pages)}"
    publish_wiki.wiki.edit(title, "==Kurzbeschreibung==\nIm Wiki geschrieben.\n")
    result = cli("pull", sample_file, *login_args, "--page", title)
    assert result.returncode == 0, result.stderr
    assert "Neues Dokument 3" in result.stdout
    assert title in cli("list", sample_file).stdout


def test_publish_to_no_wiki_is_exit_2_with_a_german_message(cli, page_file, monkeypatch):
    from tests.mediawiki_api import free_port

    path, _title = page_file
    monkeypatch.setenv("PASS", "x")
    before = digest(path)
    result = cli(
        "publish", path, "--wiki", f"http://127.0.0.1:{free_port()}/", "--user", "A@b", "--password-env", "PASS"
    )
    assert result.returncode == 2
    assert "nicht erreichbar" in result.stderr
    assert digest(path) == before
