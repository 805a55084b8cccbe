"""The letter kinds and the letter languages, offered in combo boxes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from caseapp.domain.enums import RecipientKind
from caseapp.ui.i18n import LANGUAGES

KIND_LABELS = {
    RecipientKind.POLICE: QT_TRANSLATE_NOOP("LetterKinds", "Police"),
    RecipientKind.COURT: QT_TRANSLATE_NOOP("LetterKinds", "Court"),
    RecipientKind.MEDICAL: QT_TRANSLATE_NOOP("LetterKinds", "Forensic / medical"),
    RecipientKind.LEGAL_AID: QT_TRANSLATE_NOOP("LetterKinds", "Legal aid"),
    RecipientKind.SHELTER: QT_TRANSLATE_NOOP("LetterKinds", "Another shelter"),
    RecipientKind.SOCIAL: QT_TRANSLATE_NOOP("LetterKinds", "Social protection"),
}
"""The letter kinds as people call them; shared by the letter dialog, the register and the
letter texts dialog."""


def kind_label(kind: RecipientKind) -> str:
    return QCoreApplication.translate("LetterKinds", str(KIND_LABELS[kind]))


def fill_kinds(combo: QComboBox, first: tuple[str | None, str] | None = None) -> None:
    """(Re)fill a combo box with the letter kinds, keeping the current choice."""
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first[1], first[0])
    for kind in RecipientKind:
        combo.addItem(kind_label(kind), kind.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(blocked)


def fill_languages(combo: QComboBox, current: str) -> None:
    """The letter languages, each in its own name (as the language menu shows them)."""
    combo.clear()
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
