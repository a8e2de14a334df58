"""The exported page as Chromium renders and prints it (headless): the print stylesheet does its work."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from editor.services.sample import sample_source
from exports.html_export import export_html
from tests.exports.html_checker import chromium
from tests.exports.test_html_export import HOSTILE, hostile_source

STAND = dt.date(2026, 11, 26)

pytestmark = [pytest.mark.needs("chromium"), pytest.mark.needs("pdftotext")]


def print_to_text(page: str, folder: Path) -> tuple[str, int]:
    """Print ``page`` to PDF with Chromium; return the PDF's text and its number of pages."""
    source = folder / "seite.html"
    source.write_text(page, encoding="utf-8")
    pdf = folder / "seite.pdf"
    command = chromium(folder, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.as_uri())
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert pdf.is_file() and pdf.stat().st_size > 0, done.stderr[-2000:]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text, text.count("\f")


def test_printed_page_shows_the_document_with_addresses_and_without_the_skip_link(tmp_path: Path) -> None:
    text, pages = print_to_text(export_html(sample_source(1), stand=STAND), tmp_path)
    assert pages >= 2  # the table of contents stands on a page of its own
    assert "Beispielkonzept Digitale Quartiere" in text
    assert "Tabelle 2: Indikatoren" in text and "Mobilitätsstationen in Betrieb" in text
    assert "(https://www.oberhausen.de" in text  # the print stylesheet writes a link's address after it
    assert "Zum Text springen" not in text


def test_printed_hostile_page_shows_the_text_as_typed(tmp_path: Path) -> None:
    text, _ = print_to_text(export_html(hostile_source(), stand=STAND), tmp_path)
    flat = " ".join(text.split())
    assert '<script>alert("x")</script> | }} {{Konzeption}} [[Seite]] &amp; &lt; ÄÖÜäöüß €' in flat
    assert HOSTILE.split(" == ")[0] in flat
