"""The letter kinds and the letter languages, offered in combo boxes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from caseapp.domain.enums import LetterKind
from caseapp.ui.i18n import LANGUAGES

KIND_LABELS = {
    LetterKind.POLICE_CHECKS: QT_TRANSLATE_NOOP("LetterKinds", "Police: checks of the order"),
    LetterKind.POLICE_SERVE: QT_TRANSLATE_NOOP("LetterKinds", "Police: serve the order"),
    LetterKind.POLICE_VIOLATION: QT_TRANSLATE_NOOP("LetterKinds", "Police: order violated"),
    LetterKind.POLICE_FORENSIC: QT_TRANSLATE_NOOP(
        "LetterKinds", "Police: forensic medical examination"
    ),
    LetterKind.COURT_REQUIREMENTS: QT_TRANSLATE_NOOP("LetterKinds", "Court: special requirements"),
    LetterKind.MEDICAL_CERTIFICATE: QT_TRANSLATE_NOOP(
        "LetterKinds", "Medical examination and certificate"
    ),
    LetterKind.LEGAL_AID: QT_TRANSLATE_NOOP("LetterKinds", "Legal aid"),
    LetterKind.SHELTER_REFERRAL: QT_TRANSLATE_NOOP("LetterKinds", "Another shelter"),
    LetterKind.SOCIAL: QT_TRANSLATE_NOOP("LetterKinds", "Social protection"),
    LetterKind.FAMILY_SUPPORT_CENTRE: QT_TRANSLATE_NOOP("LetterKinds", "Family support centre"),
    LetterKind.MINOR_AT_RISK: QT_TRANSLATE_NOOP("LetterKinds", "Report: a child at risk"),
    LetterKind.CONSENT_FORM: QT_TRANSLATE_NOOP("LetterKinds", "Her consent form, to sign"),
    LetterKind.POLICE_STATEMENT: QT_TRANSLATE_NOOP(
        "LetterKinds", "Her statement to the police, to sign"
    ),
}
"""The letter kinds as people call them; shared by the letter dialog, the register and the
letter texts dialog."""


def kind_label(kind: LetterKind) -> str:
    return QCoreApplication.translate("LetterKinds", str(KIND_LABELS[kind]))


def fill_kinds(combo: QComboBox, first: tuple[str | None, str] | None = None) -> None:
    """(Re)fill a combo box with the letter kinds, keeping the current choice."""
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first[1], first[0])
    for kind in LetterKind:
        combo.addItem(kind_label(kind), kind.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(blocked)


def fill_languages(combo: QComboBox, current: str) -> None:
    """The letter languages, each in its own name (as the language menu shows them)."""
    combo.clear()
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
