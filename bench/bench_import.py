"""Benchmark: importing a 2 MB wiki page as a whole process, against pandoc reading it.

Run from the repository root::

    .venv/bin/python bench/bench_import.py [--size 2097152] [--runs 3]

Builds one Konzept page of MediaWiki's maximum article size (2 MB) in the city wiki's
styles: the infobox and Themenfeld block, then chapters and sub-sections with
paragraphs of bold, italic, internal and external links and thousands of ``<ref>``
(named and repeated ones too), bullet and numbered lists, and tables; goals, papers,
links and categories at the end.

Timed wall-clock, best of ``--runs`` (after one warm-up, the two programs taking turns so
that both meet the same load), each as a whole process started as users start it:

- ours: ``strategie-editor import-wiki FILE PAGE.wiki`` into a fresh workspace (reading the page,
  building the document, writing it to the file, printing the report);
- pandoc: ``pandoc -f mediawiki -t commonmark PAGE.wiki`` (Debian's package).

Target: ours at most half of pandoc's time; without pandoc the benchmark fails. Then the import's own time (in this
process, without starting Python) at half and full size, and for odd inputs that made
the importer quadratic before (unclosed ``<ref>``, comments and tags, 100,000 infobox
parameters): each doubling must take about twice the time, not four times.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.services.sample import build_sample  # noqa: E402
from exports.markdown_ast import clear_cache  # noqa: E402
from exports.wiki_import import import_wiki  # noqa: E402

TARGET_RATIO = 0.5
"""Our whole import may take at most half of pandoc's time."""

GROWTH_LIMIT = 3.0
"""Doubling the input may at most triple the time (linear: 2, quadratic: 4)."""

HEAD = """{{Konzeption
|Räumlicher Geltungsbereich=Gesamtstadt
|Art=Konzept
|Zuständigkeit=Bereich 5-1 Stadtplanung
|Jahr der Veröffentlichung=2024
}}
==Themenfeld(er)==
Das Konzept hat Bezug zu folgenden Themenfeldern aus dem integrierten Stadtentwicklungsprozess (iSTEP):
{|
![[Datei:Mobilität.png|rahmenlos|120x120px|link=Mobilität|alternativtext=Themenfeld Mobilität]]
![[Datei:Wohnen.png|rahmenlos|120x120px|link=Wohnen|alternativtext=Themenfeld Wohnen]]
|}

"""

TAIL = """==Im Konzept formulierte Ziele==
* Den Umweltverbund stärken
** Radverkehrsanteil erhöhen
* Wohnraum schaffen

==Politische Beschlusslage==
* Vorlage - B/17/0815 (Allris): "Grundsatzbeschluss"

==Weiterführende Links & Downloads==
* [https://www.oberhausen.de/ Stadt Oberhausen]

==Einzelnachweise==
<references />

[[Kategorie:Konzept]]
[[Kategorie:Mobilität]]
[[Kategorie:Wohnen]]
"""


def block(n: int) -> str:
    """Return one piece of a long section; the kind varies with ``n``."""
    if n % 40 == 1:
        return f"==Kapitel {n // 40 + 1}: Handlungsfeld {n}==\n"
    if n % 8 == 1:
        return f"===Abschnitt {n}===\n"
    kind = n % 5
    if kind == 0:
        return (
            f"* Maßnahme {n} mit '''hoher Priorität''' im [[Mobilität|Themenfeld Mobilität]]"
            f"<ref>Maßnahmenblatt {n}, S. {n % 300}</ref>\n"
            "** Umsetzung durch ''Bereich 5-6''\n"
            f"# Schritt {n}: Bestand aufnehmen\n# Schritt {n + 1}: Beteiligung\n\n"
        )
    if kind == 1:
        return (
            '{| class="wikitable"\n! Maßnahme !! Zeitraum !! Kosten\n'
            f"|-\n| Mobilstation {n} || 2026–2027 || {n * 100} €\n"
            f'|-\n| Sensoren || 2027 || 40.000 €<ref name="t{n}">Haushaltsplan 2026, Teil {n}</ref>\n|}}\n\n'
        )
    return (
        f"Die Stadt verfolgt im Handlungsfeld {n} '''drei Ziele''': Sie will ''Angebote bündeln'', Wege "
        f"verkürzen und die [https://www.oberhausen.de/beteiligung/{n} Beteiligung] stärken.<ref>Bericht "
        f"{n}, Stadt Oberhausen 2023</ref> Grundlage sind die Ergebnisse der [[Smart City Strategie|Strategie]] "
        f'und der Bürgerwerkstätten.<ref name="r{n % 50}">Dokumentation der Werkstätten</ref>\n\n'
    )


