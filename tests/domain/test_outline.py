"""The readable outline: German for the command line, any language through ``say``."""

from __future__ import annotations

from editor.domain.messages import Message
from editor.domain.model import GOAL_STATUSES, STATUSES, Goal
from editor.domain.outline import render_outline
from editor.services.sample import sample_source


def test_every_fixed_status_can_be_said_in_the_window_language() -> None:
    source = sample_source(0)
    for status in STATUSES:
        source.document.status = status
        source.document.goals = [Goal("Ziel", status=GOAL_STATUSES[0])]
        said = render_outline(source.document, source.catalogue, {}, lambda m: f"<{m}>")
        assert f"Status: <{status}>" in said.replace("<Status>", "Status")
    for status in GOAL_STATUSES:
        source.document.goals = [Goal("Ziel", status=status)]
        said = render_outline(source.document, source.catalogue, {}, lambda m: f"<{m}>")
        assert f"<Status>: <{status}>" in said


def test_by_default_the_outline_is_german_and_user_text_is_never_translated() -> None:
    source = sample_source(0)
    source.document.status = "eigener Status"  # not one of the fixed values: the user's text
    seen: list[Message] = []

    def say(message: Message) -> str:
        seen.append(message)
        return str(message)

    assert render_outline(source.document, source.catalogue, {}, say) == render_outline(
        source.document, source.catalogue, {}
    )
    assert "Status: eigener Status" in render_outline(source.document, source.catalogue, {})
    assert all(m.template != "eigener Status" for m in seen)
    assert any(m.template == "Abschnitte" for m in seen)
