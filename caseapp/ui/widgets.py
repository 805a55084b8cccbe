"""Small input widgets that validate as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from caseapp.domain.iin import is_valid_iin
from caseapp.domain.security import password_problem


class ValidatedField(QWidget):
    """A line edit with its message beside it."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.setObjectName(name + "_field")
        self.message = QLabel()
        self.message.setObjectName(name + "_message")
        self.message.setStyleSheet("color: #a40000")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.message, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.message.setText(self.problem() or "")
        self.changed.emit()

    def problem(self) -> str | None:
        return None

    def is_valid(self) -> bool:
        return self.problem() is None

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)


class DateField(ValidatedField):
    """A calendar date typed as YYYY-MM-DD; empty allowed unless required."""

    def __init__(self, name: str, required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.required = required
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))  # ГГГГ-ММ-ДД in Russian
        self.edit.setInputMask("")
        self.edit.setMaxLength(10)
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        super().changeEvent(event)

    def problem(self) -> str | None:
        text = self.text()
        if not text:
            return self.tr("Required.") if self.required else None
        try:
            date.fromisoformat(text)
        except ValueError:
            return self.tr("Not a date (YYYY-MM-DD).")
        if len(text) != 10:
            return self.tr("Not a date (YYYY-MM-DD).")
        return None

    def value(self) -> date | None:
        return date.fromisoformat(self.text()) if self.text() and self.is_valid() else None

    def set_value(self, value: date | None) -> None:
        self.set_text(value.isoformat() if value else "")


class IinField(ValidatedField):
    def __init__(self, name: str = "iin", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.edit.setMaxLength(12)
        self._changed()

    def problem(self) -> str | None:
        text = self.text()
        if text and not is_valid_iin(text):
            return self.tr("Not a valid IIN (12 digits, check digit).")
        return None


class RequiredField(ValidatedField):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._changed()

    def problem(self) -> str | None:
        return None if self.text() else self.tr("Required.")


def password_hint(password: str, repeat: str) -> str:
    """What a new password is worth, as she types it and its repetition (setup and accounts)."""
    translate = QCoreApplication.translate
    problem = password_problem(password)
    if problem == "short":
        return translate(
            "PasswordHint",
            "At least 10 characters, not one of the commonest passwords. A short sentence is easy "
            "to remember.",
        )
    if problem == "common":
        return translate(
            "PasswordHint", "One of the commonest passwords, guessed first: choose another."
        )
    if problem:
        return translate("PasswordHint", "Too simple: use more different characters.")
    if repeat != password:
        return translate("PasswordHint", "The two passwords differ.")
    if len(password) < 12:
        return translate("PasswordHint", "Acceptable. Longer is stronger.")
    return translate("PasswordHint", "Strong.")
