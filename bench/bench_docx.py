"""Benchmark: the Word export of a 2,000-section strategy (about 450 pages) against pandoc.

Builds one large document with realistic Markdown bodies (paragraphs with bold,
italic and links, bullet and numbered lists, tables, body headings), exports it with
``export_strategie`` and converts the same content, written as one Markdown file,
with ``pandoc -f markdown -t docx``. Prints both times side by side; the target is
that ours takes at most half of pandoc's time.

    python bench/bench_docx.py [--sections 2000] [--repeat 3] [--pdf] [--profile]

``--pdf`` also converts our output with LibreOffice and prints the page count;
``--profile`` prints the top of a cProfile run of our export.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.domain.model import Section  # noqa: E402
from editor.domain.tree import walk  # noqa: E402
from editor.services.sample import sample_source  # noqa: E402
from exports.docx_export import export_strategie  # noqa: E402

WORDS = [
    "Stadtentwicklung",
    "Quartier",
    "Digitalisierung",
    "Beteiligung",
    "Mobilität",
    "Klimaanpassung",
    "Verwaltung",
    "Infrastruktur",
    "Förderung",
    "Bürgerinnen",
    "Bürger",
    "Konzept",
    "Umsetzung",
    "Maßnahme",
    "Ziel",
    "Netzwerk",
    "Daten",
    "nachhaltig",
    "gemeinwohlorientiert",
    "integriert",
    "barrierefrei",
    "kooperativ",
    "schrittweise",
    "gemeinsam",
    "werden",
    "die",
    "der",
    "und",
    "mit",
    "für",
    "im",
    "auf",
    "durch",
    "eine",
    "einen",
    "zur",
    "zum",
    "sowie",
    "bis",
    "2030",
    "weitere",
    "neue",
]


def _sentence(seed: int, length: int) -> str:
    words = [WORDS[(seed * 7 + i * 13) % len(WORDS)] for i in range(length)]
    return " ".join(words).capitalize() + "."


def body(n: int) -> str:
    """Return a realistic Markdown body (about 65 words) for section ``n``."""
    parts = [
        f"{_sentence(n, 10)} Die **{WORDS[n % len(WORDS)]}** ist *zentral* für das Vorhaben; "
        f"mehr unter [oberhausen.de](https://www.oberhausen.de/seite/{n}). {_sentence(n + 1, 12)}",
        _sentence(n + 2, 8),
    ]
    kind = n % 5
    if kind == 0:
        parts.append("\n".join(f"- {_sentence(n + i, 7)}" for i in range(3)))
    elif kind == 1:
        parts.append("\n".join(f"{i + 1}. {_sentence(n + i, 9)}" for i in range(3)))
    elif kind == 2 and n % 10 == 2:
        rows = "\n".join(f"| {_sentence(n + i, 3)} | {i * 17 + n % 9} | {2025 + i} |" for i in range(4))
        parts.append(f"| Kennzahl | Wert | Jahr |\n| --- | --- | --- |\n{rows}")
    elif kind == 3:
        parts.append(f"#### Hinweis\n\n{_sentence(n + 5, 15)}")
    return "\n\n".join(parts)


def build_sections(count: int) -> list[Section]:
    """Return ``count`` sections: chapters of 7 sections of 6 subsections each."""
    sections: list[Section] = []
    n = 0
    while n < count:
        chapter = Section(title=f"Kapitel {len(sections) + 1}: {_sentence(n, 3)[:-1]}", body=body(n))
        sections.append(chapter)
        n += 1
        for i in range(7):
            if n >= count:
                break
            child = Section(title=f"Abschnitt {i + 1}: {_sentence(n, 4)[:-1]}", body=body(n))
            chapter.children.append(child)
            n += 1
            for j in range(6):
                if n >= count:
                    break
                child.children.append(Section(title=f"Unterabschnitt {j + 1}: {_sentence(n, 3)[:-1]}", body=body(n)))
                n += 1
    return sections


def _shift_headings(text: str, by: int) -> str:
    return re.sub(r"^(#{1,6}) ", lambda m: "#" * min(6, len(m.group(1)) + by) + " ", text, flags=re.MULTILINE)


def as_markdown(title: str, sections: list[Section]) -> str:
    """Return the same content as one Markdown file for pandoc."""
    out = [f"% {title}\n"]
    for section, depth in walk(sections):
        out.append(f"{'#' * (depth + 1)} {section.title}\n\n{_shift_headings(section.body, depth + 1)}\n")
    return "\n".join(out)


def spreadsheet(size: int) -> str:
    """Return a Markdown table of about ``size`` bytes, as a pasted spreadsheet gives."""
    lines = ["| Nr. | Straße | Bezirk | Jahr | Betrag |", "| --- | --- | --- | --- | --- |"]
    total, n = 0, 0
    while total < size:
        line = f"| {n} | Musterstraße {n % 300} | Alt-Oberhausen | {2020 + n % 7} | {n * 37 % 9999},00 € |"
        lines.append(line)
        total += len(line) + 1
        n += 1
    return "\n".join(lines)


def _best(times: list[float]) -> float:
    return min(times)


TARGET_RATIO = 0.5
"""Our export may take at most half of pandoc's time."""
TABLE_TARGET = 5.0
"""Seconds for one section holding a pasted 1 MB spreadsheet (the export stays linear)."""


