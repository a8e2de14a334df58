"""The house style holds for every file: ruff check and ruff format."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUFF = Path(sys.executable).with_name("ruff")


@pytest.mark.skipif(not RUFF.exists() and shutil.which("ruff") is None, reason="ruff ist nicht installiert")
@pytest.mark.parametrize("command", [["check", "--quiet", "."], ["format", "--check", "--quiet", "."]])
def test_ruff_is_clean(command):
    ruff = str(RUFF) if RUFF.exists() else "ruff"
    result = subprocess.run([ruff, *command], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
