from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.services import Operations, Reader, new_workspace
from editor.storage import (
    APPLICATION_ID,
    CURRENT_VERSION,
    CorruptWorkspaceError,
    NewerSchemaError,
    NotAWorkspaceError,
    ReadOnlyError,
    StorageError,
    Workspace,
    WorkspaceNotFoundError,
)

V1_FILE = Path(__file__).parent / "data" / "v1.strategie"
V5_FILE = Path(__file__).parent / "data" / "v5.strategie"
WIKI_PAGES = Path(__file__).parents[1] / "exports" / "wiki_pages"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_marked_as_ours_and_versioned(tmp_path):
    path = tmp_path / "neu.strategie"
    new_workspace(path).close()
    header = path.read_bytes()[:100]
    assert struct.unpack(">I", header[68:72])[0] == APPLICATION_ID
    assert struct.unpack(">I", header[60:64])[0] == CURRENT_VERSION
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM themenfeld").fetchone()[0] == 8


def test_connection_has_foreign_keys_on_and_untrusted_schema(sample_ws):
    assert sample_ws.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert sample_ws.db.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_copy_of_the_file_taken_while_open_holds_every_committed_edit(sample_ws, tmp_path):
    """Users copy the file with the file manager while the editor runs: no side file may hold commits."""
    Operations(sample_ws).update_document(1, title="Geändert während geöffnet")
    assert not Path(f"{sample_ws.path}-wal").exists()
    assert not Path(f"{sample_ws.path}-journal").exists()
    copy = tmp_path / "kopie.strategie"
    shutil.copyfile(sample_ws.path, copy)
    copied = Workspace.open(copy, read_only=True)
    assert Reader(copied).document(1).title == "Geändert während geöffnet"
    copied.close()


def test_new_refuses_to_overwrite_an_existing_file(sample_file):
    before = digest(sample_file)
    with pytest.raises(StorageError, match="gibt es schon"):
        new_workspace(sample_file)
    assert digest(sample_file) == before


def test_missing_file_gives_german_message(tmp_path):
    with pytest.raises(WorkspaceNotFoundError, match="gibt es nicht"):
        Workspace.open(tmp_path / "fehlt.strategie")


