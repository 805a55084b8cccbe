"""Issuing a referral letter from a case: choose kind, language and date, issue it, and see it.

Issuing takes the next number of the outgoing register at once (the register records what was
produced), so the button says "Issue and preview". The PDF stays in memory: Qt's PDF viewer reads
it from a buffer, nothing is written to disk unless she saves it where she chooses, and printing
paints the rendered pages straight onto the printer.

The preview widget is in ``pdf_preview``, saving and printing in ``letter_output`` (and
``letters.issued_actions``), the emergency override in ``letters.override``, the kind
and language combo boxes in ``letter_kinds``, and the addressee (the address book's entries, the
order's unit) in ``letters.addressee_picker``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import CaseappError
from caseapp.letters.builders import LetterOptions
from caseapp.services.letters import IssuedLetter, NoConsent, issue_letter
from caseapp.services.workspace import Workspace
from caseapp.ui.i18n import saved_language, translate_error
from caseapp.ui.letter_font import saved_letter_font
from caseapp.ui.letter_kinds import fill_kinds, fill_languages
from caseapp.ui.letters.addressee_picker import AddresseePicker
from caseapp.ui.letters.issued_actions import IssuedLetterActions
from caseapp.ui.letters.override import OverrideBox
from caseapp.ui.pdf_preview import PdfPreview
from caseapp.ui.widgets import DateField

_ERROR_STYLE = "color: #a40000"
_DONE_STYLE = "color: #1d6b2a"


class LetterDialog(IssuedLetterActions, QDialog):
    """One letter about one case: options on the left, the issued letter on the right."""

    def __init__(
        self,
        workspace: Workspace,
        number: str,
        parent: QWidget | None = None,
        *,
        unsaved_changes: bool = False,
        kind: LetterKind | None = None,
    ) -> None:
        """``kind`` chooses the letter that fits where she came from (Today's row for an
        overdue check: the police); she can still choose another."""
        super().__init__(parent)
        self.setObjectName("letter_dialog")
        self.workspace = workspace
        self.case_number = number
        self.unsaved_changes = unsaved_changes
        self.letter: IssuedLetter | None = None
        self._refused_for_consent = False

        # The issued letter, shown from memory (and its parts under their former names).
        self.preview = PdfPreview()
        self.document = self.preview.document
        self.view = self.preview.view
        self.placeholder = self.preview.placeholder
        self.preview_stack = self.preview

        # Options.
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600")
        self.intro = QLabel()
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.unsaved_note = QLabel()
        self.unsaved_note.setObjectName("unsaved_note")
        self.unsaved_note.setWordWrap(True)
        self.unsaved_note.setStyleSheet(_ERROR_STYLE)
        self.unsaved_note.setVisible(unsaved_changes)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.lang = QComboBox()
        self.lang.setObjectName("lang")
        fill_languages(self.lang, saved_language())
        self.letter_date = DateField("letter_date", required=True)
        self.letter_date.set_value(date.today())
        self.kind_label, self.lang_label, self.date_label = QLabel(), QLabel(), QLabel()
        self.kind_label.setBuddy(self.kind)
        self.lang_label.setBuddy(self.lang)
        self.date_label.setBuddy(self.letter_date.edit)
        for combo in (self.kind, self.lang):
            # Sized by the panel, not by the longest kind: the labels keep their room.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.lang_label, self.lang)
        form.addRow(self.date_label, self.letter_date)

        # What she adds to this letter: all optional.
        self.picker = AddresseePicker(workspace, number)
        self.addressee = self.picker.text  # what prints: chosen from the book, or typed
        self.reply_number = QLineEdit()
        self.reply_number.setObjectName("reply_number")
        self.reply_date = DateField("reply_date", required=False)
        self.court_case = QLineEdit()
        self.court_case.setObjectName("court_case")
        self.attachments = QPlainTextEdit()
        self.attachments.setObjectName("attachments")
        self.attachments.setTabChangesFocus(True)
        self.attachments.setMaximumHeight(70)
        self.paragraph = QPlainTextEdit()
        self.paragraph.setObjectName("paragraph")
        self.paragraph.setTabChangesFocus(True)
        self.paragraph.setMaximumHeight(110)
        self.addressee_label, self.reply_label, self.reply_date_label = QLabel(), QLabel(), QLabel()
        self.court_case_label, self.attachments_label = QLabel(), QLabel()
        self.paragraph_label = QLabel()
        for label, widget in (
            (self.addressee_label, self.picker.choice),
            (self.reply_label, self.reply_number),
            (self.reply_date_label, self.reply_date.edit),
            (self.court_case_label, self.court_case),
            (self.attachments_label, self.attachments),
            (self.paragraph_label, self.paragraph),
        ):
            label.setBuddy(widget)
            label.setWordWrap(True)
        form.addRow(self.addressee_label, self.picker)
        form.addRow(self.reply_label, self.reply_number)
        form.addRow(self.reply_date_label, self.reply_date)
        form.addRow(self.court_case_label, self.court_case)
        form.addRow(self.attachments_label, self.attachments)
        form.addRow(self.paragraph_label, self.paragraph)
        self.form = form

        # The emergency override, offered once the letter was refused for lack of consent.
        self.override_box = OverrideBox()
        self.override, self.reason = self.override_box.override, self.override_box.reason
        self.reason_label = self.override_box.reason_label
        self.reason_hint = self.override_box.reason_hint

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("issue")
        self.issue_button.setDefault(True)

        # The issued letter.
        self.register_number = QLabel()
        self.register_number.setObjectName("register_number")
        self.register_number.setStyleSheet("font-size: 13pt; font-weight: 600")
        self.register_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_as")
        self.print_button = QPushButton()
        self.print_button.setObjectName("print")
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
            button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("buttons")
        self.buttons.rejected.connect(self.reject)

        left = QWidget()
        left.setObjectName("options")
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addWidget(self.unsaved_note)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.override_box)
        column.addWidget(self.issue_button)
        column.addSpacing(16)
        column.addWidget(self.register_number)
        column.addWidget(self.fingerprint)
        after = QHBoxLayout()
        after.addWidget(self.save_button)
        after.addWidget(self.print_button)
        column.addLayout(after)
        column.addStretch()

        scroll = QScrollArea()
        scroll.setObjectName("options_scroll")
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(380)
        top = QHBoxLayout()
        top.addWidget(scroll)
        top.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)

        self.issue_button.clicked.connect(self.issue)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_letter)
        self.override.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.letter_date.changed.connect(self._options_changed)
        self.kind.currentIndexChanged.connect(self._options_changed)
        self.kind.currentIndexChanged.connect(self._show_kind_fields)
        self.reply_date.changed.connect(self._update)
        self.lang.currentIndexChanged.connect(self._options_changed)
        self.lang.currentIndexChanged.connect(self._show_kind_fields)
        self.letter_date.changed.connect(self._show_kind_fields)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_letter)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)

        self.retranslate()
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self._show_kind_fields()
        self._update()
        self.resize(1080, 780)
        self.kind.setFocus()

    # texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Letter about case %1").replace("%1", self.case_number))
        self.heading.setText(self.tr("Letter about case %1").replace("%1", self.case_number))
        self.intro.setText(
            self.tr(
                "Issuing gives the letter the next number of the outgoing register and records "
                "it there at once, with its date, recipient and fingerprint, even if it is then "
                "neither saved nor printed."
            )
        )
        self.unsaved_note.setText(
            self.tr("The case has unsaved changes: the letter uses the case as last saved.")
        )
        fill_kinds(self.kind)
        self.kind_label.setText(self.tr("&Kind:"))
        self.lang_label.setText(self.tr("La&nguage:"))
        self.date_label.setText(self.tr("&Date:"))
        self.addressee_label.setText(self.tr("Addr&essee:"))
        self.reply_label.setText(self.tr("In reply to No.:"))
        self.reply_date_label.setText(self.tr("of (date):"))
        self.court_case_label.setText(self.tr("Court case No.:"))
        self.attachments_label.setText(self.tr("A&ttachments (one a line):"))
        self.paragraph_label.setText(self.tr("Paragraph about this &case:"))
        self.paragraph.setToolTip(
            self.tr("Printed before the letter's request, as written. Never write where she stays.")
        )
        self.override_box.retranslate()
        self.issue_button.setText(self.tr("&Issue and preview"))
        self.issue_button.setToolTip(
            self.tr("Takes the next outgoing number and records the letter in the register.")
        )
        self.save_button.setText(self.tr("&Save as…"))
        self.save_button.setToolTip(self.tr("Save the letter as a PDF file (Ctrl+S)"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the letter (Ctrl+P)"))
        self.placeholder.setText(
            self.tr(
                "The letter appears here once it is issued. It is kept in memory only: nothing "
                "is written to disk unless you save it."
            )
        )
        self._show_letter_facts()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # state ----------------------------------------------------------------------------------

    def _update(self) -> None:
        issued = self.letter is not None
        for widget in (
            self.kind,
            self.lang,
            self.letter_date,
            self.reply_number,
            self.reply_date,
            self.court_case,
            self.attachments,
            self.paragraph,
        ):
            widget.setEnabled(not issued)
        self.picker.set_editable(not issued)
        override_ready = self.override_box.update_state(issued)
        ready = not issued and self.letter_date.is_valid() and self.reply_date.is_valid()
        ready = ready and override_ready
        self.issue_button.setEnabled(ready)
        self.save_button.setEnabled(issued)
        self.print_button.setEnabled(issued)

    def _show_kind_fields(self) -> None:
        """The court case number is a court letter's only; the addressees offered follow the
        kind, the language and the date."""
        court = self.kind.currentData() == LetterKind.COURT_REQUIREMENTS.value
        self.form.setRowVisible(self.court_case, court)
        kind = LetterKind(str(self.kind.currentData()))
        self.picker.refresh(kind, str(self.lang.currentData()), self.letter_date.value())

    def options(self) -> LetterOptions:
        """What she added to the letter, as the service takes it."""
        court = self.kind.currentData() == LetterKind.COURT_REQUIREMENTS.value
        return LetterOptions(
            addressee=self.picker.addressee(),
            reply_number=self.reply_number.text(),
            reply_date=self.reply_date.value(),
            attachments=tuple(self.attachments.toPlainText().splitlines()),
            paragraph=self.paragraph.toPlainText(),
            court_case=self.court_case.text() if court else "",
        )

    def _options_changed(self) -> None:
        """Another kind or date may be covered by a consent: the override goes away again."""
        if self.letter is not None:
            return
        if self._refused_for_consent:
            self._refused_for_consent = False
            self.override.setChecked(False)
            self.override_box.hide()
            self.message.clear()
        self._update()

    def override_reason(self) -> str | None:
        """The written reason, sent only when the override is ticked and a reason is given."""
        return self.override_box.reason_given()

    # issuing --------------------------------------------------------------------------------

    def issue(self) -> bool:
        """Issue the letter through the service and show it; a refusal is said in one sentence,
        and a refusal for lack of consent offers the emergency override."""
        if self.letter is not None or not self.issue_button.isEnabled():
            return False
        on = self.letter_date.value()
        if on is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            letter = issue_letter(
                self.workspace,
                self.case_number,
                str(self.kind.currentData()),
                str(self.lang.currentData()),
                on=on,
                override_reason=self.override_reason(),
                options=self.options(),
                font=saved_letter_font(),
            )
        except NoConsent as exc:
            self._refused_for_consent = True
            self._show_error(translate_error(exc.template, exc.params))
            self.override_box.show()
            self.override.setFocus()
            return False
        except CaseappError as exc:
            self._show_error(translate_error(exc.template, exc.params))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.letter = letter
        self.preview.load(letter.pdf)
        self.message.setStyleSheet(_DONE_STYLE)
        if self.override_reason() is not None and self._refused_for_consent:
            text = self.tr(
                "Letter %1 was issued with the emergency override and recorded in the outgoing "
                "register; the reason is kept in the audit log."
            )
        else:
            text = self.tr("Letter %1 was issued and recorded in the outgoing register.")
        self.message.setText(text.replace("%1", letter.register_number))
        self._show_letter_facts()
        self._update()
        self.save_button.setFocus()
        return True

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.setText(text)
