"""Publish a document's page to the wiki and pull it back, with conflicts caught (no Qt).

The window and the command line run the same steps; only the steps marked *network*
talk to the wiki (through :class:`~editor.services.mediawiki.WikiConnection`), and only
when the user started them. The rest reads and writes the file through the services.

Publish: :func:`plan_publish` (offline: the wiki text, the page title, the base)
→ :func:`check_publish` (network: the live page, conflicts, missing icons) → the user
sees the difference → :func:`publish` (network: upload icons, save the page, read the
saved revision back) → :func:`record_publish` (the new base into the file).

Pull: :func:`fetch_page` (network) → :func:`plan_pull` (offline: import the page and
keep what the page does not show) → :func:`apply_pull` (a Fassung of the current
state, then the page's content as one undoable step).

The **base** of a document on a wiki page (table ``wiki_sync``) is the page's revision
id, timestamp and wiki text at the last publish or pull. Before saving, the live page
is compared with it: a different revision means someone changed the page in the wiki
meanwhile - another person, or the same account in the browser, which MediaWiki does
not report as an edit conflict. Then nothing is saved until the user decides.
"""

from __future__ import annotations

import difflib
import html
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from editor.domain.messages import Message, message
from editor.domain.model import Document, Themenfeld
from editor.domain.pull_merge import merge_pulled, same_content
from editor.services.files import Reader
from editor.services.mediawiki import LivePage, WikiConnection, WikiError, WikiOptions, WikiPermissionError
from editor.services.operations import OperationError, Operations, UndoRecord
from editor.services.passwords import wiki_key
from editor.storage.queries import sync_rows
from editor.storage.repository import Recorder, Row
from editor.storage.workspace import Workspace

Progress = Callable[[Message], None]
"""Told what the network work is doing now ("Seite wird gespeichert …")."""

Conflict = Literal["", "exists", "deleted", "changed"]
"""Why a publish stops: ``exists`` the page is there but this file never published or pulled it;
``deleted`` it was published but is gone now; ``changed`` someone saved it since the base."""


class PublishConflictError(WikiError):
    """The page changed in the wiki since the last publish or pull; ``check`` holds the three texts."""

    def __init__(self, template: str | Message, check: PublishCheck, /, **params: object) -> None:
        super().__init__(template, **params)
        self.check = check


@dataclass(frozen=True, slots=True)
class SyncBase:
    """A page as it was at the last publish or pull of a document: the base for the next publish."""

    wiki: str
    title: str
    revision: int
    timestamp: str
    text: str
    action: str = "publish"
    """``publish`` or ``pull``."""
    synced: str = ""
    """When, on this computer (ISO, local time)."""


def _silent(_what: Message) -> None:
    """Progress nobody listens to."""


def same_text(a: str, b: str) -> bool:
    """Return whether two wiki texts are the same page (the wiki trims the end and normalises Unicode)."""
    return _norm(a) == _norm(b)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n")).rstrip()


# --- the base in the file ----------------------------------------------------------------


def sync_base(workspace: Workspace, document_id: int, wiki: str, title: str) -> SyncBase | None:
    """Return the document's base on that wiki page, or None (never published or pulled there)."""
    rows = sync_rows(workspace.db, document_id, wiki_key(wiki), title)
    return _base(rows[0]) if rows else None


def last_sync(workspace: Workspace, document_id: int) -> SyncBase | None:
    """Return the document's most recent publish or pull, or None."""
    rows = sync_rows(workspace.db, document_id, latest=True)
    return _base(rows[0]) if rows else None


def _base(row: Row) -> SyncBase:
    return SyncBase(
        str(row["wiki"]),
        str(row["title"]),
        int(row["revision"]),
        str(row["timestamp"]),
        str(row["text"]),
        str(row["action"]),
        str(row["synced"]),
    )


