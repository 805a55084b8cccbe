"""How outgoing letters are numbered: the register number format, with an example as she types."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from string import Formatter

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from caseapp.domain.errors import CaseappError
from caseapp.services.letter_texts import number_format, set_number_format
from caseapp.services.workspace import Workspace
from caseapp.ui.i18n import translate_error


class NumberingBox(QGroupBox):
    """The number format and its Save button; `say(text, ok)` shows the outcome."""

    def __init__(self, workspace: Workspace, say: Callable[[str, bool], None]) -> None:
        super().__init__()
        self.workspace, self._say = workspace, say
        self.format = QLineEdit()
        self.format.setObjectName("number_format")
        self.format.setMaxLength(64)
        self.format.setMaximumWidth(220)
        self.format_label = QLabel()
        self.format_label.setBuddy(self.format)
        self.example = QLabel()
        self.example.setObjectName("number_example")
        self.format_button = QPushButton()
        self.format_button.setObjectName("save_format")
        self.format_button.setAutoDefault(False)
        self.format_note = QLabel()
        self.format_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.format)
        row.addWidget(self.example, 1)
        row.addWidget(self.format_button)
        form = QFormLayout(self)
        form.addRow(self.format_label, row)
        form.addRow(self.format_note)
        self.format.textChanged.connect(self._show_example)
        self.format.returnPressed.connect(self.save_format)
        self.format_button.clicked.connect(self.save_format)
        self.retranslate()
        try:
            self.format.setText(number_format(workspace))
        except CaseappError as exc:
            say(translate_error(exc.template, exc.params), False)

    def save_format(self) -> bool:
        try:
            set_number_format(self.workspace, self.format.text())
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params), False)
            return False
        self._say(self.tr("Saved: letters issued from now on are numbered this way."), True)
        return True

    def _show_example(self) -> None:
        """How the next numbers will look, as she types (the service has the last word)."""
        fmt = self.format.text().strip()
        try:
            names = {name for _, name, _, _ in Formatter().parse(fmt) if name is not None}
            example = fmt.format(n=1, year=date.today().year) if names <= {"n", "year"} else None
        except (ValueError, KeyError, IndexError, AttributeError, TypeError):
            example = None
        if example is None or "n" not in names:
            self.example.setText(self.tr("(not a valid format)"))
        else:
            self.example.setText(self.tr("for example %1").replace("%1", example))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Outgoing numbers"))
        self.format_label.setText(self.tr("Number &format:"))
        self.format_note.setText(
            self.tr(
                "{n} is the letter's number within its year (required), {year} the year; "
                "for example {n}/{year} or 04-{year}/{n:03d}."
            )
        )
        self.format_button.setText(self.tr("Save f&ormat"))
        self._show_example()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
