"""Publish and pull against a real MediaWiki on 127.0.0.1 (tests/mediawiki_api.py).

Every test works on a page of its own, so the tests share one installed wiki.
"""

from __future__ import annotations

import itertools
import threading
import time

import pytest

from editor.domain.tree import walk
from editor.services import Operations, Reader
from editor.services.mediawiki import (
    WikiBusyError,
    WikiCancelled,
    WikiConnection,
    WikiError,
    WikiLoginError,
    WikiOptions,
    WikiPermissionError,
    WikiUnreachableError,
)
from editor.services.publishing import (
    PublishConflictError,
    apply_pull,
    check_publish,
    connect_and_login,
    fetch_page,
    plan_publish,
    plan_pull,
    publish,
    record_publish,
    sync_base,
)
from tests.mediawiki import visible_text
from tests.mediawiki_api import WikiServer, free_port, lagging, protect

FAST = WikiOptions(connect_timeout=3, read_timeout=20, max_retries=2, retry_wait=0.1, max_wait=0.3)
_pages = itertools.count(1)


@pytest.fixture
def doc(sample_ws):
    """The sample's Smart City Strategie under a page title of its own; returns its id."""
    reader = Reader(sample_ws)
    doc_id = reader.documents()[0].id
    Operations(sample_ws).update_document(doc_id, wiki_title=f"Smart City Strategie Test {next(_pages)}")
    return doc_id


def login(publish_wiki, who=None, **options):
    who = who or publish_wiki.editor
    return connect_and_login(
        publish_wiki.url, who.login, who.password, options=WikiOptions(**options) if options else FAST
    )


def publish_once(workspace, doc_id, publish_wiki, who=None, summary="Test"):
    """Plan, check, publish and record like the dialog does; return the result."""
    connection = login(publish_wiki, who)
    try:
        plan = plan_publish(Reader(workspace), doc_id, publish_wiki.url)
        result = publish(connection, check_publish(connection, plan), summary)
        record_publish(workspace, result)
        return result
    finally:
        connection.close()


def page_title(workspace, doc_id):
    return Reader(workspace).document(doc_id).page_title()


def test_first_publish_creates_the_page_and_the_wiki_shows_the_document(sample_ws, doc, publish_wiki):
    result = publish_once(sample_ws, doc, publish_wiki, summary="Erste Fassung aus dem Editor")
    title = page_title(sample_ws, doc)
    assert result.saved
    api = publish_wiki.api()
    page = api.page(title)
    assert page["revid"] == result.base.revision
    assert page["user"] == publish_wiki.editor.user  # saved under the account, never anonymously
    parsed = api.call(action="parse", page=title, prop="text|categories|images")["parse"]
    seen = visible_text(parsed["text"])
    document = Reader(sample_ws).document(doc)
    for goal, _depth in walk(document.goals):
        assert " ".join(goal.title.split()) in seen
    assert "Kurzbeschreibung" in seen and "Politische Beschlusslage" in seen
    assert document.responsible in seen  # the infobox row
    assert "Mobilität.png" in parsed["images"]
    assert "Mobilität" in [c["category"] for c in parsed["categories"]]
    history = api.call(action="query", prop="revisions", titles=title, rvprop="comment")["query"]["pages"][0]
    assert history["revisions"][0]["comment"] == "Erste Fassung aus dem Editor"
    base = sync_base(sample_ws, doc, publish_wiki.url, title)
    assert base is not None and base.revision == result.base.revision and base.text == page["text"]


def test_publishing_again_without_a_change_makes_no_new_revision(sample_ws, doc, publish_wiki):
    first = publish_once(sample_ws, doc, publish_wiki)
    title = page_title(sample_ws, doc)
    again = publish_once(sample_ws, doc, publish_wiki)
    assert not again.saved
    assert publish_wiki.api().revision_count(title) == 1
    assert again.base.revision == first.base.revision


