"""Shared fixtures of the safety tests."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helper modules beside the tests


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB filesystem of its own; yields (mount point, remount-read-only function)."""
    mount = Path("/tmp") / f"strategie-klein-{uuid.uuid4().hex[:8]}"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        mount.rmdir()
        pytest.skip("kein tmpfs einhängbar (nur als root)")

    def read_only() -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)

    try:
        yield mount, read_only
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
        with contextlib.suppress(OSError):
            mount.rmdir()
