"""Settings: the language (each person's own choice) and the organisation's settings and details,
which only an administrator may change (the service refuses anyone else as well)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import CaseVisibility, Role
from caseapp.domain.errors import CaseappError
from caseapp.domain.iin import is_valid_iin
from caseapp.domain.risk import MAX_SCORE
from caseapp.services.offices import list_offices
from caseapp.services.organisation import OrganisationSettings, get_settings, update_settings
from caseapp.services.workspace import OrganisationDetails, Workspace
from caseapp.ui.details_dialog import edit_details
from caseapp.ui.i18n import LANGUAGES, install_language, saved_language, translate_error
from caseapp.ui.letter_font import LetterFontBox

# `address` is the Russian one, printed too in a letter language without its own address.
DETAIL_FIELDS = (
    "name_ru",
    "name_kk",
    "name_en",
    "address",
    "address_kk",
    "address_en",
    "phone",
    "bin",
    "director",
)


class SettingsPage(QWidget):
    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.is_admin = workspace.actor.role == Role.ADMIN

        # Language: every person's own preference, kept on this computer.
        self.language_box = QGroupBox()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        language_form = QFormLayout(self.language_box)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_form.addRow(self.language_label, self.language)

        # Her own details, as the letters she issues print them.
        self.me_box = QGroupBox()
        self.me_intro = QLabel()
        self.me_intro.setWordWrap(True)
        self.details_button = QPushButton()
        self.details_button.setObjectName("my_details")
        self.details_button.clicked.connect(self.edit_my_details)
        me_row = QHBoxLayout(self.me_box)
        me_row.addWidget(self.me_intro, 1)
        me_row.addWidget(self.details_button)

        # Work: auto-lock, beds, need-to-know.
        self.work_box = QGroupBox()
        self.idle_lock_minutes = QSpinBox()
        self.idle_lock_minutes.setObjectName("idle_lock_minutes")
        self.idle_lock_minutes.setRange(1, 240)
        self.bed_count = QSpinBox()
        self.bed_count.setObjectName("bed_count")
        self.bed_count.setRange(0, 10_000)
        self.report_threshold = QSpinBox()
        self.report_threshold.setObjectName("report_threshold")
        self.report_threshold.setRange(2, 50)
        self.threshold_label = QLabel()
        self.threshold_label.setBuddy(self.report_threshold)
        # The risk assessment's thresholds (scores out of MAX_SCORE).
        self.risk_medium_at, self.risk_high_at = QSpinBox(), QSpinBox()
        self.risk_medium_at.setObjectName("risk_medium_at")
        self.risk_high_at.setObjectName("risk_high_at")
        for spin in (self.risk_medium_at, self.risk_high_at):
            spin.setRange(1, MAX_SCORE)
        self.risk_label, self.risk_high_label = QLabel(), QLabel()
        # Who sees which cases: one choice of three, as the services apply it.
        self.visibility = {v: QRadioButton() for v in CaseVisibility}
        self.visibility_group = QButtonGroup(self)
        self.visibility_label = QLabel()
        self.visibility_hint = QLabel()
        self.visibility_hint.setObjectName("visibility_hint")
        self.visibility_hint.setWordWrap(True)
        self.visibility_hint.setStyleSheet("color: #555")
        visibility_column = QVBoxLayout()
        visibility_column.setContentsMargins(0, 0, 0, 0)
        for choice, radio in self.visibility.items():
            radio.setObjectName(f"visibility_{choice.value}")
            self.visibility_group.addButton(radio)
            visibility_column.addWidget(radio)
        visibility_column.addWidget(self.visibility_hint)
        self.idle_label, self.beds_label = QLabel(), QLabel()
        self.idle_label.setBuddy(self.idle_lock_minutes)
        self.beds_label.setBuddy(self.bed_count)
        self.idle_note = QLabel()
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_lock_minutes)
        idle_row.addWidget(self.idle_note)
        idle_row.addStretch()
        work_form = QFormLayout(self.work_box)
        work_form.addRow(self.idle_label, idle_row)
        work_form.addRow(self.beds_label, self.bed_count)
        work_form.addRow(self.threshold_label, self.report_threshold)
        risk_row = QHBoxLayout()
        risk_row.addWidget(self.risk_medium_at)
        risk_row.addWidget(self.risk_high_label)
        risk_row.addWidget(self.risk_high_at)
        risk_row.addStretch()
        work_form.addRow(self.risk_label, risk_row)
        # The choices take the form's whole width: their sentences are long in Kazakh.
        work_form.addRow(self.visibility_label)
        work_form.addRow(visibility_column)
        for spin in (
            self.idle_lock_minutes,
            self.bed_count,
            self.report_threshold,
            self.risk_medium_at,
            self.risk_high_at,
        ):
            spin.setMinimumWidth(90)
            spin.setMaximumWidth(120)

        # The organisation's details, as letters print them.
        self.details_box = QGroupBox()
        self.fields: dict[str, QLineEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        details_form = QFormLayout(self.details_box)
        self.details_intro = QLabel()
        self.details_intro.setWordWrap(True)
        details_form.addRow(self.details_intro)
        for name in DETAIL_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            label = QLabel()
            label.setBuddy(edit)
            self.fields[name], self.field_labels[name] = edit, label
            if name == "bin":  # its problem is said beside it, as it is typed
                self.bin_message = QLabel()
                self.bin_message.setObjectName("bin_message")
                self.bin_message.setStyleSheet("color: #a40000")
                edit.setMaximumWidth(160)
                bin_row = QHBoxLayout()
                bin_row.addWidget(edit)
                bin_row.addWidget(self.bin_message, 1)
                details_form.addRow(label, bin_row)
            else:
                details_form.addRow(label, edit)
            if name == "address_en":  # under the last of the three addresses
                self.address_note = QLabel()
                self.address_note.setObjectName("address_note")
                self.address_note.setWordWrap(True)
                self.address_note.setStyleSheet("color: #a40000")
                details_form.addRow("", self.address_note)
        self.fields["bin"].setMaxLength(12)
        self.fields["bin"].textChanged.connect(self._check_bin)

        self.admin_only = QLabel()
        self.admin_only.setObjectName("admin_only")
        self.admin_only.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        content = QWidget()
        content.setMaximumWidth(860)  # forms stay readable on a wide screen
        column = QVBoxLayout(content)
        column.addWidget(self.language_box)
        column.addWidget(self.me_box)
        column.addWidget(self.admin_only)
        column.addWidget(self.work_box)
        column.addWidget(self.details_box)
        self.font_box = LetterFontBox(self.is_admin)  # this computer's, applied at once
        column.addWidget(self.font_box)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(bottom)

        self.language.currentIndexChanged.connect(self._language_chosen)
        # "Saved." describes what is stored: the next edit makes it untrue, so it goes.
        for edit in self.fields.values():
            edit.textChanged.connect(self._edited)
        for spin in (
            self.bed_count,
            self.idle_lock_minutes,
            self.report_threshold,
            self.risk_medium_at,
            self.risk_high_at,
        ):
            spin.valueChanged.connect(self._edited)
        for radio in self.visibility.values():
            radio.toggled.connect(self._edited)
        self._organisation_widgets: list[QWidget] = [
            self.idle_lock_minutes,
            self.bed_count,
            self.report_threshold,
            self.risk_medium_at,
            self.risk_high_at,
            *self.visibility.values(),
            *self.fields.values(),
            self.save_button,
        ]
        for widget in self._organisation_widgets:
            widget.setEnabled(self.is_admin)
        self.admin_only.setVisible(not self.is_admin)
        self._sync_language()
        self.retranslate()
        self.load()

    # data -----------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the settings as stored, dropping unsaved input."""
        if self.workspace.locked:
            return
        try:
            current = get_settings(self.workspace)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return
        for name, edit in self.fields.items():
            edit.setText(getattr(current.details, name))
        self.idle_lock_minutes.setValue(current.idle_lock_minutes)
        self.bed_count.setValue(current.bed_count)
        self.report_threshold.setValue(current.report_threshold)
        self.risk_medium_at.setValue(current.risk_medium_at)
        self.risk_high_at.setValue(current.risk_high_at)
        self.visibility[current.case_visibility].setChecked(True)

    def collect(self) -> OrganisationSettings:
        details = OrganisationDetails(
            **{name: edit.text().strip() for name, edit in self.fields.items()}
        )
        return OrganisationSettings(
            details,
            bed_count=self.bed_count.value(),
            idle_lock_minutes=self.idle_lock_minutes.value(),
            case_visibility=self._chosen_visibility(),
            report_threshold=self.report_threshold.value(),
            risk_medium_at=self.risk_medium_at.value(),
            risk_high_at=self.risk_high_at.value(),
        )

    def _chosen_visibility(self) -> CaseVisibility:
        return next(
            (choice for choice, radio in self.visibility.items() if radio.isChecked()),
            CaseVisibility.ASSIGNED,
        )

    def save(self) -> bool:
        """Save through the service: "Saved." or its one sentence; bad input changes nothing."""
        try:
            update_settings(self.workspace, self.collect())
        except CaseappError as exc:
            self.message.setStyleSheet("color: #a40000")
            self.message.setText(translate_error(exc.template, exc.params))
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.saved.emit()
        return True

    def _edited(self) -> None:
        if self.message.text() in (self.tr("Saved."), self.tr("Your details were saved.")):
            self.message.clear()

    def edit_my_details(self) -> bool:
        if not edit_details(self.workspace, self):
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Your details were saved."))
        return True

    # language -------------------------------------------------------------------------------

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code and code != saved_language():
            install_language(code)

    def _sync_language(self) -> None:
        blocked = self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.language.blockSignals(blocked)

    # texts ----------------------------------------------------------------------------------

    def _check_bin(self) -> None:
        text = self.fields["bin"].text().strip()
        problem = bool(text) and not is_valid_iin(text)
        self.bin_message.setText(
            self.tr("12 digits; the last one is a check digit.") if problem else ""
        )

    def retranslate(self) -> None:
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("Lan&guage of the program:"))
        self.me_box.setTitle(self.tr("You"))
        self.me_intro.setText(
            self.tr("Your full name, position and phone, as the letters you issue print them.")
        )
        self.details_button.setText(self.tr("My de&tails…"))
        self.admin_only.setText(self.tr("Only an administrator can change the settings below."))
        self.work_box.setTitle(self.tr("Work"))
        self.idle_label.setText(self.tr("Lock after idle &minutes:"))
        self.idle_note.setText(self.tr("(a new value applies from the next unlock)"))
        self.risk_label.setText(self.tr("Risk assessment: medium risk from score"))
        self.risk_high_label.setText(self.tr("high risk from score"))
        self.beds_label.setText(self.tr("&Beds in the shelter:"))
        self.threshold_label.setText(self.tr("Reports hide counts belo&w:"))
        self.report_threshold.setToolTip(
            self.tr(
                "A smaller count is shown as “<5” in every report, so that no one can be "
                "recognised from it."
            )
        )
        self.visibility_label.setText(self.tr("Who sees which cases:"))
        self.visibility[CaseVisibility.ALL].setText(self.tr("Everyone sees a&ll cases"))
        self.visibility[CaseVisibility.OFFICE].setText(
            self.tr("Staff see the cases of their o&ffices and the cases assigned to them")
        )
        self.visibility[CaseVisibility.ASSIGNED].setText(
            self.tr("Staff see &only the cases assigned to them")
        )
        self._explain_visibility()
        self.details_box.setTitle(self.tr("Organisation"))
        self.details_intro.setText(
            self.tr(
                "These details appear on letters. A letter in a language without its own "
                "address prints the Russian one."
            )
        )
        labels = {
            "name_ru": self.tr("Name in &Russian:"),
            "name_kk": self.tr("Name in &Kazakh:"),
            "name_en": self.tr("Name in &English:"),
            "address": self.tr("Office &address (Russian, default):"),
            "address_kk": self.tr("Address (Ka&zakh):"),
            "address_en": self.tr("Address (E&nglish):"),
            "phone": self.tr("P&hone:"),
            "bin": self.tr("B&IN:"),
            "director": self.tr("&Director:"),
        }
        for name, label in self.field_labels.items():
            label.setText(labels[name])
        self.address_note.setText(
            self.tr("The office's address only. Never enter the shelter's address anywhere.")
        )
        self.save_button.setText(self.tr("&Save settings"))
        self._check_bin()

    def _explain_visibility(self) -> None:
        hint = self.tr("Administrators always see every case. Shelter beds are counted for all.")
        try:
            one_office = not self.workspace.locked and len(list_offices(self.workspace)) == 1
        except CaseappError:
            one_office = False
        if one_office:
            hint += " " + self.tr(
                "There is one office, so the second choice shows every case to the staff in it."
            )
        self.visibility_hint.setText(hint)

    def showEvent(self, event: QShowEvent) -> None:
        self._explain_visibility()  # offices may have been added on the Staff page
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._sync_language()
        super().changeEvent(event)