def write_sync_base(rec: Recorder, document_id: int, base: SyncBase) -> None:
    """Write (or replace) the document's base on ``base.wiki``/``base.title`` through ``rec``."""
    values = {
        "document_id": document_id,
        "wiki": base.wiki,
        "title": base.title,
        "revision": base.revision,
        "timestamp": base.timestamp,
        "text": base.text,
        "action": base.action,
        "synced": base.synced or _now(),
    }
    rows = sync_rows(rec.db, document_id, base.wiki, base.title)
    if rows:
        rec.update("wiki_sync", int(rows[0]["id"]), values)
    else:
        rec.insert("wiki_sync", values)


def record_publish(workspace: Workspace, result: PublishResult) -> None:
    """Keep the published revision as the document's new base (not an undo step: the wiki keeps it)."""
    with workspace.transaction() as db:
        write_sync_base(Recorder(db), result.document_id, result.base)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# --- publish -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IconFile:
    """A Themenfeld icon the page shows: its file name in the wiki and our picture of it, if any."""

    name: str
    path: Path | None
    reason: Message | None = None
    """Why there is no picture to upload (shown when the wiki lacks the file)."""


@dataclass(frozen=True, slots=True)
class PublishPlan:
    """What publishing would send, worked out offline."""

    document_id: int
    wiki: str
    title: str
    text: str
    base: SyncBase | None
    icons: tuple[IconFile, ...] = ()


def plan_publish(reader: Reader, document_id: int, wiki: str, profile_name: str | None = None) -> PublishPlan:
    """Return the page title, wiki text, base and icons of a document (no network)."""
    from exports.wiki import export_wiki
    from exports.wiki_profile import ProfileError, default_profile, load_profile

    key = wiki_key(wiki)
    try:
        profile = load_profile(profile_name) if profile_name else default_profile()
    except ProfileError as error:
        raise OperationError(error.message) from None
    source = reader.export_source(document_id)
    title = " ".join(source.document.page_title().split())
    if not title:
        raise OperationError("Das Dokument hat weder Titel noch Wiki-Seitentitel; bitte erst einen angeben.")
    text = export_wiki(source, profile)
    names = _file_names(text, (profile.file_namespace, *profile.file_aliases))
    icons = tuple(_icon_file(name, source.document, reader.catalogue().themenfelder) for name in names)
    base = sync_base(reader.workspace, document_id, key, title)
    return PublishPlan(document_id, key, title, text, base, icons)


def _file_names(text: str, namespaces: Sequence[str]) -> list[str]:
    """Return the files the page shows (``[[Datei:…]]``), in order, once each."""
    import mwparserfromhell

    spaces = {n.casefold() for n in namespaces} | {"file", "datei", "image", "bild"}
    names: list[str] = []
    for link in mwparserfromhell.parse(text).filter_wikilinks():  # pyright: ignore[reportUnknownMemberType]
        target = html.unescape(str(link.title)).strip()
        space, _, name = target.partition(":")
        name = " ".join(name.replace("_", " ").split())
        if name and space.strip().casefold() in spaces and name not in names:
            names.append(name)
    return names


def _icon_file(name: str, document: Document, themenfelder: Sequence[Themenfeld]) -> IconFile:
    from exports.docx_export import GENERIC_ICON, icon_path

    owner = next((tf for tf in themenfelder if tf.icon.strip() == name), None)
    picture = icon_path(owner or Themenfeld(Path(name).stem, icon=name))
    if picture.name == GENERIC_ICON:
        return IconFile(name, None, message("Für „{name}“ hat der Editor kein eigenes Symbol.", name=name))
    if Path(name).suffix.casefold() != picture.suffix.casefold():
        return IconFile(
            name,
            None,
            message(
                "Das Symbol „{name}“ liegt dem Editor nur als {kind} vor.", name=name, kind=picture.suffix[1:].upper()
            ),
        )
    return IconFile(name, picture)


