"""Desktop integration on Linux: launcher, file type, AppStream data and icons agree and validate."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor import __version__
from editor.app import DESKTOP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
MIME = LINUX / f"{DESKTOP_ID}.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_launcher_file_type_and_appstream_name_the_same_program():
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert entry["Exec"] == "strategie-editor %f" and "strategie-editor" in scripts
    assert entry["Icon"] == DESKTOP_ID
    mime_type = MIME.read_text(encoding="utf-8")
    mime = ET.fromstring(mime_type).find(f"{MIME_NS}mime-type")
    assert mime is not None
    assert entry["MimeType"] == f"{mime.get('type')};"
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.strategie"  # type: ignore[union-attr]
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == DESKTOP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.findtext("provides/mediatype") == mime.get("type")
    assert meta.findtext("provides/binary") == "strategie-editor"
    assert meta.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_app_icon_exists_in_every_usual_size():
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        image = QImage(str(ROOT / "resources" / "icons" / "app" / f"strategie-editor-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (ROOT / "resources" / "icons" / "app" / "strategie-editor.svg").is_file()
    assert (ROOT / "packaging" / "windows" / "strategie-editor.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


@pytest.mark.needs("desktop-file-validate")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


@pytest.mark.needs("appstreamcli")
def test_appstream_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


MIME_PROBE = """
import sys
from PySide6.QtCore import QMimeDatabase
for name in sys.argv[1:]:
    print(QMimeDatabase().mimeTypeForFile(name).name())
"""


@pytest.mark.needs("update-mime-database")
def test_install_desktop_makes_strategie_files_open_with_the_editor(tmp_path, sample_file):
    data = tmp_path / "share"
    program = Path(sys.executable).with_name("strategie-editor")
    script = LINUX / "install-desktop.sh"
    done = subprocess.run(["sh", str(script), str(program), str(data)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    installed = data / "applications" / DESKTOP.name
    assert f'Exec="{program}" %f' in installed.read_text(encoding="utf-8")
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png").is_file()
    assert (data / "metainfo" / METAINFO.name).is_file()
    # Found by name, and by content (the "STRG" application id) when the name says nothing.
    renamed = tmp_path / "anhang.db"
    shutil.copy(sample_file, renamed)
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_DATA_DIRS": "/usr/share"}
    probe = subprocess.run(
        [sys.executable, "-c", MIME_PROBE, str(sample_file), str(renamed)], capture_output=True, text=True, env=env
    )
    assert probe.stdout.split() == ["application/x-strategie-editor", "application/x-strategie-editor"], probe.stderr

    removed = subprocess.run(["sh", str(script), "--uninstall", str(data)], capture_output=True, text=True)
    assert removed.returncode == 0 and not installed.exists()


def test_install_desktop_refuses_a_relative_program(tmp_path):
    done = subprocess.run(
        ["sh", str(LINUX / "install-desktop.sh"), "strategie-editor", str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode == 2 and "absoluten Pfad" in done.stderr
    assert not (tmp_path / "applications").exists()
