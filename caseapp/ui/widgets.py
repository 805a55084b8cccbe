"""Small input widgets that validate as you type."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from caseapp.domain.iin import is_valid_iin
from caseapp.domain.rules import is_phone_number
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


DATE_FORMAT = "dd.MM.yyyy"  # as people in Kazakhstan read and write dates: 13.11.2026
_EMPTY = QDate(1900, 1, 1)  # the minimum stands for "no date" in an optional field


def shown_date(value: date | None) -> str:
    """A date as people here read it, 13.11.2026; "" for none. ISO stays for files and JSON."""
    return value.strftime("%d.%m.%Y") if value is not None else ""


def _parse(text: str) -> date | None:
    """13.11.2026, 13112026 or 2026-11-13 (what a test or a paste may bring)."""
    text = text.strip()
    for pattern in ("%d.%m.%Y", "%d%m%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


class _DateEdit(QDateEdit):
    """QDateEdit with an empty state: Delete or Backspace with everything selected clears an
    optional date, and its calendar opens on today rather than on the empty minimum."""

    def __init__(self, optional: bool) -> None:
        super().__init__()
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2999, 12, 31))
        self.setSpecialValueText(" ")
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == _EMPTY:
            self.calendarWidget().setSelectedDate(QDate.currentDate())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        clearing = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if clearing and self.optional and self.lineEdit().selectedText() == self.text():
            self.setDate(_EMPTY)
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A calendar date in the local format (13.11.2026) with a calendar popup (opening on today
    while the field is empty); empty allowed unless required."""

    changed = Signal()

    def __init__(self, name: str, required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required = required
        self.edit = _DateEdit(optional=not required)
        self.edit.setObjectName(name)
        self.setObjectName(name + "_field")
        self.message = QLabel()
        self.message.setObjectName(name + "_message")
        self.message.setStyleSheet("color: #a40000")
        self.message.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.message, 1)
        self.setFocusProxy(self.edit)
        self.edit.setDate(_EMPTY)
        self.edit.dateChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.message.setText(self.problem() or "")
        self.changed.emit()

    def problem(self) -> str | None:
        if self.value() is None and self.required:
            return self.tr("Required.")
        return None

    def is_valid(self) -> bool:
        return self.problem() is None

    def value(self) -> date | None:
        picked = self.edit.date()
        if picked == _EMPTY:
            return None
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.edit.setDate(_EMPTY)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def text(self) -> str:
        value = self.value()
        return value.isoformat() if value is not None else ""

    def set_text(self, text: str) -> None:
        """A date typed as 13.11.2026 (or ISO); anything else leaves the field empty."""
        self.set_value(_parse(text) if text.strip() else None)


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


class PhoneField(ValidatedField):
    """A phone number as people write it (+7 701 123 45 67); anything else is marked."""

    def __init__(self, name: str = "phone", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.edit.setMaxLength(40)
        self._changed()

    def problem(self) -> str | None:
        text = self.text()
        if text and not is_phone_number(text):
            return self.tr("Not a phone number: digits, spaces and + - ( ).")
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
