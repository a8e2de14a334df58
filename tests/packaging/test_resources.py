"""The bundled files ship in the package and are found through importlib.resources only."""

from __future__ import annotations

import fnmatch
import importlib.resources
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from editor import resources
from editor.resources import PACKAGE, ResourceError, read_json, resource_path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def test_resources_folder_is_installed_as_its_own_package():
    assert SETUPTOOLS["package-dir"] == {PACKAGE: "resources"}
    assert PACKAGE in SETUPTOOLS["packages"]
    assert Path(str(importlib.resources.files(PACKAGE))).resolve() == (ROOT / "resources").resolve()
    assert resource_path("themenfelder.json").is_file()


def test_every_python_package_is_listed_for_the_wheel():
    found = sorted(
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("editor", "exports")
        for init in (ROOT / top).rglob("__init__.py")
    )
    listed = sorted(name for name in SETUPTOOLS["packages"] if name != PACKAGE)
    assert found == listed, "pyproject.toml [tool.setuptools] packages must name every package"


def test_every_bundled_file_is_package_data():
    patterns = SETUPTOOLS["package-data"][PACKAGE]
    data = [
        path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    shipped = {name for name in data if any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)}
    # Sources of generated files stay in the repository only: .ts (compiled to .qm) and the icon SVG
    # (the PNG sizes are shipped; packaging/linux installs the SVG for desktops).
    left_out = {name for name in data if name not in shipped and name != "__init__.py"}
    assert left_out == {"translations/strategie_en.ts", "icons/app/strategie-editor.svg"}
    for needed in (
        "themenfelder.json",
        "sample.json",
        "templates/strategie-vorlage.docx",
        "translations/strategie_en.qm",
        "wiki-profiles/mediawikiob.json",
        "icons/themenfelder/mobilitaet.png",
        "icons/app/strategie-editor-256.png",
    ):
        assert needed in shipped


def test_no_module_computes_paths_from_its_own_file():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for top in ("editor", "exports")
        for path in (ROOT / top).rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\b__file__\b", line)
    ]
    assert offenders == []


def test_a_missing_bundled_file_is_a_german_error(monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "resource_root", lambda: tmp_path)
    with pytest.raises(ResourceError) as caught:
        read_json("themenfelder.json")
    assert "Programmdatei „themenfelder.json“ fehlt" in str(caught.value)
    assert "neu installieren" in str(caught.value)


def test_exports_find_their_files_through_the_accessor():
    from exports.docx_export import ICON_DIR
    from exports.docx_template import DEFAULT_TEMPLATE
    from exports.wiki_profile import PROFILE_DIR, available_profiles

    assert resource_path("icons", "themenfelder") == ICON_DIR
    assert DEFAULT_TEMPLATE.is_file() and DEFAULT_TEMPLATE.parent == resource_path("templates")
    assert resource_path("wiki-profiles") == PROFILE_DIR
    assert {"mediawikiob", "standard"} <= set(available_profiles())


def test_help_and_version_load_no_layer_below_the_command_line():
    code = (
        "import sys\n"
        "from editor.main import main\n"
        "for args in (['--help'], ['--version'], ['export-wiki', '--help']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlite_utils', 'docx', 'pyromark',"
        " 'mwparserfromhell', 'PySide6', 'strategie_resources') or m.startswith(('editor.storage', 'editor.services',"
        " 'editor.domain', 'exports')))\n"
        "print(loaded, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "[]"
