"""Command-line export and import: wiki text, Word documents and HTML."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from editor.domain.model import ExportSource
    from editor.storage.workspace import Workspace

# Imports of the layers below sit in the commands: building the parser (and `--help`) loads none.

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


def _open(path: Path, read_only: bool = True) -> Workspace:
    """Open as the other commands do: notes on stderr; for writing with today's backup first."""
    from editor.cli import _open as open_workspace

    return open_workspace(path, read_only=read_only)


def cmd_export_wiki(args: argparse.Namespace, out: TextIO) -> int:
    """Print or save a document as wiki text."""
    from exports.wiki import export_wiki
    from exports.wiki_profile import ProfileError, load_profile

    try:
        profile = load_profile(args.profile)
    except ProfileError as error:
        raise _error(str(error)) from None
    output: str | None = args.output
    to_file = output is not None and output != "-"
    if output is not None and to_file:
        check_output(Path(output))
    text = export_wiki(_read_source(args), profile, processes=args.jobs)
    if output is None or not to_file:
        out.write(text)
    else:
        write_text_atomically(Path(output), text)
        print(f"Wiki-Text gespeichert: {output}", file=sys.stderr)
    return 0


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
    from editor.services.files import Reader
    from editor.services.operations import Operations
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


def _read_source(args: argparse.Namespace) -> ExportSource:
    """Return what an exporter needs for the document ``--document`` of the file (the file closed again)."""
    from editor.services.files import Reader

    workspace = _open(args.file)
    try:
        reader = Reader(workspace)
        return reader.export_source(reader.resolve(args.document))
    finally:
        workspace.close()


def _export_source(args: argparse.Namespace) -> tuple[ExportSource, Path | None]:
    """Return what the Word and PDF exports need, and the template; errors in German."""

    template = Path(args.template) if args.template else None
    if template is not None and not template.is_file():
        raise _error(f"Die Vorlage „{template}“ gibt es nicht.")
    check_output(Path(args.output))
    return _read_source(args), template


def _paper_id(source: ExportSource, number: str | None) -> int:
    """Return the id of the council paper ``number`` (the first paper without one)."""
    from editor.domain.tree import walk

    papers = [paper for paper, _ in walk(source.document.papers)]
    if not papers:
        raise _error("Das Dokument hat keinen Beschluss; für eine Beschlussvorlage bitte erst einen anlegen.")
    if number:
        chosen = [p for p in papers if p.reference.strip() == number.strip()]
        if not chosen:
            known = ", ".join(p.reference for p in papers)
            raise _error(f"Eine Vorlage „{number}“ gibt es im Dokument nicht (vorhanden: {known}).")
    else:
        chosen = papers
    assert chosen[0].id is not None
    return chosen[0].id


def _print_notes(notes: Sequence[object]) -> None:
    for note in notes:
        print(f"Hinweis: {note}", file=sys.stderr)


def cmd_export_docx(args: argparse.Namespace, out: TextIO) -> int:
    """Write the strategy document or a Beschlussvorlage as .docx."""
    from exports.docx_export import DocxExportError, export_strategie, export_vorlage

    output = _write_word(args, export_strategie, export_vorlage, (DocxExportError,))
    print(f"Word-Dokument gespeichert: {output}", file=out)
    return 0


def _write_word(
    args: argparse.Namespace,
    strategie: Callable[..., Sequence[object]],
    vorlage: Callable[..., Sequence[object]],
    errors: tuple[type[Exception], ...],
) -> Path:
    """Write the strategy document or a Beschlussvorlage (Word or PDF) and print the notes; return the file."""
    source, template = _export_source(args)
    output = Path(args.output)
    try:
        if args.kind == "strategie":
            notes = strategie(source, output, template)
        else:
            notes = vorlage(source, _paper_id(source, args.paper), output, template)
    except errors as error:
        raise _error(str(error)) from None
    _print_notes(notes)
    return output


def cmd_export_html(args: argparse.Namespace, out: TextIO) -> int:
    """Write a document as one self-contained, accessible HTML page."""
    from exports.html_export import export_html

    if str(args.output) != "-":
        check_output(Path(args.output))
    page = export_html(_read_source(args))
    if str(args.output) == "-":
        out.write(page)
        return 0
    write_text_atomically(Path(args.output), page)
    print(f"HTML-Seite gespeichert: {args.output}", file=out)
    return 0


