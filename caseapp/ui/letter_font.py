"""The letters' font on this computer: Liberation Serif, which ships with caseapp, or another
TrueType font with every Kazakh letter that an administrator chooses (Settings). The choice is a
file on this computer, so it is kept with this computer's preferences, not in the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.services.letters import check_letter_font
from caseapp.ui.i18n import settings, translate_error

FONT_KEY = "letters/font"


def saved_letter_font() -> str | None:
    """The TrueType file chosen on this computer for letters; None: the shipped font."""
    value = settings().value(FONT_KEY, "")
    return value if isinstance(value, str) and value else None


class LetterFontBox(QGroupBox):
    """Which font letters are set in on this computer; administrators may change it."""

    def __init__(self, is_admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_font")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.current = QLabel()
        self.current.setObjectName("letter_font_current")
        self.current.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("letter_font_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_letter_font")
        self.shipped_button = QPushButton()
        self.shipped_button.setObjectName("shipped_letter_font")
        for button in (self.choose_button, self.shipped_button):
            button.setEnabled(is_admin)
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.shipped_button)
        buttons.addStretch()
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.current)
        column.addLayout(buttons)
        column.addWidget(self.message)
        self.choose_button.clicked.connect(lambda: self.choose())
        self.shipped_button.clicked.connect(self.use_shipped)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Letters' font"))
        self.intro.setText(
            self.tr(
                "Letters are set in a font that ships with caseapp, so they look the same on "
                "every computer. An administrator may choose another TrueType font with every "
                "Kazakh letter for this computer."
            )
        )
        self.choose_button.setText(self.tr("&Choose a font file…"))
        self.shipped_button.setText(self.tr("Use the font that ships with caseapp"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self) -> None:
        chosen = saved_letter_font()
        if chosen is None:
            self.current.setText(self.tr("In use: the font that ships with caseapp."))
        else:
            self.current.setText(self.tr("In use: %1").replace("%1", chosen))
        self.shipped_button.setVisible(chosen is not None)

    def choose(self, path: str | None = None) -> bool:
        """Use the TrueType file at ``path`` (asked for when None) once it proves fit."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose the letters' font"), "", self.tr("TrueType fonts (*.ttf)")
            )
        if not path:
            return False
        try:
            check_letter_font(path)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return False
        settings().setValue(FONT_KEY, str(Path(path).resolve()))
        self.message.clear()
        self._show()
        return True

    def use_shipped(self) -> None:
        settings().remove(FONT_KEY)
        self.message.clear()
        self._show()
