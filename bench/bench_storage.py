"""Storage benchmark: a large workspace (100 documents, 20,000 sections, 5,000 goals).

Prints the time to open the file and list its documents, to load one document's
trees, to apply 1,000 single-field edits (each its own durable transaction) and to
search, next to the targets. Run with ``make bench`` or ``python bench/bench_storage.py``.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.domain.model import Document, Goal, Indicator, Section
from editor.services import Operations, Reader, new_workspace
from editor.storage import Workspace

DOCUMENTS, SECTIONS, GOALS = 100, 20_000, 5_000
STEMS = [
    "Quartier",
    "Mobilität",
    "Klima",
    "Beteiligung",
    "Rad",
    "Grün",
    "Wohn",
    "Bildung",
    "Gesundheit",
    "Innen",
    "Förder",
    "Verwaltung",
    "Daten",
    "Barriere",
    "Versorgung",
    "Bahn",
    "Schul",
    "Kultur",
    "Sport",
    "Wasser",
    "Energie",
    "Hitze",
    "Park",
    "Platz",
    "Brücke",
    "Markt",
    "Arbeit",
    "Jugend",
]
ENDINGS = [
    "anpassung",
    "konzept",
    "fläche",
    "raum",
    "netz",
    "plan",
    "stelle",
    "bereich",
    "entwicklung",
    "förderung",
    "schutz",
    "angebot",
]
# About 340 words with a Zipf-like frequency, as in real prose; one rare word marks 0.2 % of the texts.
WORDS = [stem.lower() if i % 3 else stem for i, stem in enumerate(STEMS)] + [f"{s}{e}" for s in STEMS for e in ENDINGS]
WEIGHTS = [1 / (rank + 1) for rank in range(len(WORDS))]
RARE = "Datensouveränität"


def paragraph(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choices(WORDS, WEIGHTS, k=words))
    return f"{text} {RARE}." if rng.random() < 0.002 else f"{text}."


def large_document(rng: random.Random, n: int) -> Document:
    per_doc_sections = SECTIONS // DOCUMENTS
    per_doc_goals = GOALS // DOCUMENTS
    sections: list[Section] = []
    for i in range(per_doc_sections // 4):
        children = [
            Section(
                f"Unterabschnitt {i}.{j}", f"{paragraph(rng, 60)}\n\n- {paragraph(rng, 8)}\n- **{paragraph(rng, 5)}**"
            )
            for j in range(3)
        ]
        sections.append(Section(f"Abschnitt {i}", paragraph(rng, 120), children))
    goals: list[Goal] = []
    for i in range(per_doc_goals // 5):
        children = [
            Goal(f"Handlungsziel {i}.{j} {paragraph(rng, 6)}", owner="Bereich 5-1", status="offen") for j in range(4)
        ]
        goals.append(
            Goal(
                f"Leitziel {i} {paragraph(rng, 6)}",
                indicators=[Indicator("Anzahl", "Stück", "0", "10", "2030")],
                children=children,
            )
        )
    return Document(
        title=f"Konzept {n}",
        wiki_title=f"Konzept {n}",
        scope="Gesamtstadt",
        responsible="Bereich 5-1 Stadtplanung",
        year="2026",
        sections=sections,
        goals=goals,
    )


def build(path: Path) -> None:
    rng = random.Random(7)
    workspace = new_workspace(path)
    ops = Operations(workspace)
    for n in range(DOCUMENTS):
        ops.insert_document(large_document(rng, n))
    workspace.close()


def timed(func, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    """Build the large file, measure, print the table; exit 1 if a target is missed."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gross.strategie"
        start = time.perf_counter()
        build(path)
        build_time = time.perf_counter() - start
        size = path.stat().st_size / 1e6

        def open_and_list() -> None:
            ws = Workspace.open(path)
            Reader(ws).documents()
            ws.close()

        open_list = timed(open_and_list)
        workspace = Workspace.open(path)
        reader = Reader(workspace)
        doc_id = reader.documents()[50].id
        load = timed(lambda: reader.document(doc_id))
        sections = [int(r[0]) for r in workspace.db.execute("SELECT id FROM section WHERE document_id = ?", [doc_id])]
        ops = Operations(workspace)
        edits: list[float] = []
        for i in range(1000):
            start = time.perf_counter()
            ops.update_node("section", sections[i % len(sections)], title=f"Geänderter Titel {i}")
            edits.append(time.perf_counter() - start)
        search = timed(lambda: reader.search(RARE))
        hits = len(reader.search(RARE))
        common = timed(lambda: reader.search(WORDS[0]))
        workspace.close()

    count = f"{DOCUMENTS} Dokumente, {SECTIONS:_} Abschnitte, {GOALS:_} Ziele".replace("_", ".")
    print(f"Speicher-Benchmark: {count}; Datei {size:.1f} MB, aufgebaut in {build_time:.1f} s")
    print("Alle Zeiten im Prozess (Module geladen), warmer Dateicache; Öffnen, Laden, Suchen: bester von 5.")
    print(f"{'Messung':<44}{'gemessen':>12}{'Ziel':>12}")
    rows: list[tuple[str, float, float | None]] = [
        ("Öffnen + Dokumentliste", open_list * 1000, 200),
        ("Ein Dokument mit allen Bäumen laden", load * 1000, None),
        ("1.000 Einzeländerungen: Median", statistics.median(edits) * 1000, 10),
        ("1.000 Einzeländerungen: 95. Perzentil", statistics.quantiles(edits, n=20)[-1] * 1000, None),
        (f"Volltextsuche, ein Fachbegriff ({hits} Treffer)", search * 1000, 50),
        ("Volltextsuche, häufigstes Wort (200 von allen)", common * 1000, None),
    ]
    missed = [label for label, value, target in rows if target is not None and value >= target]
    for label, value, target in rows:
        goal = f"< {target:.0f} ms" if target is not None else ""
        flag = "  VERFEHLT" if label in missed else ""
        number = f"{value:>9.1f}".replace(".", ",")
        print(f"{label:<44}{number} ms{goal:>12}{flag}")
    print("Ziele NICHT erreicht." if missed else "Alle Ziele erreicht.")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
