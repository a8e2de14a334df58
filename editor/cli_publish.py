"""Command-line publish and pull: the document's page in the wiki, with conflicts caught.

These are the only commands that open a network connection, and only to the wiki
named by ``--wiki``. The password comes from the environment variable named by
``--password-env``, else from the system's keyring, else (at a terminal) a prompt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from editor.domain.messages import Message
    from editor.services.mediawiki import WikiConnection
    from editor.services.publishing import PublishCheck
    from editor.storage.workspace import Workspace

Command = Callable[[str, str, Callable[[argparse.Namespace, TextIO], int]], argparse.ArgumentParser]


def _error(text: object) -> Exception:
    from editor.cli import CliError

    return CliError(str(text))


def _say(what: Message) -> None:
    print(f"… {str(what).rstrip(' …')}", file=sys.stderr)


def _password(args: argparse.Namespace) -> str:
    from editor.services.passwords import stored_password

    if args.password_env:
        value = os.environ.get(args.password_env, "")
        if not value:
            raise _error(f"Die Umgebungsvariable {args.password_env} (--password-env) ist nicht gesetzt oder leer.")
        return value
    stored = stored_password(args.wiki, args.user)
    if stored:
        return stored
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Bot-Passwort für {args.user}: ")
    raise _error(
        f"Kein Passwort für {args.user}: Im Schlüsselbund des Systems ist keines gespeichert. "
        "Geben Sie mit --password-env den Namen einer Umgebungsvariablen an, die es enthält, "
        "oder speichern Sie es im Editor (Dokument › Im Wiki veröffentlichen …)."
    )


def _connect(args: argparse.Namespace) -> WikiConnection:
    from editor.services.mediawiki import wiki_addresses
    from editor.services.publishing import connect_and_login

    address = wiki_addresses(args.wiki)[0]
    if address.scheme == "http" and not address.is_loopback():
        print(
            "Achtung: Die Verbindung zum Wiki ist nicht verschlüsselt (http://); das Passwort geht im Klartext "
            "über das Netz.",
            file=sys.stderr,
        )
    return connect_and_login(args.wiki, args.user, _password(args), progress=_say)


def _open_for_writing(args: argparse.Namespace, what: str) -> Workspace:
    from editor.storage.workspace import Workspace

    workspace = Workspace.open(args.file)
    if workspace.read_only:
        workspace.close()
        raise _error(f"„{args.file}“ ist schreibgeschützt; {what}")
    return workspace


def _print_conflict(check: PublishCheck, out: TextIO) -> None:
    print("=== Im Wiki geändert seit dem letzten Veröffentlichen oder Holen ===", file=out)
    out.write(check.wiki_changes() or "(keine Unterschiede im Text)\n")
    print("=== Was Veröffentlichen daraus machen würde ===", file=out)
    out.write(check.diff() or "(keine Unterschiede)\n")


def cmd_publish(args: argparse.Namespace, out: TextIO) -> int:
    """Save the document's page in the wiki, unless it changed there since the last publish or pull."""
    from editor.domain.messages import UserError
    from editor.services.files import Reader
    from editor.services.publishing import (
        PublishConflictError,
        check_publish,
        default_summary,
        plan_publish,
        publish,
        record_publish,
    )

    workspace = _open_for_writing(args, "der veröffentlichte Stand könnte nicht vermerkt werden.")
    connection = None
    try:
        reader = Reader(workspace)
        plan = plan_publish(reader, reader.resolve(args.document), args.wiki, args.profile)
        connection = _connect(args)
        check = check_publish(connection, plan, _say)
        if check.conflict and not args.overwrite:
            _print_conflict(check, out)
            raise _error(
                f"{check.conflict_message()}\nHolen Sie die Änderungen mit „strategie-editor pull …“ in das Dokument "
                "oder überschreiben Sie sie ausdrücklich mit --overwrite."
            )
        diff = check.diff()
        out.write(diff or "Die Seite im Wiki entspricht schon dem Dokument.\n")
        if args.dry_run:
            print("Nur angesehen (--dry-run); nichts wurde gespeichert.", file=sys.stderr)
            return 0
        try:
            result = publish(
                connection,
                check,
                args.summary or default_summary(check),
                overwrite=args.overwrite,
                upload_icons=not args.no_icons,
                progress=_say,
            )
        except PublishConflictError as error:
            _print_conflict(error.check, out)
            raise _error(error) from None
        record_publish(workspace, result)
    except UserError as error:
        raise _error(error) from None
    finally:
        if connection is not None:
            connection.close()
        workspace.close()
    for name in result.uploaded:
        print(f"Symbol hochgeladen: {name}", file=out)
    for icon in result.not_uploaded:
        reason = f" ({icon.reason})" if icon.reason else ""
        print(f"Symbol fehlt im Wiki und wurde nicht hochgeladen: {icon.name}{reason}", file=sys.stderr)
    if result.overwritten:
        print(
            f"Hinweis: Version {result.overwritten} kam zwischen dem letzten Lesen und dem Speichern hinzu und "
            "wurde ersetzt; sie steht in der Versionsgeschichte der Seite.",
            file=sys.stderr,
        )
    if result.saved:
        print(f"Veröffentlicht: „{result.base.title}“, Version {result.base.revision}.", file=out)
    else:
        print(f"Keine neue Version: „{result.base.title}“ war schon auf diesem Stand.", file=out)
    return 0


