"""The workspace schema and its migrations.

Schema version history (``PRAGMA user_version``; each version is one migration of the
sqlite-utils ``Migrations`` set below, applied in order):

- v1 (0.1.0, 2026-11): documents with metadata and Themenfelder; the section, goal and
  council-paper trees (parent_id + position); indicators, Beratungsfolge,
  Synergien, Leitziel references, links; the Themenfeld/Leitziel catalogue; Fassungen;
  the FTS5 search index. A real v1 file is kept in ``tests/storage/data/v1.strategie``.
- v2: ``setting``, the file's settings as key and text (who issues its Beschlussvorlagen:
  ``authority.city``, ``authority.head``, ``authority.unit``); a missing key means its default.
- v3 (issue 12): section bodies in canonical Markdown, as the body editor writes it since
  it no longer uses Qt's Markdown writer. No table changes; every document whose bodies
  change first gets a Fassung of its old state (:data:`CANONICAL_BODIES_VERSION`).
- v4 (issue 14): ``wiki_sync``, per document, wiki and page title the page's revision
  id, timestamp and wiki text at the last publish or pull - the base against which the
  next publish detects changes made in the wiki meanwhile (by anyone, the same account
  too). Deleting a document deletes its rows.
- v5 (issue 17): what an imported wiki page holds beyond the first model - free
  Leitziele in ``leitziel_ref`` (``leitziel_title``, ``leitziel_anchor``), the page's
  own icon file per Themenfeld (``document_themenfeld.icon``), its further categories
  (``document.categories``, a JSON list), the prose around the fixed parts
  (``document.page_texts``, a JSON object) and notes for the author (``document.notes``).
  A real v5 file is kept in ``tests/storage/data/v5.strategie`` (the sample, settings,
  three imported pages, a Fassung and a publish base, all made with the CLI).

Rules for a new version: add a migration function at the end, never edit an old one,
bump nothing by hand (the version is the number of applied migrations), keep a real
file of the released version under ``tests/storage/data/`` and a test that opens it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from editor.storage.sql import Database

APPLICATION_ID = 0x53545247  # "STRG": marks the file as a Strategie-Editor workspace
FILE_SUFFIX = ".strategie"

MIGRATION_SET = "strategie-editor"
"""The name under which sqlite-utils records the applied migrations (table ``_sqlite_migrations``)."""

MIGRATIONS: list[Callable[[Database], None]] = []
"""The migration functions in order; a file of version N has the first N applied."""


def _migration(function: Callable[[Database], None]) -> Callable[[Database], None]:
    MIGRATIONS.append(function)
    return function


TREE_TABLES: tuple[str, ...] = ("section", "goal", "paper")
"""Tables that hold a document's trees: rows carry document_id, parent_id, position."""

LIST_OWNERS: dict[str, str] = {
    "document_themenfeld": "document_id",
    "synergy": "document_id",
    "leitziel_ref": "document_id",
    "link": "document_id",
    "indicator": "goal_id",
    "consultation": "paper_id",
    "leitziel": "themenfeld_id",
    "version": "document_id",
}
"""Ordered lists inside one owner row: the table and the column naming its owner."""

TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "document": ("title", "wiki_title", "art", "scope", "responsible", "year", "status", "notes"),
    "section": ("title", "body"),
    "goal": ("title", "description", "owner", "deadline", "status"),
    "indicator": ("name", "unit", "baseline", "target", "year"),
    "paper": (
        "reference",
        "name",
        "paper_type",
        "date",
        "system",
        "url",
        "under_direction_of",
        "involved",
        "decision_proposal",
        "reasoning",
        "financial_impact",
        "attachments",
    ),
    "consultation": ("organization", "meeting_date", "role", "result"),
    "synergy": ("text",),
    "leitziel_ref": ("note", "leitziel_title"),
    "link": ("label", "url"),
}
"""The user-written text of each table; the full-text index covers exactly these."""

