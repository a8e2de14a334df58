"""Translation helper: German source strings, English from ``resources/translations``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.domain.messages import Message, UserError
from editor.qtmodels.translate import CONTEXT, tr
from editor.resources import resource_path

__all__ = ["CONTEXT", "LANGUAGES", "describe_error", "install_language", "tr", "translate_message"]

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


def translate_message(text: Message) -> str:
    """Return a storage/services/exports message in the current UI language (nested parts too)."""
    params = {
        key: translate_message(value) if isinstance(value, Message) else str(value)
        for key, value in text.params.items()
    }
    return tr(text.template).format(**params)


def describe_error(error: BaseException) -> str:
    """Return what the window says about ``error``: its message translated, else ``str(error)``."""
    if isinstance(error, UserError):
        return translate_message(error.message)
    return str(error) or error.__class__.__name__
