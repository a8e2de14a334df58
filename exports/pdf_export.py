"""PDF through LibreOffice: the Word export converted to a tagged PDF with a filled table of contents.

The strategy document or the Beschlussvorlage is written as Word first (exactly as
:mod:`exports.docx_export` writes it), then a LibreOffice started for this one job
opens it, fills the table of contents with page numbers, and stores it as PDF/UA:
tagged (headings, lists, tables, alternative texts), language de-DE from the
document, the title shown in the window. The work inside LibreOffice is done by
:mod:`exports.pdf_uno`, run with a Python that has LibreOffice's ``uno`` module.

Where LibreOffice or its Python binding is missing, :func:`office_problem` says in
German what to install.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from docx.document import Document as DocxDocument

from editor.domain.messages import Message, UserError, message
from editor.domain.model import ExportSource
from exports.batch import cycle_collector_paused
from exports.docx_export import build_strategie, build_vorlage
from exports.files import ExportWriteError, write_atomically

CONVERT_SECONDS = 600
"""Longest time LibreOffice may take for one document (a 500-page strategy takes well under a minute)."""


class PdfExportError(UserError):
    """The PDF export failed or cannot run here; the message is German and says why."""


@dataclass(frozen=True, slots=True)
class Office:
    """An installed LibreOffice: its ``soffice`` and a Python that can ``import uno``."""

    soffice: Path
    python: Path


def _soffice() -> Path | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return Path(found)
    if sys.platform == "win32":
        for root in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
            candidate = Path(root or "C:\\Program Files") / "LibreOffice" / "program" / "soffice.exe"
            if candidate.is_file():
                return candidate
    if sys.platform == "darwin":
        candidate = Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")
        if candidate.is_file():
            return candidate
    return None


def _python_candidates(soffice: Path) -> list[Path]:
    program = soffice.resolve().parent
    # LibreOffice's own Python (Windows, macOS, builds from libreoffice.org) first,
    # then the system's (Debian and Ubuntu ship uno as python3-uno).
    candidates = [program / "python.exe", program / "python", program.parent / "Resources" / "python"]
    candidates += [Path(p) for p in ("/usr/bin/python3", shutil.which("python3") or "") if p]
    return [c for c in dict.fromkeys(candidates) if c.is_file()]


def _clean_environment() -> dict[str, str]:
    """Return our environment without what would point another Python at our packages."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}


