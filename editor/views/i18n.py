"""Translation helper: German source strings, English from ``resources/translations``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.domain.messages import UserError
from editor.qtmodels.translate import CONTEXT, field_caption, field_label, kind_name, tr, translate_message
from editor.resources import resource_path

__all__ = [
    "CONTEXT",
    "LANGUAGES",
    "describe_error",
    "field_caption",
    "field_label",
    "install_language",
    "kind_name",
    "tr",
    "translate_message",
]

LANGUAGES: dict[str, str] = {"de": "Deutsch", "en": "English"}
"""Languages the UI offers, by code, each named in itself."""


_installed: list[QTranslator] = []


def install_language(language: str) -> bool:
    """Switch the UI language ('de' or 'en'); return whether the translation loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.German))
    qt_translator = QTranslator(app)
    # Qt's own texts (Ja/Nein, Abbrechen, file dialogs) in the same language.
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language == "de":
        return True
    translator = QTranslator(app)
    if not translator.load(str(resource_path("translations", f"strategie_{language}.qm"))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def describe_error(error: BaseException) -> str:
    """Return what the window says about ``error``: its message translated, else ``str(error)``."""
    if isinstance(error, UserError):
        return translate_message(error.message)
    return str(error) or error.__class__.__name__