@dataclass(frozen=True, slots=True)
class PublishCheck:
    """The live page next to what would be published, and whether that may go ahead."""

    plan: PublishPlan
    live: LivePage
    conflict: Conflict
    user: str
    """The account we are logged in as."""
    missing_icons: tuple[IconFile, ...] = ()
    can_upload: bool = True

    @property
    def up_to_date(self) -> bool:
        """Whether the wiki already shows exactly what would be published."""
        return self.live.exists and same_text(self.live.text, self.plan.text)

    @property
    def changed_by_same_account(self) -> bool:
        """Whether the latest revision was saved by the account we publish with (e.g. in the browser)."""
        return bool(self.live.user) and self.live.user == self.user

    def diff(self) -> str:
        """Return a unified diff from the live page to what would be published ('' if equal)."""
        old = _norm(self.live.text) if self.live.exists else ""
        label = f"im Wiki (Version {self.live.revision})" if self.live.exists else "im Wiki (keine Seite)"
        return _diff(old, _norm(self.plan.text), label, "zu veröffentlichen")

    def wiki_changes(self) -> str:
        """Return a unified diff from the base to the live page: what was changed in the wiki meanwhile."""
        base = _norm(self.plan.base.text) if self.plan.base is not None else ""
        live = _norm(self.live.text) if self.live.exists else ""
        old = f"zuletzt veröffentlicht/geholt (Version {self.plan.base.revision})" if self.plan.base else "(nichts)"
        return _diff(base, live, old, f"im Wiki (Version {self.live.revision})")

    def conflict_message(self) -> Message:
        """Return why publishing stops, in German (translatable)."""
        title, user = self.plan.title, self.live.user
        if self.conflict == "exists":
            return message(
                "Die Seite „{title}“ gibt es im Wiki schon, aber aus dieser Datei wurde sie nie veröffentlicht "
                "oder geholt. Veröffentlichen würde ihren Text ersetzen. Holen Sie die Seite zuerst "
                "(Aus dem Wiki holen) oder überschreiben Sie sie ausdrücklich.",
                title=title,
            )
        if self.conflict == "deleted":
            return message(
                "Die Seite „{title}“ wurde im Wiki gelöscht oder verschoben, seit sie zuletzt veröffentlicht wurde. "
                "Sie wird nur auf ausdrücklichen Wunsch neu angelegt.",
                title=title,
            )
        if self.conflict == "changed" and self.changed_by_same_account:
            return message(
                "Die Seite „{title}“ wurde im Wiki geändert, seit sie zuletzt veröffentlicht oder geholt wurde "
                "(Version {revision} vom {when}, von Ihrem eigenen Konto {user}, etwa im Browser). "
                "Es wurde nichts überschrieben.",
                title=title,
                revision=self.live.revision,
                when=_when(self.live.timestamp),
                user=user,
            )
        if self.conflict == "changed":
            return message(
                "Die Seite „{title}“ wurde im Wiki geändert, seit sie zuletzt veröffentlicht oder geholt wurde "
                "(Version {revision} vom {when}, von {user}). Es wurde nichts überschrieben.",
                title=title,
                revision=self.live.revision,
                when=_when(self.live.timestamp),
                user=user or "?",
            )
        return message("Keine Änderungen im Wiki seit dem letzten Abgleich.")


def _when(timestamp: str) -> str:
    try:
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return timestamp
    return f"{moment:%d.%m.%Y %H:%M}"


def _diff(old: str, new: str, old_label: str, new_label: str) -> str:
    return "".join(
        difflib.unified_diff(
            (old + "\n").splitlines(keepends=True) if old else [],
            (new + "\n").splitlines(keepends=True) if new else [],
            fromfile=old_label,
            tofile=new_label,
        )
    )


def _conflict(base: SyncBase | None, live: LivePage, text: str) -> Conflict:
    if live.exists and same_text(live.text, text):
        return ""  # the wiki already shows our text: nothing would be overwritten
    if base is None:
        return "exists" if live.exists else ""
    if not live.exists:
        return "deleted"
    if live.revision == base.revision or same_text(live.text, base.text):
        return ""  # the same revision, or a revision that changed no text (a protection note)
    return "changed"


