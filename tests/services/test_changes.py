"""The change set of an operation says in domain terms what came, went, moved or changed."""

from __future__ import annotations

from typing import Any

from editor.services import Operations, Reader


def test_a_move_is_a_move_and_no_change_of_content(sample_ws: Any) -> None:
    ops, reader = Operations(sample_ws), Reader(sample_ws)
    first, second = (s.id for s in reader.document(1).sections)
    assert first is not None and second is not None
    changes = ops.move_down("section", first).changes
    # Both swapped their places; neither changed what it says.
    assert sorted(m.item.key() for m in changes.moved) == sorted([("section", first), ("section", second)])
    assert changes.touches_item("section", first) and changes.structural
    assert not changes.content_changed("section", first) and not changes.content_changed("section", second)
    assert [o.ids for o in changes.orders if o.kind == "section"] == [(second, first)]
    undone = ops.undo(ops.move_down("section", second)).changes
    assert not undone.content_changed("section", second) and undone.moved


def test_a_new_title_is_a_change_of_content_and_a_retitle(sample_ws: Any) -> None:
    ops, reader = Operations(sample_ws), Reader(sample_ws)
    first = reader.document(1).sections[0].id
    assert first is not None
    changes = ops.update_node("section", first, title="Neu").changes
    assert changes.content_changed("section", first) and not changes.structural
    assert changes.changed_fields("section", first) == ("title",)
    assert [(r.item.key(), r.label) for r in changes.retitled] == [(("section", first), "Neu")]


def test_an_added_and_a_deleted_section_are_changes_of_content(sample_ws: Any) -> None:
    ops = Operations(sample_ws)
    record = ops.add_node("section", 1, title="Neu")
    new = record.created_id
    assert new is not None
    assert record.changes.content_changed("section", new)
    assert [i.label for i in record.changes.inserted] == ["Neu"]
    removed = ops.delete_node("section", new).changes
    assert removed.content_changed("section", new) and removed.removed_keys() == {("section", new)}
