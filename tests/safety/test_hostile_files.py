"""Hostile workspace files: broken trees and huge values give a repaired, reported load."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time

import pytest

from editor.services import Operations, Reader
from editor.storage import NotAWorkspaceError, Workspace


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tamper(path, *statements):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        if isinstance(statement, tuple):
            conn.execute(*statement)
        else:
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

    from editor.services.sample import sample_source
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
    from editor.services.sample import sample_source
    from exports.docx_export import DocxExportError, export_strategie

    big = tmp_path / "riesig.dotx"
    with big.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    with pytest.raises(DocxExportError, match="größer als 50 MB"):
        export_strategie(sample_source(0), tmp_path / "s.docx", big)


# --- attack 7: crafted content ------------------------------------------------------------------

from attacks import run_cli  # noqa: E402


def _save_fassung(path, name="Fassung"):
    workspace = Workspace.open(path)
    Operations(workspace).save_version(1, name)
    workspace.close()


def _snapshot(path):
    conn = sqlite3.connect(path)
    data = json.loads(conn.execute("SELECT snapshot FROM version").fetchone()[0])
    conn.close()
    return data


def _craft(data):
    rows = {
        "kein JSON": "{nicht json",
        "Liste": json.dumps([1, 2, 3]),
        "fremde Tabelle": json.dumps({**data, "sqlite_master": [{"id": 1}]}),
        "Spaltenname als SQL": json.dumps({**data, "section": [{**data["section"][0], "title] = 'x', [body": "böse"}]}),
        "Zahl statt Text": json.dumps({**data, "section": [{**data["section"][0], "title": 42}]}),
        "NULL statt Text": json.dumps({**data, "document": [{**data["document"][0], "title": None}]}),
        "Zeile als Text": json.dumps({**data, "link": ["kein Datensatz"]}),
        "fremdes Dokument": json.dumps({**data, "section": [{**data["section"][0], "document_id": 2}]}),
        "Eltern außerhalb": json.dumps({**data, "section": [{**data["section"][0], "parent_id": 999_999}]}),
        "Nummer doppelt": json.dumps({**data, "link": [data["link"][0], data["link"][0]]}),
        "tief verschachtelt": "[" * 100_000 + "]" * 100_000,
    }
    return rows


@pytest.mark.parametrize(
    "kind",
    [
        "kein JSON",
        "Liste",
        "fremde Tabelle",
        "Spaltenname als SQL",
        "Zahl statt Text",
        "NULL statt Text",
        "Zeile als Text",
        "fremdes Dokument",
        "Eltern außerhalb",
        "Nummer doppelt",
        "tief verschachtelt",
    ],
)
@pytest.mark.parametrize("action", ["diff", "restore"])
def test_attack_07_a_crafted_fassung_gives_a_german_error_and_changes_nothing(sample_file, kind, action, state):
    _save_fassung(sample_file)
    tamper(sample_file, ("UPDATE version SET snapshot = ?", [_craft(_snapshot(sample_file))[kind]]))
    workspace = Workspace.open(sample_file, read_only=True)
    before = state(workspace)
    workspace.close()
    code, _out, err = run_cli("versions", sample_file, action, "Fassung", "--document", "1")
    assert code == 2, err
    assert "Die Fassung „Fassung“ ist beschädigt" in err and "Traceback" not in err, err
    workspace = Workspace.open(sample_file, read_only=True)
    assert state(workspace) == before
    workspace.close()


def test_attack_07_a_fassung_whose_rows_now_belong_to_another_document_is_refused(sample_file, state):
    _save_fassung(sample_file)
    data = _snapshot(sample_file)
    stolen = dict(data["section"][0])
    tamper(sample_file, f"UPDATE section SET document_id = 2, parent_id = NULL WHERE id = {stolen['id']}")
    workspace = Workspace.open(sample_file, read_only=True)
    before = state(workspace)
    workspace.close()
    code, _out, err = run_cli("versions", sample_file, "restore", "Fassung", "--document", "1")
    assert code == 2 and "anderen Dokument" in err, err
    workspace = Workspace.open(sample_file, read_only=True)
    assert state(workspace) == before
    workspace.close()


def _loosen(path, table, column, value):
    """Rebuild ``table`` without STRICT and its column without a type, then store ``value`` in it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    loose = sql.replace(") STRICT", ")").replace(f"{column} TEXT NOT NULL DEFAULT ''", f"{column}")
    conn.execute(f"ALTER TABLE {table} RENAME TO alt")
    conn.execute(loose)
    conn.execute(f"INSERT INTO {table} SELECT * FROM alt")
    conn.execute("DROP TABLE alt")
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = (SELECT min(id) FROM {table})", [value])
    conn.commit()
    conn.close()


