"""Command-line export and import: wiki text and Word documents."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from editor.domain.tree import walk
from editor.services.files import Reader
from editor.services.operations import Operations
from editor.storage.workspace import Workspace

MAX_WIKI_INPUT = 5 * 1024 * 1024
"""Largest wiki text accepted for import (bytes); real Konzept pages are a few kB."""

Command = Callable[[str, str, Callable[[argparse.Namespace, TextIO], int]], argparse.ArgumentParser]


def _error(message: str) -> Exception:
    from editor.cli import CliError

    return CliError(message)


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` all or nothing; a failure becomes a German command-line error."""
    from exports.files import ExportWriteError, write_text

    try:
        write_text(path, text)
    except ExportWriteError as error:
        raise _error(error.strerror or str(error)) from None


def check_output(path: Path) -> None:
    """Refuse an output path that is a workspace before any work is done (``-o s.strategie``)."""
    from exports.files import ExportWriteError, check_output_path

    try:
        check_output_path(path)
    except ExportWriteError as error:
        raise _error(error.strerror or str(error)) from None


def cmd_export_wiki(args: argparse.Namespace, out: TextIO) -> int:
    """Print or save a document as wiki text."""
    from exports.wiki import export_wiki
    from exports.wiki_profile import ProfileError, load_profile

    try:
        profile = load_profile(args.profile)
    except ProfileError as error:
        raise _error(str(error)) from None
    to_file = args.output is not None and str(args.output) != "-"
    if to_file:
        check_output(Path(args.output))
    workspace = _open_for_reading(args.file)
    try:
        reader = Reader(workspace)
        text = export_wiki(reader.export_source(reader.resolve(args.document)), profile)
    finally:
        workspace.close()
    if not to_file:
        out.write(text)
    else:
        write_text_atomically(Path(args.output), text)
        print(f"Wiki-Text gespeichert: {args.output}", file=sys.stderr)
    return 0


def _open_for_reading(path: Path) -> Workspace:
    from editor.cli import _open

    return _open(path)