def page(size: int) -> str:
    """Return a Konzept page of about ``size`` bytes (UTF-8)."""
    parts = [HEAD]
    total = len(HEAD.encode()) + len(TAIL.encode())
    n = 0
    while True:
        n += 1
        piece = block(n)
        if total + len(piece.encode()) > size:
            break
        parts.append(piece)
        total += len(piece.encode())
    parts.append(TAIL)
    return "".join(parts)


def cpu_time(text: str) -> float:
    """Return the processor time of one import of ``text`` in this process (best of two)."""
    catalogue = build_sample()[0]
    times: list[float] = []
    for _ in range(2):
        clear_cache()  # no Markdown tree from the run before
        start = time.process_time()
        import_wiki(text, catalogue)
        times.append(time.process_time() - start)
    return min(times)


ODD_INPUTS: dict[str, Callable[[int], str]] = {
    "offene <ref>": lambda n: "==K==\n" + "<ref>Quelle " * n,
    "offene Kommentare": lambda n: "<!-- " * (10 * n),
    "offene Tags": lambda n: "==K==\n" + '<div><span title="' * n,
    "offene Links": lambda n: "==K==\n" + "[http://example.org/ " * n,
    "Infobox-Parameter": lambda n: "{{Konzeption\n" + "".join(f"|p{i}=Wert\n" for i in range(5 * n)) + "}}",
    "Einzelnachweise": lambda n: "==K==\n" + "Wort<ref>Quelle</ref> " * (2 * n),
}


def our_program() -> list[str]:
    """Return how users start the installed program: the console script of this environment."""
    script = Path(sys.executable).with_name("strategie-editor")
    return [str(script)] if script.exists() else [sys.executable, str(ROOT / "main.py")]


def main() -> int:
    """Time both programs on the page and the growth on odd inputs; exit 1 on a missed target or without pandoc."""
    parser = argparse.ArgumentParser(description="Wiki-Import gegen pandoc -f mediawiki messen")
    parser.add_argument("--size", type=int, default=2 * 1024 * 1024, help="Größe der Seite in Bytes")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("pandoc fehlt (apt-get install -y pandoc): ohne Vergleich kein Ergebnis.", file=sys.stderr)
        return 1
    text = page(args.size)
    refs = text.count("<ref")
    program = our_program()
    ours: list[float] = []
    theirs: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "Seite.wiki"
        path.write_text(text, encoding="utf-8")

        def import_once(n: int) -> float:
            workspace = Path(tmp) / f"w{n}.strategie"
            subprocess.run([*program, "new", str(workspace)], check=True, capture_output=True)
            started = time.perf_counter()
            subprocess.run([*program, "import-wiki", str(workspace), str(path)], check=True, capture_output=True)
            return time.perf_counter() - started

        def pandoc_once() -> float:
            started = time.perf_counter()
            subprocess.run([pandoc, "-f", "mediawiki", "-t", "commonmark", str(path)], check=True, capture_output=True)
            return time.perf_counter() - started

        import_once(0)  # warm-up: both read their programs from disk once
        pandoc_once()
        for n in range(1, args.runs + 1):  # interleaved, so that both meet the same load
            ours.append(import_once(n))
            theirs.append(pandoc_once())
    our_time, their_time = min(ours), min(theirs)
    ratio = our_time / their_time
    ok = ratio <= TARGET_RATIO

    print(
        f"Wiki-Import einer Seite von {len(text.encode()) / 1024 / 1024:.1f} MB ({refs:,} <ref>, "
        f"{text.count(chr(10)):,} Zeilen), ganzer Prozess, bester von {args.runs} Läufen (abwechselnd)"
    )
    print()
    print(f"{'strategie-editor import-wiki':36} {our_time:>7.2f} s")
    print(f"{'pandoc -f mediawiki -t commonmark':36} {their_time:>7.2f} s")
    print()
    print(f"Unser Import braucht {ratio:.2f} der Zeit von pandoc (Ziel: höchstens {TARGET_RATIO:.2f}).")
    if not ok:
        print("Ziel NICHT erreicht.")

    print()
    print("Wachstum (Prozessorzeit des Imports allein, doppelte Eingabe; linear: 2, quadratisch: 4)")
    half, full = cpu_time(page(args.size // 2)), cpu_time(text)
    rows = [("Seite 1 MB → 2 MB", half, full)]
    for name, make in ODD_INPUTS.items():
        rows.append((name, cpu_time(make(10000)), cpu_time(make(20000))))
    for name, small, large in rows:
        growth = large / small if small > 0 else 0.0
        verdict = "" if growth <= GROWTH_LIMIT else "  ZU STARK"
        print(f"  {name:28} {small:>6.2f} s → {large:>6.2f} s   ×{growth:.1f}{verdict}")
        ok = ok and growth <= GROWTH_LIMIT
    print()
    print("Ziele erreicht." if ok else "Mindestens ein Ziel NICHT erreicht.")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