@pytest.mark.parametrize("value", [42, None], ids=["Zahl", "NULL"])
@pytest.mark.parametrize(
    "command",
    [["check"], ["show"], ["export-wiki"], ["export-docx", "-o", "{out}"], ["list"]],
    ids=["check", "show", "export-wiki", "export-docx", "list"],
)
def test_attack_07_loose_column_types_are_refused_on_open(sample_file, tmp_path, value, command):
    _loosen(sample_file, "section", "title", value)
    before = digest(sample_file)
    args = [part.format(out=tmp_path / "s.docx") for part in command]
    code, _out, err = run_cli(args[0], sample_file, *args[1:])
    assert code == 2
    assert "nicht den Aufbau einer Strategie-Datei" in err and "section.title" in err, err
    assert "Traceback" not in err
    assert digest(sample_file) == before
    assert not (tmp_path / "s.docx").exists()


def _plain_search_table(path):
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE search")
    conn.execute("CREATE TABLE search (text, document_id, kind, node_id)")
    conn.execute("INSERT INTO search VALUES ('Datensouveränität', 1, 'section', 1)")
    conn.commit()
    conn.close()


def test_attack_07_a_search_table_that_is_not_fts5(sample_file):
    _plain_search_table(sample_file)
    before = digest(sample_file)
    code, out, err = run_cli("search", sample_file, "Datensouveränität")
    assert code == 0, err
    assert "Datensouveränität" in out and "Suchindex" in err and "Traceback" not in err
    assert digest(sample_file) == before
    workspace = Workspace.open(sample_file)  # opening for editing rebuilds it in the file
    assert any("neu aufgebaut" in str(note) for note in workspace.notes)
    workspace.close()
    conn = sqlite3.connect(sample_file)
    assert "fts5" in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search'").fetchone()[0].lower()
    conn.close()
    code, out, err = run_cli("search", sample_file, "Datensouveränität")
    assert code == 0 and "Datensouveränität" in out and err == ""


# --- attack 8: templates pass things through ---------------------------------------------------

_EXTERNAL_TEMPLATE = "http://example.invalid/payload.dotm"
_EXTERNAL_IMAGE = "http://example.invalid/logo.png"


