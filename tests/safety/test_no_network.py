"""Data sovereignty: nothing the program does opens a network connection."""

from __future__ import annotations

import io
import socket

import pytest

from editor import cli


@pytest.fixture
def no_network(monkeypatch):
    """Make every way to open a socket fail, and record each attempt."""
    attempts: list[str] = []

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(f"socket{args}")
            raise OSError("Netzwerk im Test verboten")

    def refuse(name):
        def fail(*args, **kwargs):
            attempts.append(f"{name}{args}")
            raise OSError("Netzwerk im Test verboten")

        return fail

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_every_command_line_flow_runs_without_network(tmp_path, no_network, monkeypatch):
    monkeypatch.setenv("STRATEGIE_BACKUP_DIR", str(tmp_path / "sicherungen"))
    path = tmp_path / "b.strategie"
    page = tmp_path / "seite.wiki"
    out = io.StringIO()
    commands = [
        ["sample", str(path)],
        ["list", str(path)],
        ["show", str(path), "--document", "2"],
        ["check", str(path)],
        ["search", str(path), "Mobilität"],
        ["versions", str(path), "save", "eins"],
        ["versions", str(path), "diff", "eins"],
        ["versions", str(path), "restore", "eins"],
        ["export-wiki", str(path), "-o", str(page)],
        ["import-wiki", str(path), str(page)],
        ["export-wiki", str(path), "--profile", "standard"],
        ["export-docx", str(path), "-o", str(tmp_path / "s.docx")],
        ["export-docx", str(path), "--kind", "vorlage", "--document", "2", "-o", str(tmp_path / "v.docx")],
        ["backups", str(path), "list"],
    ]
    for command in commands:
        assert cli.main(command, out=out) == 0, command
    assert no_network == []


def test_only_publish_and_pull_try_the_network_and_only_when_run(tmp_path, no_network, monkeypatch, capsys):
    """publish and pull are the only commands that connect; without a network they fail cleanly."""
    import hashlib

    from editor.commands import COMMANDS

    monkeypatch.setenv("STRATEGIE_BACKUP_DIR", str(tmp_path / "sicherungen"))
    monkeypatch.setenv("WIKI_PASSWORT", "geheim")
    path = tmp_path / "b.strategie"
    assert cli.main(["sample", str(path)], out=io.StringIO()) == 0
    # Reading help, planning the page, importing the wiki modules: all offline.
    from editor.services import Reader
    from editor.services.publishing import plan_publish
    from editor.storage import Workspace

    workspace = Workspace.open(path, read_only=True)
    plan = plan_publish(Reader(workspace), 1, "https://istek.oberhausen.de/")
    workspace.close()
    assert plan.text and no_network == []
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    login = ["--wiki", "https://istek.oberhausen.de/", "--user", "Amt@editor", "--password-env", "WIKI_PASSWORT"]
    networked = {"publish": ["publish", str(path), *login], "pull": ["pull", str(path), *login]}
    assert set(networked) == {c for c in COMMANDS if c in ("publish", "pull")}
    for name, command in networked.items():
        capsys.readouterr()
        assert cli.main(command, out=io.StringIO()) == 2, name
        assert "nicht erreichbar" in capsys.readouterr().err, name
        assert no_network, f"{name} tried no connection"  # the refused attempts were theirs
        no_network.clear()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
