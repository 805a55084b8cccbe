"""The organisation's letter texts as a form, for administrators, and the register numbering.

She picks a letter by its name and a language; each part of the letter (addressee, title,
paragraphs) is a text box of its own, the placeholders the letter can use are listed with their
meaning, and a preview shows the letter as it would print on a fictitious case while she types.
A mistake is said in words, naming the part and the placeholder, and Save is refused until it is
put right. The texts are still stored as TOML, by the services, which check them again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import CaseappError
from caseapp.letters.text_check import TextMistake, check_parts
from caseapp.letters.texts import parse_letter_text, shipped_source, shipped_text
from caseapp.services.letter_preview import preview_letter_text
from caseapp.services.letter_texts import letter_text_source, reset_letter_text, set_letter_text
from caseapp.services.workspace import Workspace
from caseapp.ui.i18n import saved_language, translate_error
from caseapp.ui.letter_font import saved_letter_font
from caseapp.ui.letter_kinds import fill_kinds, fill_languages
from caseapp.ui.letters.numbering import NumberingBox
from caseapp.ui.letters.placeholder_list import PlaceholderList
from caseapp.ui.letters.text_parts import PartsForm
from caseapp.ui.pdf_preview import PdfPreview

_ERROR_STYLE = "color: #a40000"
_DONE_STYLE = "color: #1d6b2a"
PREVIEW_DELAY_MS = 400  # the preview follows her typing once she pauses


class LetterTextsEditor(QDialog):
    """Edit, preview and reset the text of one kind and language; set the number format."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_texts_editor")
        self.workspace = workspace
        self.dirty = False
        self.mistakes: list[TextMistake] = []
        self._shown: tuple[str, str] | None = None  # the kind and language in the form

        self.kind, self.lang = QComboBox(), QComboBox()
        self.kind.setObjectName("text_kind")
        self.lang.setObjectName("text_lang")
        fill_languages(self.lang, saved_language())
        self.kind_label, self.lang_label = QLabel(), QLabel()
        self.kind_label.setBuddy(self.kind)
        self.lang_label.setBuddy(self.lang)
        self.origin = QLabel()
        self.origin.setObjectName("origin")
        choose = QHBoxLayout()
        for widget in (self.kind_label, self.kind, self.lang_label, self.lang):
            choose.addWidget(widget)
        choose.addSpacing(12)
        choose.addWidget(self.origin, 1)

        self.parts = PartsForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.parts)
        self.placeholders = PlaceholderList()
        self.preview = PdfPreview()
        self.preview_label = QLabel()
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.preview, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.placeholders)
        right.addWidget(preview_box)
        right.setSizes([220, 520])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setSizes([640, 560])

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.save_button, self.reset_button = QPushButton(), QPushButton()
        self.save_button.setObjectName("save_text")
        self.reset_button.setObjectName("reset_text")
        text_buttons = QHBoxLayout()
        for button in (self.save_button, self.reset_button):
            button.setAutoDefault(False)
            text_buttons.addWidget(button)
        text_buttons.addStretch()
        self.numbering = NumberingBox(workspace, self._say)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("buttons")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addLayout(text_buttons)
        layout.addWidget(self.numbering)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.lang.currentIndexChanged.connect(self._choice_changed)
        self.parts.changed.connect(self._edited)
        self.placeholders.chosen.connect(self.parts.insert)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)

        self.retranslate()
        self.load()
        self.resize(1280, 880)

    # data -----------------------------------------------------------------------------------

    def choice(self) -> tuple[str, str]:
        return str(self.kind.currentData()), str(self.lang.currentData())

    def letter_kind(self) -> LetterKind:
        return LetterKind(self.choice()[0])

    def load(self) -> bool:
        """Show the text in use for the chosen kind and language, and its preview."""
        kind, lang = self.choice()
        standard = shipped_text(kind, lang)
        try:
            text = parse_letter_text(letter_text_source(self.workspace, kind, lang))
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params), ok=False)
            text = standard
        self.parts.show_text(text, standard)
        self.placeholders.show_kind(LetterKind(kind))
        self._shown = (kind, lang)
        self.dirty = False
        self._show_origin()
        self.check()
        self.refresh_preview()
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

    def check(self) -> list[TextMistake]:
        """Show every part's mistake in words, frame those parts, and refuse Save meanwhile."""
        self.mistakes = check_parts(self.letter_kind(), *self.parts.values())
        self.parts.mark({m.part for m in self.mistakes})
        self.save_button.setEnabled(not self.mistakes)
        if self.mistakes:
            self._say("\n".join(self.mistake_sentence(m) for m in self.mistakes), ok=False)
        else:
            self.message.clear()
        return self.mistakes

    def mistake_sentence(self, mistake: TextMistake) -> str:
        """The mistake in the interface's language, the part named as the form labels it."""
        params = {**mistake.params, "part": self.parts.part_label(mistake.part)}
        return translate_error(mistake.template, params)

    def refresh_preview(self) -> None:
        """Lay the text out on the sample case and show it; a text with a mistake keeps the
        last good preview."""
        self.timer.stop()
        if self.mistakes:
            return
        kind, lang = self.choice()
        try:
            pdf = preview_letter_text(
                self.workspace, kind, lang, self.parts.letter_text(), font=saved_letter_font()
            )
        except CaseappError as exc:
            self.preview.unload()
            self.preview.placeholder.setText(translate_error(exc.template, exc.params))
            self.preview.setCurrentWidget(self.preview.placeholder)
            return
        self.preview.load(pdf)

    def _show_origin(self) -> None:
        own = self.is_own_text()
        self.origin.setText(
            self.tr("In use: the organisation's own text.")
            if own
            else self.tr("In use: the text shipped with the program.")
        )
        self.reset_button.setEnabled(own)

    def _edited(self) -> None:
        self.dirty = True
        self.check()
        self.timer.start()

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
        """Store the text; while a mistake stands nothing is written."""
        if self.check():
            return False
        kind, lang = self.choice()
        try:
            set_letter_text(self.workspace, kind, lang, self.parts.letter_text())
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params), ok=False)
            return False
        self.dirty = False
        self._show_origin()
        self._say(self.tr("Saved: new letters of this kind and language use this text."), ok=True)
        return True

    def reset(self) -> bool:
        """Go back to the shipped text of the whole letter, after asking."""
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

    def reject(self) -> None:
        if self._discard_ok():
            self.timer.stop()
            super().reject()

    # texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Letter texts"))
        fill_kinds(self.kind)
        self.kind_label.setText(self.tr("&Letter:"))
        self.lang_label.setText(self.tr("La&nguage:"))
        self.preview_label.setText(self.tr("As it prints, on a fictitious case:"))
        self.preview.placeholder.setText(
            self.tr("The preview shows once the text has no mistakes.")
        )
        self.save_button.setText(self.tr("&Save text"))
        self.reset_button.setText(self.tr("&Reset the whole letter to the shipped text…"))
        if self._shown is not None:
            self._show_origin()
            self.check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
