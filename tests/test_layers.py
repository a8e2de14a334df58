"""The Qt-free layers stay Qt-free: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_domain_storage_services_and_exports_load_no_pyside6():
    code = (
        "import importlib, pkgutil, sys\n"
        "import editor.domain, editor.storage, editor.services, editor.cli, exports\n"
        "import editor.cli_publish, editor.services.publishing, editor.services.mediawiki, editor.services.passwords\n"
        "import mwclient, keyring\n"
        "for pkg in (exports,):\n"
        "    for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
