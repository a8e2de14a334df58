from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from editor.services import Operations, Reader
from editor.services.files import open_for_editing
from editor.storage import Workspace, WorkspaceLockedError
from editor.storage.backups import find_backup, list_backups, make_daily_backup, restore_backup
from editor.storage.lock import lock_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def backup_dir(tmp_path, monkeypatch):
    folder = tmp_path / "sicherungen"
    monkeypatch.setenv("STRATEGIE_BACKUP_DIR", str(folder))
    return folder


def test_second_session_is_told_who_holds_the_file_and_may_open_read_only(sample_file):
    first = Workspace.open(sample_file)
    with pytest.raises(WorkspaceLockedError) as raised:
        Workspace.open(sample_file)
    message = str(raised.value)
    assert "wird gerade bearbeitet von" in message and socket.gethostname() in message
    assert "schreibgeschützt öffnen" in message
    second = Workspace.open(sample_file, read_only=True)
    assert Reader(second).documents()
    second.close()
    first.close()
    assert not lock_path(sample_file).exists()
    Workspace.open(sample_file).close()


def test_lock_of_a_process_on_another_machine_is_respected(sample_file):
    lock_path(sample_file).write_text(
        json.dumps({"user": "erika", "host": "PC-FB5-17", "pid": 4242, "since": "2026-11-26T09:15:00+01:00"}),
        encoding="utf-8",
    )
    with pytest.raises(WorkspaceLockedError, match=r"erika auf PC-FB5-17 seit 26\.11\.2026, 09:15 Uhr"):
        Workspace.open(sample_file)


def test_stale_lock_of_a_crashed_process_is_cleared(sample_file):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    lock_path(sample_file).write_text(
        json.dumps({"user": "x", "host": socket.gethostname(), "pid": pid, "since": "2026-11-26T09:00:00"}),
        encoding="utf-8",
    )
    workspace = Workspace.open(sample_file)
    assert json.loads(lock_path(sample_file).read_text(encoding="utf-8"))["pid"] == os.getpid()
    workspace.close()


