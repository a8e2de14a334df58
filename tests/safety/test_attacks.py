"""The fourteen ways through of issue 10, each tried again as a user or an attacker would.

Each test reproduces one attack as it was reported and checks that the file survives,
that the user gets a German message (never a traceback) and that nothing else breaks.
The README's "Ihre Daten" table lists them. Attacks in the window are in
``test_window_attacks.py``, the crafted files in ``test_hostile_files.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from attacks import age, dead_pid, digest, file_alone_is_damaged, fill, kill_a_large_import, run_cli

from editor.services import Operations, Reader
from editor.storage import StorageError, Workspace, WorkspaceLockedError
from editor.storage.backups import backup_folder, list_backups, make_daily_backup
from editor.storage.lock import lock_path

ROOT = Path(__file__).resolve().parents[2]


def title_of(path: Path) -> str:
    workspace = Workspace.open(path, read_only=True)
    try:
        return Reader(workspace).document(1).title
    finally:
        workspace.close()


def intact(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- 1. Export onto the workspace ----------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["export-docx", "{file}", "-o", "{file}"],
        ["export-docx", "{file}", "--kind", "vorlage", "--document", "2", "-o", "{file}"],
        ["export-wiki", "{file}", "-o", "{file}"],
        ["export-wiki", "{file}", "-o", "{journal}"],
        ["export-docx", "{file}", "-o", "{renamed}"],
        ["export-wiki", "{file}", "-o", "{link}"],
        ["export-docx", "{file}", "-o", "{other}"],
        ["export-html", "{file}", "-o", "{file}"],
        pytest.param(["export-pdf", "{file}", "-o", "{renamed}"], marks=pytest.mark.needs("soffice")),
    ],
    ids=[
        "docx-same",
        "vorlage-same",
        "wiki-same",
        "journal",
        "renamed-copy",
        "symlink",
        "other-strategie",
        "html-same",
        "pdf-renamed",
    ],
)
def test_attack_01_an_export_never_replaces_a_workspace(sample_file, tmp_path, command):
    renamed = tmp_path / "bericht.docx"  # a workspace under another name (attachments get renamed)
    shutil.copyfile(sample_file, renamed)
    link = tmp_path / "seite.wiki"
    link.symlink_to(sample_file)
    names = {
        "file": sample_file,
        "journal": f"{sample_file}-journal",
        "renamed": renamed,
        "link": link,
        "other": tmp_path / "neu.strategie",
    }
    before = {p: digest(p) for p in (sample_file, renamed)}
    code, _out, err = run_cli(*[part.format(**names) for part in command])
    assert code == 2
    assert "Strategie-Datei" in err and "Traceback" not in err, err
    assert {p: digest(p) for p in (sample_file, renamed)} == before
    assert link.is_symlink() and not (tmp_path / "neu.strategie").exists()
    assert not Path(f"{sample_file}-journal").exists()
    workspace = Workspace.open(sample_file)  # and the next edit works
    Operations(workspace).update_document(1, title="Weiter bearbeitet")
    workspace.close()


def test_attack_01_the_command_line_takes_the_daily_backup_before_its_first_write(sample_file, tmp_path):
    assert list_backups(sample_file) == []
    code, _out, err = run_cli("versions", sample_file, "save", "Erste Fassung")
    assert code == 0, err
    backups = list_backups(sample_file)
    assert [b.name for b in backups] == [f"beispiel {date.today().isoformat()}.strategie"]
    kept = Workspace.open(backups[0].path, read_only=True)
    assert Reader(kept).versions(1) == []  # taken before the write
    kept.close()
    assert (
        run_cli("import-wiki", sample_file, ROOT / "tests" / "exports" / "wiki_pages" / "unordentliche-seite.wiki")[0]
        == 0
    )
    assert len(list_backups(sample_file)) == 1  # once a day


# --- 2. Restore beside a hot journal; new/sample beside a leftover journal ---------------


def test_attack_02_restore_beside_a_hot_journal(sample_file, tmp_path):
    workspace = Workspace.open(sample_file)
    make_daily_backup(workspace)
    Operations(workspace).update_document(1, title="Nach der Sicherung")
    workspace.close()
    kill_a_large_import(sample_file)
    assert file_alone_is_damaged(sample_file, tmp_path)  # the attack is real: the journal is needed

    code, out, err = run_cli("backups", sample_file, "restore", date.today().isoformat())

    assert code == 0, err
    assert "wiederhergestellt" in out
    assert not Path(f"{sample_file}-journal").exists()
    assert intact(sample_file)
    assert title_of(sample_file) == "Smart City Strategie"
    safety = next(b.path for b in list_backups(sample_file) if "vor Wiederherstellung" in b.name)
    assert intact(safety)
    assert title_of(safety) == "Nach der Sicherung"  # the state before the killed import, consistent


def test_attack_02_read_only_commands_beside_a_hot_journal_roll_it_back(sample_file, tmp_path):
    kill_a_large_import(sample_file)
    code, out, err = run_cli("list", sample_file)
    assert code == 0, err
    assert "readonly" not in err and len(out.splitlines()) == 2
    assert not Path(f"{sample_file}-journal").exists() and intact(sample_file)


@pytest.mark.parametrize("command", ["new", "sample"])
def test_attack_02_new_and_sample_beside_a_leftover_journal_refuse(sample_file, tmp_path, command):
    journal = kill_a_large_import(sample_file)
    target = tmp_path / "neu.strategie"
    shutil.move(journal, f"{target}-journal")  # the file was deleted, its journal stayed
    code, _out, err = run_cli(command, target)
    assert code == 2
    assert "neu.strategie-journal" in err and "anderen Namen" in err, err
    assert not target.exists()
    other = tmp_path / "anders.strategie"
    assert run_cli(command, other)[0] == 0
    assert intact(other)


def test_attack_02_a_copy_is_not_written_beside_a_leftover_journal(sample_ws, tmp_path):
    target = tmp_path / "kopie.strategie"
    Path(f"{target}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(600))
    with pytest.raises(StorageError, match="anderen Namen"):
        sample_ws.backup_to(target)
    assert not target.exists()


# --- 3. Disk full at open ----------------------------------------------------------------------


def test_attack_03_disk_full_at_open_leaves_no_lock_and_no_lasting_holder(sample_file, small_disk):
    mount, _ = small_disk
    path = mount / "b.strategie"
    shutil.copyfile(sample_file, path)
    filler = fill(mount)
    workspace = Workspace.open(path)  # no traceback, even though no lock file can be written
    assert workspace.lock is not None and not workspace.lock.held
    workspace.close()
    assert sorted(p.name for p in mount.iterdir()) == ["b.strategie", "füller"]
    filler.unlink()
    workspace = Workspace.open(path)
    assert workspace.lock is not None and workspace.lock.held
    workspace.close()


def test_attack_03_an_empty_lock_file_left_by_a_full_disk_is_taken_over(sample_file):
    lock = lock_path(sample_file)
    lock.write_bytes(b"")
    age(lock)
    workspace = Workspace.open(sample_file)
    assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == os.getpid()
    workspace.close()
    assert not lock.exists()


# --- 4. Stale-lock race --------------------------------------------------------------------------

_RACER = r"""
import sys, time
from editor.storage import Workspace, WorkspaceLockedError
for line in sys.stdin:
    command, *rest = line.split()
    if command == "open":
        path, start = rest[0], float(rest[1])
        while time.time() < start - 0.005:
            time.sleep(0.001)
        while time.time() < start:  # the last moment spinning, so that all three start together
            pass
        try:
            ws = Workspace.open(path)
            print("rw" if ws.lock and ws.lock.held else "ohne Sperre", flush=True)
        except WorkspaceLockedError:
            ws = None
            print("gesperrt", flush=True)
    elif command == "close":
        if ws is not None:
            ws.close()
        print("zu", flush=True)
