"""Shared test setup: Qt offscreen, outside programs, the sample builders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--long", action="store_true", help="auch die langen Crash- und Fuzz-Läufe ausführen")
    parser.addoption(
        "--update-goldens", action="store_true", help="Golden-Dateien mit der aktuellen Ausgabe überschreiben"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--long"):
        return
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(pytest.mark.skip(reason="lange Läufe nur mit --long"))


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in item.iter_markers("needs"):
        program = str(marker.args[0])
        if shutil.which(program) is None:
            # .ci/run installs every outside program; a missing one there is a failure, not a skip.
            if os.environ.get("CI"):
                pytest.fail(f"{program} fehlt in CI, .ci/run muss es installieren")
            pytest.skip(f"{program} ist nicht installiert")


def require(missing: list[str], what: str) -> None:
    """Skip a test whose outside programs are missing here; in CI (which installs them all) fail it."""
    if not missing:
        return
    text = f"{what} braucht {', '.join(missing)}"
    if os.environ.get("CI"):
        pytest.fail(f"{text}: fehlt in CI, .ci/run muss es installieren")
    pytest.skip(f"{text} (nicht installiert)")


@pytest.fixture
def sample_file(tmp_path):
    """A fresh workspace file holding the bundled sample (closed; returns its path)."""
    from editor.services import sample_workspace

    path = tmp_path / "beispiel.strategie"
    sample_workspace(path).close()
    return path


@pytest.fixture
def sample_ws(sample_file):
    """The sample workspace, open for writing."""
    from editor.storage import Workspace

    workspace = Workspace.open(sample_file)
    yield workspace
    workspace.close()


def workspace_state(workspace):
    """Every row of every table (search index included): the whole state of a file."""
    state = {}
    tables = [
        r["name"]
        for r in workspace.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' AND name != 'sqlite_sequence'"
        )
    ]
    for table in tables:
        state[table] = sorted(tuple(r) for r in workspace.db.execute(f"SELECT rowid, * FROM [{table}]").fetchall())
    return state


@pytest.fixture
def state():
    """The function that captures a workspace's whole state, for before/after comparisons."""
    return workspace_state


ROOT = Path(__file__).resolve().parents[1]


def run_main(*args, stdin=None, cwd=None):
    """Run ``main.py`` with ``args`` as a separate process, as users and scripts do."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        env=env,
        timeout=180,
    )


@pytest.fixture
def cli():
    """The function that runs the command line in a separate process."""
    return run_main