SEARCH_CODES: dict[str, int] = {name: code for code, name in enumerate(TEXT_COLUMNS, start=1)}
"""A small number per searchable table; a search row's rowid is ``id * 16 + code``."""

_V1 = """
CREATE TABLE themenfeld (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    wiki_page TEXT NOT NULL DEFAULT '',
    icon TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE leitziel (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    themenfeld_id INTEGER NOT NULL REFERENCES themenfeld(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    anchor TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX leitziel_owner ON leitziel(themenfeld_id, position);
CREATE TABLE document (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    wiki_title TEXT NOT NULL DEFAULT '',
    art TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    year TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    extra_params TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE TABLE document_themenfeld (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id),
    position INTEGER NOT NULL,
    themenfeld_id INTEGER NOT NULL REFERENCES themenfeld(id)
) STRICT;
CREATE INDEX document_themenfeld_owner ON document_themenfeld(document_id, position);
CREATE TABLE section (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id),
    parent_id INTEGER REFERENCES section(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX section_tree ON section(document_id, parent_id, position);
CREATE INDEX section_parent ON section(parent_id);
CREATE TABLE goal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id),
    parent_id INTEGER REFERENCES goal(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    themenfeld_id INTEGER REFERENCES themenfeld(id),
    leitziel_id INTEGER REFERENCES leitziel(id),
    owner TEXT NOT NULL DEFAULT '',
    deadline TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX goal_tree ON goal(document_id, parent_id, position);
CREATE INDEX goal_parent ON goal(parent_id);
CREATE TABLE indicator (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    goal_id INTEGER NOT NULL REFERENCES goal(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    baseline TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    year TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX indicator_owner ON indicator(goal_id, position);
CREATE TABLE paper (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id),
    parent_id INTEGER REFERENCES paper(id),
    position INTEGER NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    paper_type TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    system TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    under_direction_of TEXT NOT NULL DEFAULT '',
    involved TEXT NOT NULL DEFAULT '',
    public INTEGER NOT NULL DEFAULT 1,
    decision_proposal TEXT NOT NULL DEFAULT '',
    reasoning TEXT NOT NULL DEFAULT '',
    financial_impact TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX paper_tree ON paper(document_id, parent_id, position);
CREATE INDEX paper_parent ON paper(parent_id);
CREATE TABLE consultation (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    paper_id INTEGER NOT NULL REFERENCES paper(id),
    position INTEGER NOT NULL,
    organization TEXT NOT NULL DEFAULT '',
    meeting_date TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX consultation_owner ON consultation(paper_id, position);
CREATE TABLE synergy (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id),
    position INTEGER NOT NULL,
    target_document_id INTEGER REFERENCES document(id),
    text TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX synergy_owner ON synergy(document_id, position);
CREATE INDEX synergy_target ON synergy(target_document_id);
CREATE TABLE leitziel_ref (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id),
    position INTEGER NOT NULL,
    themenfeld_id INTEGER REFERENCES themenfeld(id),
    leitziel_id INTEGER REFERENCES leitziel(id),
    note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX leitziel_ref_owner ON leitziel_ref(document_id, position);
CREATE TABLE link (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX link_owner ON link(document_id, position);
CREATE TABLE version (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    snapshot TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX version_name ON version(document_id, name);
CREATE VIRTUAL TABLE search USING fts5(
    text, document_id UNINDEXED, kind UNINDEXED, node_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""


@_migration
def m001_initial(db: Database) -> None:
    """v1: the whole first schema."""
    for statement in _V1.split(";\n"):
        if statement.strip():
            db.execute(statement)


@_migration
def m002_settings(db: Database) -> None:
    """v2: the file's settings (who issues its Beschlussvorlagen), one row per key."""
    db.execute(
        """CREATE TABLE setting (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL DEFAULT ''
) STRICT""",
    )


CANONICAL_BODIES_VERSION = "Vor der Umstellung der Abschnittstexte"
"""The name of the Fassung that keeps a document's bodies as they were before v3."""