def cmd_pull(args: argparse.Namespace, out: TextIO) -> int:
    """Bring the wiki page into the document (or a new one); the state before is kept as a Fassung."""
    from editor.domain.messages import UserError
    from editor.services.files import Reader
    from editor.services.operations import Operations
    from editor.services.publishing import apply_pull, fetch_page, page_title_of, plan_pull

    if args.page and args.document is not None:
        raise _error("Bitte entweder --document (dessen Seite holen) oder --page (als neues Dokument) angeben.")
    workspace = _open_for_writing(args, "es kann nichts geholt werden.")
    connection = None
    try:
        reader = Reader(workspace)
        document_id = None if args.page else reader.resolve(args.document)
        title = args.page or page_title_of(reader, document_id or 0)
        connection = _connect(args)
        live = fetch_page(connection, title, _say)
        connection.close()
        connection = None
        plan = plan_pull(reader, document_id, args.wiki, live, args.profile)
        outcome = apply_pull(Operations(workspace), plan)
        diff = reader.version_diff(outcome.document_id, outcome.version_name) if outcome.version_name else ""
    except UserError as error:
        raise _error(error) from None
    finally:
        if connection is not None:
            connection.close()
        workspace.close()
    if plan.same:
        print(
            f"„{live.title}“ (Version {live.revision}): Dokument {outcome.document_id} entsprach schon der Seite; "
            "nichts geändert.",
            file=out,
        )
    elif outcome.version_name is None:
        print(f"Neues Dokument {outcome.document_id} aus „{live.title}“ (Version {live.revision}).", file=out)
    else:
        print(f"„{live.title}“ (Version {live.revision}) in Dokument {outcome.document_id} geholt.", file=out)
        print(f"Der Stand davor ist als Fassung „{outcome.version_name}“ gespeichert.", file=out)
        out.write(diff or "Keine Unterschiede: Das Dokument entsprach schon der Seite.\n")
    for line in plan.report:
        print(line, file=out)
    return 0


def register(command: Command, document_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add publish and pull to the parser."""

    def connection_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--wiki", required=True, metavar="ADRESSE", help="Adresse des Wikis (https://…/) oder seiner api.php"
        )
        p.add_argument("--user", required=True, metavar="NAME", help="Anmeldename des Bot-Passworts (Name@Anwendung)")
        p.add_argument(
            "--password-env",
            metavar="VARIABLE",
            help="Name einer Umgebungsvariablen mit dem Bot-Passwort; sonst aus dem Schlüsselbund des Systems",
        )
        p.add_argument(
            "--profile",
            "-p",
            default=None,
            metavar="PROFIL",
            help="Wiki-Profil: mediawikiob (Standard), standard, oder Pfad zu einer eigenen Profildatei",
        )

    p = command(
        "publish",
        "die Seite des Dokuments im Wiki speichern: zeigt die Unterschiede zur Seite im Wiki, lädt fehlende "
        "Themenfeld-Symbole hoch und bricht ab, wenn die Seite seit dem letzten Veröffentlichen oder Holen "
        "im Wiki geändert wurde",
        cmd_publish,
    )
    document_option(p)
    connection_options(p)
    p.add_argument("--summary", "-m", metavar="TEXT", help="Zusammenfassung der Änderung im Wiki")
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="Änderungen im Wiki seit dem letzten Abgleich ausdrücklich überschreiben",
    )
    p.add_argument("--no-icons", action="store_true", help="fehlende Themenfeld-Symbole nicht hochladen")
    p.add_argument("--dry-run", action="store_true", help="nur die Unterschiede zeigen, nichts speichern")

    p = command(
        "pull",
        "die Seite aus dem Wiki in das Dokument holen; der Stand davor wird als Fassung gespeichert "
        "(mit --page als neues Dokument)",
        cmd_pull,
    )
    document_option(p)
    connection_options(p)
    p.add_argument("--page", metavar="SEITENTITEL", help="diese Seite als neues Dokument holen")