def connect_and_login(
    wiki: str,
    login: str,
    password: str,
    options: WikiOptions | None = None,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> WikiConnection:
    """*Network*: find the wiki and log in with a bot password."""
    say = progress or _silent
    say(message("Verbindung zum Wiki wird aufgebaut …"))
    connection = WikiConnection.connect(wiki, options, cancel)
    say(message("Anmelden als {login} …", login=login))
    try:
        connection.login(login, password)
    except BaseException:
        connection.close()
        raise
    return connection


def check_publish(connection: WikiConnection, plan: PublishPlan, progress: Progress | None = None) -> PublishCheck:
    """*Network*: read the live page and the icons the wiki lacks; say whether publishing may go ahead."""
    say = progress or _silent
    say(message("Seite „{title}“ wird gelesen …", title=plan.title))
    live = connection.read_page(plan.title)
    if not live.can_edit:
        raise WikiPermissionError(
            "Die Seite „{title}“ ist im Wiki geschützt; Ihr Konto {user} darf sie nicht bearbeiten. Es wurde nichts "
            "geändert. Bitten Sie eine Administratorin oder einen Administrator des Wikis um Freigabe.",
            title=live.title,
            user=connection.user,
        )
    missing: tuple[IconFile, ...] = ()
    if plan.icons:
        say(message("Symbole im Wiki werden gesucht …"))
        names = set(connection.missing_files([icon.name for icon in plan.icons]))
        missing = tuple(icon for icon in plan.icons if icon.name in names)
    return PublishCheck(
        plan, live, _conflict(plan.base, live, plan.text), connection.user, missing, "upload" in connection.rights
    )


@dataclass(frozen=True, slots=True)
class PublishResult:
    """What a publish did."""

    document_id: int
    title: str
    saved: bool
    """Whether a new revision was saved (False: the wiki already had this text)."""
    base: SyncBase
    uploaded: tuple[str, ...] = ()
    not_uploaded: tuple[IconFile, ...] = ()
    overwritten: int = 0
    """A revision someone saved between our last look and our save, which ours replaced (0: none)."""
    notes: tuple[Message, ...] = field(default_factory=tuple[Message, ...])


def publish(
    connection: WikiConnection,
    check: PublishCheck,
    summary: str,
    overwrite: bool = False,
    upload_icons: bool = True,
    progress: Progress | None = None,
) -> PublishResult:
    """*Network*: upload missing icons and save the page - unless the wiki changed since ``check``.

    A conflict stops with :class:`PublishConflictError` unless ``overwrite`` is the
    user's explicit choice after seeing it; even then the page must still be the
    revision the user saw.
    """
    say = progress or _silent
    plan = check.plan
    if check.conflict and not overwrite:
        raise PublishConflictError(check.conflict_message(), check)
    say(message("Seite „{title}“ wird noch einmal gelesen …", title=plan.title))
    live = connection.read_page(plan.title)
    if live.exists != check.live.exists or live.revision != check.live.revision:
        # The user decided on what they saw; that is the base now.
        seen = SyncBase(plan.wiki, plan.title, check.live.revision, check.live.timestamp, check.live.text)
        seen_base = seen if check.live.exists else plan.base
        again = PublishCheck(
            _rebased(plan, seen_base),
            live,
            _conflict(seen_base, live, plan.text) or "changed",
            check.user,
            check.missing_icons,
            check.can_upload,
        )
        raise PublishConflictError(
            "Die Seite „{title}“ wurde im Wiki geändert, während Sie die Unterschiede angesehen haben. "
            "Es wurde nichts überschrieben.",
            again,
            title=plan.title,
        )
    uploaded: list[str] = []
    skipped: list[IconFile] = []
    for icon in check.missing_icons:
        if not upload_icons or icon.path is None:
            skipped.append(icon)
            continue
        if not check.can_upload:
            raise WikiPermissionError(
                "Ihr Bot-Passwort erlaubt kein Hochladen von Dateien, und im Wiki fehlen Symbole ({names}). "
                "Es wurde nichts veröffentlicht. Erlauben Sie unter Spezial:BotPasswörter „Neue Dateien hochladen“ "
                "oder veröffentlichen Sie ohne die Symbole.",
                names=", ".join(i.name for i in check.missing_icons if i.path is not None),
            )
        say(message("Symbol „{name}“ wird hochgeladen …", name=icon.name))
        connection.upload(
            icon.name,
            icon.path.read_bytes(),
            "Symbol eines Themenfelds des integrierten Stadtentwicklungsprozesses (iSTEP).",
            summary,
        )
        uploaded.append(icon.name)
    if live.exists and same_text(live.text, plan.text):
        base = SyncBase(plan.wiki, live.title, live.revision, live.timestamp, live.text, "publish")
        return PublishResult(plan.document_id, plan.title, False, base, tuple(uploaded), tuple(skipped))
    say(message("Seite „{title}“ wird gespeichert …", title=plan.title))
    saved = connection.save_page(
        plan.title,
        plan.text,
        summary,
        "edit" if live.exists else "create",
        base_timestamp=live.timestamp,
        start_timestamp=live.start_timestamp,
    )
    if not saved.changed:
        base = SyncBase(plan.wiki, live.title, live.revision, live.timestamp, live.text, "publish")
        return PublishResult(plan.document_id, plan.title, False, base, tuple(uploaded), tuple(skipped))
    say(message("Gespeicherte Version wird gelesen …"))
    stored = connection.read_revision(saved.revision)
    base = SyncBase(plan.wiki, stored.title or saved.title, saved.revision, saved.timestamp, stored.text, "publish")
    # MediaWiki lets an account overwrite its own newer revision silently; say so if it happened just now.
    overwritten = saved.previous_revision if live.exists and saved.previous_revision != live.revision else 0
    return PublishResult(plan.document_id, plan.title, True, base, tuple(uploaded), tuple(skipped), overwritten)


def _rebased(plan: PublishPlan, base: SyncBase | None) -> PublishPlan:
    return PublishPlan(plan.document_id, plan.wiki, plan.title, plan.text, base, plan.icons)


def default_summary(check: PublishCheck) -> str:
    """Return the edit summary offered by default."""
    if not check.live.exists:
        return "Angelegt mit dem Strategie-Editor"
    return "Aktualisiert mit dem Strategie-Editor"


# --- pull ----------------------------------------------------------------------------------


def fetch_page(connection: WikiConnection, title: str, progress: Progress | None = None) -> LivePage:
    """*Network*: read the live page; a missing page is an error."""
    title = " ".join(title.split())
    if not title:
        raise OperationError("Bitte den Titel der Wiki-Seite angeben.")
    (progress or _silent)(message("Seite „{title}“ wird gelesen …", title=title))
    live = connection.read_page(title)
    if not live.exists:
        raise WikiError(
            "Die Seite „{title}“ gibt es im Wiki {wiki} nicht. Stimmt der Seitentitel?",
            title=title,
            wiki=connection.address.api_url,
        )
    return live


@dataclass(frozen=True, slots=True)
class PullPlan:
    """What a pull will do to the file, worked out offline from the fetched page."""

    document_id: int | None
    """The document that takes the page's content; None: a new document."""
    document: Document
    base: SyncBase
    report: tuple[str, ...]
    version_name: str | None
    """The Fassung that keeps the current state first (None for a new document)."""
    unchanged: bool
    """Whether the page is the same revision as at the last publish or pull."""
    same: bool = False
    """Whether the document already holds exactly what the page gives (then only the base is kept)."""


def page_title_of(reader: Reader, document_id: int) -> str:
    """Return the wiki page title of a document."""
    return " ".join(reader.document(document_id).page_title().split())


def plan_pull(
    reader: Reader, document_id: int | None, wiki: str, live: LivePage, profile_name: str | None = None
) -> PullPlan:
    """Return the document the page gives, keeping what the page does not show from the current one."""
    from exports.wiki import export_wiki
    from exports.wiki_import import WikiImportError, import_wiki
    from exports.wiki_profile import ProfileError, default_profile, load_profile

    key = wiki_key(wiki)
    try:
        profile = load_profile(profile_name) if profile_name else default_profile()
    except ProfileError as error:
        raise OperationError(error.message) from None
    catalogue = reader.catalogue()
    page_ids = {title: doc_id for doc_id, title in reader.titles().items()}
    try:
        result = import_wiki(live.text, catalogue, page_ids, profile, title=live.title)
    except WikiImportError as error:
        raise OperationError(error.message) from None
    pulled = result.document
    base = SyncBase(key, live.title, live.revision, live.timestamp, live.text, "pull")
    if document_id is None:
        owner = next((i for i, t in reader.titles().items() if _key(t) == _key(live.title)), None)
        if owner is not None:
            raise OperationError(
                "Die Seite „{title}“ gehört schon zu Dokument {id} dieser Datei; holen Sie sie in dieses Dokument.",
                title=live.title,
                id=owner,
            )
        return PullPlan(None, pulled, base, tuple(result.report), None, False)
    current = reader.document(document_id)
    roundtrip = import_wiki(
        export_wiki(reader.export_source(document_id), profile), catalogue, page_ids, profile, title=live.title
    ).document
    merged = merge_pulled(current, pulled, roundtrip)
    previous = sync_base(reader.workspace, document_id, key, live.title)
    unchanged = previous is not None and previous.revision == live.revision
    same = same_content(current, merged)
    name = None if same else _version_name(reader, document_id)
    return PullPlan(document_id, merged, base, tuple(result.report), name, unchanged, same)


def _key(title: str) -> str:
    text = " ".join(title.replace("_", " ").split())
    return text[:1].upper() + text[1:]


def _version_name(reader: Reader, document_id: int) -> str:
    stem = f"Vor dem Holen aus dem Wiki {datetime.now():%d.%m.%Y %H:%M}"
    taken = {name for name, _ in reader.versions(document_id)}
    name, n = stem, 2
    while name in taken:
        name, n = f"{stem} ({n})", n + 1
    return name


def record_pull_base(workspace: Workspace, plan: PullPlan) -> None:
    """Keep the pulled revision as the base when the document needed no change (not an undo step)."""
    assert plan.document_id is not None
    with workspace.transaction() as db:
        write_sync_base(Recorder(db), plan.document_id, plan.base)


def pull_into_document(ops: Operations, plan: PullPlan) -> UndoRecord:
    """Give the document the page's content and the page's revision as its base: one undoable step."""
    return ops.replace_document(
        plan.document_id, plan.document, also=lambda rec, doc_id: write_sync_base(rec, doc_id, plan.base)
    )


@dataclass(frozen=True, slots=True)
class PullOutcome:
    """What a pull did: the document, the Fassung of the state before, the undo records."""

    document_id: int
    version_name: str | None
    records: tuple[UndoRecord, ...]


def apply_pull(ops: Operations, plan: PullPlan) -> PullOutcome:
    """Save the current state as a Fassung, then bring the page into the document (two undo steps)."""
    if plan.same and plan.document_id is not None:
        record_pull_base(ops.workspace, plan)
        return PullOutcome(plan.document_id, None, ())
    records: list[UndoRecord] = []
    if plan.document_id is not None and plan.version_name is not None:
        records.append(ops.save_version(plan.document_id, plan.version_name))
    record = pull_into_document(ops, plan)
    records.append(record)
    document_id = plan.document_id if plan.document_id is not None else record.document_id
    assert document_id is not None
    return PullOutcome(document_id, plan.version_name, tuple(records))