# The tables of a document and the search code as they were when v3 was written: a later schema
# must not change what this migration reads and writes.
_V1_DOCUMENT_QUERIES: tuple[tuple[str, str], ...] = (
    ("document", "SELECT * FROM document WHERE id = ?"),
    ("document_themenfeld", "SELECT * FROM document_themenfeld WHERE document_id = ?"),
    ("section", "SELECT * FROM section WHERE document_id = ?"),
    ("goal", "SELECT * FROM goal WHERE document_id = ?"),
    ("indicator", "SELECT * FROM indicator WHERE goal_id IN (SELECT id FROM goal WHERE document_id = ?)"),
    ("paper", "SELECT * FROM paper WHERE document_id = ?"),
    ("consultation", "SELECT * FROM consultation WHERE paper_id IN (SELECT id FROM paper WHERE document_id = ?)"),
    ("synergy", "SELECT * FROM synergy WHERE document_id = ?"),
    ("leitziel_ref", "SELECT * FROM leitziel_ref WHERE document_id = ?"),
    ("link", "SELECT * FROM link WHERE document_id = ?"),
)
_V1_SECTION_SEARCH_CODE = 2
_V1_INDEXED: dict[str, tuple[int, tuple[str, ...]]] = {
    "goal": (3, ("title", "description", "owner", "deadline", "status")),
    "paper": (5, ("reference", "name", "paper_type", "date", "system", "url", "under_direction_of", "involved",
                  "decision_proposal", "reasoning", "financial_impact", "attachments")),
}  # fmt: skip
"""Search code and indexed columns of format 1, as the search index of such a file holds them."""


def _reindex_v1(db: Database, table: str, row_id: int, document_id: int) -> None:
    """Index one goal or paper row again, as format 1 indexes it."""
    code, columns = _V1_INDEXED[table]
    rowid = row_id * 16 + code
    db.execute("DELETE FROM search WHERE rowid = ?", [rowid])
    row = db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", [row_id]).fetchone()
    text = "\n".join(str(value) for value in row if value)
    if text:
        db.execute(
            "INSERT INTO search (rowid, text, document_id, kind, node_id) VALUES (?, ?, ?, ?, ?)",
            [rowid, text, document_id, table, row_id],
        )


