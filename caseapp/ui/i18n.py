"""Run-time language switching with Qt Linguist translations shipped in the package."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from caseapp import resource_path

LANGUAGES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
DEFAULT_LANGUAGE = "ru"
TRANSLATIONS = resource_path("translations")

_installed: list[QTranslator] = []


def settings() -> QSettings:
    """Per-user preferences; never any personal data (language, last data folder, window size)."""
    return QSettings("caseapp", "caseapp")


def saved_language() -> str:
    value = settings().value("language", DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def install_language(code: str) -> None:
    """Swap the application's translators; widgets retranslate on QEvent.LanguageChange."""
    app = QCoreApplication.instance()
    if app is None:
        return
    # Recorded first, so a widget retranslating below reads the new language and locale.
    QLocale.setDefault(QLocale({"ru": "ru_RU", "kk": "kk_KZ", "en": "en_GB"}[code]))
    settings().setValue("language", code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        # Ours, and Qt's own for its standard buttons and dialogs (Cancel, Next, Finish…), which
        # ship with PySide6 in Qt's translations folder.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"caseapp_{code}", str(TRANSLATIONS)), (f"qtbase_{code}", qt_folder)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    # Deliver the LanguageChange events now, so every open widget retranslates at once.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _local_date(value: object) -> object:
    if isinstance(value, str) and (found := _ISO_DATE.match(value)):
        year, month, day = found.groups()
        return f"{day}.{month}.{year}"
    return value


def translate_error(
    template: str, params: dict[str, object], translator: QTranslator | None = None
) -> str:
    """Translate a service error's template, then fill in its parameters: with the installed
    translators, or with ``translator`` alone (the command line, which has no application)."""

    def tr(text: str) -> str:
        if translator is None:
            return QCoreApplication.translate("errors", text)
        return translator.translate("errors", text) or text

    text = tr(template)
    # Parameters are never personal data; some are words of their own ("the police") that have
    # a translation in the same context. Others (numbers, field names) come back as they are, and
    # dates as people read them, 13.11.2026 — except on the command line, which keeps ISO.
    params = {k: tr(v) if isinstance(v, str) and v else v for k, v in params.items()}
    if translator is None:
        params = {k: _local_date(v) for k, v in params.items()}
        if isinstance(params.get("field"), str):
            from caseapp.ui.common.field_names import in_words

            params["field"] = in_words(str(params["field"]))
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)
