"""The Word benchmark's document builder still works (the benchmark itself runs via make bench)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from editor.domain.tree import count
from editor.services.sample import sample_source
from exports.docx_check import check_docx
from exports.docx_export import export_strategie

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_docx.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_docx", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_document_exports_cleanly(tmp_path: Path) -> None:
    bench = _bench()
    sections = bench.build_sections(60)
    assert count(sections) == 60
    markdown = bench.as_markdown("Titel", sections)
    assert markdown.count("\n# ") + markdown.startswith("# ") >= 2
    source = sample_source(0)
    source.document.sections = sections
    out = tmp_path / "bench.docx"
    export_strategie(source, out)
    assert check_docx(out) == []