@_migration
def m003_canonical_bodies(db: Database) -> None:
    """v3: section bodies in canonical Markdown; a Fassung keeps each changed document's old state.

    Bodies written by Qt's Markdown writer (wrapped at 80 columns, "*" unescaped …) are
    read as CommonMark, as every reader read them, and written again by our writer. A body
    that reads the same either way keeps its bytes.
    """
    if (
        db.execute(
            "SELECT 1 FROM section WHERE body != '' UNION ALL SELECT 1 FROM goal WHERE description != '' "
            "UNION ALL SELECT 1 FROM paper WHERE reasoning != '' OR financial_impact != '' LIMIT 1",
        ).fetchone()
        is None
    ):
        return  # nothing to rewrite (a new file, or the schema check's empty copy): skip loading the parser
    import json
    from datetime import datetime

    from exports.markdown_ast import canonical_markdown, literal_markdown

    created = datetime.now().astimezone().isoformat(timespec="seconds")
    for (document_id,) in db.execute("SELECT id FROM document ORDER BY id").fetchall():
        sections = db.execute("SELECT id, title, body FROM section WHERE document_id = ?", [document_id]).fetchall()
        changed = [(sid, title, canonical_markdown(body)) for sid, title, body in sections]
        changed = [
            (sid, title, new) for (sid, title, new), (_, _, old) in zip(changed, sections, strict=True) if new != old
        ]
        # Goal descriptions and a paper's Sachverhalt / Finanzielle Auswirkungen were typed into
        # plain text fields: what was typed is kept as characters (a "*" stays a star).
        plain_fields = [
            ("goal", column, row_id, value, literal_markdown(value))
            for column in ("description",)
            for row_id, value in db.execute(
                f"SELECT id, {column} FROM goal WHERE document_id = ? AND {column} != ''", [document_id]
            ).fetchall()
        ] + [
            ("paper", column, row_id, value, literal_markdown(value))
            for column in ("reasoning", "financial_impact")
            for row_id, value in db.execute(
                f"SELECT id, {column} FROM paper WHERE document_id = ? AND {column} != ''", [document_id]
            ).fetchall()
        ]
        plain_fields = [field for field in plain_fields if field[3] != field[4]]
        if not changed and not plain_fields:
            continue
        snapshot = {
            table: sorted(db.query(sql, [document_id]), key=lambda row: int(row["id"]))
            for table, sql in _V1_DOCUMENT_QUERIES
        }
        names = {
            row[0] for row in db.execute("SELECT name FROM version WHERE document_id = ?", [document_id]).fetchall()
        }
        name, n = CANONICAL_BODIES_VERSION, 1
        while name in names:
            n += 1
            name = f"{CANONICAL_BODIES_VERSION} ({n})"
        (position,) = db.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM version WHERE document_id = ?", [document_id]
        ).fetchone()
        db.execute(
            "INSERT INTO version (document_id, position, name, created, snapshot) VALUES (?, ?, ?, ?, ?)",
            [document_id, position, name, created, json.dumps(snapshot, ensure_ascii=False, sort_keys=True)],
        )
        for table, column, row_id, _old, value in plain_fields:
            db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, row_id])
            _reindex_v1(db, table, row_id, document_id)
        for section_id, title, body in changed:
            db.execute("UPDATE section SET body = ? WHERE id = ?", [body, section_id])
            rowid = section_id * 16 + _V1_SECTION_SEARCH_CODE
            db.execute("DELETE FROM search WHERE rowid = ?", [rowid])
            text = "\n".join(part for part in (title, body) if part)
            if text:
                db.execute(
                    "INSERT INTO search (rowid, text, document_id, kind, node_id) VALUES (?, ?, ?, ?, ?)",
                    [rowid, text, document_id, "section", section_id],
                )


@_migration
def m004_wiki_sync(db: Database) -> None:
    """v4: the base of publish and pull (revision, timestamp, wiki text) per document, wiki and page."""
    db.execute(
        """CREATE TABLE wiki_sync (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    wiki TEXT NOT NULL,
    title TEXT NOT NULL,
    revision INTEGER NOT NULL,
    timestamp TEXT NOT NULL,
    text TEXT NOT NULL,
    action TEXT NOT NULL,
    synced TEXT NOT NULL
) STRICT""",
    )
    db.execute("CREATE UNIQUE INDEX wiki_sync_page ON wiki_sync(document_id, wiki, title)")


@_migration
def m005_wiki_page_fidelity(db: Database) -> None:
    """v5: free Leitziele, a page's own icons and categories, prose around the fixed parts, notes."""
    for statement in (
        "ALTER TABLE leitziel_ref ADD COLUMN leitziel_title TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE leitziel_ref ADD COLUMN leitziel_anchor TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE document_themenfeld ADD COLUMN icon TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE document ADD COLUMN categories TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE document ADD COLUMN page_texts TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE document ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
    ):
        db.execute(statement)


def apply_migrations(db: Database) -> None:
    """Apply the migrations the file has not had yet, each in its own transaction.

    sqlite-utils' ``Migrations`` does the bookkeeping (which ran, when: ``_sqlite_migrations``,
    under each function's name); it is imported here only, as making or upgrading a file is
    the only time it is needed.
    """
    from sqlite_utils import Database as UtilsDatabase
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for function in MIGRATIONS:
        migrations()(_on_our_connection(function))
    migrations.apply(UtilsDatabase(db.conn, execute_plugins=False, recursive_triggers=False))


def _on_our_connection(function: Callable[[Database], None]) -> Callable[[object], None]:
    @functools.wraps(function)
    def run(utils_db: object) -> None:
        function(Database(utils_db.conn))  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType, reportUnknownArgumentType]

    return run


CURRENT_VERSION = len(MIGRATIONS)
"""The schema version this program writes: the number of migrations."""