def main() -> int:
    """Run the benchmark and print the comparison; exit 1 if the target is missed or pandoc is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sections", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", action="store_true", help="Seitenzahl mit LibreOffice bestimmen")
    parser.add_argument("--profile", action="store_true", help="cProfile unseres Exports ausgeben")
    args = parser.parse_args()

    if not shutil.which("pandoc"):
        print("pandoc fehlt (apt-get install -y pandoc): ohne Vergleich kein Ergebnis.", file=sys.stderr)
        return 1
    source = sample_source(0)
    source.document.sections = build_sections(args.sections)
    markdown_text = as_markdown(source.document.title, source.document.sections)
    words = len(markdown_text.split())

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        ours_path = work / "ours.docx"
        ours: list[float] = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            export_strategie(source, ours_path)
            ours.append(time.perf_counter() - start)

        pandoc: list[float] = []
        md_path = work / "same.md"
        md_path.write_text(markdown_text, encoding="utf-8")
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run(
                ["pandoc", "-f", "markdown", "-t", "docx", "-o", str(work / "pandoc.docx"), str(md_path)],
                check=True,
            )
            pandoc.append(time.perf_counter() - start)

        ratio = _best(ours) / _best(pandoc)
        print(f"Word-Export, {args.sections} Abschnitte, {words} Wörter Markdown, bestes von {args.repeat} Läufen:")
        print(
            f"  Strategie-Editor, im Prozess (export_strategie, Import schon geladen): {_best(ours):6.2f} s"
            f"   ({ours_path.stat().st_size // 1024} KiB)"
        )
        print(f"  pandoc -f markdown -t docx, ganzer Prozess:                            {_best(pandoc):6.2f} s")
        verdict = "erreicht" if ratio <= TARGET_RATIO else "NICHT erreicht"
        print(f"  Verhältnis unserer/pandoc: {ratio:.2f} (Ziel ≤ {TARGET_RATIO:.2f}: {verdict})".replace(".", ","))

        # One section holding a pasted spreadsheet: export time must grow linearly with it.
        table_source = sample_source(0)
        table_source.document.sections = [Section(title="Tabelle", body=spreadsheet(1024 * 1024))]
        start = time.perf_counter()
        export_strategie(table_source, work / "table.docx")
        table_time = time.perf_counter() - start
        verdict = "erreicht" if table_time < TABLE_TARGET else "NICHT erreicht"
        print(f"  Eine Tabelle von 1 MB in einem Abschnitt, im Prozess: {table_time:6.2f} s (Ziel < 5 s: {verdict})")

        if args.pdf and shutil.which("soffice"):
            profile = work / "profile"
            subprocess.run(
                ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--infilter=MS Word 2007 XML",
                 "--convert-to", "pdf", "--outdir", str(work), str(ours_path)],
                check=False, capture_output=True, timeout=900,
            )  # fmt: skip
            pdf = work / "ours.pdf"
            if pdf.exists() and shutil.which("pdfinfo"):
                info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
                match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
                print(f"  Seiten (LibreOffice): {match.group(1) if match else '?'}")

        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            export_strategie(source, ours_path)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0 if ratio <= TARGET_RATIO and table_time < TABLE_TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
