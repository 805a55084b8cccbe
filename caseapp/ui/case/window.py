"""One case in its own window: its tabs (``tabs.TABS``: client and office, incident, risk, safety
plan, orders and checks, shelter, consents, files, notes, history), the message line and the
window's buttons. Edits stay in memory until saved; closing with unsaved changes asks. Each tab's
page lives in its own module; the window loads, collects, saves and strikes out."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain import records as rec
from caseapp.domain.enums import Role
from caseapp.domain.errors import CaseappError
from caseapp.services import corrections
from caseapp.services.cases import get_case, update_case
from caseapp.services.hotline import list_districts
from caseapp.services.offices import OfficeInfo
from caseapp.services.shelter import holds_shelter_key
from caseapp.services.workspace import Workspace
from caseapp.ui.case.attachments import AttachmentsTab
from caseapp.ui.case.client import ClientTab
from caseapp.ui.case.history import CaseHistory
from caseapp.ui.case.incident import IncidentTab
from caseapp.ui.case.notes import NotesTab
from caseapp.ui.case.risk import RiskTab
from caseapp.ui.case.safety import SafetyTab
from caseapp.ui.case.services import ServicesTab
from caseapp.ui.case.tabs import TAB_NAMES, TABS
from caseapp.ui.case_lists import ConsentsTab, ShelterTab
from caseapp.ui.case_orders import OrdersTab
from caseapp.ui.common.printout import print_case
from caseapp.ui.i18n import translate_error
from caseapp.ui.letters.dialog import LetterDialog
from caseapp.ui.staff.offices import MoveCaseDialog, office_name
from caseapp.ui.strike_dialog import StrikeOutDialog


class CaseWindow(QWidget):
    saved = Signal()
    letter_issued = Signal(str)  # the register number

    def __init__(self, workspace: Workspace, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.record = get_case(workspace, number)
        self.dirty = False
        self.tabs = QTabWidget()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.letter_button = QPushButton()
        self.letter_button.setObjectName("letter")
        self.letter_button.clicked.connect(self.new_letter)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self, self.new_letter)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_case")
        self.print_button.clicked.connect(self.print_summary)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_summary)
        # Deleting the whole case: an administrator's, shown to administrators only.
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("delete_case")
        self.delete_button.clicked.connect(self.delete_case)
        self.delete_button.setVisible(workspace.actor.role == Role.ADMIN)
        self.client_page = ClientTab(workspace)
        self.client_page.edited.connect(self.mark_dirty)
        self.client_page.move_office_button.clicked.connect(self.move_to_office)
        # Her fields and the office row, which other screens and tests reach through the window.
        self.full_name, self.alias = self.client_page.full_name, self.client_page.alias
        self.iin, self.birth_date = self.client_page.iin, self.client_page.birth_date
        self.phone, self.address = self.client_page.phone, self.client_page.address
        self.safe_contact, self.client_form = self.client_page.safe_contact, self.client_page.form
        self.office, self.office_row = self.client_page.office, self.client_page.office_row
        self.move_office_button = self.client_page.move_office_button
        self.children_field = self.client_page.children_field
        self.incident_page = IncidentTab()
        self.incident_page.districts = [
            (d.district_id, d.name, d.retired) for d in list_districts(workspace, retired=True)
        ]
        self.orders_page = OrdersTab()
        self.shelter_page = ShelterTab()
        self.consents_page = ConsentsTab()
        self.notes_page = NotesTab(workspace)
        self.risk_page = RiskTab(workspace, self._ready_for_records)
        self.risk_page.said.connect(self.message.setText)
        self.risk_page.assessed.connect(self._reread)
        self.risk_page.strike.connect(self.strike_out)
        self.safety_page = SafetyTab(workspace, self._ready_for_records)
        self.safety_page.said.connect(self.message.setText)
        self.safety_page.changed.connect(self.history_refresh)
        self.safety_page.strike.connect(self.strike_out)
        self.files_page = AttachmentsTab(workspace, self._ready_for_records)
        self.files_page.said.connect(self.message.setText)
        self.files_page.changed.connect(self.history_refresh)
        self.files_page.strike.connect(self.strike_out)
        self.shelter_page.shelter_key = holds_shelter_key(workspace)
        self.case_history = CaseHistory()
        self.history = self.case_history.table
        # The tabs' widgets other screens and tests reach through the window.
        self.incidents = self.incident_page.incidents
        self.add_incident_button = self.incident_page.add_incident_button
        self.orders, self.checks = self.orders_page.orders, self.orders_page.checks
        self.stays = self.shelter_page.stays
        self.consents = self.consents_page.consents
        self.notes = self.notes_page.summary
        for tab in (self.incident_page, self.orders_page, self.shelter_page, self.consents_page):
            tab.change.connect(self._apply)
            tab.strike.connect(self.strike_out)
        self.incident_page.edited.connect(self.mark_dirty)
        self.notes_page.edited.connect(self.mark_dirty)
        self.notes_page.said.connect(self.message.setText)
        self.notes_page.note_added.connect(self.history_refresh)
        for _, attribute, _ in TABS:
            self.tabs.addTab(getattr(self, attribute), "")
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.letter_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        self.retranslate()
        self.load()
        self.services_page = ServicesTab.install(self)  # last: it titles and loads itself
        self.resize(900, 620)

    # texts --------------------------------------------------------------------------------

    def _retitle(self) -> None:
        r = self.record
        self.setWindowTitle(
            self.tr("Case %1 — %2").replace("%1", r.number).replace("%2", r.client.display_name)
        )

    def retranslate(self) -> None:
        self._retitle()
        for i, (_, attribute, title) in enumerate(TABS):
            self.tabs.setTabText(i, QCoreApplication.translate("CaseWindow", title))
            retranslate = getattr(getattr(self, attribute), "retranslate", None)
            if callable(retranslate):
                retranslate()
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.letter_button.setText(self.tr("&Letter…"))
        self.print_button.setText(self.tr("&Print summary…"))
        self.letter_button.setToolTip(
            self.tr("Issue a referral letter about this case (Ctrl+Shift+L)")
        )
        self.delete_button.setText(self.tr("Delete case…"))
        self.delete_button.setToolTip(
            self.tr("Delete this case, with the reason (administrators; the history keeps it)")
        )
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        self.case_history.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # data ---------------------------------------------------------------------------------

    def load(self) -> None:
        r = self.record
        self.client_page.load(r)
        self.incident_page.load(r)
        self.notes_page.load(r)
        self.risk_page.load(r.number)
        self.safety_page.load(r.number)
        self.files_page.load(r.number)
        for page in (self.orders_page, self.shelter_page, self.consents_page):
            page.show_record(r)
        self._retitle()
        self.history_refresh()
        self.dirty = False
        self.message.clear()

    @property
    def offices(self) -> list[OfficeInfo]:
        return self.client_page.offices

    def history_refresh(self) -> None:
        """Every entry about the case, with what changed in words, in her language."""
        self.case_history.refresh(self.workspace, self.record.number)

    def mark_dirty(self) -> None:
        self.dirty = True

    def collect(self) -> rec.CaseRecord:
        """The record as the form shows it; ValueError when a field is marked invalid."""
        for field in (*self.client_page.fields(), *self.incident_page.fields()):
            if not field.is_valid():
                raise ValueError(field.objectName())
        r = copy.deepcopy(self.record)
        r.client = self.client_page.client()
        self.incident_page.collect_into(r)
        self.children_field.collect_into(r)
        r.notes = self.notes.toPlainText()
        return r

    def save(self) -> bool:
        try:
            record = self.collect()
        except ValueError:
            self.message.setText(self.tr("Please correct the fields marked in red."))
            return False
        try:
            update_case(self.workspace, record)
            self.record = get_case(self.workspace, record.number)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return False
        self.load()
        self.message.setText(self.tr("Saved."))
        self.saved.emit()
        return True

    def strike_out(self, kind: str, record_id: str, what: str) -> bool:
        """Ask why, then strike out one record of the case (saving her other edits first)."""
        if self.dirty and not self.save():
            return False
        dialog = StrikeOutDialog(what, self)
        accepted = dialog.exec()
        reason = dialog.reason()
        dialog.deleteLater()
        if not accepted:
            return False
        number = self.record.number
        try:
            corrections.strike_out(
                self.workspace, number, kind, record_id, reason, version=self.record.version
            )
            self.record = get_case(self.workspace, number)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return False
        self.load()
        self.message.setText(self.tr("Struck out. The case's history keeps the record."))
        self.saved.emit()
        return True

    def _ready_for_records(self) -> bool:
        """Before a record is kept on its own (an assessment, a plan): her other edits saved."""
        return not self.dirty or self.save()

    def _reread(self) -> None:
        """A record kept on its own changed the case (its risk): read it again."""
        try:
            self.record = get_case(self.workspace, self.record.number)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return
        message = self.message.text()
        self.load()
        self.history_refresh()
        self.message.setText(message)
        self.saved.emit()

    def delete_case(self) -> bool:
        """An administrator deletes the whole case, with the reason; the window closes."""
        what = self.tr("Case %1 — %2").replace("%1", self.record.number)
        dialog = StrikeOutDialog(
            what.replace("%2", self.record.client.display_name), self, case=True
        )
        accepted = dialog.exec()
        reason = dialog.reason()
        dialog.deleteLater()
        if not accepted:
            return False
        try:
            corrections.delete_case(self.workspace, self.record.number, reason)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return False
        self.dirty = False
        self.saved.emit()
        self.close()
        return True

    def _apply(self, change: Callable[[rec.CaseRecord], None]) -> bool:
        """Apply a dialog's result to the form's record and save at once."""
        before = self.record
        try:
            self.record = self.collect()
        except ValueError:
            self.message.setText(self.tr("Please correct the fields marked in red."))
            return False
        change(self.record)
        if not self.save():
            self.record = before
            return False
        return True

    # actions (the tabs' own, reachable from the window) ---------------------------------

    def add_order(self) -> None:
        self.orders_page.add_order()

    def change_order(self) -> None:
        self.orders_page.change_order()

    def add_check(self) -> None:
        self.orders_page.add_check()

    def add_stay(self) -> None:
        self.shelter_page.add_stay()

    def end_stay(self) -> None:
        self.shelter_page.end_stay()

    def extend_stay(self) -> None:
        self.shelter_page.extend_stay()

    def add_requirement(self) -> None:
        self.orders_page.add_requirement()

    def add_consent(self) -> None:
        self.consents_page.add_consent()

    def add_incident(self) -> None:
        self.incident_page.add_incident()

    def add_dated_note(self) -> None:
        self.notes_page.add_dated_note()

    def move_to_office(self) -> bool:
        """Ask for another office and move the case there (the dialog is the confirmation)."""
        if self.dirty:
            self.message.setText(self.tr("Save your changes before moving the case."))
            return False
        dialog = MoveCaseDialog(
            self.workspace, self.record.number, self.record.office_id, self.offices, self
        )
        moved = dialog.exec()
        office = dialog.chosen()
        dialog.deleteLater()
        if not moved or office is None:
            return False
        try:
            self.record = get_case(self.workspace, self.record.number)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return False
        self.load()
        self.message.setText(self.tr("The case is now in %1.").replace("%1", office_name(office)))
        self.saved.emit()
        return True

    def new_letter(self) -> str | None:
        """Issue a letter about this case; the register number, or None if none was issued."""
        dialog = LetterDialog(self.workspace, self.record.number, self, unsaved_changes=self.dirty)
        dialog.exec()
        letter = dialog.letter
        dialog.deleteLater()
        if letter is None:
            return None
        self.history_refresh()
        self.letter_issued.emit(letter.register_number)
        return letter.register_number

    def print_summary(self) -> None:
        """The case on paper, as saved (her edits are saved first): aliases and dates only."""
        if self.dirty and not self.save():
            return
        self.printout = print_case(self, self.workspace, self.record.number)
        self.history_refresh()

    def show_tab(self, name: str) -> None:
        if name in TAB_NAMES:
            self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this case?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()
        self.deleteLater()