def _hostile_template(path):
    """The bundled template plus an attached remote template, macros, an external header image and an OLE object."""
    import zipfile

    from exports.docx_template import DEFAULT_TEMPLATE

    src = zipfile.ZipFile(DEFAULT_TEMPLATE)
    parts = {name: src.read(name) for name in src.namelist()}
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    settings_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdT" Type="{r}/attachedTemplate" Target="{_EXTERNAL_TEMPLATE}" TargetMode="External"/>'
        "</Relationships>"
    )
    parts["word/_rels/settings.xml.rels"] = settings_rels.encode()
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(
        b"<w:zoom", b'<w:attachedTemplate r:id="rIdT"/><w:linkStyles/><w:zoom', 1
    )
    if b'xmlns:r="' not in parts["word/settings.xml"][:600]:
        parts["word/settings.xml"] = parts["word/settings.xml"].replace(
            b"<w:settings ", f'<w:settings xmlns:r="{r}" '.encode(), 1
        )
    rels = parts["word/_rels/document.xml.rels"]
    rels = rels.replace(
        b"</Relationships>",
        b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        b'Target="vbaProject.bin"/></Relationships>',
    )
    parts["word/_rels/document.xml.rels"] = rels
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 Makro " * 100
    parts["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 OLE " * 100
    header_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rIdImg" Type="{r}/image" Target="{_EXTERNAL_IMAGE}" TargetMode="External"/>'
        f'<Relationship Id="rIdOle" Type="{r}/oleObject" Target="embeddings/oleObject1.bin"/>'
        "</Relationships>"
    )
    parts["word/_rels/header1.xml.rels"] = header_rels.encode()
    drawing = (
        '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<wp:extent cx="100" cy="100"/><wp:docPr id="99" name="Logo"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:link="rIdImg" xmlns:r="{r}"/></pic:blipFill><pic:spPr/></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        '<w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" '
        f'xmlns:r="{r}" r:id="rIdOle" ProgID="Package"/></w:object></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE "http://example.invalid/pixel.gif" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    header = parts["word/header1.xml"]
    cut = header.index(b"</w:p>")
    parts["word/header1.xml"] = header[:cut] + drawing.encode() + header[cut:]
    types = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    parts["[Content_Types].xml"] = types
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


def test_attack_08_a_template_gives_only_styles_numbering_settings_theme_fonts_headers_and_footers(
    sample_file, tmp_path
):
    import zipfile

    template = tmp_path / "vorlage.dotx"
    _hostile_template(template)
    out = tmp_path / "s.docx"
    code, _stdout, err = run_cli("export-docx", sample_file, "--template", template, "-o", out)
    assert code == 0, err
    with zipfile.ZipFile(out) as result:
        names = result.namelist()
        everything = b"".join(result.read(name) for name in names)
        rels = [result.read(name).decode() for name in names if name.endswith(".rels")]
    assert not any("vbaProject" in name or "embeddings" in name for name in names), names
    assert b"attachedTemplate" not in everything and b"linkStyles" not in everything
    assert b"payload.dotm" not in everything and b"logo.png" not in everything
    assert b"INCLUDEPICTURE" not in everything and b"OLEObject" not in everything
    external = [line for part in rels for line in part.split("<Relationship ") if 'TargetMode="External"' in line]
    assert all("/relationships/hyperlink" in line for line in external), external  # links to web pages may stay
    for named in ("angehängte Vorlage http://example.invalid/payload.dotm", "Makros", "eingebettetes Objekt"):
        assert named in err, err
    assert "Verweis nach außen (http://example.invalid/logo.png)" in err
    assert "INCLUDEPICTURE" in err


def test_attack_08_a_template_with_millions_of_empty_styles_is_refused_quickly(sample_file, tmp_path):
    import zipfile

    from exports.docx_template import DEFAULT_TEMPLATE

    src = zipfile.ZipFile(DEFAULT_TEMPLATE)
    template = tmp_path / "stile.docx"
    styles = src.read("word/styles.xml")
    cut = styles.rindex(b"</w:styles>")
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name in src.namelist():
            if name != "word/styles.xml":
                out.writestr(name, src.read(name))
        out.writestr("word/styles.xml", styles[:cut] + b"<w:style/>" * 8_000_000 + styles[cut:])
    assert template.stat().st_size < 1024 * 1024
    started = time.monotonic()
    code, _out, err = run_cli("export-docx", sample_file, "--template", template, "-o", tmp_path / "s.docx")
    assert code == 2 and "mehr als 16 MB" in err, err
    assert time.monotonic() - started < 20  # was 47 s and 3.3 GB before the limits


def test_attack_08_a_template_with_too_many_styles_is_refused(sample_file, tmp_path):
    import zipfile

    from exports.docx_template import DEFAULT_TEMPLATE

    src = zipfile.ZipFile(DEFAULT_TEMPLATE)
    template = tmp_path / "stile.docx"
    styles = src.read("word/styles.xml")
    cut = styles.rindex(b"</w:styles>")
    many = b"".join(b'<w:style w:type="paragraph" w:styleId="S%d"/>' % n for n in range(20_000))
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            if name != "word/styles.xml":
                out.writestr(name, src.read(name))
        out.writestr("word/styles.xml", styles[:cut] + many + styles[cut:])
    code, _out, err = run_cli("export-docx", sample_file, "--template", template, "-o", tmp_path / "s.docx")
    assert code == 2 and "mehr als 10.000 Formatvorlagen" in err, err
