"""The command line: the same services as the editor, headless and without Qt.

Exit codes: 0 success, 1 findings (``check``), 2 error (message on stderr, in German).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

if TYPE_CHECKING:
    from editor.services.files import Reader
    from editor.storage.workspace import Workspace

# Each command imports what it needs when it runs: `--help` and a mistyped argument load
# argparse only, and no command loads more than its own layers (never Qt).

PROGRAM = "strategie-editor"


class CliError(Exception):
    """An error to report on stderr with exit code 2."""


class GermanArgumentParser(argparse.ArgumentParser):
    """argparse with German headings and error messages."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", GermanHelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "Argumente"
        self._optionals.title = "Optionen"
        self.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")

    def error(self, message: str) -> NoReturn:
        """Print the usage and a German error, exit with 2."""
        message = (
            message.replace("the following arguments are required", "diese Angaben fehlen")
            .replace("unrecognized arguments", "unbekannte Angaben")
            .replace("invalid choice", "ungültige Auswahl")
            .replace("choose from", "möglich sind")
            .replace("expected one argument", "erwartet einen Wert")
            .replace("invalid int value", "keine ganze Zahl")
            .replace("argument", "Angabe")
        )
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: Fehler: {message}\n")


class GermanHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help text with German "Aufruf:" instead of "usage:"."""

    def add_usage(self, usage: str | None, actions: object, groups: object, prefix: str | None = None) -> None:
        """Write the usage line with a German prefix."""
        super().add_usage(usage, actions, groups, "Aufruf: " if prefix is None else prefix)  # type: ignore[arg-type]


def path_argument(text: str) -> Path:
    """Turn a command-line argument into a path; refuse names no file system accepts."""
    if "\x00" in text:
        raise argparse.ArgumentTypeError("der Dateiname enthält ein unzulässiges Zeichen")
    return Path(text)


def _open(path: Path, read_only: bool = True) -> Workspace:
    """Open a file for reading, or for writing as the editor does (lock, today's backup)."""
    from editor.services.files import join_notes, open_for_editing
    from editor.storage.workspace import Workspace

    if read_only:
        workspace = Workspace.open(path, read_only=True)
        note = join_notes(workspace.notes)
    else:
        workspace, note = open_for_editing(path)
    if note is not None:
        print(f"{PROGRAM}: Hinweis: {note}", file=sys.stderr)
    return workspace


def _document_id(reader: Reader, document_id: int | None) -> int:
    return reader.resolve(document_id)


def cmd_new(args: argparse.Namespace, out: TextIO) -> int:
    """Create an empty workspace."""
    from editor.services.files import new_workspace

    new_workspace(args.file).close()
    print(f"Neue Datei angelegt: {args.file}", file=out)
    return 0


def cmd_sample(args: argparse.Namespace, out: TextIO) -> int:
    """Create a workspace with the bundled sample."""
    from editor.services.files import Reader, sample_workspace

    workspace = sample_workspace(args.file)
    count = len(Reader(workspace).documents())
    workspace.close()
    print(f"Beispieldatei mit {count} Dokumenten angelegt: {args.file}", file=out)
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    """Print one line per document."""
    from editor.services.files import Reader

    workspace = _open(args.file)
    for doc in Reader(workspace).documents():
        print(f"{doc.id}\t{doc.page_title()}\t{doc.status}", file=out)
    workspace.close()
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """Print a document as outline or JSON."""
    from editor.services.files import Reader

    workspace = _open(args.file)
    reader = Reader(workspace)
    doc_id = _document_id(reader, args.document)
    if args.json:
        from editor.services.files import document_json

        print(document_json(reader.document(doc_id)), file=out)
    else:
        out.write(reader.outline(doc_id))
    workspace.close()
    return 0


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    """Print validation findings; exit 1 if there are any."""
    from editor.services.files import Reader

    workspace = _open(args.file)
    reader = Reader(workspace)
    doc_id = _document_id(reader, args.document) if args.document is not None else None
    findings = reader.check(doc_id)
    titles = reader.titles()
    for f in findings:
        where = f"Dokument {f.document_id} „{titles.get(f.document_id or 0, '')}“"
        if f.kind != "document":
            where += f", {f.kind} {f.node_id}"
        if f.field:
            where += f", Feld {f.field}"
        print(f"{f.severity}: {f.message} ({where})", file=out)
    workspace.close()
    if findings:
        print(f"{len(findings)} Befund(e).", file=out)
        return 1
    print("Keine Befunde.", file=out)
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    """Print full-text matches."""
    from editor.services.files import Reader

    workspace = _open(args.file)
    reader = Reader(workspace)
    told = len(workspace.notes)
    hits = reader.search(args.query, args.document)
    for note in workspace.notes[told:]:  # the index failed in use and was rebuilt
        print(f"{PROGRAM}: Hinweis: {note}", file=sys.stderr)
    titles = reader.titles()
    for hit in hits:
        print(
            f"{hit.document_id}\t{titles.get(hit.document_id, '')}\t{hit.kind} {hit.node_id}\t{hit.snippet}", file=out
        )
    workspace.close()
    if not hits:
        print("Keine Treffer.", file=sys.stderr)
    return 0


def cmd_versions(args: argparse.Namespace, out: TextIO) -> int:
    """Save, list, compare and restore Fassungen."""
    from editor.services.files import Reader
    from editor.services.operations import Operations

    writes = args.action in ("save", "restore")
    workspace = _open(args.file, read_only=not writes)
    if writes and workspace.read_only:
        workspace.close()
        raise CliError(f"„{args.file}“ ist schreibgeschützt; die Fassung kann nicht gespeichert werden.")
    reader = Reader(workspace)
    doc_id = _document_id(reader, args.document)
    ops = Operations(workspace)
    try:
        if args.action == "list":
            versions = reader.versions(doc_id)
            for name, created in versions:
                print(f"{name}\t{created}", file=out)
            if not versions:
                print("Noch keine Fassungen gespeichert.", file=sys.stderr)
        else:
            if not args.name:
                raise CliError(f"versions {args.action} braucht den Namen der Fassung.")
            if args.action == "save":
                ops.save_version(doc_id, args.name)
                print(f"Fassung „{args.name}“ gespeichert.", file=out)
            elif args.action == "diff":
                diff = reader.version_diff(doc_id, args.name)
                out.write(diff or f"Keine Unterschiede zur Fassung „{args.name}“.\n")
            elif args.action == "restore":
                ops.restore_version(doc_id, args.name)
                print(f"Fassung „{args.name}“ wiederhergestellt.", file=out)
    finally:
        workspace.close()
    return 0


def cmd_backups(args: argparse.Namespace, out: TextIO) -> int:
    """List the daily backup copies of a file, or restore one."""
    from editor.storage.backups import backup_folder, find_backup, list_backups, restore_backup

    path = Path(args.file)
    if args.action == "list":
        backups = list_backups(path)
        for backup in backups:
            print(f"{backup.name}\t{backup.made:%d.%m.%Y %H:%M}", file=out)
        if not backups:
            print(f"Keine Sicherungen in {backup_folder(path)}.", file=sys.stderr)
        return 0
    if not args.name:
        raise CliError("backups restore braucht den Namen oder das Datum der Sicherung (siehe backups list).")
    safety = restore_backup(path, find_backup(path, args.name))
    kept = f" Der vorherige Stand liegt in „{safety}“." if safety.exists() else ""
    print(f"Sicherung „{args.name}“ wiederhergestellt.{kept}", file=out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand."""
    parser = GermanArgumentParser(
        prog=PROGRAM,
        description=(
            "Strategiepapiere offline schreiben und als Word-Dokument und Wiki-Text veröffentlichen.\n\n"
            f"Ohne Befehl startet der Editor: {PROGRAM} [DATEI] öffnet DATEI, sonst die zuletzt\n"
            "geöffnete Datei oder das mitgelieferte Beispiel."
        ),
        epilog="Fehler stehen auf der Standardfehlerausgabe; Rückgabewert 2 bei Fehlern.",
    )
    from editor import __version__

    parser.add_argument(
        "--version", action="version", version=f"{PROGRAM} {__version__}", help="die Versionsnummer zeigen"
    )
    sub = parser.add_subparsers(dest="command", title="Befehle", metavar="BEFEHL", parser_class=GermanArgumentParser)

    def command(
        name: str, help_text: str, func: Callable[[argparse.Namespace, TextIO], int]
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("file", metavar="DATEI", type=path_argument, help="die Strategie-Datei (.strategie)")
        p.set_defaults(func=func)
        return p

    def document_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--document", "-d", type=int, metavar="ID", help="Nummer des Dokuments (siehe list); sonst das erste"
        )

    command("new", "eine leere Strategie-Datei anlegen (mit dem Themenfeld-Katalog)", cmd_new)
    command("sample", "eine Datei mit dem mitgelieferten Beispiel (Smart City Strategie) anlegen", cmd_sample)
    command("list", "eine Zeile je Dokument: Nummer, Wiki-Seitentitel, Status", cmd_list)
    p = command("show", "ein Dokument vollständig als gegliederten Text ausgeben", cmd_show)
    document_option(p)
    p.add_argument("--json", action="store_true", help="als JSON ausgeben")
    p = command(
        "check", "Prüfen: Befunde ausgeben; Rückgabewert 0 ohne Befunde, 1 mit Befunden, 2 bei Fehlern", cmd_check
    )
    p.add_argument("--document", "-d", type=int, metavar="ID", help="nur dieses Dokument prüfen; sonst die ganze Datei")
    p = command("search", "Volltextsuche über alle Texte aller Dokumente", cmd_search)
    p.add_argument("query", metavar="SUCHBEGRIFF", help="ein oder mehrere Wörter; das letzte auch als Wortanfang")
    p.add_argument("--document", "-d", type=int, metavar="ID", help="nur in diesem Dokument suchen")
    p = command(
        "versions",
        "Fassungen: speichern (save), auflisten (list), vergleichen (diff), wiederherstellen (restore)",
        cmd_versions,
    )
    p.add_argument(
        "action", choices=("save", "list", "diff", "restore"), metavar="AKTION", help="save | list | diff | restore"
    )
    p.add_argument("name", nargs="?", metavar="NAME", help="Name der Fassung (für save, diff, restore)")
    document_option(p)

    p = command(
        "backups",
        "tägliche Sicherungskopien auflisten (list) oder eine wiederherstellen (restore NAME); "
        "der vorherige Stand wird dabei selbst gesichert",
        cmd_backups,
    )
    p.add_argument("action", choices=("list", "restore"), metavar="AKTION", help="list | restore")
    p.add_argument("name", nargs="?", metavar="NAME", help="Dateiname oder Datum (JJJJ-MM-TT) der Sicherung")

    from editor import cli_exports

    cli_exports.register(command, document_option)
    from editor import cli_publish

    cli_publish.register(command, document_option)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not getattr(args, "command", None):
        parser.print_help(out)
        return 0
    try:
        return int(args.func(args, out))
    except KeyboardInterrupt:
        print(f"{PROGRAM}: abgebrochen.", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; say nothing more on a closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as error:
        print(f"{PROGRAM}: {describe_failure(error)}", file=sys.stderr)
        return 2


def describe_failure(error: Exception) -> str:
    """Return the German text for ``error``: its own message, or a last-resort sentence for a bug.

    Every command writes its output atomically and removes a file it had begun to create,
    so whatever went wrong, no half-made file is left behind. ``STRATEGIE_DEBUG=1`` adds the
    traceback for a bug report.
    """
    from editor.domain.messages import UserError  # loaded already whenever one was raised

    if isinstance(error, CliError | UserError):
        return str(error)
    sqlite = sys.modules.get("sqlite3")  # loaded whenever one of its errors was raised
    if sqlite is not None and isinstance(error, sqlite.Error):
        # A damaged file that passed the checks on opening: say so, never a traceback.
        return f"Die Datei kann nicht gelesen werden oder ist beschädigt ({error})."
    if isinstance(error, OSError) and error.strerror:  # the disk, not the program: full, gone, forbidden
        where = f" („{error.filename}“)" if error.filename else ""
        return f"Lesen oder Schreiben ist fehlgeschlagen{where}: {error.strerror}. Es wurde nichts halb geschrieben."
    if os.environ.get("STRATEGIE_DEBUG"):
        import traceback

        traceback.print_exception(error, file=sys.stderr)
    detail = f"{error.__class__.__name__}: {error}" if str(error) else error.__class__.__name__
    return (
        f"Unerwarteter Fehler ({detail}). Es wurde nichts halb geschrieben. Bitte melden Sie den Fehler "
        "mit diesem Text und dem Befehl; STRATEGIE_DEBUG=1 zeigt die Einzelheiten."
    )
