"""Random sequences of user actions, then undo all and redo all (hypothesis)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.services import History, OperationError, Operations, sample_workspace

ACTIONS = (
    "add_section",
    "add_goal",
    "edit_section",
    "edit_document",
    "delete_section",
    "delete_goal",
    "move_up",
    "move_down",
    "indent",
    "outdent",
    "add_link",
    "move_link",
    "delete_link",
    "themenfelder",
    "save_version",
    "restore_version",
    "add_paper",
    "delete_document",
    "create_document",
)

texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
steps = st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 1000), st.integers(0, 1000), texts), max_size=25)


def ids(workspace, sql, params=()):
    return [int(r[0]) for r in workspace.db.execute(sql, params).fetchall()]


def perform(ops: Operations, workspace, action: str, a: int, b: int, text: str):
    documents = ids(workspace, "SELECT id FROM document ORDER BY id")
    if not documents:
        return ops.create_document(title=text) if action == "create_document" else None
    doc = documents[a % len(documents)]
    sections = ids(workspace, "SELECT id FROM section WHERE document_id = ? ORDER BY id", [doc])
    goals = ids(workspace, "SELECT id FROM goal WHERE document_id = ? ORDER BY id", [doc])
    links = ids(workspace, "SELECT id FROM link WHERE document_id = ? ORDER BY id", [doc])
    versions = [r[0] for r in workspace.db.execute("SELECT name FROM version WHERE document_id = ?", [doc]).fetchall()]
    themen = ids(workspace, "SELECT id FROM themenfeld ORDER BY id")

    def pick(values):
        return values[b % len(values)] if values else None

    section, goal, link = pick(sections), pick(goals), pick(links)
    match action:
        case "add_section":
            return ops.add_node(
                "section", doc, parent_id=section if b % 2 else None, position=a % 3, title=text, body=text
            )
        case "add_goal":
            return ops.add_node("goal", doc, parent_id=goal if a % 2 else None, title=text, owner=text)
        case "edit_section" if section:
            return ops.update_node("section", section, body=text + "\n- Liste")
        case "edit_document":
            return ops.update_document(doc, title=text, year=str(b))
        case "delete_section" if section:
            return ops.delete_node("section", section)
        case "delete_goal" if goal:
            return ops.delete_node("goal", goal)
        case "move_up" if section:
            return ops.move_up("section", section)
        case "move_down" if section:
            return ops.move_down("section", section)
        case "indent" if section:
            return ops.indent("section", section)
        case "outdent" if section:
            return ops.outdent("section", section)
        case "add_link":
            return ops.add_item("link", doc, position=b % 3, label=text, url="https://example.org/" + str(a))
        case "move_link" if link:
            return ops.move_item("link", link, a % 4)
        case "delete_link" if link:
            return ops.delete_item("link", link)
        case "themenfelder":
            return ops.set_themenfelder(doc, [themen[(a + i * b) % len(themen)] for i in range(a % 4)])
        case "save_version":
            return ops.save_version(doc, text or "Fassung")
        case "restore_version" if versions:
            return ops.restore_version(doc, versions[b % len(versions)])
        case "add_paper":
            return ops.add_node("paper", doc, reference=f"B/17/{a}", name=text)
        case "delete_document":
            return ops.delete_document(doc)
        case "create_document":
            return ops.create_document(title=text)
    return None


@settings(
    max_examples=int(os.environ.get("UNDO_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps)
def test_undo_all_returns_to_start_and_redo_all_to_the_end(tmp_path_factory, state, sequence):
    workspace = sample_workspace(tmp_path_factory.mktemp("p") / "p.strategie")
    ops = Operations(workspace)
    history = History(ops)
    start = state(workspace)
    for action, a, b, text in sequence:
        try:
            record = perform(ops, workspace, action, a, b, text)
        except OperationError:
            continue
        if record is not None:
            history.push(record)
    end = state(workspace)
    search_end = workspace.db.execute("SELECT rowid, text FROM search ORDER BY rowid").fetchall()
    while history.undo():
        pass
    assert state(workspace) == start
    while history.redo():
        pass
    assert state(workspace) == end
    assert workspace.db.execute("SELECT rowid, text FROM search ORDER BY rowid").fetchall() == search_end
    assert workspace.db.execute("PRAGMA foreign_key_check").fetchall() == []
    workspace.close()
