"""The desktop with the accessibility bus, and the editor on it (one at a time: keys go to the active window)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.a11y.harness import ROOT, Desktop, Editor, missing_programs
from tests.conftest import require


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """Xvfb, openbox, a session bus and the AT-SPI bus for the whole session."""
    require(missing_programs(), "Der Screenreader-Test über AT-SPI")
    started = Desktop(tmp_path_factory.mktemp("desktop")).start()
    yield started
    started.stop()


class Apps:
    """Starts the editor on a fresh copy of the sample; at most one runs at a time."""

    def __init__(self, desktop: Desktop, folder: Path) -> None:
        self.desktop = desktop
        self.folder = folder
        self.current: Editor | None = None
        self.surveys: dict[str, Any] = {}
        self._sample: Path | None = None
        self._count = 0

    def sample(self) -> Path:
        """Return a new copy of the bundled sample."""
        if self._sample is None:
            self._sample = self.folder / "sample.strategie"
            subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "sample", str(self._sample)],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
        self._count += 1
        folder = self.folder / f"run{self._count}"
        folder.mkdir()
        target = folder / "Beispiel.strategie"
        shutil.copy(self._sample, target)
        return target

    def get(self, language: str = "de", scale: float = 1.0) -> Editor:
        """Return the running editor in ``language`` at ``scale``, starting it if needed."""
        current = self.current
        if (
            current is not None
            and (current.language, current.scale) == (language, scale)
            and current.process is not None
            and current.process.poll() is None
        ):
            return current
        self.stop()
        self.current = Editor(self.desktop, self.sample(), language=language, scale=scale).start()
        return self.current

    def stop(self) -> None:
        """End the running editor."""
        if self.current is not None:
            self.current.stop()
            self.current = None


@pytest.fixture(scope="session")
def apps(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Apps]:
    """The editors of the session."""
    manager = Apps(desktop, tmp_path_factory.mktemp("editors"))
    yield manager
    manager.stop()
