"""The file's settings: who issues its Beschlussvorlagen, stored per file, undoable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.domain.settings import AUTHORITY_CITY, AUTHORITY_HEAD, AUTHORITY_UNIT, IssuingAuthority
from editor.services import OperationError, Operations, Reader
from editor.storage import Workspace

V1_FILE = Path(__file__).resolve().parents[1] / "storage" / "data" / "v1.strategie"


def test_a_new_file_is_issued_by_stadt_oberhausen(sample_ws):
    reader = Reader(sample_ws)
    assert reader.settings() == {
        AUTHORITY_CITY: "Stadt Oberhausen",
        AUTHORITY_HEAD: "Der Oberbürgermeister",
        AUTHORITY_UNIT: "",
    }
    assert reader.export_source(1).authority == IssuingAuthority()


def test_settings_are_stored_in_the_file_and_undone_as_one_step(sample_file):
    workspace = Workspace.open(sample_file)
    ops = Operations(workspace)
    record = ops.set_settings({AUTHORITY_UNIT: "Dezernat 5 – Bereich 5-1 Stadtplanung", AUTHORITY_HEAD: ""})
    assert record.label == "Einstellungen: Dezernat/Bereich, Verwaltungsspitze geändert"
    workspace.close()

    workspace = Workspace.open(sample_file)
    reader = Reader(workspace)
    # An emptied setting stays empty; it does not fall back to its default.
    assert reader.authority() == IssuingAuthority("Stadt Oberhausen", "", "Dezernat 5 – Bereich 5-1 Stadtplanung")
    assert reader.authority().lines() == ["Stadt Oberhausen", "Dezernat 5 – Bereich 5-1 Stadtplanung"]
    Operations(workspace).undo(record)
    assert reader.authority() == IssuingAuthority()
    workspace.close()


def test_setting_a_value_that_is_already_shown_changes_nothing(sample_ws):
    record = Operations(sample_ws).set_settings({AUTHORITY_CITY: "Stadt Oberhausen"})
    assert not record.changes and record.rows == ()


def test_unknown_setting_is_a_german_error(sample_ws):
    with pytest.raises(OperationError, match="Eine Einstellung „farbe“ gibt es nicht"):
        Operations(sample_ws).set_settings({"farbe": "blau"})


def test_file_of_format_1_opened_read_only_is_read_as_it_is(tmp_path):
    copy = tmp_path / "alt.strategie"
    shutil.copyfile(V1_FILE, copy)
    before = copy.read_bytes()
    workspace = Workspace.open(copy, read_only=True)
    reader = Reader(workspace)
    assert reader.authority() == IssuingAuthority()
    assert reader.export_source(2).document.title == "Beispielkonzept Digitale Quartiere"
    workspace.close()
    assert copy.read_bytes() == before
    assert not list(tmp_path.glob("alt.vor-format-*"))
