"""A deterministic stream of edits for the crash test: the same seed gives the same edits.

Each edit is one service operation (one transaction). Choices depend only on the seed and
on the file's state, so replaying the first n edits on a copy of the starting file gives
exactly the state a killed process must have left behind after n commits.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from editor.services import OperationError, Operations  # noqa: E402
from editor.storage import Workspace  # noqa: E402


def _ids(workspace: Workspace, sql: str) -> list[int]:
    return [int(r[0]) for r in workspace.db.execute(sql).fetchall()]


def apply_edit(ops: Operations, rng: random.Random, n: int) -> None:
    """Apply edit number ``n``: add, change, move or delete sections and goals."""
    workspace = ops.workspace
    sections = _ids(workspace, "SELECT id FROM section WHERE document_id = 1 ORDER BY id")
    goals = _ids(workspace, "SELECT id FROM goal WHERE document_id = 1 ORDER BY id")
    kind = rng.choice(
        ("add", "add", "add", "body", "move", "move", "indent", "delete", "goal", "indicator", "goal_delete")
    )
    try:
        if kind == "add" or not sections:
            parent = rng.choice([None, *sections])
            ops.add_node(
                "section", 1, parent_id=parent, position=rng.randint(0, 5), title=f"E{n}", body=f"Text {n} äöü"
            )
        elif kind == "body":
            ops.update_node("section", rng.choice(sections), body=f"Geändert {n} " + "ß" * rng.randint(0, 3000))
        elif kind == "move":
            node = rng.choice(sections)
            parent = rng.choice([None, *sections])
            ops.move_node("section", node, parent, rng.randint(0, 6))
        elif kind == "indent":
            ops.indent("section", rng.choice(sections))
        elif kind == "delete" and len(sections) > 8:
            ops.delete_node("section", rng.choice(sections))
        elif kind == "goal" or not goals:
            ops.add_node("goal", 1, parent_id=rng.choice([None, *goals]), title=f"Z{n}", owner="Bereich 5-1")
        elif kind == "indicator":
            ops.add_item("indicator", rng.choice(goals), name=f"I{n}", target=str(n))
        else:
            ops.delete_node("goal", rng.choice(goals))
    except OperationError:
        pass  # a refused move (into itself, first item indent) changes nothing, like in the UI


def run_edits(path: Path, seed: int, count: int, report: bool = False) -> None:
    """Apply edits 0..count-1 to the file; with ``report`` print each committed number."""
    workspace = Workspace.open(path)
    if not report:
        # Replaying the expected state needs no durability; it only has to be the same edits.
        workspace.db.execute("PRAGMA synchronous = OFF")
    ops = Operations(workspace)
    rng = random.Random(seed)
    for n in range(count):
        apply_edit(ops, rng, n)
        if report:
            print(n, flush=True)
    workspace.close()


if __name__ == "__main__":
    run_edits(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), report=True)
