"""Shared test setup: Qt offscreen, outside programs, the sample builders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reads or writes the keyring of the machine it runs on; tests that need one install a memory one.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

# In CI the property tests draw the same examples every run, so that a red run names a real,
# reproducible regression rather than a rare case hypothesis happened to find this time; at a
# developer's desk they explore anew each run (and keep what they found in .hypothesis/).
from hypothesis import settings as _hypothesis_settings

_hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--long", action="store_true", help="auch die langen Crash- und Fuzz-Läufe ausführen")
    parser.addoption(
        "--update-goldens", action="store_true", help="Golden-Dateien mit der aktuellen Ausgabe überschreiben"
    )


def pytest_configure(config: pytest.Config) -> None:
    """Keep backups and records of the whole run (module fixtures too) out of the user's folders."""
    import tempfile

    places = Path(tempfile.mkdtemp(prefix="strategie-tests-"))
    config.stash[_PLACES] = places
    os.environ["STRATEGIE_BACKUP_DIR"] = str(places / "sicherungen")
    os.environ["STRATEGIE_DATA_DIR"] = str(places / "daten")


def pytest_unconfigure(config: pytest.Config) -> None:
    places = config.stash.get(_PLACES, None)
    if places is not None:
        shutil.rmtree(places, ignore_errors=True)


_PLACES = pytest.StashKey[Path]()


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


@pytest.fixture(autouse=True)
def private_places(tmp_path_factory, monkeypatch):
    """Keep the backups and records of every test (and of the programs it starts) out of the user's folders."""
    monkeypatch.setenv("STRATEGIE_BACKUP_DIR", str(tmp_path_factory.mktemp("sicherungen")))
    monkeypatch.setenv("STRATEGIE_DATA_DIR", str(tmp_path_factory.mktemp("daten")))


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


@pytest.fixture(scope="session")
def mediawiki(tmp_path_factory):
    """A throw-away German MediaWiki (tests/mediawiki.py), installed once per test run.

    Skipped where Debian's mediawiki, php-cli or php-sqlite3 is missing; under CI, where
    .ci/run installs them, a missing one is a failure.
    """
    from tests.mediawiki import MediaWiki, missing

    reason = missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"MediaWiki fehlt in CI, .ci/run muss es installieren: {reason}")
        pytest.skip(reason)
    return MediaWiki.install(tmp_path_factory.mktemp("mediawiki") / "wiki")


@pytest.fixture(scope="session")
def publish_wiki(mediawiki):
    """The throw-away wiki served on 127.0.0.1 with accounts and bot passwords (tests/mediawiki_api.py)."""
    from tests.mediawiki_api import prepare_publish_wiki

    served = prepare_publish_wiki(mediawiki)
    yield served
    served.server.stop()


@pytest.fixture
def memory_keyring():
    """An in-memory system keyring for the test (entries by (service, user)); the previous one comes back after."""
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        priority = 1  # pyright: ignore[reportAssignmentType]

        def __init__(self):
            super().__init__()
            self.entries = {}

        def get_password(self, service, username):
            return self.entries.get((service, username))

        def set_password(self, service, username, password):
            self.entries[(service, username)] = password

        def delete_password(self, service, username):
            if (service, username) not in self.entries:
                raise PasswordDeleteError(username)
            del self.entries[(service, username)]

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