def test_a_change_in_the_document_is_published_as_one_new_revision(sample_ws, doc, publish_wiki):
    publish_once(sample_ws, doc, publish_wiki)
    section = Reader(sample_ws).document(doc).sections[0]
    Operations(sample_ws).update_node("section", section.id, body="Neuer Text mit Umlauten: äöü ß – „Anführung“")
    result = publish_once(sample_ws, doc, publish_wiki, summary="Kurzbeschreibung überarbeitet")
    title = page_title(sample_ws, doc)
    assert result.saved
    assert publish_wiki.api().revision_count(title) == 2
    assert "Neuer Text mit Umlauten: äöü ß – „Anführung“" in publish_wiki.api().page(title)["text"]


@pytest.mark.parametrize("who", ["colleague", "browser"], ids=["andere Person", "eigenes Konto im Browser"])
def test_an_edit_made_in_the_wiki_meanwhile_is_detected_and_not_overwritten(sample_ws, doc, publish_wiki, state, who):
    publish_once(sample_ws, doc, publish_wiki)
    title = page_title(sample_ws, doc)
    api = publish_wiki.api(getattr(publish_wiki, who))
    edited = api.page(title)["text"].replace("Kurzbeschreibung", "Kurzbeschreibung (im Wiki ergänzt)")
    revision = api.edit(title, edited)
    section = Reader(sample_ws).document(doc).sections[0]
    Operations(sample_ws).update_node("section", section.id, body="Im Editor geändert")
    before = state(sample_ws)
    connection = login(publish_wiki)
    plan = plan_publish(Reader(sample_ws), doc, publish_wiki.url)
    check = check_publish(connection, plan)
    assert check.conflict == "changed"
    assert check.changed_by_same_account == (who == "browser")
    assert "im Wiki ergänzt" in check.wiki_changes() and "Im Editor geändert" in check.diff()
    assert (
        "eigenen Konto" in str(check.conflict_message())
        if who == "browser"
        else "Kollegin" in str(check.conflict_message())
    )
    with pytest.raises(PublishConflictError) as raised:
        publish(connection, check, "Test")
    assert raised.value.check.live.revision == revision
    live = publish_wiki.api().page(title)
    assert live["revid"] == revision and live["text"] == edited  # nothing overwritten
    assert state(sample_ws) == before  # and the file is as it was
    # Overwriting is an explicit choice; then it goes through, against the revision the user saw.
    result = publish(connection, check, "Bewusst überschrieben", overwrite=True)
    assert result.saved and result.overwritten == 0
    assert "Im Editor geändert" in publish_wiki.api().page(title)["text"]


def test_an_edit_between_looking_and_saving_stops_the_publish(sample_ws, doc, publish_wiki):
    publish_once(sample_ws, doc, publish_wiki)
    title = page_title(sample_ws, doc)
    Operations(sample_ws).update_document(doc, year="2027")
    connection = login(publish_wiki)
    check = check_publish(connection, plan_publish(Reader(sample_ws), doc, publish_wiki.url))
    assert check.conflict == ""
    browser = publish_wiki.api(publish_wiki.browser)
    revision = browser.edit(title, browser.page(title)["text"] + "\nIm Browser, während der Dialog offen war.")
    with pytest.raises(PublishConflictError, match="während Sie die Unterschiede angesehen haben"):
        publish(connection, check, "Test")
    assert publish_wiki.api().page(title)["revid"] == revision


def test_a_page_that_exists_but_was_never_published_from_the_file_is_not_overwritten(sample_ws, doc, publish_wiki):
    title = page_title(sample_ws, doc)
    publish_wiki.api(publish_wiki.colleague).edit(title, "Eine Seite, die jemand im Wiki angelegt hat.")
    connection = login(publish_wiki)
    check = check_publish(connection, plan_publish(Reader(sample_ws), doc, publish_wiki.url))
    assert check.conflict == "exists"
    with pytest.raises(PublishConflictError, match="nie veröffentlicht oder geholt"):
        publish(connection, check, "Test")
    assert publish_wiki.api().page(title)["text"] == "Eine Seite, die jemand im Wiki angelegt hat."


