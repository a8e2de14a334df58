"""The layers stay layers: import-linter's contracts, no SQL in the services, no Qt below the item models."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


@pytest.mark.skipif(
    not LINT_IMPORTS.exists() and shutil.which("lint-imports") is None, reason="import-linter ist nicht installiert"
)
def test_every_import_keeps_the_contracts_of_the_layers():
    # pyproject.toml: domain → storage → services → item models → views, the command line beside the
    # views, exports on the domain only, views without storage, no Qt below the item models.
    program = str(LINT_IMPORTS) if LINT_IMPORTS.exists() else "lint-imports"
    result = subprocess.run([program, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


_SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WITH RECURSIVE|SAVEPOINT|ROLLBACK|RELEASE|CREATE)\b")


def test_the_services_speak_no_sql():
    found = []
    for path in sorted((ROOT / "editor" / "services").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.match(node.value):
                found.append(f"{path.name}:{node.lineno}: {node.value[:60]}")
            elif isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
                if _SQL.match(text):
                    found.append(f"{path.name}:{node.lineno}: {text[:60]}")
    assert found == []


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


def test_the_services_package_hands_out_each_name_of_its_modules_when_first_used():
    # editor/services/__init__.py imports lazily (PEP 562), so that a command that only reads
    # does not load the operations; every name it offers must still be the module's own.
    probe = (
        "import importlib, sys\n"
        "import editor.services as services\n"
        "print('editor.services.operations' in sys.modules)\n"
        "for name in services.__all__:\n"
        "    home = importlib.import_module(services._HOME_OF[name])\n"
        "    assert getattr(services, name) is getattr(home, name), name\n"
        "try:\n"
        "    services.Nichts\n"
        "except AttributeError:\n"
        "    print('AttributeError')\n"
        "print(sorted(services.__all__) == sorted(services._HOME_OF))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "AttributeError", "True"]
