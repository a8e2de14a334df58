"""Golden files for the Word export: every XML part, pretty-printed, timestamps and rsids masked.

On a mismatch the test prints a unified diff and keeps the actual parts under
``tests/_actual/docx/``; ``pytest --update-goldens`` rewrites the golden files, so a
change in the output is reviewed as a diff of XML, never of zip bytes.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree  # pyright: ignore[reportAttributeAccessIssue, reportUnknownVariableType]

from editor.services.sample import sample_source
from exports.docx_export import export_strategie, export_vorlage

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden_docx"
ACTUAL = HERE.parent / "_actual" / "docx"
STAND = dt.date(2026, 11, 26)

_TIMESTAMP = re.compile(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")
_RSID = re.compile(r'\s+w:rsid\w*="[0-9A-Fa-f]+"')


def pretty(blob: bytes) -> str:
    """Return an XML part pretty-printed, with timestamps and rsids masked."""
    parser = etree.XMLParser(remove_blank_text=True)  # pyright: ignore[reportUnknownMemberType]
    root = etree.fromstring(blob, parser)  # pyright: ignore[reportUnknownMemberType]
    text = etree.tostring(root, pretty_print=True, encoding="unicode")  # pyright: ignore[reportUnknownMemberType]
    text = _TIMESTAMP.sub(r"\1MASKIERT\2", str(text))
    return _RSID.sub("", text)


def parts_of(path: Path) -> dict[str, str]:
    """Return every part of a .docx as comparable text (binary parts by size and hash)."""
    parts: dict[str, str] = {}
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            blob = archive.read(name)
            if name.endswith((".xml", ".rels")):
                parts[name] = pretty(blob)
            else:
                parts[name] = f"binär: {len(blob)} Bytes, sha256 {hashlib.sha256(blob).hexdigest()}\n"
    return parts


def _file_name(part: str) -> str:
    return part.replace("/", "__").replace("[", "").replace("]", "") + ".txt"


def _strategie(index: int) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        export_strategie(sample_source(index), path, stand=STAND)

    return write


def _vorlage(index: int) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        source = sample_source(index)
        paper_id = source.document.papers[0].id
        assert paper_id is not None
        export_vorlage(source, paper_id, path, stand=STAND)

    return write


CASES: dict[str, Callable[[Path], None]] = {
    "strategie-smart-city": _strategie(0),
    "strategie-digitale-quartiere": _strategie(1),
    "vorlage-digitale-quartiere": _vorlage(1),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_docx_parts_match_golden(case: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    out = tmp_path / f"{case}.docx"
    CASES[case](out)
    actual = {_file_name(name): text for name, text in parts_of(out).items()}
    golden_dir = GOLDEN / case
    if request.config.getoption("--update-goldens"):
        shutil.rmtree(golden_dir, ignore_errors=True)
        golden_dir.mkdir(parents=True)
        for name, text in actual.items():
            (golden_dir / name).write_text(text, encoding="utf-8")
        return
    expected = {p.name: p.read_text(encoding="utf-8") for p in sorted(golden_dir.glob("*.txt"))}
    if actual == expected:
        return
    actual_dir = ACTUAL / case
    shutil.rmtree(actual_dir, ignore_errors=True)
    actual_dir.mkdir(parents=True)
    for name, text in actual.items():
        (actual_dir / name).write_text(text, encoding="utf-8")
    diff: list[str] = []
    for name in sorted(set(actual) | set(expected)):
        if actual.get(name) != expected.get(name):
            diff += difflib.unified_diff(
                expected.get(name, "").splitlines(keepends=True),
                actual.get(name, "").splitlines(keepends=True),
                f"golden/{case}/{name}",
                f"actual/{case}/{name}",
            )
    shown = "".join(diff[:300])
    pytest.fail(
        f"Word-Ausgabe „{case}“ weicht von den Golden-Dateien ab (Ausgabe unter {actual_dir}; "
        f"mit --update-goldens übernehmen):\n{shown}",
        pytrace=False,
    )


def test_masking_removes_timestamps_and_rsids() -> None:
    core = (
        b'<cp:coreProperties xmlns:cp="urn:cp" xmlns:dcterms="http://purl.org/dc/terms/">'
        b"<dcterms:created>2026-01-01T00:00:00Z</dcterms:created></cp:coreProperties>"
    )
    assert "MASKIERT" in pretty(core) and "2026" not in pretty(core)
    p = b'<w:p xmlns:w="urn:w" w:rsidR="00AB12CD" w:rsidRDefault="00FF0000"><w:r/></w:p>'
    assert "rsid" not in pretty(p)