def test_pull_brings_a_wiki_edit_back_keeps_what_the_page_does_not_show_and_undo_works(sample_ws, doc, publish_wiki):
    reader = Reader(sample_ws)
    ops = Operations(sample_ws)
    first = reader.document(doc)
    # Details the page does not show: they must survive the pull.
    ops.update_node("goal", first.goals[0].id, owner="Bereich 4-1", deadline="2027-06", status="begonnen",
                    description="Nur im Editor")  # fmt: skip
    ops.add_item("indicator", first.goals[0].id, name="Anteil digitaler Verfahren", unit="%", target="80")
    ops.update_node("paper", first.papers[0].id, decision_proposal="1. Der Rat beschließt die Strategie.")
    ops.update_document(doc, title="Smart City Strategie der Stadt (Arbeitstitel)", status="in Abstimmung")
    publish_once(sample_ws, doc, publish_wiki)
    title = page_title(sample_ws, doc)
    before_doc = reader.document(doc)
    goal = before_doc.goals[0]
    colleague = publish_wiki.api(publish_wiki.colleague)
    text = colleague.page(title)["text"]
    assert goal.title in text
    colleague.edit(title, text.replace(goal.title, goal.title + " – im Wiki geschärft"))
    connection = login(publish_wiki)
    live = fetch_page(connection, title)
    plan = plan_pull(reader, doc, publish_wiki.url, live)
    outcome = apply_pull(ops, plan)
    after = reader.document(doc)
    pulled_goal = after.goals[0]
    assert pulled_goal.title == goal.title + " – im Wiki geschärft"
    # What the page does not show stays: owner, deadline, status, indicators, the document's own title and status.
    assert (pulled_goal.owner, pulled_goal.deadline, pulled_goal.status, pulled_goal.description) == (
        "Bereich 4-1", "2027-06", "begonnen", "Nur im Editor")  # fmt: skip
    assert [(i.name, i.unit, i.target) for i in pulled_goal.indicators] == [("Anteil digitaler Verfahren", "%", "80")]
    assert (after.title, after.status) == (before_doc.title, before_doc.status)
    assert after.papers[0].decision_proposal == before_doc.papers[0].decision_proposal
    # The comparison shows the wiki's change; the state before is a Fassung.
    assert outcome.version_name in [name for name, _ in reader.versions(doc)]
    diff = reader.version_diff(doc, outcome.version_name)
    assert "+" in diff and "im Wiki geschärft" in diff
    # The pulled revision is the new base: publishing now finds no conflict and nothing to save.
    check = check_publish(connection, plan_publish(reader, doc, publish_wiki.url))
    assert check.conflict == ""
    # Undo takes the pull back, the document and its base alike.
    for record in reversed(outcome.records):
        ops.undo(record)
    assert reader.document(doc).goals[0].title == goal.title
    assert sync_base(sample_ws, doc, publish_wiki.url, title).revision != live.revision


def test_a_page_never_imported_is_pulled_into_a_new_document(sample_ws, publish_wiki):
    title = f"Seite aus dem Wiki {next(_pages)}"
    publish_wiki.wiki.edit(
        title,
        "{{Konzeption\n|Art=Konzept\n|Zuständigkeit=Bereich 5-1\n}}\n==Kurzbeschreibung==\nIm Wiki begonnen.\n"
        "==Im Konzept formulierte Ziele==\n* Ein Ziel aus dem Wiki\n",
    )
    reader = Reader(sample_ws)
    count = len(reader.documents())
    connection = login(publish_wiki)
    plan = plan_pull(reader, None, publish_wiki.url, fetch_page(connection, title))
    outcome = apply_pull(Operations(sample_ws), plan)
    assert len(reader.documents()) == count + 1
    new = reader.document(outcome.document_id)
    assert new.wiki_title == title and new.responsible == "Bereich 5-1"
    assert new.goals[0].title == "Ein Ziel aus dem Wiki"
    assert sync_base(sample_ws, outcome.document_id, publish_wiki.url, title) is not None


