"""import-wiki of untidy pages: what cannot be placed is a note that check names and export never writes."""

from __future__ import annotations

from pathlib import Path

PAGES = Path(__file__).resolve().parents[1] / "exports" / "wiki_pages"


def test_notes_from_an_import_are_findings_of_check_and_never_published(sample_file, cli):
    imported = cli("import-wiki", sample_file, PAGES / "unordentliche-seite.wiki")
    assert imported.returncode == 0, imported.stderr
    new_id = imported.stdout.splitlines()[0]
    assert "Unbekannt.png" in imported.stdout and "steht als Hinweis im Dokument" in imported.stdout

    check = cli("check", sample_file, "--document", new_id)
    assert check.returncode == 1
    assert "Offener Hinweis: Aus „Themenfeld(er)“: Ein Themenfeld-Symbol" in check.stdout

    exported = cli("export-wiki", sample_file, "--document", new_id)
    assert exported.returncode == 0
    assert "Unbekannt.png" not in exported.stdout and "Hinweis" not in exported.stdout
    assert "}}\nDiese Seite wird gerade überarbeitet.\n" in exported.stdout
    assert "[[Kategorie:Digitalisierung]]" in exported.stdout

    shown = cli("show", sample_file, "--document", new_id)
    assert "Hinweis: Aus „Themenfeld(er)“" in shown.stdout
    assert "Text vor dem ersten Abschnitt:\n    Diese Seite wird gerade überarbeitet." in shown.stdout


def test_a_page_of_mediawikis_maximum_size_imports_with_a_short_report(sample_file, tmp_path, cli):
    block = "Die Stadt plant '''viel'''.<ref>Quelle</ref> Mehr im [[Stadtteilportal]].\n\n"
    page = tmp_path / "gross.wiki"
    page.write_text("==Kurzbeschreibung==\n" + block * (2 * 1024 * 1024 // len(block.encode()) - 1), "utf-8")
    result = cli("import-wiki", sample_file, page)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) < 15
    assert "Einzelnachweis(e) (<ref>) in Klammern" in result.stdout
