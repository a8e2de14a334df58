"""Every field saves while typing: the editor is killed (SIGKILL) one second after typing stops.

The README promises "Jede Eingabe wird sofort gespeichert". A child process opens the
editor on the sample, types into one field of each type without leaving it (so no
focus change saves it), and is killed with SIGKILL one second later; the reopened file
must hold the typed value.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from editor.services import Reader, sample_workspace
from editor.storage import Workspace

HERE = Path(__file__).resolve().parent

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL gibt es nur unter Unix")


def _first(reader: Reader) -> Any:
    return reader.document(1)


def _second(reader: Reader) -> Any:
    return reader.document(2)


EXPECTED: dict[str, Callable[[Reader], bool]] = {
    "zeile": lambda r: _first(r).sections[0].title.endswith(" – Überblick für Bürger äöüß €"),
    "vorlagennummer": lambda r: _first(r).papers[0].reference == "B17/4711",
    "datum": lambda r: _second(r).papers[0].date == "2025-03-17",
    "kombifeld": lambda r: _first(r).scope == "Stadtbezirk Sterkrade-Süd",
    "jahr": lambda r: _first(r).year == "2023/24",
    "tabellenzelle": lambda r: (
        _second(r).papers[0].consultations[0].organization == "Bezirksvertretung Osterfeld – Ältestenrat"
    ),
    "auswahl-in-zelle": lambda r: _second(r).papers[0].consultations[0].role == "Entscheidung",
    "mehrzeilig": lambda r: _second(r).papers[0].decision_proposal.endswith(" Größere Plätze für Fußgänger."),
    "formatiert": lambda r: "Größere Plätze für Fußgänger." in _second(r).goals[0].description,
    "textkörper": lambda r: "Grüße aus Oberhausen" in _first(r).sections[0].body,
}
"""What the reopened file must hold, per field type of ``typing_child.CASES``."""


def _read_line(child: subprocess.Popen[str], timeout: float) -> str:
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], timeout)
    return child.stdout.readline() if ready else ""


@pytest.mark.parametrize("case", list(EXPECTED))
def test_typed_value_survives_sigkill_one_second_after_typing(tmp_path: Path, case: str) -> None:
    path = tmp_path / "Beispiel.strategie"
    sample_workspace(path).close()
    workspace = Workspace.open(path, read_only=True)
    assert not EXPECTED[case](Reader(workspace)), "der Wert steht schon vor dem Tippen in der Datei"
    workspace.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STRATEGIE_BACKUP_DIR=str(tmp_path / "Sicherungen"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))  # fmt: skip
    child = subprocess.Popen(
        [sys.executable, str(HERE / "typing_child.py"), str(path), case], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        line = _read_line(child, timeout=60)
        assert line.strip() == "getippt", f"Kindprozess meldete {line!r}"
        time.sleep(1.0)
        assert child.poll() is None, "der Editor hat sich selbst beendet"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    recovered = Workspace.open(path)  # rolls back a hot journal, clears the stale lock
    try:
        assert recovered.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert EXPECTED[case](Reader(recovered)), f"{case}: die Eingabe fehlt nach dem Abbruch"
    finally:
        recovered.close()
