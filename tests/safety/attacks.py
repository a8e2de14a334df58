"""Helpers for the attack tests: how a user or an attacker damages a file, done for real."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor import cli

_KILLED_IMPORT = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 5")  # a small cache: pages reach the file before the commit
conn.execute("BEGIN")
for i in range(3000):
    conn.execute(
        "INSERT INTO section (document_id, position, title, body) VALUES (1, ?, ?, ?)",
        (1000 + i, f"Import {i}", "Langer importierter Text. " * 80),
    )
print("mitten im Import", flush=True)
time.sleep(120)
"""


def digest(path: Path) -> str:
    """Return the SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kill_a_large_import(path: Path) -> Path:
    """Kill a process in the middle of a large import into ``path``; return the journal it leaves.

    The file itself then holds half-written pages: it is consistent only together with
    its journal (a "hot" journal, which SQLite rolls back on the next write access).
    """
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL gibt es nur unter Unix")
    child = subprocess.Popen([sys.executable, "-c", _KILLED_IMPORT, str(path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "mitten im Import"
    child.send_signal(signal.SIGKILL)
    child.wait()
    journal = path.with_name(f"{path.name}-journal")
    assert journal.exists() and journal.stat().st_size > 0
    return journal


def file_alone_is_damaged(path: Path, tmp: Path) -> bool:
    """Return whether ``path`` without its journal is damaged (the journal is needed to read it right)."""
    alone = tmp / "ohne-journal.strategie"
    alone.write_bytes(path.read_bytes())
    try:
        with sqlite3.connect(alone) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            count = conn.execute("SELECT count(*) FROM section WHERE title LIKE 'Import %'").fetchone()[0]
    except sqlite3.DatabaseError:
        return True
    finally:
        alone.unlink()
    return result != [("ok",)] or count > 0


def run_cli(*args: object) -> tuple[int, str, str]:
    """Run the command line in this process; return (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        code = cli.main([str(a) for a in args], out=out)
    finally:
        sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def age(path: Path, seconds: float = 60.0) -> None:
    """Make a file look ``seconds`` old."""
    then = time.time() - seconds
    os.utime(path, (then, then))


def dead_pid() -> int:
    """Return the process id of a process that has just ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def fill(mount: Path) -> Path:
    """Fill the filesystem up to the last byte."""
    filler = mount / "füller"
    with filler.open("wb", buffering=0) as handle:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    handle.write(b"\0" * size)
    return filler