"""


def test_attack_04_three_processes_racing_for_a_stale_lock_never_both_write(sample_file):
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    lock = lock_path(sample_file)
    try:
        for trial in range(30):
            if trial % 3 == 2:
                lock.write_bytes(b"\x00" * 7)  # garbage, as a crash mid-write leaves
                age(lock)
            else:
                holder = {"user": "x", "host": socket.gethostname(), "pid": dead_pid(), "since": "2026-11-26T09:00"}
                lock.write_text(json.dumps(holder), encoding="utf-8")
            start = time.time() + 0.3
            for racer in racers:
                assert racer.stdin is not None
                racer.stdin.write(f"open {sample_file} {start}\n")
                racer.stdin.flush()
            answers = [racer.stdout.readline().strip() for racer in racers if racer.stdout is not None]
            assert sorted(answers) == ["gesperrt", "gesperrt", "rw"], f"Versuch {trial}: {answers}"
            for racer in racers:
                assert racer.stdin is not None and racer.stdout is not None
                racer.stdin.write("close\n")
                racer.stdin.flush()
                assert racer.stdout.readline().strip() == "zu"
            assert not lock.exists()
    finally:
        for racer in racers:
            racer.kill()
            racer.wait()


# --- 5. Symlinked path --------------------------------------------------------------------------


def test_attack_05_the_same_file_through_a_symlink_is_locked_too(sample_file, tmp_path):
    link = tmp_path / "verknüpfung.strategie"
    link.symlink_to(sample_file)
    first = Workspace.open(link)
    with pytest.raises(WorkspaceLockedError):
        Workspace.open(sample_file)
    first.close()
    second = Workspace.open(sample_file)
    with pytest.raises(WorkspaceLockedError):
        Workspace.open(link)
    second.close()


def test_attack_05_restore_through_a_symlink_restores_the_real_file(sample_file, tmp_path):
    link = tmp_path / "verknüpfung.strategie"
    link.symlink_to(sample_file)
    workspace = Workspace.open(link)
    make_daily_backup(workspace)
    Operations(workspace).update_document(1, title="Nach der Sicherung")
    workspace.close()
    code, _out, err = run_cli("backups", link, "restore", date.today().isoformat())
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == sample_file.resolve()
    assert title_of(sample_file) == "Smart City Strategie"
    assert backup_folder(link) == backup_folder(sample_file)


# --- 6. Damaged FTS5 index (the window's part is in test_window_attacks.py) ---------------------


DAMAGES = {
    # FTS5's own records of the index are gone: no search, no insert ("vtable constructor failed").
    "structure": "DELETE FROM search_data WHERE id = 10",
    # The index's leaves are gone: every search fails ("database disk image is malformed").
    "leaves": "DELETE FROM search_data WHERE id > 10",
}


def damage_search_index(path: Path, damage: str = "structure") -> None:
    """Damage the full-text index as a bad copy or a crafted file does: quick_check still passes."""
    with sqlite3.connect(path) as conn:
        conn.execute(DAMAGES[damage])
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT * FROM search WHERE search MATCH 'Smart'").fetchall()


@pytest.mark.parametrize("damage", DAMAGES)
def test_attack_06_search_in_a_file_with_a_damaged_index(sample_file, damage):
    damage_search_index(sample_file, damage)
    before = digest(sample_file)
    code, out, err = run_cli("search", sample_file, "Datensouveränität")
    assert code == 0, err
    assert "Traceback" not in err and "Datensouveränität" in out
    assert "Suchindex" in err  # the user is told, and how it gets repaired
    assert digest(sample_file) == before  # a read-only command leaves the file alone


@pytest.mark.parametrize("damage", DAMAGES)
def test_attack_06_opening_for_editing_rebuilds_a_damaged_index_with_a_note(sample_file, damage):
    from editor.services.files import open_for_editing

    damage_search_index(sample_file, damage)
    workspace, note = open_for_editing(sample_file)
    assert note is not None and "Suchindex" in str(note) and "neu aufgebaut" in str(note)
    Operations(workspace).add_node("section", 1, title="Nach der Reparatur", body="Wiederaufbau geprüft")
    assert [h.node_id for h in Reader(workspace).search("Wiederaufbau")]
    workspace.close()
    with sqlite3.connect(sample_file) as conn:
        conn.execute("INSERT INTO search(search) VALUES ('integrity-check')")
    workspace, note = open_for_editing(sample_file)
    assert note is None
    workspace.close()


# --- 9. Permissions ---------------------------------------------------------------------------


@pytest.fixture
def umask_027():
    old = os.umask(0o027)
    yield
    os.umask(old)


@pytest.mark.parametrize("command", ["export-docx", "export-wiki"])
def test_attack_09_an_export_keeps_the_targets_permissions_and_new_files_follow_the_umask(
    sample_file, tmp_path, umask_027, command
):
    private = tmp_path / ("privat.docx" if command == "export-docx" else "privat.wiki")
    private.write_bytes(b"alt")
    private.chmod(0o600)
    assert run_cli(command, sample_file, "-o", private)[0] == 0
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    fresh = tmp_path / ("neu.docx" if command == "export-docx" else "neu.wiki")
    assert run_cli(command, sample_file, "-o", fresh)[0] == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640


def test_attack_09_restore_keeps_the_workspace_private(sample_file):
    sample_file.chmod(0o600)
    workspace = Workspace.open(sample_file)
    make_daily_backup(workspace)
    workspace.close()
    assert run_cli("backups", sample_file, "restore", date.today().isoformat())[0] == 0
    assert stat.S_IMODE(sample_file.stat().st_mode) == 0o600


def test_attack_09_backups_are_private_files_in_private_folders(sample_file, tmp_path, monkeypatch):
    monkeypatch.delenv("STRATEGIE_BACKUP_DIR")
    monkeypatch.setenv("STRATEGIE_DATA_DIR", str(tmp_path / "daten"))
    os.umask(old := os.umask(0o022))
    try:
        sample_file.chmod(0o644)
        workspace = Workspace.open(sample_file)
        made = make_daily_backup(workspace)
        workspace.close()
        assert run_cli("backups", sample_file, "restore", date.today().isoformat())[0] == 0
    finally:
        os.umask(old)
    assert made is not None
    for copy in made.parent.glob("*.strategie"):
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600, copy.name
    for folder in (made.parent, made.parent.parent, made.parent.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


# --- 10. Small tracebacks -------------------------------------------------------------------


def test_attack_10_a_lock_file_with_a_huge_pid(sample_file):
    lock = lock_path(sample_file)
    holder = {"user": "x", "host": socket.gethostname(), "pid": 10**40, "since": "2026-11-26T09:00"}
    lock.write_text(json.dumps(holder), encoding="utf-8")
    age(lock)
    code, out, err = run_cli("versions", sample_file, "save", "Trotz Sperre")
    assert code == 0, err
    assert "gespeichert" in out


def test_attack_10_a_deeply_nested_wiki_profile(sample_file, tmp_path):
    profile = tmp_path / "tief.json"
    profile.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _out, err = run_cli("export-wiki", sample_file, "--profile", profile)
    assert code == 2
    assert "zu tief verschachtelt" in err and "Traceback" not in err


def test_attack_10_todays_backup_survives_a_clock_that_went_back(sample_file):
    workspace = Workspace.open(sample_file)
    for day in range(20, 27):
        made = make_daily_backup(workspace, keep=3, today=date(2026, 11, day))
        assert made is not None
        then = time.mktime((2026, 11, day, 12, 0, 0, 0, 0, -1))
        os.utime(made, (then, then))
    back = make_daily_backup(workspace, keep=3, today=date(2026, 11, 21))  # the clock went back
    workspace.close()
    assert back is not None and back.exists()
    names = sorted(b.name for b in list_backups(sample_file))
    assert names == ["beispiel 2026-11-21.strategie", "beispiel 2026-11-25.strategie", "beispiel 2026-11-26.strategie"]


def test_attack_10_safety_copies_of_restores_are_rotated(sample_file, monkeypatch):
    monkeypatch.setenv("STRATEGIE_BACKUP_KEEP", "2")
    workspace = Workspace.open(sample_file)
    make_daily_backup(workspace)
    workspace.close()
    for _ in range(4):
        assert run_cli("backups", sample_file, "restore", date.today().isoformat())[0] == 0
    safety = [b for b in list_backups(sample_file) if "vor Wiederherstellung" in b.name]
    assert len(safety) == 2
    assert len([b for b in list_backups(sample_file) if "vor Wiederherstellung" not in b.name]) == 1


def test_attack_10_a_file_of_format_0_is_not_called_read_only(sample_file):
    with sqlite3.connect(sample_file) as conn:
        conn.execute("PRAGMA user_version = 0")
    before = digest(sample_file)
    code, out, err = run_cli("list", sample_file)
    assert code == 0, err
    assert "schreibgeschützt" not in err and len(out.splitlines()) == 2
    assert digest(sample_file) == before  # read as it is; only opening for editing updates the format
