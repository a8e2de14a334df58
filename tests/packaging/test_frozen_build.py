"""The frozen build's pieces agree: spec, version resource, installer script and Windows workflow.

The build itself runs in .ci/run (``make frozen-test``): PyInstaller and the smoke test of
the frozen program take a few minutes, more than a unit test should.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from editor import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _version_info() -> ModuleType:
    spec = importlib.util.spec_from_file_location("version_info", PACKAGING / "version_info.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record(name: str) -> Any:
    return lambda *args, **kwargs: (name, args, kwargs)


def test_version_resource_carries_the_program_version():
    module = _version_info()
    text = module.version_file_text("StrategieEditor.exe")
    # PyInstaller evaluates this text with its classes; here each class just records its arguments.
    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    info = eval(text, {name: _record(name) for name in names})
    _, _, fields = info
    _, _, fixed = fields["ffi"]
    assert fixed["filevers"] == fixed["prodvers"] == module.numeric(__version__)
    strings = dict(s[1] for s in fields["kids"][0][1][0][0][1][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["OriginalFilename"] == "StrategieEditor.exe"
    assert strings["CompanyName"] == "Stadt Oberhausen"


@pytest.mark.parametrize(
    ("text", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2.0", (2, 0, 0, 0))]
)
def test_windows_gets_four_release_numbers(text, numbers):
    assert _version_info().numeric(text) == numbers


def test_installer_and_workflow_use_what_the_spec_builds():
    spec = (PACKAGING / "strategie-editor.spec").read_text(encoding="utf-8")
    programs = set(re.findall(r'name="([^"]+)",\n\s+console=(True|False)', spec))
    assert programs == {("StrategieEditor", "False"), ("strategie-editor", "True")}
    assert "COLLECT(  # noqa: F821\n    windowed,\n    console," in spec
    iss = (PACKAGING / "windows" / "strategie-editor.iss").read_text(encoding="utf-8")
    assert '#define AppExe "StrategieEditor.exe"' in iss
    assert '#define Source "..\\..\\dist\\strategie-editor"' in iss
    assert "SetupIconFile=strategie-editor.ico" in iss and (PACKAGING / "windows" / "strategie-editor.ico").is_file()
    assert 'Subkey: "Software\\Classes\\.strategie"' in iss
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "packaging\\strategie-editor.spec" in workflow
    assert "packaging\\windows\\strategie-editor.iss" in workflow
    assert "dist\\strategie-editor\\strategie-editor.exe" in workflow
    assert "/VERYSILENT" in workflow and "upload-artifact" in workflow