def _bad_files(tmp_path: Path, sample_file: Path) -> dict[str, tuple[Path, type[StorageError], str]]:
    files: dict[str, tuple[Path, type[StorageError], str]] = {}
    empty = tmp_path / "leer.strategie"
    empty.write_bytes(b"")
    files["empty"] = (empty, NotAWorkspaceError, "leer")
    text = tmp_path / "text.strategie"
    text.write_text("Das ist ein Brief, keine Datenbank.\n" * 20, encoding="utf-8")
    files["text"] = (text, NotAWorkspaceError, "keine SQLite-Datenbank")
    docx = tmp_path / "bericht.strategie"
    docx.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    files["zip"] = (docx, NotAWorkspaceError, "keine SQLite-Datenbank")
    other = tmp_path / "anderes.strategie"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE kunden (name TEXT)")
        conn.execute("INSERT INTO kunden VALUES ('Meier')")
    files["other_program"] = (other, NotAWorkspaceError, "anderen Programms")
    data = sample_file.read_bytes()
    newer = tmp_path / "neuer.strategie"
    newer.write_bytes(data[:60] + struct.pack(">I", CURRENT_VERSION + 1) + data[64:])
    files["newer"] = (newer, NewerSchemaError, "neueren Version")
    for name, cut in (("50", 50), ("100", 100), ("4106", 4096 + 10), ("half", len(data) // 2)):
        truncated = tmp_path / f"abgeschnitten-{name}.strategie"
        truncated.write_bytes(data[:cut])
        files[f"truncated_{name}"] = (truncated, StorageError, "")
    flipped = tmp_path / "kaputt.strategie"
    page = 4096
    damaged = bytearray(data)
    for offset in range(page * 2, min(len(damaged), page * 6)):
        damaged[offset] ^= 0xA5
    flipped.write_bytes(bytes(damaged))
    files["flipped_pages"] = (flipped, CorruptWorkspaceError, "beschädigt")
    return files


@pytest.mark.parametrize(
    "kind",
    [
        "empty",
        "text",
        "zip",
        "other_program",
        "newer",
        "truncated_50",
        "truncated_100",
        "truncated_4106",
        "truncated_half",
        "flipped_pages",
    ],
)
def test_bad_files_are_refused_with_a_german_message_and_left_unchanged(tmp_path, sample_file, kind):
    files = _bad_files(tmp_path, sample_file)
    path, error, text = files[kind]
    before = digest(path)
    with pytest.raises(error) as raised:
        workspace = Workspace.open(path)
        Reader(workspace).documents()  # damage may only show when reading
    message = str(raised.value)
    assert text in message
    assert message.startswith("„") or message[:1].isupper()
    assert digest(path) == before
    assert not Path(f"{path}-journal").exists()


def test_file_with_a_trigger_is_refused(tmp_path, sample_file):
    with sqlite3.connect(sample_file) as conn:
        conn.execute("CREATE TRIGGER boese AFTER UPDATE ON document BEGIN DELETE FROM section; END")
    before = digest(sample_file)
    with pytest.raises(NotAWorkspaceError, match="fremde Datenbank-Objekte"):
        Workspace.open(sample_file)
    assert digest(sample_file) == before


def test_read_only_file_opens_read_only_and_refuses_writes(sample_file):
    before = digest(sample_file)
    sample_file.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        if os.access(sample_file, os.W_OK):
            pytest.skip("als root ist jede Datei beschreibbar")
        workspace = Workspace.open(sample_file)
        assert workspace.read_only
        with pytest.raises(ReadOnlyError, match="schreibgeschützt"):
            Operations(workspace).update_document(1, title="x")
        workspace.close()
    finally:
        sample_file.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert digest(sample_file) == before


def test_explicit_read_only_open_refuses_writes(sample_file):
    before = digest(sample_file)
    workspace = Workspace.open(sample_file, read_only=True)
    with pytest.raises(ReadOnlyError):
        Operations(workspace).update_document(1, title="x")
    workspace.close()
    assert digest(sample_file) == before


def test_released_v1_file_still_opens(tmp_path):
    copy = tmp_path / "v1.strategie"
    shutil.copyfile(V1_FILE, copy)
    workspace = Workspace.open(copy)
    reader = Reader(workspace)
    assert [d.page_title() for d in reader.documents()] == [
        "Smart City Strategie",
        "Beispielkonzept Digitale Quartiere",
    ]
    assert "Datensouveränität" in reader.outline(1)
    workspace.close()


def test_released_v5_file_opens_with_everything_it_holds(tmp_path):
    """A file of format v5 (made with the CLI: sample, settings, three imported pages, a Fassung, a publish base)."""
    from editor.services.publishing import sync_base
    from exports.wiki import export_wiki

    copy = tmp_path / "v5.strategie"
    shutil.copyfile(V5_FILE, copy)
    workspace = Workspace.open(copy)
    try:
        reader = Reader(workspace)
        assert [d.page_title() for d in reader.documents()] == [
            "Smart City Strategie",
            "Beispielkonzept Digitale Quartiere",
            "Radverkehrskonzept",
            "Kulturentwicklungsplan",
            "Unordentliche Seite",
        ]
        assert reader.settings()["authority.unit"] == "Bereich 5-1 Stadtplanung"
        radverkehr, kultur, untidy = (reader.document(i) for i in (3, 4, 5))
        free = [ref.leitziel_title for ref in radverkehr.leitziel_refs if ref.is_free()]
        assert "Stärkung des Umweltverbunds" in free
        assert kultur.categories == ["Kultur"]
        assert "Bildung & Kultur.jpg" in kultur.themenfeld_icons.values()
        assert untidy.page_texts["goals"] == "Die Ziele wurden im Workshop erarbeitet:"
        assert "Unbekannt.png" in untidy.notes
        assert [name for name, _ in reader.versions(1)] == ["Stand vor der Ratssitzung"]
        assert reader.version_diff(1, "Stand vor der Ratssitzung") == ""
        base = sync_base(workspace, 3, "https://wiki.oberhausen.de/", "Radverkehrskonzept")
        assert base is not None and base.revision == 4711
        page = (WIKI_PAGES / "leitziele-ausserhalb-des-katalogs.wiki").read_text(encoding="utf-8")
        assert export_wiki(reader.export_source(3)) == page == base.text
        Operations(workspace).update_document(3, title="Radverkehrskonzept 2030")
        assert reader.document(3).title == "Radverkehrskonzept 2030"
    finally:
        workspace.close()
    assert not list(tmp_path.glob("v5.vor-format-*")), "a file of the current format is not upgraded"


def test_upgrade_takes_a_backup_copy_first(tmp_path):
    old = tmp_path / "alt.strategie"
    shutil.copyfile(V1_FILE, old)
    with sqlite3.connect(old) as conn:  # pretend the file is one format older
        conn.execute("PRAGMA user_version = 0")
    original = old.read_bytes()
    workspace = Workspace.open(old)
    workspace.close()
    backups = list(tmp_path.glob("alt.vor-format-*.strategie"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM document").fetchone()[0] == 2
    assert struct.unpack(">I", old.read_bytes()[60:64])[0] == CURRENT_VERSION
    assert original != old.read_bytes()


def test_backup_copy_is_a_complete_workspace(sample_ws, tmp_path):
    target = tmp_path / "sicherung.strategie"
    sample_ws.backup_to(target)
    copy = Workspace.open(target, read_only=True)
    assert len(Reader(copy).documents()) == 2
    copy.close()


unicode_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


@settings(max_examples=60, deadline=None)
@given(unicode_text)
def test_any_unicode_text_is_stored_exactly(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("u") / "u.strategie"
    workspace = new_workspace(path)
    ops = Operations(workspace)
    doc_id = ops.create_document(title=text).created_id
    section = ops.add_node("section", doc_id, title=text, body=text).created_id
    workspace.close()
    workspace = Workspace.open(path, read_only=True)
    doc = Reader(workspace).document(doc_id)
    assert doc.title == text
    assert next(s for s in doc.sections if s.id == section).body == text
    workspace.close()


@pytest.mark.parametrize(
    "text",
    [
        "Straße, Größe, Übermaß – „Anführungszeichen“ … €",
        "Emoji 🚲🌳👩🏽‍💻 und 🇩🇪",
        "RTL: مرحبا بالعالم – עברית",
        "Steuerzeichen \x00 \x01 \x1b[31m \x7f \u200b \ufeff",
        "Ä" * 1_000_000,
    ],
)
def test_special_texts_survive_storage_exactly(sample_file, text):
    workspace = Workspace.open(sample_file)
    Operations(workspace).update_node("section", 1, body=text)
    workspace.close()
    workspace = Workspace.open(sample_file, read_only=True)
    assert Reader(workspace).document(1).sections[0].body == text
    workspace.close()


def test_file_without_write_permission_opens_read_only(sample_file, monkeypatch):
    """As root every file is writable, so the permission check itself is simulated here."""
    before = digest(sample_file)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    workspace = Workspace.open(sample_file)
    assert workspace.read_only
    with pytest.raises(ReadOnlyError, match="schreibgeschützt"):
        Operations(workspace).save_version(1, "x")
    workspace.close()
    assert digest(sample_file) == before
