"""The organisation's letter texts and register numbering, for administrators.

A text is edited as the TOML source the program ships (addressee, title, body paragraphs with
named placeholders). The services check it when it is saved: a placeholder outside the allow-list
-- ``{room}``, ``{address}`` -- is refused with one sentence and nothing is stored.
"""

from __future__ import annotations

from datetime import date
from string import Formatter

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import CaseappError
from caseapp.letters.texts import PLACEHOLDERS, shipped_source
from caseapp.services.letter_texts import (
    letter_text_source,
    number_format,
    reset_letter_text,
    set_letter_text,
    set_number_format,
)
from caseapp.services.workspace import Workspace
from caseapp.ui.i18n import saved_language, translate_error
from caseapp.ui.letter_kinds import fill_kinds, fill_languages

_ERROR_STYLE = "color: #a40000"
_DONE_STYLE = "color: #1d6b2a"


class LetterTextsDialog(QDialog):
    """View, edit and reset the text of one kind and language; set the number format."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_texts_dialog")
        self.workspace = workspace
        self.dirty = False
        self._shown: tuple[str, str] | None = None  # the kind and language in the editor

        self.kind = QComboBox()
        self.kind.setObjectName("text_kind")
        self.lang = QComboBox()
        self.lang.setObjectName("text_lang")
        fill_languages(self.lang, saved_language())
        self.kind_label, self.lang_label = QLabel(), QLabel()
        self.kind_label.setBuddy(self.kind)
        self.lang_label.setBuddy(self.lang)
        self.origin = QLabel()
        self.origin.setObjectName("origin")
        choose = QHBoxLayout()
        choose.addWidget(self.kind_label)
        choose.addWidget(self.kind)
        choose.addSpacing(12)
        choose.addWidget(self.lang_label)
        choose.addWidget(self.lang)
        choose.addSpacing(12)
        choose.addWidget(self.origin, 1)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("text")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setTabChangesFocus(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.placeholders = QLabel()
        self.placeholders.setObjectName("placeholders")
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_text")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("reset_text")
        for button in (self.save_button, self.reset_button):
            button.setAutoDefault(False)
        text_buttons = QHBoxLayout()
        text_buttons.addWidget(self.save_button)
        text_buttons.addWidget(self.reset_button)
        text_buttons.addStretch()

        self.numbering = QGroupBox()
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
        format_row = QHBoxLayout()
        format_row.addWidget(self.format)
        format_row.addWidget(self.example, 1)
        format_row.addWidget(self.format_button)
        numbering_form = QFormLayout(self.numbering)
        numbering_form.addRow(self.format_label, format_row)
        numbering_form.addRow(self.format_note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("buttons")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.placeholders)
        layout.addLayout(text_buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.numbering)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.lang.currentIndexChanged.connect(self._choice_changed)
        self.editor.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.format.textChanged.connect(self._show_example)
        self.format.returnPressed.connect(self.save_format)
        self.format_button.clicked.connect(self.save_format)

        self.retranslate()
        self.load()
        self._load_format()
        self.resize(860, 720)
        self.editor.setFocus()

    # data -----------------------------------------------------------------------------------

    def choice(self) -> tuple[str, str]:
        return str(self.kind.currentData()), str(self.lang.currentData())

    def load(self) -> bool:
        """Show the text in use for the chosen kind and language."""
        kind, lang = self.choice()
        try:
            source = letter_text_source(self.workspace, kind, lang)
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params), ok=False)
            return False
        blocked = self.editor.blockSignals(True)
        self.editor.setPlainText(source)
        self.editor.blockSignals(blocked)
        self._shown = (kind, lang)
        self.dirty = False
        self._show_origin()
        return True

    def is_own_text(self) -> bool:
        """Whether the organisation stores its own text for the kind and language shown."""
        if self._shown is None:
            return False
        kind, lang = self._shown
        try:
            current = letter_text_source(self.workspace, kind, lang)
        except CaseappError:
            return False
        return current != shipped_source(LetterKind(kind), lang)

    def _show_origin(self) -> None:
        own = self.is_own_text()
        self.origin.setText(
            self.tr("In use: the organisation's own text.")
            if own
            else self.tr("In use: the text shipped with the program.")
        )
        self.reset_button.setEnabled(own)

    def _load_format(self) -> None:
        try:
            self.format.setText(number_format(self.workspace))
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params), ok=False)

    def _edited(self) -> None:
        self.dirty = True

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(_DONE_STYLE if ok else _ERROR_STYLE)
        self.message.setText(text)

    def _discard_ok(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Letter texts"),
            self.tr("Discard the unsaved changes to this text?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _choice_changed(self) -> None:
        if self._shown is not None and self.choice() != self._shown and not self._discard_ok():
            for combo, value in ((self.kind, self._shown[0]), (self.lang, self._shown[1])):
                blocked = combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.blockSignals(blocked)
            return
        self.message.clear()
        self.load()

    # actions --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the edited text; a refused text is said in one sentence and nothing changes."""
        kind, lang = self.choice()
        try:
            set_letter_text(self.workspace, kind, lang, self.editor.toPlainText())
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params), ok=False)
            return False
        self.dirty = False
        self._show_origin()
        self._say(self.tr("Saved: new letters of this kind and language use this text."), ok=True)
        return True

    def reset(self) -> bool:
        """Go back to the shipped text, after asking."""
        answer = QMessageBox.question(
            self,
            self.tr("Letter texts"),
            self.tr(
                "Use the text shipped with the program again? The organisation's own text of "
                "this letter is deleted."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        kind, lang = self.choice()
        try:
            reset_letter_text(self.workspace, kind, lang)
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params), ok=False)
            return False
        self.load()
        self._say(self.tr("The shipped text is used again."), ok=True)
        return True

    def save_format(self) -> bool:
        try:
            set_number_format(self.workspace, self.format.text())
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params), ok=False)
            return False
        self._say(self.tr("Saved: letters issued from now on are numbered this way."), ok=True)
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

    def reject(self) -> None:
        if self._discard_ok():
            super().reject()

    # texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Letter texts"))
        self.editor.setAccessibleName(self.tr("Letter text (addressee, title and body)"))
        fill_kinds(self.kind)
        self.kind_label.setText(self.tr("&Kind:"))
        self.lang_label.setText(self.tr("La&nguage:"))
        self.placeholders.setText(
            self.tr(
                "Placeholders: %1. Letters never print the client's address, the shelter, a "
                "room or where the client stays."
            ).replace("%1", ", ".join("{" + name + "}" for name in PLACEHOLDERS))
        )
        self.save_button.setText(self.tr("&Save text"))
        self.reset_button.setText(self.tr("&Reset to the shipped text…"))
        self.numbering.setTitle(self.tr("Outgoing numbers"))
        self.format_label.setText(self.tr("Number &format:"))
        self.format_note.setText(
            self.tr(
                "{n} is the letter's number within its year (required), {year} the year; "
                "for example {n}/{year} or 04-{year}/{n:03d}."
            )
        )
        self.format_button.setText(self.tr("Save f&ormat"))
        if self._shown is not None:
            self._show_origin()
        self._show_example()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