def cmd_export_pdf(args: argparse.Namespace, out: TextIO) -> int:
    """Write the strategy document or a Beschlussvorlage as tagged PDF through LibreOffice."""
    from exports.docx_export import DocxExportError
    from exports.pdf_export import PdfExportError, export_strategie_pdf, export_vorlage_pdf, office_problem

    problem = office_problem()  # before anything is read: say at once what to install
    if problem is not None:
        raise _error(str(problem))
    output = _write_word(args, export_strategie_pdf, export_vorlage_pdf, (DocxExportError, PdfExportError))
    print(f"PDF-Datei gespeichert: {output}", file=out)
    return 0


def cmd_settings(args: argparse.Namespace, out: TextIO) -> int:
    """Show the file's settings, one of them, or set one."""
    from editor.domain.settings import SETTINGS, setting_by_key
    from editor.services.files import Reader
    from editor.services.operations import Operations

    key: str | None = args.key
    value: str | None = args.value  # argparse gives a value only after a key
    if key is not None and setting_by_key(key) is None:
        known = ", ".join(setting.key for setting in SETTINGS)
        raise _error(f"Eine Einstellung „{key}“ gibt es nicht (vorhanden: {known}).")
    workspace = _open(args.file, read_only=value is None)
    try:
        if key is not None and value is not None:
            if workspace.read_only:
                raise _error(f"„{args.file}“ ist schreibgeschützt; die Einstellung kann nicht gespeichert werden.")
            Operations(workspace).set_settings({key: value})
        values = Reader(workspace).settings()
    finally:
        workspace.close()
    if key is not None and value is not None:
        print(f"Einstellung {key} gespeichert: {values[key]}", file=out)
        return 0
    if key is not None:
        print(values[key], file=out)
        return 0
    for setting in SETTINGS:
        print(f"{setting.key}\t{values[setting.key]}\t({setting.label})", file=out)
    return 0


def register(command: Command, document_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add export-wiki, import-wiki, export-docx, export-html, export-pdf and settings to the parser."""
    from editor.cli import path_argument

    def word_options(p: argparse.ArgumentParser, output: str) -> None:
        # The Word and the PDF export take the same options.
        document_option(p)
        p.add_argument(
            "--kind",
            "-k",
            choices=("strategie", "vorlage"),
            default="strategie",
            help="strategie (Standard) oder vorlage",
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
            metavar=output,
            help="Zieldatei (nie eine Strategie-Datei; eine ersetzte Datei behält ihre Rechte)",
        )

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
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        choices=(1, 2),
        default=2,
        metavar="N",
        help="2 (Standard): bei langen Dokumenten schreibt ein zweiter Prozess die Hälfte der Abschnitte, "
        "wo das System das kann (nicht unter Windows); 1: alles in einem Prozess. Der Text ist derselbe",
    )

    p = command(
        "import-wiki",
        "Wiki-Text als neues Dokument einlesen; gibt dessen Nummer und einen Bericht aus: was vereinheitlicht "
        "wurde und was als Hinweis im Dokument steht (check nennt offene Hinweise)",
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
    word_options(p, "AUSGABE.docx")

    p = command(
        "export-html",
        "ein Dokument als barrierearme HTML-Seite in einer Datei schreiben (Symbole eingebettet)",
        cmd_export_html,
    )
    document_option(p)
    p.add_argument(
        "-o",
        "--output",
        type=path_argument,
        required=True,
        metavar="AUSGABE.html",
        help="Zieldatei (- für die Standardausgabe; nie eine Strategie-Datei)",
    )

    p = command(
        "export-pdf",
        "ein Dokument als barrierefreie PDF-Datei schreiben (PDF/UA, mit Inhaltsverzeichnis); braucht LibreOffice",
        cmd_export_pdf,
    )
    word_options(p, "AUSGABE.pdf")

    p = command(
        "settings",
        "Einstellungen der Datei zeigen oder setzen, z. B. wer die Beschlussvorlagen herausgibt "
        "(authority.city, authority.head, authority.unit)",
        cmd_settings,
    )
    p.add_argument("key", nargs="?", metavar="NAME", help="eine Einstellung, z. B. authority.unit; ohne: alle zeigen")
    p.add_argument("value", nargs="?", metavar="WERT", help='neuer Wert; ohne: den Wert zeigen, "" leert ihn')
