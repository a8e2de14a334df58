from __future__ import annotations

import json
import os
import socket
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
