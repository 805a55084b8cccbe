"""One case in its own window: client, incident, orders and checks, shelter, consents, notes,
history. Edits stay in memory until saved; closing with unsaved changes asks."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain import records as rec
from caseapp.domain.dates import shelter_limit
from caseapp.domain.enums import CaseStatus, Relation, RiskLevel, ViolenceType
from caseapp.domain.errors import CaseappError
from caseapp.domain.rules import add_check
from caseapp.services.cases import case_history, get_case, update_case
from caseapp.services.notes import add_note, list_notes
from caseapp.services.workspace import Workspace
from caseapp.ui.forms import (
    AdmitDialog,
    CheckDialog,
    ConsentDialog,
    DischargeDialog,
    IncidentDialog,
    OrderDialog,
)
from caseapp.ui.i18n import translate_error
from caseapp.ui.letter_dialog import LetterDialog
from caseapp.ui.widgets import DateField, IinField, RequiredField

TABS = ("client", "incident", "orders", "shelter", "consents", "notes", "history")


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def _d(value: object) -> str:
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else ""


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
        self._build_client()
        self._build_incident()
        self._build_orders()
        self._build_shelter()
        self._build_consents()
        self._build_notes()
        self.history = _table("history", 3)
        for page in (
            self.client_page,
            self.incident_page,
            self.orders_page,
            self.shelter_page,
            self.consents_page,
            self.notes_page,
            self.history,
        ):
            self.tabs.addTab(page, "")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.letter_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        self.load()
        self.retranslate()
        self.resize(900, 620)

    # building -----------------------------------------------------------------------------

    def _build_client(self) -> None:
        self.client_page = QWidget()
        self.full_name = RequiredField("full_name")
        self.alias = QLineEdit()
        self.alias.setObjectName("alias")
        self.iin = IinField()
        self.birth_date = DateField("birth_date")
        self.phone, self.address, self.safe_contact = QLineEdit(), QLineEdit(), QLineEdit()
        self.client_form = QFormLayout(self.client_page)
        for widget in (self.full_name, self.iin, self.birth_date):
            widget.changed.connect(self.mark_dirty)
        for edit in (self.alias, self.phone, self.address, self.safe_contact):
            edit.textChanged.connect(self.mark_dirty)

    def _build_incident(self) -> None:
        self.incident_page = QWidget()
        self.violence = {v: QCheckBox() for v in ViolenceType}
        self.relation, self.risk, self.status = QComboBox(), QComboBox(), QComboBox()
        self.perpetrator = QLineEdit()
        self.perpetrator.setObjectName("perpetrator")
        self.opened_on, self.closed_on = (
            DateField("opened_on", required=True),
            DateField("closed_on"),
        )
        form_widget = QWidget()
        self.incident_form = QFormLayout(form_widget)
        self.incident_form.setContentsMargins(0, 0, 0, 0)
        self.incidents = _table("incidents", 4)
        self.incidents_label = QLabel()
        self.add_incident_button = QPushButton()
        self.add_incident_button.setObjectName("add_incident")
        self.add_incident_button.clicked.connect(self.add_incident)
        incident_buttons = QHBoxLayout()
        incident_buttons.addWidget(self.add_incident_button)
        incident_buttons.addStretch()
        page_layout = QVBoxLayout(self.incident_page)
        page_layout.addWidget(form_widget)
        page_layout.addWidget(self.incidents_label)
        page_layout.addWidget(self.incidents, 1)
        page_layout.addLayout(incident_buttons)
        self._violence_labels: dict[ViolenceType, str] = {}
        self.violence_row = QWidget()
        row_layout = QHBoxLayout(self.violence_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.violence.values():
            row_layout.addWidget(box)
        for box in self.violence.values():
            box.toggled.connect(self.mark_dirty)
        for combo in (self.relation, self.risk, self.status):
            combo.currentIndexChanged.connect(self.mark_dirty)
        self.perpetrator.textChanged.connect(self.mark_dirty)
        self.opened_on.changed.connect(self.mark_dirty)
        self.closed_on.changed.connect(self.mark_dirty)

    def _build_orders(self) -> None:
        self.orders_page = QWidget()
        self.orders = _table("orders", 6)
        self.checks = _table("checks", 4)
        self.new_order = QPushButton()
        self.new_order.setObjectName("new_order")
        self.edit_order = QPushButton()
        self.record_check = QPushButton()
        self.record_check.setObjectName("record_check")
        self.orders_label, self.checks_label = QLabel(), QLabel()
        buttons = QHBoxLayout()
        for b in (self.new_order, self.edit_order, self.record_check):
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QVBoxLayout(self.orders_page)
        layout.addWidget(self.orders_label)
        layout.addWidget(self.orders)
        layout.addLayout(buttons)
        layout.addWidget(self.checks_label)
        layout.addWidget(self.checks)
        self.orders.itemSelectionChanged.connect(self._show_checks)
        self.new_order.clicked.connect(self.add_order)
        self.edit_order.clicked.connect(self.change_order)
        self.record_check.clicked.connect(self.add_check)

    def _build_shelter(self) -> None:
        self.shelter_page = QWidget()
        self.stays = _table("stays", 5)
        self.admit = QPushButton()
        self.admit.setObjectName("admit")
        self.discharge = QPushButton()
        self.discharge.setObjectName("discharge")
        buttons = QHBoxLayout()
        buttons.addWidget(self.admit)
        buttons.addWidget(self.discharge)
        buttons.addStretch()
        layout = QVBoxLayout(self.shelter_page)
        layout.addWidget(self.stays)
        layout.addLayout(buttons)
        self.admit.clicked.connect(self.add_stay)
        self.discharge.clicked.connect(self.end_stay)

    def _build_consents(self) -> None:
        self.consents_page = QWidget()
        self.consents = _table("consents", 4)
        self.add_consent_button = QPushButton()
        self.add_consent_button.setObjectName("add_consent")
        layout = QVBoxLayout(self.consents_page)
        layout.addWidget(self.consents)
        layout.addWidget(self.add_consent_button)
        self.add_consent_button.clicked.connect(self.add_consent)

    def _build_notes(self) -> None:
        """The case summary (saved with the case) above dated, signed notes (saved at once)."""
        self.notes_page = QWidget()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.textChanged.connect(self.mark_dirty)
        self.note_list = _table("note_list", 4)
        self.note_kind = QComboBox()
        self.note_kind.setObjectName("note_kind")
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("note_text")
        self.note_text.setMaximumHeight(80)
        self.add_note_button = QPushButton()
        self.add_note_button.setObjectName("add_note")
        self.add_note_button.clicked.connect(self.add_dated_note)
        self.summary_label, self.dated_label = QLabel(), QLabel()
        add_row = QHBoxLayout()
        add_row.addWidget(self.note_kind)
        add_row.addWidget(self.note_text, 1)
        add_row.addWidget(self.add_note_button)
        layout = QVBoxLayout(self.notes_page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.dated_label)
        layout.addWidget(self.note_list, 2)
        layout.addLayout(add_row)

    # texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        r = self.record
        self.setWindowTitle(
            self.tr("Case %1 — %2").replace("%1", r.number).replace("%2", r.client.display_name)
        )
        for i, title in enumerate(
            (
                self.tr("Client"),
                self.tr("Incident"),
                self.tr("Protection orders"),
                self.tr("Shelter"),
                self.tr("Consents"),
                self.tr("Notes"),
                self.tr("History"),
            )
        ):
            self.tabs.setTabText(i, title)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.letter_button.setText(self.tr("&Letter…"))
        self.letter_button.setToolTip(
            self.tr("Issue a referral letter about this case (Ctrl+Shift+L)")
        )
        _relabel(
            self.client_form,
            [
                (self.tr("Full name:"), self.full_name),
                (self.tr("Alias:"), self.alias),
                (self.tr("IIN:"), self.iin),
                (self.tr("Birth date:"), self.birth_date),
                (self.tr("Phone:"), self.phone),
                (self.tr("Address:"), self.address),
                (self.tr("Safe contact:"), self.safe_contact),
            ],
        )
        labels = {
            ViolenceType.PHYSICAL: self.tr("Physical"),
            ViolenceType.PSYCHOLOGICAL: self.tr("Psychological"),
            ViolenceType.SEXUAL: self.tr("Sexual"),
            ViolenceType.ECONOMIC: self.tr("Economic"),
        }
        for kind, box in self.violence.items():
            box.setText(labels[kind])
        self._violence_labels = labels
        _set_items(
            self.relation,
            [(None, "—")]
            + [
                (r_.value, t)
                for r_, t in (
                    (Relation.SPOUSE, self.tr("Spouse")),
                    (Relation.FORMER_SPOUSE, self.tr("Former spouse")),
                    (Relation.COHABITANT, self.tr("Cohabiting partner")),
                    (Relation.FORMER_COHABITANT, self.tr("Former partner")),
                    (Relation.RELATIVE, self.tr("Close relative")),
                    (Relation.CHILD_IN_COMMON, self.tr("Has a child in common")),
                    (Relation.OTHER, self.tr("Other")),
                )
            ],
        )
        _set_items(
            self.risk,
            [
                (k.value, t)
                for k, t in (
                    (RiskLevel.UNKNOWN, self.tr("Not assessed")),
                    (RiskLevel.LOW, self.tr("Low")),
                    (RiskLevel.MEDIUM, self.tr("Medium")),
                    (RiskLevel.HIGH, self.tr("High")),
                )
            ],
        )
        _set_items(
            self.status,
            [
                (CaseStatus.OPEN.value, self.tr("Open")),
                (CaseStatus.CLOSED.value, self.tr("Closed")),
            ],
        )
        _relabel(
            self.incident_form,
            [
                (self.tr("Opened on:"), self.opened_on),
                (self.tr("Closed on:"), self.closed_on),
                (self.tr("Status:"), self.status),
                (self.tr("Risk:"), self.risk),
                (self.tr("Violence:"), self.violence_row),
                (self.tr("Perpetrator:"), self.perpetrator),
                (self.tr("Relationship:"), self.relation),
            ],
        )
        self.orders_label.setText(
            self.tr("Protection orders (up to 30 days; police check every 7 days)")
        )
        self.checks_label.setText(self.tr("Police checks of the selected order"))
        self.new_order.setText(self.tr("&New order…"))
        self.edit_order.setText(self.tr("&Edit order…"))
        self.record_check.setText(self.tr("&Record a check…"))
        self.admit.setText(self.tr("&Admit…"))
        self.discharge.setText(self.tr("&Discharge…"))
        self.add_consent_button.setText(self.tr("Add a &consent…"))
        self.incidents_label.setText(self.tr("Incident log"))
        self.add_incident_button.setText(self.tr("Add an &incident…"))
        self.incidents.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Violence"),
                self.tr("Reported to the police"),
                self.tr("Description"),
            ]
        )
        self.orders.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Issued"),
                self.tr("Expires"),
                self.tr("Served"),
                self.tr("Revoked"),
                self.tr("Checks"),
            ]
        )
        self.checks.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Outcome"), self.tr("Method"), self.tr("Officer")]
        )
        self.stays.setHorizontalHeaderLabels(
            [
                self.tr("Admitted"),
                self.tr("Six-month limit"),
                self.tr("Left on"),
                self.tr("Room"),
                self.tr("Children"),
            ]
        )
        self.consents.setHorizontalHeaderLabels(
            [
                self.tr("Recipient"),
                self.tr("Given on"),
                self.tr("Valid until"),
                self.tr("Withdrawn"),
            ]
        )
        self.summary_label.setText(self.tr("Case summary (saved with the case):"))
        self.dated_label.setText(self.tr("Dated notes (saved at once, signed):"))
        self.add_note_button.setText(self.tr("Add &note"))
        _set_items(
            self.note_kind, [("general", self.tr("Case note")), ("legal", self.tr("Legal note"))]
        )
        self.note_list.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Author"), self.tr("Note")]
        )
        self.history.setHorizontalHeaderLabels(
            [self.tr("When (UTC)"), self.tr("Who"), self.tr("What")]
        )
        self._show_record_lists()

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
        self.phone.setText(c.phone)
        self.address.setText(c.address)
        self.safe_contact.setText(c.safe_contact)
        for kind, box in self.violence.items():
            box.setChecked(kind in r.violence_types)
        self.perpetrator.setText(r.perpetrator.full_name)
        self.opened_on.set_value(r.opened_on)
        self.closed_on.set_value(r.closed_on)
        self.notes.setPlainText(r.notes)
        self.retranslate()
        _select(self.relation, r.perpetrator.relation.value if r.perpetrator.relation else None)
        _select(self.risk, r.risk.value)
        _select(self.status, r.status.value)
        self._show_notes()
        self.history_refresh()
        self.dirty = False
        self.message.clear()

    def _show_record_lists(self) -> None:
        r = self.record
        selected = self.orders.currentRow()
        _fill(
            self.orders,
            [
                (
                    o.number,
                    _d(o.issued_on),
                    _d(o.expires_on),
                    _d(o.served_on),
                    _d(o.revoked_on),
                    str(len(o.checks)),
                )
                for o in r.orders
            ],
        )
        if r.orders:
            self.orders.selectRow(selected if 0 <= selected < len(r.orders) else len(r.orders) - 1)
        self._show_checks()
        _fill(
            self.stays,
            [
                (
                    _d(s.admitted_on),
                    _d(shelter_limit(s.admitted_on)),
                    _d(s.left_on),
                    s.room,
                    str(s.children),
                )
                for s in r.stays
            ],
        )
        _fill(
            self.consents,
            [
                (
                    _label("ConsentDialog", _KIND_LABELS, k.recipient_kind.value),
                    _d(k.given_on),
                    _d(k.expires_on),
                    _d(k.withdrawn_on),
                )
                for k in r.consents
            ],
        )
        _fill(
            self.incidents,
            [
                (
                    _d(i.occurred_on),
                    ", ".join(
                        self._violence_labels.get(v, v.value)
                        for v in ViolenceType
                        if v in i.violence_types
                    ),
                    self.tr("Yes") if i.reported_to_police else self.tr("No"),
                    i.description.replace("\n", " "),
                )
                for i in r.incidents
            ],
        )

    def _show_checks(self) -> None:
        order = self._selected_order()
        _fill(
            self.checks,
            [
                (
                    _d(k.checked_on),
                    _label("CheckDialog", _OUTCOME_LABELS, k.outcome.value),
                    _label("CheckDialog", _METHOD_LABELS, k.method.value) if k.method else "",
                    k.officer,
                )
                for k in (order.checks if order else [])
            ],
        )
        self.record_check.setEnabled(order is not None)
        self.edit_order.setEnabled(order is not None)

    def _selected_order(self) -> rec.ProtectionOrder | None:
        row = self.orders.currentRow()
        return self.record.orders[row] if 0 <= row < len(self.record.orders) else None

    def _show_notes(self) -> None:
        kinds = {"general": self.tr("Case note"), "legal": self.tr("Legal note")}
        notes = list_notes(self.workspace, self.record.number)
        _fill(
            self.note_list,
            [(_d(n.written_on), kinds.get(n.kind, n.kind), n.author, n.body) for n in notes],
        )

    def add_dated_note(self) -> None:
        try:
            add_note(
                self.workspace,
                self.record.number,
                self.note_text.toPlainText(),
                kind=self.note_kind.currentData(),
            )
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return
        self.note_text.clear()
        self._show_notes()
        self.history_refresh()
        self.message.setText(self.tr("Note added."))

    def history_refresh(self) -> None:
        history = case_history(self.workspace, self.record.number)
        _fill(self.history, [(at.replace("T", " ")[:16], who, what) for at, who, what in history])

    def mark_dirty(self) -> None:
        self.dirty = True

    def collect(self) -> rec.CaseRecord:
        """The record as the form shows it; ValueError when a field is marked invalid."""
        for field in (self.full_name, self.iin, self.birth_date, self.opened_on, self.closed_on):
            if not field.is_valid():
                raise ValueError(field.objectName())
        r = copy.deepcopy(self.record)
        r.client = rec.Client(
            full_name=self.full_name.text(),
            alias=self.alias.text().strip(),
            iin=self.iin.text(),
            birth_date=self.birth_date.value(),
            phone=self.phone.text().strip(),
            address=self.address.text().strip(),
            safe_contact=self.safe_contact.text().strip(),
        )
        r.violence_types = [k for k, box in self.violence.items() if box.isChecked()]
        relation = self.relation.currentData()
        r.perpetrator = rec.Perpetrator(
            self.perpetrator.text().strip(), Relation(relation) if relation else None
        )
        r.risk = RiskLevel(self.risk.currentData())
        r.status = CaseStatus(self.status.currentData())
        opened = self.opened_on.value()
        assert opened is not None
        r.opened_on, r.closed_on = opened, self.closed_on.value()
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

    # actions ------------------------------------------------------------------------------

    def add_order(self) -> None:
        dialog = OrderDialog(self)
        if dialog.exec():
            self._apply(lambda r: r.orders.append(dialog.result_item))

    def change_order(self) -> None:
        row = self.orders.currentRow()
        order = self._selected_order()
        if order is None:
            return
        dialog = OrderDialog(self, order)
        if dialog.exec():
            self._apply(lambda r: r.orders.__setitem__(row, dialog.result_item))

    def add_check(self) -> None:
        row = self.orders.currentRow()
        order = self._selected_order()
        if order is None:
            return
        dialog = CheckDialog(order, self)
        if dialog.exec():
            self._apply(lambda r: add_check(r.orders[row], dialog.result_item))

    def add_stay(self) -> None:
        dialog = AdmitDialog(self)
        if dialog.exec():
            self._apply(lambda r: r.stays.append(dialog.result_item))

    def end_stay(self) -> None:
        row = self.stays.currentRow()
        if not 0 <= row < len(self.record.stays):
            open_stays = [i for i, s in enumerate(self.record.stays) if s.left_on is None]
            if not open_stays:
                return
            row = open_stays[-1]
        dialog = DischargeDialog(self.record.stays[row], self)
        if dialog.exec():
            self._apply(lambda r: r.stays.__setitem__(row, dialog.result_item))

    def add_consent(self) -> None:
        dialog = ConsentDialog(self)
        if dialog.exec():
            self._apply(lambda r: r.consents.append(dialog.result_item))

    def add_incident(self) -> None:
        dialog = IncidentDialog(self)
        if dialog.exec():
            self._apply(lambda r: r.incidents.append(dialog.result_item))

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


# The dialogs' own labels (and translations) for stored codes, shown in the case's tables.
_OUTCOME_LABELS = {"complied": "Complied", "violated": "Violated", "not_reached": "Not reached"}
_METHOD_LABELS = {
    "visit": "Home visit",
    "phone": "Phone call",
    "summons": "Summoned to the police",
    "other": "Other",
}
_KIND_LABELS = {
    "police": "Police",
    "court": "Court",
    "medical": "Forensic / medical",
    "legal_aid": "Legal aid",
    "shelter": "Another shelter",
    "social": "Social protection",
}


def _label(context: str, labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate(context, labels[code]) if code in labels else code


def _relabel(form: QFormLayout, rows: list[tuple[str, QWidget]]) -> None:
    if form.rowCount() == 0:
        for label, widget in rows:
            form.addRow(label, widget)
        return
    for i, (label, _widget) in enumerate(rows):
        item = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
        label_widget = item.widget() if item is not None else None
        if isinstance(label_widget, QLabel):
            label_widget.setText(label)


def _set_items(combo: QComboBox, items: list[tuple[str | None, str]]) -> None:
    current = combo.currentData()
    dirty_blocker = combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(dirty_blocker)


def _select(combo: QComboBox, data: str | None) -> None:
    blocked = combo.blockSignals(True)
    index = combo.findData(data)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(blocked)
