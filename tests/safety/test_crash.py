"""Crash safety: a process applying edits is killed with SIGKILL at random moments.

After every kill the file must pass SQLite's integrity check and hold exactly the edits
the process had reported as committed (or one more, whose report the kill cut off) —
never half of a move or of a subtree delete. The default run kills 20 times; ``--long``
kills 200 times.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.services import sample_workspace
from editor.storage import Workspace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from crash_ops import run_edits  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL gibt es nur unter Unix")


def state_after(start: Path, work: Path, seed: int, count: int, state) -> dict:
    shutil.copyfile(start, work)
    run_edits(work, seed, count)
    workspace = Workspace.open(work, read_only=True)
    result = state(workspace)
    workspace.close()
    return result


def kill_rounds(tmp_path: Path, rounds: int, state) -> list[int]:
    start = tmp_path / "start.strategie"
    sample_workspace(start).close()
    rng = random.Random(20261126)
    committed_counts: list[int] = []
    for round_no in range(rounds):
        seed = rng.randrange(1 << 30)
        victim = tmp_path / "opfer.strategie"
        shutil.copyfile(start, victim)
        child = subprocess.Popen(
            [sys.executable, str(HERE / "crash_ops.py"), str(victim), str(seed), "100000"],
            stdout=subprocess.PIPE,
            text=True,
        )
        reported = -1
        assert child.stdout is not None
        os.set_blocking(child.stdout.fileno(), False)
        deadline = time.monotonic() + rng.uniform(0.35, 0.9)  # start-up takes ~0.3 s
        while time.monotonic() < deadline:
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
        child.wait()
        for line in child.stdout.read().splitlines() if child.stdout else []:
            if line.strip().isdigit():
                reported = int(line)
        committed = reported + 1  # edits 0..reported are certainly committed
        recovered = Workspace.open(victim)  # rolls back a hot journal, clears the stale lock
        assert recovered.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert recovered.db.execute("PRAGMA foreign_key_check").fetchall() == []
        actual = state(recovered)
        recovered.close()
        expected = state_after(start, tmp_path / "soll.strategie", seed, committed, state)
        if actual != expected:
            one_more = state_after(start, tmp_path / "soll.strategie", seed, committed + 1, state)
            if actual != one_more:
                matches = [
                    k
                    for k in range(max(0, committed - 3), committed + 4)
                    if state_after(start, tmp_path / "soll.strategie", seed, k, state) == actual
                ]
                diff = {t for t in actual if actual[t] != expected[t]}
                raise AssertionError(
                    f"Runde {round_no}: Zustand nach {committed} Änderungen passt nicht; passt zu {matches}; Tabellen {diff}"
                )
        committed_counts.append(committed)
    return committed_counts


def test_sigkill_during_edits_loses_no_committed_edit_and_leaves_nothing_half_done(tmp_path, state):
    counts = kill_rounds(tmp_path, 20, state)
    assert sum(counts) > 0, "der Kindprozess hat vor dem Abbruch nie eine Änderung gespeichert"


@pytest.mark.slow
def test_sigkill_long_run_200_kills(tmp_path, state):
    counts = kill_rounds(tmp_path, 200, state)
    print(f"\n200 Abbrüche überstanden, {sum(counts)} bestätigte Änderungen geprüft")