def _imports_uno(python: Path) -> bool:
    try:
        result = subprocess.run(
            [str(python), "-c", "import uno"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=30,
            env=_clean_environment(),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def _hint() -> Message:
    return message(
        "Unter Debian/Ubuntu: „sudo apt install libreoffice-writer python3-uno“; "
        "unter Windows: LibreOffice von https://de.libreoffice.org/ installieren."
    )


@functools.cache
def _find_office() -> Office | Message:
    soffice = _soffice()
    if soffice is None:
        return message("Für den PDF-Export wird LibreOffice gebraucht, es ist nicht installiert. {hint}", hint=_hint())
    for python in _python_candidates(soffice):
        if _imports_uno(python):
            return Office(soffice, python)
    return message(
        "LibreOffice ist installiert, aber ohne seine Python-Anbindung (uno), die der PDF-Export braucht. {hint}",
        hint=_hint(),
    )


def find_office() -> Office | None:
    """Return the LibreOffice the PDF export uses, or ``None`` (see :func:`office_problem`)."""
    found = _find_office()
    return found if isinstance(found, Office) else None


def office_problem() -> Message | None:
    """Return what to install for the PDF export (German), or ``None`` when it can run."""
    found = _find_office()
    return None if isinstance(found, Office) else found


def forget_office() -> None:
    """Look for LibreOffice again on the next export (after the user installed it)."""
    _find_office.cache_clear()


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End the LibreOffice of this job: it normally quits by itself once the script is done."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=20)
        return
    if os.name == "posix":
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
                return
    else:
        process.kill()
        process.wait()


def convert_to_pdf(docx_path: Path, pdf_path: Path, office: Office, work: Path) -> None:
    """Let a LibreOffice of its own (profile in ``work``) write ``docx_path`` as a tagged PDF.

    LibreOffice's Python bridge now and then crashes (a signal) or finds no office to talk
    to on a busy machine; then a fresh LibreOffice gets one more try, as a user would.
    """
    result = _convert_once(docx_path, pdf_path, office, work)
    if result.returncode < 0 or result.returncode == NO_CONNECTION:
        pdf_path.unlink(missing_ok=True)
        result = _convert_once(docx_path, pdf_path, office, work)
    if result.returncode != 0 or not _is_pdf(pdf_path):
        reason = (result.stderr.strip().splitlines() or [f"Rückgabewert {result.returncode}"])[-1]
        raise PdfExportError("LibreOffice konnte die PDF-Datei nicht schreiben ({reason}).", reason=reason)


NO_CONNECTION = 4
"""Exit code of ``pdf_uno.py`` when LibreOffice did not accept a connection in time."""


def _convert_once(docx_path: Path, pdf_path: Path, office: Office, work: Path) -> subprocess.CompletedProcess[str]:
    pipe = f"strategie-editor-{os.getpid()}-{secrets.token_hex(6)}"
    command = [
        str(office.soffice),
        f"-env:UserInstallation={(work / 'libreoffice-profil').as_uri()}",
        "--headless",
        "--invisible",
        "--nologo",
        "--norestore",
        "--nodefault",
        "--nolockcheck",
        f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
    ]
    try:
        libreoffice = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=os.name == "posix",  # LibreOffice starts helpers; stop them together
        )
    except OSError as error:
        raise PdfExportError(
            "LibreOffice konnte nicht gestartet werden: {reason}", reason=error.strerror or error
        ) from None
    try:
        with resources.as_file(resources.files("exports").joinpath("pdf_uno.py")) as script:
            return subprocess.run(
                [str(office.python), str(script), pipe, str(docx_path), str(pdf_path)],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=CONVERT_SECONDS,
                env=_clean_environment(),
            )
    except subprocess.TimeoutExpired:
        raise PdfExportError(
            "LibreOffice hat die PDF-Datei nicht in {minutes} Minuten geschrieben; abgebrochen.",
            minutes=CONVERT_SECONDS // 60,
        ) from None
    finally:
        _stop(libreoffice)


def _is_pdf(path: Path) -> bool:
    """Return whether ``path`` holds a PDF (LibreOffice reports success even when it wrote none)."""
    try:
        with path.open("rb") as stream:
            return stream.read(5) == b"%PDF-" and path.stat().st_size > 500
    except OSError:
        return False


def _office() -> Office:
    found = _find_office()
    if isinstance(found, Message):
        raise PdfExportError(found)
    return found


def _export(document: DocxDocument, path: Path, office: Office) -> None:
    with tempfile.TemporaryDirectory(prefix="strategie-pdf-") as folder:
        work = Path(folder)
        docx_path = work / "dokument.docx"
        pdf_path = work / "dokument.pdf"
        document.save(str(docx_path))
        convert_to_pdf(docx_path, pdf_path, office, work)
        try:
            with pdf_path.open("rb") as source:
                write_atomically(path, lambda target: shutil.copyfileobj(source, target))
        except ExportWriteError as error:
            raise PdfExportError(error.message) from None


def export_strategie_pdf(
    source: ExportSource, path: Path, template: Path | None = None, *, stand: dt.date | None = None
) -> list[Message]:
    """Write the strategy document as a tagged PDF with a filled table of contents; returns notes as the Word export."""
    office = _office()
    notes: list[Message] = []
    with cycle_collector_paused():
        document = build_strategie(source, template, stand, notes)
    _export(document, path, office)
    return notes


def export_vorlage_pdf(
    source: ExportSource, paper_id: int, path: Path, template: Path | None = None, *, stand: dt.date | None = None
) -> list[Message]:
    """Write the Beschlussvorlage for ``paper_id`` as a tagged PDF; returns notes as the Word export."""
    office = _office()
    notes: list[Message] = []
    with cycle_collector_paused():
        document = build_vorlage(source, paper_id, template, stand, notes)
    _export(document, path, office)
    return notes