def test_pulling_a_missing_page_says_so_and_changes_nothing(sample_ws, doc, publish_wiki, state):
    before = state(sample_ws)
    connection = login(publish_wiki)
    with pytest.raises(WikiError, match=r"gibt es im Wiki .* nicht"):
        fetch_page(connection, page_title(sample_ws, doc))
    assert state(sample_ws) == before


def test_a_wrong_password_is_a_clear_message(publish_wiki):
    with pytest.raises(WikiLoginError, match="Name oder Bot-Passwort stimmen nicht"):
        connect_and_login(publish_wiki.url, publish_wiki.editor.login, "falsches-passwort", FAST)


def test_no_wiki_at_the_address_is_a_clear_message_quickly():
    started = time.monotonic()
    with pytest.raises(WikiUnreachableError, match="nicht erreichbar"):
        WikiConnection.connect(f"http://127.0.0.1:{free_port()}/", FAST)
    assert time.monotonic() - started < 5


def test_server_stopped_mid_run_leaves_page_and_file_unchanged(sample_ws, doc, publish_wiki, state):
    own = WikiServer(publish_wiki.wiki).start()
    try:
        connection = connect_and_login(own.url, publish_wiki.editor.login, publish_wiki.editor.password, FAST)
        first = publish(connection, check_publish(connection, plan_publish(Reader(sample_ws), doc, own.url)), "Test")
        record_publish(sample_ws, first)
        Operations(sample_ws).update_document(doc, year="2030")
        before = state(sample_ws)

        def stop_before_saving(what):
            if what.template.startswith("Seite „{title}“ wird gespeichert"):
                own.stop()

        check = check_publish(connection, plan_publish(Reader(sample_ws), doc, own.url))
        started = time.monotonic()
        # Refused, or reset on the kept-alive connection (then whether it was saved is unknown).
        with pytest.raises(WikiUnreachableError, match=r"nicht erreichbar|brach beim Speichern ab"):
            publish(connection, check, "Test", progress=stop_before_saving)
        assert time.monotonic() - started < 10
        assert state(sample_ws) == before
        assert publish_wiki.api().revision_count(page_title(sample_ws, doc)) == 1
        # Back online, the next publish finds the page as it was and saves: nothing lost.
        own.start()
        again = connect_and_login(own.url, publish_wiki.editor.login, publish_wiki.editor.password, FAST)
        check = check_publish(again, plan_publish(Reader(sample_ws), doc, own.url))
        assert check.conflict == ""
        assert publish(again, check, "Nach dem Ausfall").saved
    finally:
        own.stop()


def test_a_protected_page_is_reported_before_anything_is_saved(sample_ws, doc, publish_wiki, state):
    publish_once(sample_ws, doc, publish_wiki)
    title = page_title(sample_ws, doc)
    protect(publish_wiki.wiki, title)
    Operations(sample_ws).update_document(doc, year="2031")
    before = state(sample_ws)
    connection = login(publish_wiki)
    with pytest.raises(WikiPermissionError, match="geschützt"):
        check_publish(connection, plan_publish(Reader(sample_ws), doc, publish_wiki.url))
    assert state(sample_ws) == before
    assert "2031" not in publish_wiki.api().page(title)["text"]


def _needs_new_icon(workspace, doc_id, name):
    """Give the document's first Themenfeld an icon file the wiki does not have yet."""
    reader = Reader(workspace)
    tf_id = reader.document(doc_id).themenfeld_ids[0]
    Operations(workspace).update_item("themenfeld", tf_id, icon=name)


