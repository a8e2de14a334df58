"""The html5lib accessibility checker finds each problem it looks for (so its silence means something)."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.services.sample import sample_source
from exports.html_export import export_html
from tests.exports.html_checker import check, main


@pytest.fixture(scope="module")
def page() -> str:
    return export_html(sample_source(1), stand=dt.date(2026, 11, 26))


def rules(page: str) -> set[str]:
    return {finding.rule for finding in check(page)}


def test_the_unchanged_page_has_no_findings(page: str) -> None:
    assert check(page) == []


@pytest.mark.parametrize(
    ("old", "new", "rule"),
    [
        ('<html lang="de">', "<html>", "html-has-lang"),
        ('<html lang="de">', '<html lang="deutsch!">', "valid-lang"),
        ("<title>Beispielkonzept Digitale Quartiere</title>", "<title> </title>", "document-title"),
        ("initial-scale=1", "initial-scale=1, user-scalable=no", "meta-viewport"),
        ('<main id="inhalt">', '<main id="inhalt"></main><main>', "landmark-one-main"),
        ("</footer>", "</footer><footer>zweiter</footer>", "landmark-no-duplicate-contentinfo"),
        ("<header>", "<header>x</header><header>", "landmark-no-duplicate-banner"),
        ("<footer>", "<p>lose</p><footer>", "region"),
        ('<nav aria-labelledby="inhaltsverzeichnis">', "<nav>", "landmark-unique"),
        ('<h2 id="steckbrief">Steckbrief</h2>', '<h4 id="steckbrief">Steckbrief</h4>', "heading-order"),
        ('<h2 id="steckbrief">Steckbrief</h2>', '<h2 id="steckbrief"> </h2>', "empty-heading"),
        ("<header>", "<header><h1>Zweite Hauptüberschrift</h1>", "page-has-heading-one"),
        (' alt=""', "", "image-alt"),
        ('<a href="#steckbrief">Steckbrief</a>', '<a href="#steckbrief"> </a>', "link-name"),
        ('<a href="#steckbrief">', '<a href="#gibt-es-nicht">', "link-target"),
        ("<caption>Tabelle 1: Eckdaten</caption>", "", "table-caption"),
        ('<th scope="col">Merkmal</th>', "<th>Merkmal</th>", "th-has-scope"),
        ('<th scope="col">Merkmal</th>', '<th scope="col"></th>', "empty-table-header"),
        ('<ul class="themenfelder">', '<ul class="themenfelder"><div>x</div>', "list"),
        ("<p>Beschlussvorschlag:</p>", "<p><li>lose</li></p>", "listitem"),
        ('id="synergien"', 'id="steckbrief"', "duplicate-id"),
        ('aria-labelledby="inhaltsverzeichnis"', 'aria-labelledby="fehlt"', "aria-valid-ref"),
        ("</main>", "<script>alert(1)</script></main>", "self-contained"),
        ("<h2 id=", "<h2 onclick='x()' id=", "self-contained"),
        ('src="data:image/png;base64,', 'src="https://example.org/x.png?', "self-contained"),
        ("</main>", "<p>a</b></p></main>", "parse-error"),
    ],
)
def test_the_checker_finds(page: str, old: str, new: str, rule: str) -> None:
    assert old in page
    assert rule in rules(page.replace(old, new, 1))


def test_checker_runs_as_a_script_with_exit_status(page: str, tmp_path, capsys) -> None:
    good = tmp_path / "gut.html"
    good.write_text(page, encoding="utf-8")
    bad = tmp_path / "schlecht.html"
    bad.write_text(page.replace(' alt=""', ""), encoding="utf-8")
    assert main([str(good)]) == 0
    assert main([str(good), str(bad)]) == 1
    assert "image-alt" in capsys.readouterr().out