def test_two_processes_writing_lose_nothing(sample_file):
    """Two processes take turns on one file, each waiting for the other's session lock: nothing is lost."""
    script = (
        "import sys; from editor.storage import Workspace, WorkspaceLockedError; from editor.services import Operations\n"
        "i = 0\n"
        "while i < 30:\n"
        "    try:\n"
        "        ws = Workspace.open(sys.argv[1])\n"
        "    except WorkspaceLockedError:\n"
        "        continue\n"
        "    Operations(ws).add_item('link', 1, label=f'B{i}', url='https://b.example'); ws.close(); i += 1\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(sample_file)], cwd=ROOT)
    mine = 0
    while child.poll() is None or mine < 30:
        try:
            ws = Workspace.open(sample_file)
        except WorkspaceLockedError:
            continue
        Operations(ws).add_item("link", 1, label=f"A{mine}", url="https://a.example")
        ws.close()
        mine += 1
    assert child.wait() == 0
    ws = Workspace.open(sample_file, read_only=True)
    labels = [link.label for link in Reader(ws).document(1).links]
    ws.close()
    assert sorted(label for label in labels if label[0] in "AB") == sorted(
        [f"A{i}" for i in range(mine)] + [f"B{i}" for i in range(30)]
    )


def test_daily_backup_is_made_once_per_day_and_rotates(sample_file, backup_dir):
    ws = Workspace.open(sample_file)
    for day in range(1, 11):
        assert make_daily_backup(ws, keep=7, today=date(2026, 11, day)) is not None
        assert make_daily_backup(ws, keep=7, today=date(2026, 11, day)) is None
    ws.close()
    names = sorted(b.name for b in list_backups(sample_file))
    assert names == [f"beispiel 2026-11-{d:02d}.strategie" for d in range(4, 11)]


def test_opening_for_editing_makes_todays_backup(sample_file):
    ws, warning = open_for_editing(sample_file)
    ws.close()
    assert warning is None
    assert len(list_backups(sample_file)) == 1


def test_restore_backup_brings_old_state_back_and_keeps_the_current_one(sample_file):
    ws, _ = open_for_editing(sample_file)
    Operations(ws).update_document(1, title="Nach der Sicherung geändert")
    ws.close()
    backup = list_backups(sample_file)[0]
    safety = restore_backup(sample_file, find_backup(sample_file, backup.name))
    ws = Workspace.open(sample_file, read_only=True)
    assert Reader(ws).document(1).title == "Smart City Strategie"
    ws.close()
    kept = Workspace.open(safety, read_only=True)
    assert Reader(kept).document(1).title == "Nach der Sicherung geändert"
    kept.close()


def test_restore_is_refused_while_the_file_is_being_edited(sample_file):
    ws, _ = open_for_editing(sample_file)
    backup = list_backups(sample_file)[0]
    with pytest.raises(WorkspaceLockedError):
        restore_backup(sample_file, backup)
    ws.close()


def test_backups_command_lists_and_restores(sample_file):
    env = {**os.environ}
    ws, _ = open_for_editing(sample_file)
    ws.close()
    day = date.today().isoformat()
    listed = subprocess.run(
        [sys.executable, "main.py", "backups", str(sample_file), "list"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert listed.returncode == 0 and f"beispiel {day}.strategie" in listed.stdout
    restored = subprocess.run(
        [sys.executable, "main.py", "backups", str(sample_file), "restore", day],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert restored.returncode == 0, restored.stderr
    assert "wiederhergestellt" in restored.stdout
    missing = subprocess.run(
        [sys.executable, "main.py", "backups", str(sample_file), "restore", "1999-01-01"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert missing.returncode == 2 and "gibt es für" in missing.stderr


def _lock_for(path, pid):
    holder = {"user": "x", "host": socket.gethostname(), "pid": pid, "since": "2026-11-26T09:00:00"}
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="braucht /proc")
def test_a_running_older_version_without_os_lock_is_respected_but_a_reused_pid_is_not(sample_file):
    older = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "strategie-editor"])
    other = subprocess.Popen(["sleep", "60"])
    try:
        _lock_for(sample_file, older.pid)  # a running editor of an older version took no OS lock
        with pytest.raises(WorkspaceLockedError):
            Workspace.open(sample_file)
        _lock_for(sample_file, other.pid)  # the crashed editor's pid now belongs to another program
        workspace = Workspace.open(sample_file)
        assert json.loads(lock_path(sample_file).read_text(encoding="utf-8"))["pid"] == os.getpid()
        workspace.close()
    finally:
        for child in (older, other):
            child.kill()
            child.wait()


def test_giving_the_lock_back_leaves_a_lock_taken_over_by_another_alone(sample_file):
    workspace = Workspace.open(sample_file)
    lock_path(sample_file).unlink()  # someone removed our lock by hand and another session took the file
    _lock_for(sample_file, 4242)
    workspace.close()
    assert json.loads(lock_path(sample_file).read_text(encoding="utf-8"))["pid"] == 4242


def test_a_garbled_lock_file_of_a_moment_ago_is_respected(sample_file):
    lock_path(sample_file).write_bytes(b"{kaputt")  # as a writer without hard links leaves it mid-write
    with pytest.raises(WorkspaceLockedError, match="unbekannt"):
        Workspace.open(sample_file)


def test_restore_over_a_file_that_is_no_database_any_more_keeps_it_byte_for_byte(sample_file):
    ws, _ = open_for_editing(sample_file)
    ws.close()
    sample_file.write_bytes(b"PK\x03\x04 ein Word-Dokument statt der Datei")
    sample_file.chmod(0o640)
    safety = restore_backup(sample_file, list_backups(sample_file)[0])
    assert safety.read_bytes() == b"PK\x03\x04 ein Word-Dokument statt der Datei"
    ws = Workspace.open(sample_file, read_only=True)
    assert Reader(ws).document(1).title == "Smart City Strategie"
    ws.close()
    assert stat.S_IMODE(sample_file.stat().st_mode) == 0o640


def test_restore_of_a_deleted_file_puts_it_back(sample_file):
    ws, _ = open_for_editing(sample_file)
    ws.close()
    backup = list_backups(sample_file)[0]
    sample_file.unlink()
    safety = restore_backup(sample_file, backup)
    assert not safety.exists()
    ws = Workspace.open(sample_file, read_only=True)
    assert len(Reader(ws).documents()) == 2
    ws.close()


def test_the_index_check_is_skipped_only_while_the_file_is_as_this_program_left_it(sample_file, monkeypatch):
    import sqlite3

    import editor.storage.workspace as workspace_module

    checks: list[int] = []
    real = workspace_module.search_content_ok
    monkeypatch.setattr(workspace_module, "search_content_ok", lambda db: checks.append(1) or real(db))
    for _ in range(2):
        ws, _note = open_for_editing(sample_file)
        Operations(ws).update_document(1, title=f"Runde {len(checks)}")
        ws.close()
    assert len(checks) == 1  # our own edits keep the index right
    with sqlite3.connect(sample_file) as conn:  # another program changed the file
        conn.execute("UPDATE section SET title = 'von außen' WHERE id = 1")
    ws, _note = open_for_editing(sample_file)
    ws.close()
    assert len(checks) == 2
