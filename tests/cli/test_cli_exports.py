"""export-wiki, import-wiki and export-docx on the command line."""

from __future__ import annotations

import stat
from pathlib import Path

import docx
import pytest

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "smart-city-strategie.wiki"


def test_export_wiki_of_the_sample_is_the_reference_page(sample_file, cli):
    result = cli("export-wiki", sample_file)
    assert result.returncode == 0, result.stderr
    assert "{{Konzeption\n|Räumlicher Geltungsbereich=Gesamtstadt" in result.stdout
    if REFERENCE.exists():
        assert result.stdout == REFERENCE.read_text(encoding="utf-8")


def test_export_wiki_to_file_then_import_then_export_gives_the_same_text(sample_file, tmp_path, cli):
    page = tmp_path / "seite.wiki"
    assert cli("export-wiki", sample_file, "--document", "2", "-o", page).returncode == 0
    assert stat.S_IMODE(page.stat().st_mode) & 0o044, (
        "eine exportierte Datei muss für andere lesbar sein wie jede andere"
    )
    imported = cli("import-wiki", sample_file, page)
    assert imported.returncode == 0, imported.stderr
    new_id = imported.stdout.splitlines()[0]
    assert new_id == "3"
    again = cli("export-wiki", sample_file, "--document", new_id)
    assert again.stdout == page.read_text(encoding="utf-8")


def test_import_wiki_reads_standard_input_and_reports_what_it_did_not_understand(sample_file, cli):
    text = "{{Konzeption\n|Art=Konzept\n|Lieblingsfarbe=grün\n}}\n==Kurzbeschreibung==\nEin Text.\n"
    result = cli("import-wiki", sample_file, "-", stdin=text)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "3"
    assert any("Lieblingsfarbe" in line for line in lines[1:])


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x00\x01\x02PK binary", "Binärdaten"), (b"\xff\xfe\xfa kaputt", "UTF-8")],
)
def test_import_wiki_refuses_what_is_not_wiki_text(sample_file, tmp_path, cli, content, message):
    page = tmp_path / "kaputt.wiki"
    page.write_bytes(content)
    result = cli("import-wiki", sample_file, page)
    assert result.returncode == 2 and message in result.stderr
    assert cli("list", sample_file).stdout.count("\n") == 2


def test_export_wiki_with_unknown_profile_fails_in_german(sample_file, cli):
    result = cli("export-wiki", sample_file, "--profile", "gibtsnicht")
    assert result.returncode == 2
    assert "gibtsnicht" in result.stderr and "Traceback" not in result.stderr


def test_export_docx_strategie_and_vorlage(sample_file, tmp_path, cli):
    strategie = tmp_path / "Strategie.docx"
    assert cli("export-docx", sample_file, "-o", strategie).returncode == 0
    headings = [p.text for p in docx.Document(str(strategie)).paragraphs if p.style.name.startswith("Heading")]
    assert "Kurzbeschreibung" in headings
    vorlage = tmp_path / "Vorlage.docx"
    result = cli(
        "export-docx", sample_file, "--document", "2", "--kind", "vorlage", "--paper", "B/18/0123", "-o", vorlage
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in docx.Document(str(vorlage)).paragraphs)
    assert "B/18/0123" in text


def test_export_docx_errors_leave_no_file(sample_file, tmp_path, cli):
    out = tmp_path / "x.docx"
    result = cli("export-docx", sample_file, "--kind", "vorlage", "--paper", "B/99/1", "-o", out)
    assert result.returncode == 2 and "vorhanden: B/17/3503-01" in result.stderr
    broken = tmp_path / "vorlage.docx"
    broken.write_text("kein Word", encoding="utf-8")
    result = cli("export-docx", sample_file, "--template", broken, "-o", out)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not out.exists()
    assert list(tmp_path.glob("*.docx")) == [broken]


def test_export_docx_keeps_the_old_file_when_it_fails(sample_file, tmp_path, cli):
    out = tmp_path / "Strategie.docx"
    out.write_bytes(b"alter Stand")
    broken = tmp_path / "vorlage.dotx"
    broken.write_bytes(b"PK\x03\x04kaputt")
    assert cli("export-docx", sample_file, "--template", broken, "-o", out).returncode == 2
    assert out.read_bytes() == b"alter Stand"


def test_settings_show_and_set_who_issues_the_vorlagen(sample_file, tmp_path, cli):
    shown = cli("settings", sample_file)
    assert shown.returncode == 0
    assert shown.stdout.splitlines() == [
        "authority.city\tStadt Oberhausen\t(Stadt)",
        "authority.head\tDer Oberbürgermeister\t(Verwaltungsspitze)",
        "authority.unit\t\t(Dezernat/Bereich)",
    ]
    result = cli("settings", sample_file, "authority.unit", "Dezernat 5 – Bereich 5-1 Stadtplanung")
    assert result.returncode == 0, result.stderr
    assert cli("settings", sample_file, "authority.unit").stdout == "Dezernat 5 – Bereich 5-1 Stadtplanung\n"
    out = tmp_path / "vorlage.docx"
    assert cli("export-docx", sample_file, "-d", "2", "--kind", "vorlage", "-o", out).returncode == 0
    header = docx.Document(str(out)).sections[0].first_page_header
    assert [p.text for p in header.paragraphs] == [
        "Stadt Oberhausen",
        "Der Oberbürgermeister",
        "Dezernat 5 – Bereich 5-1 Stadtplanung",
    ]


def test_unknown_setting_is_a_german_error(sample_file, cli):
    result = cli("settings", sample_file, "authority.farbe", "blau")
    assert result.returncode == 2
    assert "Eine Einstellung „authority.farbe“ gibt es nicht" in result.stderr


def test_check_reports_an_incomplete_vorlage(sample_file, cli):
    from editor.services import Operations, Reader
    from editor.storage import Workspace

    workspace = Workspace.open(sample_file)
    paper = Reader(workspace).document(2).papers[0]
    Operations(workspace).update_node("paper", paper.id, date="", decision_proposal="")
    workspace.close()
    result = cli("check", sample_file)
    assert result.returncode == 1
    assert "Beschlussvorlage B/18/0123 ist unvollständig: das Datum fehlt" in result.stdout
    assert "Beschlussvorlage B/18/0123 ist unvollständig: der Beschlussvorschlag fehlt" in result.stdout


def test_export_docx_reports_what_it_added_to_the_template(sample_file, tmp_path, cli):
    template = tmp_path / "ohne Seitenzahl.docx"
    docx.Document().save(str(template))
    result = cli("export-docx", sample_file, "--template", template, "-o", tmp_path / "s.docx")
    assert result.returncode == 0, result.stderr
    assert "Hinweis: Die Word-Vorlage „ohne Seitenzahl.docx“ hat keine Seitenzahlen" in result.stderr
