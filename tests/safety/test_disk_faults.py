"""Disk full and a read-only disk during an edit, an export and a backup.

A small tmpfs is mounted for each test (root only; skipped elsewhere): the user gets a
German message, the workspace stays consistent, and no partial export file is left.
"""

from __future__ import annotations

import io
import os
import shutil

import pytest
from attacks import fill

from editor import cli
from editor.services import Operations, Reader
from editor.services.files import open_for_editing
from editor.storage import StorageError, Workspace


def test_disk_full_during_an_edit_gives_a_message_and_keeps_the_file_consistent(sample_file, small_disk):
    mount, _ = small_disk
    path = mount / "b.strategie"
    shutil.copyfile(sample_file, path)
    workspace = Workspace.open(path)
    ops = Operations(workspace)
    ops.update_document(1, title="Vor dem vollen Datenträger")
    filler = fill(mount)
    with pytest.raises(StorageError, match=r"Datenträger ist voll"):
        for n in range(50):
            ops.update_node("section", 1, body=f"{n} " + "Langer Text. " * 20_000)
    workspace.close()
    filler.unlink()
    workspace = Workspace.open(path)
    assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert Reader(workspace).document(1).title == "Vor dem vollen Datenträger"
    Operations(workspace).update_node("section", 1, body="Geht wieder.")
    workspace.close()


def test_disk_full_during_exports_leaves_no_partial_file(sample_file, small_disk, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("STRATEGIE_BACKUP_DIR", str(tmp_path / "sicherungen"))
    mount, _ = small_disk
    fill(mount)
    out = io.StringIO()
    assert cli.main(["export-docx", str(sample_file), "-o", str(mount / "Strategie.docx")], out=out) == 2
    assert cli.main(["export-wiki", str(sample_file), "-o", str(mount / "seite.wiki")], out=out) == 2
    messages = capsys.readouterr().err
    assert messages.count("nicht genug Platz") == 2, messages
    assert sorted(p.name for p in mount.iterdir()) == ["füller"]


def test_read_only_disk_during_export_and_backup(sample_file, small_disk, tmp_path, monkeypatch, capsys):
    mount, read_only = small_disk
    (mount / "alt.docx").write_bytes(b"alter Stand")
    read_only()
    assert cli.main(["export-docx", str(sample_file), "-o", str(mount / "alt.docx")], out=io.StringIO()) == 2
    message = capsys.readouterr().err
    assert "alt.docx" in message and "Traceback" not in message, message
    assert (mount / "alt.docx").read_bytes() == b"alter Stand"
    monkeypatch.setenv("STRATEGIE_BACKUP_DIR", str(mount / "sicherungen"))
    workspace, warning = open_for_editing(sample_file)
    assert warning is not None and "Sicherung" in str(warning)
    Operations(workspace).update_document(1, title="Trotzdem bearbeitbar")
    workspace.close()
    assert sorted(p.name for p in mount.iterdir()) == ["alt.docx"]


def test_disk_full_during_a_backup_still_opens_the_file(sample_file, small_disk, monkeypatch):
    mount, _ = small_disk
    monkeypatch.setenv("STRATEGIE_BACKUP_DIR", str(mount / "sicherungen"))
    (mount / "sicherungen").mkdir()
    fill(mount)
    workspace, warning = open_for_editing(sample_file)
    assert warning is not None and "Sicherung" in str(warning)
    workspace.close()
    leftovers = [p for p in (mount / "sicherungen").rglob("*") if p.is_file()]
    assert leftovers == []
    assert os.path.exists(sample_file)
