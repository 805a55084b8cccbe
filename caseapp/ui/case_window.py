"""One case in its own window: client (and the case's office), incident, orders and checks,
shelter, consents, notes, history. Edits stay in memory until saved; closing with unsaved changes
asks. The tabs other than the client's live in ``case_narrative`` and ``case_lists``."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from caseapp.services.history import history
from caseapp.services.hotline import list_districts
from caseapp.services.offices import OfficeInfo, list_offices
from caseapp.services.shelter import holds_shelter_key
from caseapp.services.workspace import Workspace
from caseapp.ui.case.attachments import AttachmentsTab
from caseapp.ui.case.children import CaseChildren
from caseapp.ui.case.risk import RiskTab
from caseapp.ui.case.safety import SafetyTab
from caseapp.ui.case_lists import ConsentsTab, ShelterTab
from caseapp.ui.case_narrative import IncidentTab, NotesTab
from caseapp.ui.case_orders import OrdersTab
from caseapp.ui.case_tables import fill, history_action, local_time, make_table, relabel
from caseapp.ui.common.printout import print_case
from caseapp.ui.i18n import translate_error
from caseapp.ui.letters.dialog import LetterDialog
from caseapp.ui.record_words import change_words
from caseapp.ui.staff.offices import MoveCaseDialog, office_name, office_names
from caseapp.ui.strike_dialog import StrikeOutDialog
from caseapp.ui.widgets import DateField, IinField, PhoneField, RequiredField, ValidatedField

TABS = (
    "client",
    "incident",
    "risk",
    "safety",
    "orders",
    "shelter",
    "consents",
    "files",
    "notes",
    "history",
)


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
        self._build_client()
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
        self.history = make_table("history", 4)
        self.history.setWordWrap(True)
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
        for page in (
            self.client_page,
            self.incident_page,
            self.risk_page,
            self.safety_page,
            self.orders_page,
            self.shelter_page,
            self.consents_page,
            self.files_page,
            self.notes_page,
            self.history,
        ):
            self.tabs.addTab(page, "")
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
        self.resize(900, 620)

    # building -----------------------------------------------------------------------------

    def _build_client(self) -> None:
        self.client_page = QWidget()
        self.full_name = RequiredField("full_name")
        self.alias = QLineEdit()
        self.alias.setObjectName("alias")
        self.iin = IinField()
        self.birth_date = DateField("birth_date")
        self.phone = PhoneField()
        self.address, self.safe_contact = QLineEdit(), QLineEdit()
        self.children_field = CaseChildren(self.mark_dirty)
        # The case's office: shown to everyone, changed by an administrator when there are several.
        self.offices: list[OfficeInfo] = []
        self.office = QLabel()
        self.office.setObjectName("office")
        self.move_office_button = QPushButton()
        self.move_office_button.setObjectName("move_office")
        self.move_office_button.clicked.connect(self.move_to_office)
        self.office_row = QWidget()
        office_layout = QHBoxLayout(self.office_row)
        office_layout.setContentsMargins(0, 0, 0, 0)
        office_layout.addWidget(self.office)
        office_layout.addWidget(self.move_office_button)
        office_layout.addStretch()
        self.client_form = QFormLayout(self.client_page)
        for widget in (self.full_name, self.iin, self.birth_date, self.phone):
            widget.changed.connect(self.mark_dirty)
        for edit in (self.alias, self.address, self.safe_contact):
            edit.textChanged.connect(self.mark_dirty)

    # texts --------------------------------------------------------------------------------

    def _retitle(self) -> None:
        r = self.record
        self.setWindowTitle(
            self.tr("Case %1 — %2").replace("%1", r.number).replace("%2", r.client.display_name)
        )

    def retranslate(self) -> None:
        self._retitle()
        for i, title in enumerate(
            (
                self.tr("Client"),
                self.tr("Incident"),
                self.tr("Risk"),
                self.tr("Safety plan"),
                self.tr("Protection orders"),
                self.tr("Shelter"),
                self.tr("Consents"),
                self.tr("Files"),
                self.tr("Notes"),
                self.tr("History"),
            )
        ):
            self.tabs.setTabText(i, title)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.letter_button.setText(self.tr("&Letter…"))
        self.print_button.setText(self.tr("&Print summary…"))
        self.letter_button.setToolTip(
            self.tr("Issue a referral letter about this case (Ctrl+Shift+L)")
        )
        relabel(
            self.client_form,
            [
                (self.tr("Full name:"), self.full_name),
                (self.tr("Alias:"), self.alias),
                (self.tr("IIN:"), self.iin),
                (self.tr("Birth date:"), self.birth_date),
                (self.tr("Phone:"), self.phone),
                (self.tr("Address:"), self.address),
                (self.tr("Safe contact:"), self.safe_contact),
                (self.children_field.label(), self.children_field),
                (self.tr("Office:"), self.office_row),
            ],
        )
        self.move_office_button.setText(self.tr("&Move to another office…"))
        self.delete_button.setText(self.tr("Delete case…"))
        self.delete_button.setToolTip(
            self.tr("Delete this case, with the reason (administrators; the history keeps it)")
        )
        self._show_office()
        for page in (
            self.incident_page,
            self.orders_page,
            self.shelter_page,
            self.consents_page,
            self.notes_page,
            self.risk_page,
            self.safety_page,
            self.files_page,
        ):
            page.retranslate()
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        if getattr(self, "_history", None) is not None:
            self._show_history()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # data ---------------------------------------------------------------------------------

    def load(self) -> None:
        r = self.record
        c = r.client
        self.full_name.set_text(c.full_name)
        self.alias.setText(c.alias)
        self.iin.set_text(c.iin)
        self.birth_date.set_value(c.birth_date)
        self.phone.set_text(c.phone)
        self.address.setText(c.address)
        self.safe_contact.setText(c.safe_contact)
        self.children_field.load(r)
        self.incident_page.load(r)
        self.notes_page.load(r)
        self.risk_page.load(r.number)
        self.safety_page.load(r.number)
        self.files_page.load(r.number)
        for page in (self.orders_page, self.shelter_page, self.consents_page):
            page.show_record(r)
        self._retitle()
        self._show_office(reload=True)
        self.history_refresh()
        self.dirty = False
        self.message.clear()

    def _show_office(self, reload: bool = False) -> None:
        if reload:
            try:
                self.offices = list_offices(self.workspace)
            except CaseappError:
                self.offices = []
        self.office.setText(office_names(self.offices).get(self.record.office_id or "", "?"))
        self.move_office_button.setVisible(
            self.workspace.actor.role == Role.ADMIN and len(self.offices) > 1
        )

    def history_refresh(self) -> None:
        """Every entry about the case, with what changed in words, in her language."""
        self._history = history(self.workspace, self.record.number)
        self._show_history()

    def _show_history(self) -> None:
        """In the reader's language: shown again when she switches it."""
        fill(
            self.history,
            [
                (
                    local_time(e.at),
                    e.user,
                    history_action(e.action),
                    "\n".join(change_words(c) for c in e.changes),
                )
                for e in self._history
            ],
        )
        for row in range(self.history.rowCount()):
            item = self.history.item(row, 3)
            if item is not None:
                item.setToolTip(item.text())
        self.history.setColumnWidth(3, min(self.history.columnWidth(3), 640))
        self.history.resizeRowsToContents()
        self.history.scrollToBottom()

    def mark_dirty(self) -> None:
        self.dirty = True

    def collect(self) -> rec.CaseRecord:
        """The record as the form shows it; ValueError when a field is marked invalid."""
        fields: list[ValidatedField | DateField] = [
            self.full_name,
            self.iin,
            self.birth_date,
            self.phone,
        ]
        for field in (*fields, *self.incident_page.fields()):
            if not field.is_valid():
                raise ValueError(field.objectName())
        r = copy.deepcopy(self.record)
        r.client = rec.Client(
            full_name=self.full_name.text(),
            alias=self.alias.text().strip(),
            iin=self.iin.text(),
            birth_date=self.birth_date.value(),
            phone=self.phone.text(),
            address=self.address.text().strip(),
            safe_contact=self.safe_contact.text().strip(),
        )
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
        if name in TABS:
            self.tabs.setCurrentIndex(TABS.index(name))

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
