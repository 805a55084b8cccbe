"""The command line's error sentences in the person's language: the same translated templates as
the desktop window, chosen by the locale (``CASEAPP_LANG``, else ``LC_ALL``, ``LC_MESSAGES``,
``LANG``): Russian or Kazakh when it says so, English otherwise. Sentences written only for the
command line (about its options) stay English, like the options themselves."""

from __future__ import annotations

import os
from collections.abc import Callable

from caseapp.domain.errors import CaseappError

LOCALE_VARIABLES = ("CASEAPP_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


def language() -> str:
    for name in LOCALE_VARIABLES:
        value = os.environ.get(name, "")
        if value:
            code = value[:2].lower()
            return code if code in ("ru", "kk") else "en"
    return "en"


def error_sentence(error: CaseappError) -> str:
    return translated(error.template, error.params, error.message)


def translated(template: str, params: dict[str, object], english: str | None = None) -> str:
    """A sentence's template in the locale's language, its placeholders filled in."""
    code = language()
    if code == "en":
        return english if english is not None else template.format(**params)
    from PySide6.QtCore import QTranslator

    from caseapp.ui.i18n import TRANSLATIONS, translate_error

    # The translator alone, without a QCoreApplication: one made here would outlive the command
    # in a process that later needs a QApplication (the tests, an embedding program).
    translator = QTranslator()
    if not translator.load(f"caseapp_{code}", str(TRANSLATIONS)):
        return english if english is not None else template.format(**params)
    return translate_error(template, params, translator)


def report_words(lang: str) -> Callable[[str], str]:
    """The reports' words (context ``reports``) in ``lang``; English is the source itself."""
    if lang == "en":
        return lambda text: text
    from PySide6.QtCore import QTranslator

    from caseapp.ui.i18n import TRANSLATIONS

    translator = QTranslator()
    if not translator.load(f"caseapp_{lang}", str(TRANSLATIONS)):
        return lambda text: text
    return lambda text: translator.translate("reports", text) or text
