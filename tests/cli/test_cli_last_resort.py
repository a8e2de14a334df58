"""Whatever goes wrong, the command line answers in German with exit 2 and leaves no half-made file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor import resources
from editor.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _boom(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("kaputt im Test")


def test_unexpected_error_is_a_german_message_with_exit_2(sample_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("exports.wiki.export_wiki", _boom)
    out = tmp_path / "seite.wiki"
    assert main(["export-wiki", str(sample_file), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("strategie-editor: Unerwarteter Fehler (RuntimeError: kaputt im Test).")
    assert "Traceback" not in err
    assert not out.exists()


def test_debug_variable_adds_the_traceback(sample_file, monkeypatch, capsys):
    monkeypatch.setattr("exports.wiki.export_wiki", _boom)
    monkeypatch.setenv("STRATEGIE_DEBUG", "1")
    assert main(["export-wiki", str(sample_file)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and "Unerwarteter Fehler" in err


def test_sample_from_an_installation_without_its_files_leaves_nothing(tmp_path, monkeypatch, capsys):
    """The bug of issue 16: a wheel without resources left an empty workspace and a traceback."""
    broken = tmp_path / "installiert"
    broken.mkdir()
    shutil.copy(resources.resource_path("themenfelder.json"), broken / "themenfelder.json")
    monkeypatch.setattr(resources, "resource_root", lambda: broken)
    target = tmp_path / "x.strategie"
    assert main(["sample", str(target)]) == 2
    err = capsys.readouterr().err
    assert "Die Programmdatei „sample.json“ fehlt" in err and "neu installieren" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["installiert"]


@pytest.mark.parametrize("command", ["new", "sample"])
def test_failure_while_filling_a_new_file_removes_it(command, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("editor.services.files.seed_catalogue", _boom)
    target = tmp_path / "neu.strategie"
    assert main([command, str(target)]) == 2
    assert "Unerwarteter Fehler" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # no file, no lock, no journal


def test_an_existing_file_is_never_removed(sample_file, monkeypatch, capsys):
    before = sample_file.read_bytes()
    assert main(["sample", str(sample_file)]) == 2
    assert "gibt es schon" in capsys.readouterr().err
    assert Path(sample_file).read_bytes() == before


def test_a_disk_error_is_named_as_such(sample_file, monkeypatch, capsys):
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "Kein Platz mehr auf dem Gerät")

    monkeypatch.setattr("exports.wiki.export_wiki", full)
    assert main(["export-wiki", str(sample_file)]) == 2
    err = capsys.readouterr().err
    assert "Lesen oder Schreiben ist fehlgeschlagen: Kein Platz mehr auf dem Gerät." in err
    assert "Unerwarteter Fehler" not in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full gibt es nur unter Linux")
def test_output_to_a_full_disk_fails_with_exit_2(sample_file):
    """The script ends its process at once after a command; output it could not write is still an error."""
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "export-wiki", str(sample_file)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2
    assert "fehlgeschlagen" in done.stderr and "Traceback" not in done.stderr
