"""Benchmark: wiki export of a 2,000-section document against pandoc on the same Markdown.

Run from the repository root::

    .venv/bin/python bench/bench_wiki.py [--sections 2000] [--runs 5]

Builds one document with 2,000 sections (nested three levels deep) whose bodies hold
realistic Markdown: paragraphs with bold, italic and links, nested bullet and numbered
lists, and tables. Our exporter turns the whole document into wiki text; pandoc
(``pandoc -f markdown -t mediawiki``, Debian's package) converts the same sections
written as one Markdown file. Both are timed wall-clock, best of ``--runs``; pandoc's
time includes starting the program, as a user would run it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.domain.model import Document, ExportSource, Section
from editor.domain.sample import build_sample
from exports.markdown_ast import clear_cache
from exports.wiki import export_wiki

TARGET_RATIO = 10.0
"""Our export should take less than a tenth of pandoc's time."""


def body(n: int) -> str:
    """Return a realistic Markdown section body; the kind varies with ``n``."""
    intro = (
        f"Die Stadt verfolgt im Handlungsfeld {n} **drei Ziele**: Sie will *Angebote bündeln*, "
        f"Wege verkürzen und die [Beteiligung](https://www.oberhausen.de/beteiligung/{n}) stärken. "
        "Grundlage sind die Ergebnisse der Bürgerwerkstätten und der Smart City Strategie."
    )
    kind = n % 4
    if kind == 0:
        return (
            f"{intro}\n\n- Mobilitätsstationen an **Knotenpunkten**\n    - mit Leihrädern\n    - mit Ladesäulen\n"
            "- Sensoren für das *Stadtklima*\n- Ein [Quartiersportal](https://example.org/portal)\n\n"
            "Weitere Schritte folgen nach der Auswertung."
        )
    if kind == 1:
        return (
            f"{intro}\n\n1. Bestand aufnehmen\n2. Ziele abstimmen\n    1. mit der Politik\n    2. mit den Bürgern\n"
            "3. Maßnahmen umsetzen"
        )
    if kind == 2:
        return (
            f"{intro}\n\n| Maßnahme | Zeitraum | Kosten |\n| --- | --- | --- |\n"
            f"| Stationen | 2026–2027 | {n * 1000} € |\n| Sensoren | 2026 | 40.000 € |\n| Portal | 2027 | 25.000 € |"
        )
    return f"{intro}\n\nDer Rat hat das Konzept am 12. Mai beschlossen.  \nDie Umsetzung beginnt im *Herbst*."


def build_document(count: int) -> Document:
    """Return a document with ``count`` sections: chapters with sub-sections and sub-sub-sections."""
    sections: list[Section] = []
    made = 0
    chapter = 0
    while made < count:
        chapter += 1
        top = Section(f"Kapitel {chapter}", body(made))
        made += 1
        for sub in range(1, 4):
            if made >= count:
                break
            child = Section(f"Abschnitt {chapter}.{sub}", body(made))
            made += 1
            for leaf in range(1, 3):
                if made >= count:
                    break
                child.children.append(Section(f"Unterabschnitt {chapter}.{sub}.{leaf}", body(made)))
                made += 1
            top.children.append(child)
        sections.append(top)
    return Document(title="Benchmark", art="Konzept", scope="Gesamtstadt", year="2026", sections=sections)


def as_markdown(sections: list[Section], level: int = 1) -> list[str]:
    """Return the sections as one Markdown text (ATX headings by depth), as pandoc reads it."""
    parts: list[str] = []
    for section in sections:
        parts.append("#" * level + " " + section.title)
        if section.body:
            parts.append(section.body)
        parts.extend(as_markdown(section.children, level + 1))
    return parts


def best_of(runs: int, action: Callable[[], object]) -> float:
    """Return the shortest wall-clock time of ``runs`` calls of ``action``."""
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    """Run both exports, print the side-by-side table; exit 1 if the cold target is missed."""
    parser = argparse.ArgumentParser(description="Wiki-Export gegen pandoc -t mediawiki messen")
    parser.add_argument("--sections", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    catalogue, _ = build_sample()
    doc = build_document(args.sections)
    source = ExportSource(doc, catalogue, {})
    markdown_text = "\n\n".join(as_markdown(doc.sections)) + "\n"

    wiki_text = export_wiki(source)  # warm-up: imports, building the Markdown parser

    def cold() -> None:
        clear_cache()  # every body parsed again, as on the first export of a file
        export_wiki(source)

    ours = best_of(args.runs, cold)
    # The preview exports the whole page again after each edit; unchanged bodies come from the cache.
    warm = best_of(args.runs, lambda: export_wiki(source))

    pandoc = shutil.which("pandoc")
    theirs: float | None = None
    pandoc_chars = 0
    if pandoc is not None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.md"
            path.write_text(markdown_text, encoding="utf-8")

            def run_pandoc() -> None:
                nonlocal pandoc_chars
                done = subprocess.run(
                    [pandoc, "-f", "markdown", "-t", "mediawiki", str(path)],
                    check=True,
                    capture_output=True,
                    text=True,
                )
                pandoc_chars = len(done.stdout)

            theirs = best_of(args.runs, run_pandoc)

    print(
        f"Wiki-Export, {args.sections} Abschnitte, {len(markdown_text):,} Zeichen Markdown, bester von {args.runs} Läufen"
    )
    print()
    print(f"{'':28} {'Zeit':>10} {'Ausgabe':>14}")
    print(f"{'Strategie-Editor, kalt':28} {ours * 1000:>8.0f} ms {len(wiki_text):>12,} Z")
    print(f"{'Strategie-Editor, Vorschau':28} {warm * 1000:>8.0f} ms {len(wiki_text):>12,} Z")
    if theirs is None:
        print(f"{'pandoc -t mediawiki':28} {'fehlt':>10}")
        print("\npandoc ist nicht installiert (apt-get install -y pandoc); kein Vergleich.")
        return 0
    print(f"{'pandoc -t mediawiki':28} {theirs * 1000:>8.0f} ms {pandoc_chars:>12,} Z")
    ratio = theirs / ours
    print()
    print(f"pandoc braucht das {ratio:.1f}-fache unseres kalten Exports (Ziel: mehr als {TARGET_RATIO:.0f}-fach)")
    print(f"pandoc braucht das {theirs / warm:.1f}-fache unseres Vorschau-Exports (Markdown-Bäume im Cache)")
    print("Ziel erreicht." if ratio > TARGET_RATIO else "Ziel für den kalten Export NICHT erreicht.")
    return 0 if ratio > TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
