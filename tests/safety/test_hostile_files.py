"""Hostile workspace files: broken trees and huge values give a repaired, reported load."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from editor.services import Operations, Reader
from editor.storage import NotAWorkspaceError, Workspace


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tamper(path, *statements):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_cycle_in_the_section_tree_is_shown_at_top_level_and_reported(sample_file):
    tamper(
        sample_file, "UPDATE section SET parent_id = 2 WHERE id = 1", "UPDATE section SET parent_id = 1 WHERE id = 2"
    )
    before = digest(sample_file)
    workspace = Workspace.open(sample_file, read_only=True)
    reader = Reader(workspace)
    doc = reader.document(1)
    assert sorted(s.title for s in doc.sections) == ["Analyseschwerpunkte", "Kurzbeschreibung"]
    findings = [f for f in reader.check() if f.field == "parent_id"]
    assert {f.node_id for f in findings} == {1, 2}
    assert all("Kreis" in f.message for f in findings)
    workspace.close()
    assert digest(sample_file) == before


def test_dangling_parent_is_reported_and_a_move_repairs_it(sample_file):
    tamper(sample_file, "UPDATE goal SET parent_id = 9999 WHERE id = (SELECT max(id) FROM goal WHERE document_id = 1)")
    workspace = Workspace.open(sample_file)
    reader = Reader(workspace)
    findings = [f for f in reader.check() if f.field == "parent_id"]
    assert len(findings) == 1 and "9999" in findings[0].message
    goal_id = findings[0].node_id
    assert goal_id in [g.id for g in reader.document(1).goals]
    Operations(workspace).move_node("goal", goal_id, None, 0)
    assert [f for f in reader.check() if f.field == "parent_id"] == []
    workspace.close()


def test_huge_text_value_opens(sample_file):
    tamper(sample_file, f"UPDATE section SET body = '{'x' * 20_000_000}' WHERE id = 1")
    workspace = Workspace.open(sample_file, read_only=True)
    assert len(Reader(workspace).document(1).sections[0].body) == 20_000_000
    workspace.close()


def test_view_in_the_file_is_refused(sample_file):
    tamper(sample_file, "CREATE VIEW spion AS SELECT * FROM document")
    before = digest(sample_file)
    with pytest.raises(NotAWorkspaceError, match="fremde Datenbank-Objekte"):
        Workspace.open(sample_file)
    assert digest(sample_file) == before


def test_zip_bomb_template_is_refused_without_unpacking(tmp_path):
    import zipfile

    from editor.domain.sample import sample_source
    from exports.docx_export import DocxExportError, export_strategie

    bomb = tmp_path / "vorlage.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (201 * 1024 * 1024))
    assert bomb.stat().st_size < 2 * 1024 * 1024
    out = tmp_path / "s.docx"
    with pytest.raises(DocxExportError, match="200 MB"):
        export_strategie(sample_source(0), out, bomb)
    assert not out.exists()


def test_oversized_template_is_refused(tmp_path):
    from editor.domain.sample import sample_source
    from exports.docx_export import DocxExportError, export_strategie

    big = tmp_path / "riesig.dotx"
    with big.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    with pytest.raises(DocxExportError, match="größer als 50 MB"):
        export_strategie(sample_source(0), tmp_path / "s.docx", big)