def _read_wiki_input(source: str | None) -> str:
    if source in (None, "-"):
        data = sys.stdin.buffer.read(MAX_WIKI_INPUT + 1)
        name = "Standardeingabe"
    else:
        path = Path(source)
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_WIKI_INPUT + 1)
        except FileNotFoundError:
            raise _error(f"Die Datei „{path}“ gibt es nicht.") from None
        except IsADirectoryError:
            raise _error(f"„{path}“ ist ein Ordner, keine Wiki-Datei.") from None
        except OSError as error:
            raise _error(f"„{path}“ kann nicht gelesen werden: {error.strerror or error}.") from None
        except ValueError:  # a NUL byte in the name
            raise _error("Der Dateiname enthält ein unzulässiges Zeichen.") from None
        name = path.name
    if len(data) > MAX_WIKI_INPUT:
        raise _error(f"„{name}“ ist größer als {MAX_WIKI_INPUT // (1024 * 1024)} MB und wohl kein Wiki-Text.")
    if b"\x00" in data:
        raise _error(f"„{name}“ enthält Binärdaten und ist kein Wiki-Text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error(f"„{name}“ ist nicht in UTF-8 kodiert; bitte als UTF-8 speichern.") from None


def cmd_import_wiki(args: argparse.Namespace, out: TextIO) -> int:
    """Import wiki text as a new document; print its id, then the report."""
    from editor.cli import _open
    from exports.wiki_import import WikiImportError, import_wiki

    workspace = _open(args.file, read_only=False)  # first, so a wrong file name does not wait for input
    try:
        text = _read_wiki_input(args.page)
        if workspace.read_only:
            raise _error(f"„{args.file}“ ist schreibgeschützt; es kann nichts importiert werden.")
        reader = Reader(workspace)
        page_ids = {title: doc_id for doc_id, title in reader.titles().items()}
        try:
            title = args.title or (Path(args.page).stem if args.page not in (None, "-") else "")
            result = import_wiki(text, reader.catalogue(), page_ids, title=title)
        except WikiImportError as error:
            raise _error(str(error)) from None
        record = Operations(workspace).insert_document(result.document)
    finally:
        workspace.close()
    print(record.created_id, file=out)
    for line in result.report:
        print(line, file=out)
    if not result.report:
        print("Alles übernommen; nichts blieb unverstanden.", file=out)
    return 0


def cmd_export_docx(args: argparse.Namespace, out: TextIO) -> int:
    """Write the strategy document or a Beschlussvorlage as .docx."""
    from exports.docx_export import DocxExportError, export_strategie, export_vorlage

    template = Path(args.template) if args.template else None
    if template is not None and not template.is_file():
        raise _error(f"Die Vorlage „{template}“ gibt es nicht.")
    output = Path(args.output)
    check_output(output)
    workspace = _open_for_reading(args.file)
    try:
        reader = Reader(workspace)
        source = reader.export_source(reader.resolve(args.document))
    finally:
        workspace.close()
    try:
        if args.kind == "strategie":
            export_strategie(source, output, template)
        else:
            papers = [paper for paper, _ in walk(source.document.papers)]
            if not papers:
                raise _error("Das Dokument hat keinen Beschluss; für eine Beschlussvorlage bitte erst einen anlegen.")
            if args.paper:
                chosen = [p for p in papers if p.reference.strip() == args.paper.strip()]
                if not chosen:
                    known = ", ".join(p.reference for p in papers)
                    raise _error(f"Eine Vorlage „{args.paper}“ gibt es im Dokument nicht (vorhanden: {known}).")
            else:
                chosen = papers
            assert chosen[0].id is not None
            export_vorlage(source, chosen[0].id, output, template)
    except DocxExportError as error:
        raise _error(str(error)) from None
    if template is not None:
        from exports.docx_template import template_report

        for line in template_report(template):
            print(f"Hinweis: {line}", file=sys.stderr)
    print(f"Word-Dokument gespeichert: {output}", file=out)
    return 0


def register(command: Command, document_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add export-wiki, import-wiki and export-docx to the parser."""
    from editor.cli import path_argument

    p = command(
        "export-wiki", "ein Dokument als Wiki-Text ausgeben (Standard: auf die Standardausgabe)", cmd_export_wiki
    )
    document_option(p)
    p.add_argument(
        "--profile",
        "-p",
        default="mediawikiob",
        metavar="PROFIL",
        help="Wiki-Profil: mediawikiob (Standard), standard, oder Pfad zu einer eigenen Profildatei",
    )
    p.add_argument(
        "-o",
        "--output",
        type=path_argument,
        metavar="AUSGABE",
        help="in diese .wiki-Datei schreiben statt auf die Standardausgabe (- für die Standardausgabe); "
        "nie eine Strategie-Datei",
    )

    p = command(
        "import-wiki",
        "Wiki-Text als neues Dokument einlesen; gibt dessen Nummer und einen Bericht aus",
        cmd_import_wiki,
    )
    p.add_argument(
        "page", nargs="?", metavar="SEITE.wiki", help="Datei mit dem Wiki-Text; ohne Angabe oder - die Standardeingabe"
    )
    p.add_argument(
        "--title", metavar="SEITENTITEL", help="Wiki-Seitentitel des neuen Dokuments; sonst der Dateiname ohne .wiki"
    )

    p = command(
        "export-docx",
        "ein Dokument als Word-Datei schreiben (Strategiedokument oder Beschlussvorlage)",
        cmd_export_docx,
    )
    document_option(p)
    p.add_argument(
        "--kind", "-k", choices=("strategie", "vorlage"), default="strategie", help="strategie (Standard) oder vorlage"
    )
    p.add_argument(
        "--paper", metavar="NUMMER", help="Vorlagennummer für --kind vorlage, z. B. B/17/3503-01; sonst die erste"
    )
    p.add_argument(
        "--template",
        "-t",
        type=path_argument,
        metavar="VORLAGE.docx",
        help="eigene Word-Vorlage (.docx oder .dotx) für Formatvorlagen, Kopf- und Fußzeile",
    )
    p.add_argument(
        "-o",
        "--output",
        type=path_argument,
        required=True,
        metavar="AUSGABE.docx",
        help="Zieldatei (nie eine Strategie-Datei; eine ersetzte Datei behält ihre Rechte)",
    )