def test_missing_icons_are_uploaded(sample_ws, doc, publish_wiki):
    name = f"Themenfeld-Symbol Test {next(_pages)}.png"
    _needs_new_icon(sample_ws, doc, name)
    api = publish_wiki.api()
    assert not api.file_exists(name)
    result = publish_once(sample_ws, doc, publish_wiki)
    assert result.uploaded == (name,)
    assert api.file_exists(name)


def test_without_the_upload_right_nothing_is_published_and_the_message_says_why(sample_ws, doc, publish_wiki, state):
    name = f"Themenfeld-Symbol Test {next(_pages)}.png"
    _needs_new_icon(sample_ws, doc, name)
    before = state(sample_ws)
    connection = login(publish_wiki, publish_wiki.text_only)
    check = check_publish(connection, plan_publish(Reader(sample_ws), doc, publish_wiki.url))
    assert not check.can_upload and [i.name for i in check.missing_icons] == [name]
    with pytest.raises(WikiPermissionError, match="erlaubt kein Hochladen"):
        publish(connection, check, "Test")
    assert state(sample_ws) == before
    assert publish_wiki.api().revision_count(page_title(sample_ws, doc)) == 0
    # Publishing without the icons is the user's choice.
    result = publish(connection, check, "Ohne Symbole", upload_icons=False)
    assert result.saved and [i.name for i in result.not_uploaded] == [name]


def test_an_expired_token_is_renewed_once(sample_ws, doc, publish_wiki):
    connection = login(publish_wiki)
    check = check_publish(connection, plan_publish(Reader(sample_ws), doc, publish_wiki.url))
    connection._site.tokens["csrf"] = "abgelaufen+\\"  # what a token looks like after the session changed
    assert publish(connection, check, "Test").saved


def test_an_expired_login_is_renewed_once_and_never_saves_anonymously(sample_ws, doc, publish_wiki):
    connection = login(publish_wiki)
    check = check_publish(connection, plan_publish(Reader(sample_ws), doc, publish_wiki.url))
    connection._site.connection.cookies.clear()  # the wiki forgot the session
    result = publish(connection, check, "Test")
    assert result.saved
    assert publish_wiki.api().page(page_title(sample_ws, doc))["user"] == publish_wiki.editor.user


def test_a_busy_wiki_maxlag_gives_up_after_bounded_retries(sample_ws, doc, publish_wiki):
    connection = login(publish_wiki)
    plan = plan_publish(Reader(sample_ws), doc, publish_wiki.url)
    started = time.monotonic()
    with lagging(publish_wiki.wiki), pytest.raises(WikiBusyError, match="überlastet"):
        check_publish(connection, plan)
    assert time.monotonic() - started < 10


def test_cancel_stops_before_the_next_request(sample_ws, doc, publish_wiki):
    cancel = threading.Event()
    connection = connect_and_login(
        publish_wiki.url, publish_wiki.editor.login, publish_wiki.editor.password, FAST, cancel
    )
    plan = plan_publish(Reader(sample_ws), doc, publish_wiki.url)
    check = check_publish(connection, plan)
    cancel.set()
    with pytest.raises(WikiCancelled):
        publish(connection, check, "Test")
    assert publish_wiki.api().revision_count(plan.title) == 0


def test_pulling_a_page_the_document_already_matches_changes_nothing_but_the_base(sample_ws, doc, publish_wiki, state):
    publish_once(sample_ws, doc, publish_wiki)
    title = page_title(sample_ws, doc)
    reader = Reader(sample_ws)
    versions = reader.versions(doc)
    connection = login(publish_wiki)
    plan = plan_pull(reader, doc, publish_wiki.url, fetch_page(connection, title))
    assert plan.same and plan.unchanged
    outcome = apply_pull(Operations(sample_ws), plan)
    assert outcome.records == () and outcome.version_name is None
    assert reader.versions(doc) == versions  # no Fassung for nothing
