"""Each command loads only what it needs: start-up time is most of a short command's time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from editor.cli import main
main(sys.argv[1:])
heavy = ("docx", "lxml", "PySide6", "mwparserfromhell", "pyromark", "sqlite_utils", "exports.wiki", "exports.docx_export",
         "editor.services.operations", "editor.storage.backups", "hashlib", "socket")
print(" ".join(sorted(name for name in heavy if name in sys.modules)), file=sys.stderr)
"""


def loaded(*args: object) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    return set(done.stderr.strip().splitlines()[-1].split()) if done.stderr.strip() else set()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # sqlite-utils only for making or upgrading a file (its migrations); reading needs neither the
        # operations nor the backups (nor OpenSSL's hashes or sockets, which only they and the lock use)
        (["list"], set()),
        (["export-wiki"], {"pyromark", "exports.wiki"}),
        (
            ["export-docx", "--kind", "strategie", "-o", "{tmp}/s.docx"],
            {"pyromark", "docx", "lxml", "exports.docx_export", "hashlib"},  # python-docx names images by hash
        ),
    ],
)
def test_a_command_loads_only_its_own_libraries(sample_file, tmp_path, args, expected):
    argv = [args[0], sample_file, *(a.replace("{tmp}", str(tmp_path)) for a in args[1:])]
    assert loaded(*argv) == expected
