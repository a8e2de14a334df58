"""Publish and pull without a wiki: addresses, the base in the file, pulling without losing details."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.domain.model import CouncilPaper, Document, Goal, Indicator
from editor.domain.pull_merge import merge_pulled
from editor.services import Operations, Reader
from editor.services.mediawiki import LivePage, WikiError, _api_error, wiki_addresses
from editor.services.passwords import forget_password, keyring_available, store_password, stored_password, wiki_key
from editor.services.publishing import (
    PublishCheck,
    PublishPlan,
    SyncBase,
    _conflict,
    apply_pull,
    plan_publish,
    plan_pull,
    same_text,
    sync_base,
    write_sync_base,
)
from editor.storage import CURRENT_VERSION, Recorder, Workspace

DATA = Path(__file__).resolve().parents[1] / "storage" / "data"


@pytest.mark.parametrize(
    ("typed", "apis"),
    [
        (
            "https://istek.oberhausen.de/",
            ["https://istek.oberhausen.de/api.php", "https://istek.oberhausen.de/w/api.php"],
        ),
        ("istek.oberhausen.de", ["https://istek.oberhausen.de/api.php", "https://istek.oberhausen.de/w/api.php"]),
        ("https://wiki.example/w/api.php", ["https://wiki.example/w/api.php"]),
        ("http://127.0.0.1:8080/", ["http://127.0.0.1:8080/api.php", "http://127.0.0.1:8080/w/api.php"]),
        ("https://wiki.example/w/index.php", ["https://wiki.example/w/api.php"]),
        ("https://wiki.example/w", ["https://wiki.example/w/api.php"]),
    ],
)
def test_the_wiki_address_may_be_the_wiki_or_its_api(typed, apis):
    assert [a.api_url for a in wiki_addresses(typed)] == apis


@pytest.mark.parametrize("typed", ["", "ftp://wiki.example/", "https://", "http://[zz/", "mailto:amt@example.org"])
def test_a_wrong_wiki_address_is_a_german_message(typed):
    with pytest.raises(WikiError) as raised:
        wiki_addresses(typed)
    assert "Adresse" in str(raised.value)


def test_the_same_wiki_typed_two_ways_is_one_keyring_entry():
    assert wiki_key("istek.oberhausen.de") == wiki_key("https://istek.oberhausen.de/api.php")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("protectedpage", "geschützt"),
        ("cascadeprotected", "geschützt"),
        ("permissiondenied", "darf das im Wiki nicht"),
        ("blocked", "gesperrt"),
        ("ratelimited", "später erneut"),
        ("maxlag", "später erneut"),
        ("assertuserfailed", "Anmeldung"),
        ("badtoken", "Sitzung"),
        ("seltsamerfehler", "seltsamerfehler"),
    ],
)
def test_every_refusal_of_the_wiki_is_a_german_message(code, words):
    assert words in str(_api_error(code, "Info of the wiki", "https://wiki.example/api.php"))


def _doc(**fields):
    return Document(title="Konzept", wiki_title="Konzept", **fields)


def test_pull_takes_what_the_page_shows_and_keeps_what_it_does_not():
    current = _doc(
        status="beschlossen",
        responsible="Alt",
        goals=[
            Goal(
                "Ziel A",
                owner="Bereich 1",
                deadline="2027",
                indicators=[Indicator("Quote", "%", "10", "50", "2030", 7)],
            ),
            Goal("Ziel B", owner="Bereich 2", children=[Goal("Maßnahme B1", status="begonnen")]),
        ],
        papers=[CouncilPaper(reference="B/17/1-01", name="Beschluss", decision_proposal="1. So.", public=False)],
    )
    # What export + import gives for the current document: no owners, deadlines, indicators, status, proposals.
    roundtrip = _doc(
        responsible="Alt",
        goals=[Goal("Ziel A"), Goal("Ziel B", children=[Goal("Maßnahme B1")])],
        papers=[CouncilPaper(reference="B/17/1-01", name="Beschluss")],
    )
    # The page after edits in the wiki: a goal renamed, one added, the infobox changed.
    pulled = _doc(
        responsible="Neu",
        goals=[Goal("Ziel A – geschärft"), Goal("Ziel B", children=[Goal("Maßnahme B1"), Goal("Maßnahme B2")])],
        papers=[CouncilPaper(reference="B/17/1-01", name="Beschluss (geändert)")],
    )
    merged = merge_pulled(current, pulled, roundtrip)
    assert merged.responsible == "Neu" and merged.status == "beschlossen"
    a, b = merged.goals
    assert (a.title, a.owner, a.deadline) == ("Ziel A – geschärft", "Bereich 1", "2027")
    assert [(i.name, i.target, i.id) for i in a.indicators] == [("Quote", "50", None)]
    assert (b.owner, b.children[0].status, b.children[1].status) == ("Bereich 2", "begonnen", "")
    paper = merged.papers[0]
    assert (paper.name, paper.decision_proposal, paper.public) == ("Beschluss (geändert)", "1. So.", False)
    assert current.goals[0].title == "Ziel A"  # the inputs are left alone


def test_pull_takes_a_field_the_page_carries_even_when_it_became_empty():
    current = _doc(responsible="Bereich 5", goals=[Goal("Ziel", themenfeld_id=3)])
    roundtrip = _doc(responsible="Bereich 5", goals=[Goal("Ziel", themenfeld_id=3)])
    pulled = _doc(responsible="", goals=[Goal("Ziel", themenfeld_id=None)])
    merged = merge_pulled(current, pulled, roundtrip)
    assert merged.responsible == "" and merged.goals[0].themenfeld_id is None


def test_replacing_a_document_is_one_step_that_undo_takes_back(sample_ws, state):
    ops = Operations(sample_ws)
    reader = Reader(sample_ws)
    doc_id = reader.documents()[0].id
    before = state(sample_ws)
    other = reader.document(reader.documents()[1].id)
    other.title = "Neu aus dem Wiki"
    record = ops.replace_document(doc_id, other)
    after = reader.document(doc_id)
    assert after.title == "Neu aus dem Wiki" and len(reader.documents()) == 2
    assert [s.title for s in after.sections] == [s.title for s in other.sections]
    assert record.description.verb == "pull"
    ops.undo(record)
    assert state(sample_ws) == before
    ops.redo(record)
    assert reader.document(doc_id).title == "Neu aus dem Wiki"


def test_the_base_is_kept_per_document_wiki_and_page_and_goes_with_the_document(sample_ws):
    ops = Operations(sample_ws)
    doc_id = Reader(sample_ws).documents()[0].id
    base = SyncBase(wiki_key("https://wiki.example/"), "Seite", 12, "2026-01-02T03:04:05Z", "Text", "publish")
    with sample_ws.transaction() as db:
        write_sync_base(Recorder(db), doc_id, base)
        write_sync_base(Recorder(db), doc_id, SyncBase(base.wiki, "Seite", 13, "t", "Text 2", "pull"))
    found = sync_base(sample_ws, doc_id, "wiki.example", "Seite")
    assert found is not None and (found.revision, found.action) == (13, "pull")
    assert sync_base(sample_ws, doc_id, "https://anderes.example/", "Seite") is None
    ops.delete_document(doc_id)
    assert sync_base(sample_ws, doc_id, base.wiki, "Seite") is None


def test_an_old_file_gets_the_table_of_the_base(tmp_path):
    path = tmp_path / "v1.strategie"
    shutil.copyfile(DATA / "v1.strategie", path)
    workspace = Workspace.open(path)
    try:
        assert workspace.db.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        doc_id = Reader(workspace).documents()[0].id
        assert sync_base(workspace, doc_id, "https://wiki.example/", "Seite") is None
    finally:
        workspace.close()


def _live(text, revision=5, exists=True):
    return LivePage("Seite", exists, revision, "2026-01-01T00:00:00Z", text, "Kollegin")


@pytest.mark.parametrize(
    ("base", "live", "conflict"),
    [
        (None, _live("", exists=False), ""),
        (None, _live("Fremder Text"), "exists"),
        (None, _live("Unser Text\n"), ""),
        (SyncBase("w", "Seite", 5, "", "Alt"), _live("Alt", 5), ""),
        (SyncBase("w", "Seite", 4, "", "Alt"), _live("Alt", 5), ""),  # a revision without a text change
        (SyncBase("w", "Seite", 4, "", "Alt"), _live("Im Wiki geändert", 5), "changed"),
        (SyncBase("w", "Seite", 4, "", "Alt"), _live("", exists=False), "deleted"),
    ],
)
def test_what_counts_as_a_conflict(base, live, conflict):
    assert _conflict(base, live, "Unser Text") == conflict


def test_texts_compare_as_the_wiki_stores_them():
    assert same_text("Straße\r\nZeile\n\n", "Straße\nZeile")
    assert same_text("Mu\u0308ller", "Müller")  # the wiki normalises to NFC
    assert not same_text("Text", "Text ergänzt")


def test_the_conflict_message_names_the_own_account_for_a_self_conflict():
    plan = PublishPlan(1, "w", "Seite", "Neu", SyncBase("w", "Seite", 4, "", "Alt"))
    live = LivePage("Seite", True, 5, "2026-03-01T10:00:00Z", "Im Browser", "Amtsleitung")
    own = PublishCheck(plan, live, "changed", "Amtsleitung")
    other = PublishCheck(plan, live, "changed", "Jemand")
    assert "eigenen Konto" in str(own.conflict_message())
    assert "eigenen Konto" not in str(other.conflict_message()) and "Amtsleitung" in str(other.conflict_message())
    assert "-Alt" in own.wiki_changes() and "+Im Browser" in own.wiki_changes()
    assert "-Im Browser" in own.diff() and "+Neu" in own.diff()


def test_publishing_plans_the_page_title_text_and_the_icons_it_shows(sample_ws):
    reader = Reader(sample_ws)
    doc_id = reader.documents()[0].id
    plan = plan_publish(reader, doc_id, "https://istek.oberhausen.de/")
    assert plan.title == "Smart City Strategie" and plan.base is None
    assert "{{Konzeption" in plan.text
    assert [i.name for i in plan.icons] == [
        "Arbeit, Wirtschaft und Tourismus.png",
        "Mobilität.png",
        "Gesellschaftliche Teilhabe und Chancengleichheit2.png",
    ]
    assert all(i.path is not None and i.path.suffix == ".png" for i in plan.icons)


def test_an_icon_the_editor_has_only_as_png_is_not_uploaded_under_a_jpg_name(sample_ws):
    reader = Reader(sample_ws)
    doc_id = reader.documents()[0].id
    tf_id = reader.document(doc_id).themenfeld_ids[0]
    Operations(sample_ws).update_item("themenfeld", tf_id, icon="Arbeit, Wirtschaft und Tourismus.jpg")
    icon = plan_publish(reader, doc_id, "https://wiki.example/").icons[0]
    assert icon.path is None and "PNG" in str(icon.reason)


def test_pulling_a_page_into_the_document_saves_a_fassung_first(sample_ws):
    reader = Reader(sample_ws)
    doc_id = reader.documents()[0].id
    text = plan_publish(reader, doc_id, "https://wiki.example/").text.replace(
        "Bestandsaufnahme bestehender Smart-City-Aktivitäten", "Bestandsaufnahme aller Smart-City-Aktivitäten"
    )
    live = LivePage("Smart City Strategie", True, 42, "2026-05-05T05:05:05Z", text, "Kollegin")
    plan = plan_pull(reader, doc_id, "https://wiki.example/", live)
    outcome = apply_pull(Operations(sample_ws), plan)
    diff = reader.version_diff(doc_id, outcome.version_name)
    assert "-    - Bestandsaufnahme bestehender" in diff and "+    - Bestandsaufnahme aller" in diff
    assert sync_base(sample_ws, doc_id, "https://wiki.example/", "Smart City Strategie").revision == 42


def test_a_page_that_belongs_to_a_document_is_not_pulled_as_a_second_one(sample_ws):
    reader = Reader(sample_ws)
    live = LivePage("Smart City Strategie", True, 1, "", "==Kurzbeschreibung==\nText", "Kollegin")
    with pytest.raises(Exception, match="gehört schon zu Dokument"):
        plan_pull(reader, None, "https://wiki.example/", live)


def test_passwords_go_to_the_keyring_and_only_there(memory_keyring, sample_file):
    assert keyring_available()
    assert stored_password("https://wiki.example/", "Amt@editor") is None
    store_password("wiki.example", "Amt@editor", "geheim-123")
    assert stored_password("https://wiki.example/api.php", "Amt@editor") == "geheim-123"
    assert list(memory_keyring.entries) == [("Strategie-Editor https://wiki.example/", "Amt@editor")]
    assert b"geheim-123" not in sample_file.read_bytes()
    assert forget_password("https://wiki.example/", "Amt@editor")
    assert not forget_password("https://wiki.example/", "Amt@editor")


def test_without_a_keyring_nothing_is_stored_and_the_message_says_so():
    assert not keyring_available()  # the tests run with keyring's fail backend (tests/conftest.py)
    assert stored_password("https://wiki.example/", "Amt@editor") is None
    with pytest.raises(Exception, match="Schlüsselbund"):
        store_password("https://wiki.example/", "Amt@editor", "geheim")


def test_an_edit_whose_answer_got_lost_is_told_apart_from_one_never_sent():
    import requests
    from urllib3.exceptions import MaxRetryError, NewConnectionError, ProtocolError

    from editor.services.mediawiki import _writing

    request = requests.Request("POST", "http://wiki.example/api.php", data={"action": "edit", "text": "x"}).prepare()
    sent = requests.exceptions.ConnectionError(
        MaxRetryError(None, "/api.php", ProtocolError("Connection aborted.")), request=request
    )
    refused = requests.exceptions.ConnectionError(
        MaxRetryError(None, "/api.php", NewConnectionError(None, "refused")), request=request
    )
    reading = requests.Request("GET", "http://wiki.example/api.php", params={"action": "query"}).prepare()
    assert _writing(sent)
    assert not _writing(refused)  # nothing reached the wiki
    assert not _writing(requests.exceptions.ConnectionError("x", request=reading))
