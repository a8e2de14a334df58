"""Hilfe › Über: version, licence, the libraries in use and where the user's data lives.

IT staff answering a call need exactly these facts (which version, which Qt, where are
the backups), so the dialog also copies them as plain text to the clipboard.
"""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, QSize, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor import __version__
from editor.resources import resource_root
from editor.services import backup_place, sqlite_version
from editor.views.geometry import keep_geometry
from editor.views.i18n import tr
from editor.views.places import sample_path

LICENCE = "EUPL-1.2"
LICENCE_URL = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"


@dataclass(frozen=True, slots=True)
class Library:
    """A library the program uses: its name, version and licence."""

    name: str
    version: str
    licence: str


def _distribution_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def libraries() -> list[Library]:
    """Return the libraries of this installation with their versions (from their package metadata)."""
    return [
        Library("Python", platform.python_version(), "PSF-2.0"),
        Library("Qt", qVersion(), "LGPL-3.0"),
        Library("PySide6", pyside_version, "LGPL-3.0"),
        Library("SQLite", sqlite_version(), "Public Domain"),
        Library("sqlite-utils", _distribution_version("sqlite-utils"), "Apache-2.0"),
        Library("python-docx", _distribution_version("python-docx"), "MIT"),
        Library("lxml", _distribution_version("lxml"), "BSD-3-Clause"),
        Library("pyromark (pulldown-cmark)", _distribution_version("pyromark"), "MIT"),
        Library("mwparserfromhell", _distribution_version("mwparserfromhell"), "MIT"),
        Library("Python-Markdown", _distribution_version("markdown"), "BSD-3-Clause"),
        Library("mwclient", _distribution_version("mwclient"), "MIT"),
        Library("requests", _distribution_version("requests"), "Apache-2.0"),
        Library("keyring", _distribution_version("keyring"), "MIT"),
    ]


def data_places(workspace: Path | None) -> list[tuple[str, str]]:
    """Return (what, where) for every place the program keeps data, in the UI language."""
    places = [
        (tr("Geöffnete Datei"), str(workspace) if workspace is not None else tr("keine")),
        (tr("Tägliche Sicherungen"), str(backup_place(workspace))),
        (tr("Einstellungen"), QSettings().fileName()),
        (tr("Beispieldatei"), str(sample_path())),
        (tr("Programmdateien"), str(resource_root())),
    ]
    return places


class AboutDialog(QDialog):
    """The program's version, licence, libraries and data locations; text selectable and copyable."""

    def __init__(self, workspace: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Über Strategie-Editor"))
        keep_geometry(self, "about", QSize(620, 560))
        icon = QLabel(self)
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(QSize(64, 64)))
        icon.setAccessibleName(tr("Programmsymbol"))
        heading = QLabel(f"<h2>Strategie-Editor {html.escape(__version__)}</h2>", self)
        heading.setAccessibleName(f"Strategie-Editor {__version__}")
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)

        self.libraries = libraries()
        self.places = data_places(workspace)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)  # only the licence link; opens only when clicked
        self.text.setAccessibleName(tr("Angaben zum Programm"))
        self.text.setHtml(self._html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(tr("Angaben &kopieren"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _html(self) -> str:
        esc = html.escape
        rows = "".join(
            f"<tr><td>{esc(lib.name)}</td><td>{esc(lib.version)}</td><td>{esc(lib.licence)}</td></tr>"
            for lib in self.libraries
        )
        places = "".join(f"<tr><td>{esc(what)}</td><td>{esc(where)}</td></tr>" for what, where in self.places)
        return (
            "<p>"
            + esc(
                tr(
                    "Strategie-Editor: Strategiepapiere offline schreiben und als Word-Dokument und Wiki-Text veröffentlichen."
                )
            )
            + "</p>"
            + f"<p>{esc(tr('Version'))}: {esc(__version__)}<br>"
            + f'{esc(tr("Lizenz"))}: <a href="{LICENCE_URL}">{esc(tr("Europäische Union Public Licence"))} '
            + f"({LICENCE})</a></p>"
            + f"<h3>{esc(tr('Verwendete Bibliotheken'))}</h3>"
            + f'<table cellpadding="3"><tr><th align="left">{esc(tr("Bibliothek"))}</th>'
            + f'<th align="left">{esc(tr("Version"))}</th><th align="left">{esc(tr("Lizenz"))}</th></tr>{rows}</table>'
            + f"<h3>{esc(tr('Wo Ihre Daten liegen'))}</h3>"
            + f'<table cellpadding="3">{places}</table>'
            + "<p>"
            + esc(
                tr(
                    "Ihre Daten bleiben in der Datei und den Sicherungen auf diesem Rechner; das Programm sendet "
                    "nichts von sich aus ins Netz."
                )
            )
            + "</p>"
        )

    def plain_text(self) -> str:
        """Return the dialog's facts as plain text, for a support request."""
        lines = [f"Strategie-Editor {__version__}", f"{tr('Lizenz')}: {LICENCE}", ""]
        lines += [f"{lib.name} {lib.version} ({lib.licence})" for lib in self.libraries]
        lines.append("")
        lines += [f"{what}: {where}" for what, where in self.places]
        return "\n".join(lines) + "\n"

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())
