"""Schema v2: bodies written by Qt's Markdown writer are brought to canonical form once, keeping a Fassung."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from editor.services import Operations, Reader
from editor.storage import Workspace
from editor.storage.schema import CANONICAL_BODIES_VERSION
from exports.markdown_ast import canonical_markdown, parse_markdown

V1_FILE = Path(__file__).parent / "data" / "v1.strategie"

# What QTextDocument.toMarkdown() wrote for real edits (PySide6 6.8–6.11): a line wrapped at
# 80 columns inside a paragraph, "**Untersucht **wurden" from a selection that took the
# blank, typed "*" unescaped, "&amp;" escaped for Qt's own reader.
QT_BODY = (
    "Die Stadt Oberhausen untersucht in diesem Konzept, wie die Gebäude der Innenstadt\n"
    "bis 2030 *saniert* werden können.\n\n"
    "**Untersucht **wurden 5 * 3 Quartiere, Forschung \\& Entwicklung.\n\n"
    "- Punkt eins\n  - Unterpunkt\n- Punkt zwei\n"
)


def _v1_copy_with_bodies(tmp_path: Path, bodies: dict[int, str]) -> Path:
    copy = tmp_path / "alt.strategie"
    shutil.copyfile(V1_FILE, copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        for section_id, body in bodies.items():
            conn.execute("UPDATE section SET body = ? WHERE id = ?", [body, section_id])
    return copy


def _sections(path: Path) -> dict[int, tuple[int, str]]:
    with sqlite3.connect(path) as conn:
        return {row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, document_id, body FROM section")}


def test_old_bodies_become_canonical_and_a_fassung_keeps_them(tmp_path: Path) -> None:
    path = _v1_copy_with_bodies(tmp_path, {1: QT_BODY})
    before = _sections(path)
    document_id = before[1][0]
    workspace = Workspace.open(path)
    after = _sections(path)
    body = after[1][1]
    assert body == canonical_markdown(QT_BODY)
    assert body.split("\n\n")[0] == (
        "Die Stadt Oberhausen untersucht in diesem Konzept, wie die Gebäude der Innenstadt bis 2030 *saniert* werden können."
    )  # one line: a later one-word edit changes one line
    assert "\\*\\*Untersucht \\*\\*wurden 5 \\* 3" in body  # what every reader showed: the stars as text
    assert parse_markdown(body)[1:] == parse_markdown(QT_BODY)[1:]  # the same text, the same formats
    # Every other body was canonical already: untouched.
    assert {k: v for k, v in after.items() if k != 1} == {k: v for k, v in before.items() if k != 1}
    ops = Operations(workspace)
    reader = Reader(workspace)
    assert [name for name, _ in reader.versions(document_id)] == [CANONICAL_BODIES_VERSION]
    assert reader.versions(next(d.id for d in reader.documents() if d.id != document_id)) == []
    kept = ops.version_rows(document_id, CANONICAL_BODIES_VERSION)
    assert next(row["body"] for row in kept["section"] if row["id"] == 1) == QT_BODY
    assert {hit.node_id for hit in reader.search("Innenstadt")} >= {1}
    ops.restore_version(document_id, CANONICAL_BODIES_VERSION)
    assert _sections(path)[1][1] == QT_BODY  # the old state comes back like any Fassung
    workspace.close()


def test_a_file_already_canonical_gets_no_fassung_and_keeps_its_bodies(tmp_path: Path) -> None:
    copy = tmp_path / "v1.strategie"
    shutil.copyfile(V1_FILE, copy)
    before = _sections(copy)
    workspace = Workspace.open(copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM version").fetchone()[0] == 0
    assert _sections(copy) == before
    workspace.close()


def test_the_fassung_name_does_not_clash_with_one_the_user_chose(tmp_path: Path) -> None:
    path = _v1_copy_with_bodies(tmp_path, {1: QT_BODY})
    document_id = _sections(path)[1][0]
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO version (document_id, position, name, created, snapshot) VALUES (?, 0, ?, '2026-01-01', ?)",
            [document_id, CANONICAL_BODIES_VERSION, json.dumps({})],
        )
    workspace = Workspace.open(path)
    names = [name for name, _ in Reader(workspace).versions(document_id)]
    assert names == [CANONICAL_BODIES_VERSION, f"{CANONICAL_BODIES_VERSION} (2)"]
    workspace.close()


def test_the_migration_runs_once(tmp_path: Path) -> None:
    path = _v1_copy_with_bodies(tmp_path, {1: QT_BODY})
    Workspace.open(path).close()
    with sqlite3.connect(path) as conn:  # someone writes an old-style body later (an old Fassung restored)
        conn.execute("UPDATE section SET body = ? WHERE id = 1", [QT_BODY])
    Workspace.open(path).close()
    assert _sections(path)[1][1] == QT_BODY  # opening again does not change it behind the user's back


def test_plain_typed_goal_and_paper_texts_keep_their_characters(tmp_path: Path) -> None:
    """Goal descriptions and a paper's Sachverhalt were plain fields: a typed '*' stays a star, lines stay lines."""
    from exports.markdown_ast import LineBreak, Paragraph, plain_text

    copy = tmp_path / "alt.strategie"
    shutil.copyfile(V1_FILE, copy)
    typed = "Kosten *vorläufig* geschätzt\n# keine Überschrift\n\n> kein Zitat & [keine] Verknüpfung"
    with sqlite3.connect(copy) as conn:
        goal_id, document_id = conn.execute("SELECT id, document_id FROM goal LIMIT 1").fetchone()
        paper_id = conn.execute("SELECT id FROM paper LIMIT 1").fetchone()[0]
        conn.execute("UPDATE goal SET description = ? WHERE id = ?", [typed, goal_id])
        conn.execute("UPDATE paper SET reasoning = ? WHERE id = ?", [typed, paper_id])
    workspace = Workspace.open(copy)
    reader = Reader(workspace)
    document = reader.document(document_id)
    goal = next(g for g in document.goals if g.id == goal_id)
    blocks = parse_markdown(goal.description)
    assert all(isinstance(b, Paragraph) for b in blocks)
    assert [plain_text(b.children) for b in blocks] == [  # type: ignore[union-attr]
        "Kosten *vorläufig* geschätzt # keine Überschrift",  # the line break is a break, shown as a blank here
        "> kein Zitat & [keine] Verknüpfung",
    ]
    assert LineBreak() in blocks[0].children  # type: ignore[union-attr]
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT reasoning FROM paper WHERE id = ?", [paper_id]).fetchone()[0] == goal.description
    assert CANONICAL_BODIES_VERSION in [name for name, _ in reader.versions(document_id)]
    kept = Operations(workspace).version_rows(document_id, CANONICAL_BODIES_VERSION)
    assert next(row["description"] for row in kept["goal"] if row["id"] == goal_id) == typed
    assert {hit.node_id for hit in reader.search("vorläufig")} >= {goal_id, paper_id}
    workspace.close()
