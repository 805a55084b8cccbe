"""The case window's list tabs: protection orders with their police checks, shelter stays and
consents. Each shows the window's record and asks the window to apply a change (``change``),
which it saves at once. Texts keep the "CaseWindow" translation context they had inside the
window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.domain import records as rec
from caseapp.domain.dates import shelter_limit
from caseapp.domain.rules import add_check
from caseapp.ui.case_tables import (
    KIND_LABELS,
    METHOD_LABELS,
    OUTCOME_LABELS,
    code_label,
    fill,
    iso,
    make_table,
)
from caseapp.ui.forms import AdmitDialog, CheckDialog, ConsentDialog, DischargeDialog, OrderDialog
from caseapp.ui.stay_extension import ExtensionDialog

translate = QCoreApplication.translate


class OrdersTab(QWidget):
    """Protection orders, and below them the police checks of the selected one."""

    change = Signal(object)  # a function that changes the record, to apply and save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: rec.CaseRecord | None = None
        self.orders = make_table("orders", 6)
        self.checks = make_table("checks", 4)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.orders_label)
        layout.addWidget(self.orders)
        layout.addLayout(buttons)
        layout.addWidget(self.checks_label)
        layout.addWidget(self.checks)
        self.orders.itemSelectionChanged.connect(self._show_checks)
        self.new_order.clicked.connect(self.add_order)
        self.edit_order.clicked.connect(self.change_order)
        self.record_check.clicked.connect(self.add_check)

    def retranslate(self) -> None:
        self.orders_label.setText(
            translate("CaseWindow", "Protection orders (up to 30 days; police check every 7 days)")
        )
        self.checks_label.setText(translate("CaseWindow", "Police checks of the selected order"))
        self.new_order.setText(translate("CaseWindow", "&New order…"))
        self.edit_order.setText(translate("CaseWindow", "&Edit order…"))
        self.record_check.setText(translate("CaseWindow", "&Record a check…"))
        self.orders.setHorizontalHeaderLabels(
            [
                translate("CaseWindow", "Number"),
                translate("CaseWindow", "Issued"),
                translate("CaseWindow", "Expires"),
                translate("CaseWindow", "Served"),
                translate("CaseWindow", "Revoked"),
                translate("CaseWindow", "Checks"),
            ]
        )
        self.checks.setHorizontalHeaderLabels(
            [
                translate("CaseWindow", "Date"),
                translate("CaseWindow", "Outcome"),
                translate("CaseWindow", "Method"),
                translate("CaseWindow", "Officer"),
            ]
        )
        if self.record is not None:
            self.show_record(self.record)

    def show_record(self, record: rec.CaseRecord) -> None:
        """Show the record's orders, keeping the selected row (else selecting the newest)."""
        self.record = record
        selected = self.orders.currentRow()
        fill(
            self.orders,
            [
                (
                    o.number,
                    iso(o.issued_on),
                    iso(o.expires_on),
                    iso(o.served_on),
                    iso(o.revoked_on),
                    str(len(o.checks)),
                )
                for o in record.orders
            ],
        )
        if record.orders:
            count = len(record.orders)
            self.orders.selectRow(selected if 0 <= selected < count else count - 1)
        self._show_checks()

    def _show_checks(self) -> None:
        order = self.selected_order()
        fill(
            self.checks,
            [
                (
                    iso(k.checked_on),
                    code_label("CheckDialog", OUTCOME_LABELS, k.outcome.value),
                    code_label("CheckDialog", METHOD_LABELS, k.method.value) if k.method else "",
                    k.officer,
                )
                for k in (order.checks if order else [])
            ],
        )
        self.record_check.setEnabled(order is not None)
        self.edit_order.setEnabled(order is not None)

    def selected_order(self) -> rec.ProtectionOrder | None:
        orders = self.record.orders if self.record is not None else []
        row = self.orders.currentRow()
        return orders[row] if 0 <= row < len(orders) else None

    def add_order(self) -> None:
        dialog = OrderDialog(self)
        if dialog.exec():
            self.change.emit(lambda r: r.orders.append(dialog.result_item))

    def change_order(self) -> None:
        row = self.orders.currentRow()
        order = self.selected_order()
        if order is None:
            return
        dialog = OrderDialog(self, order)
        if dialog.exec():
            self.change.emit(lambda r: r.orders.__setitem__(row, dialog.result_item))

    def add_check(self) -> None:
        row = self.orders.currentRow()
        order = self.selected_order()
        if order is None:
            return
        dialog = CheckDialog(order, self)
        if dialog.exec():
            self.change.emit(lambda r: add_check(r.orders[row], dialog.result_item))


class ShelterTab(QWidget):
    """The case's shelter stays: admit, discharge the selected (or the open) stay, and record an
    approved extension past six months."""

    change = Signal(object)  # a function that changes the record, to apply and save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: rec.CaseRecord | None = None
        self.stays = make_table("stays", 7)
        self.admit = QPushButton()
        self.admit.setObjectName("admit")
        self.discharge = QPushButton()
        self.discharge.setObjectName("discharge")
        self.extend = QPushButton()
        self.extend.setObjectName("extend_stay")
        buttons = QHBoxLayout()
        buttons.addWidget(self.admit)
        buttons.addWidget(self.discharge)
        buttons.addWidget(self.extend)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stays)
        layout.addLayout(buttons)
        self.admit.clicked.connect(self.add_stay)
        self.discharge.clicked.connect(self.end_stay)
        self.extend.clicked.connect(self.extend_stay)

    def retranslate(self) -> None:
        self.admit.setText(translate("CaseWindow", "&Admit…"))
        self.discharge.setText(translate("CaseWindow", "&Discharge…"))
        self.extend.setText(translate("CaseWindow", "E&xtend the stay…"))
        self.extend.setToolTip(
            translate("CaseWindow", "Record an approved extension past the six-month limit")
        )
        self.stays.setHorizontalHeaderLabels(
            [
                translate("CaseWindow", "Admitted"),
                translate("CaseWindow", "Six-month limit"),
                translate("CaseWindow", "Left on"),
                translate("CaseWindow", "Room"),
                translate("CaseWindow", "Children"),
                translate("CaseWindow", "Extended to"),
                translate("CaseWindow", "Reason for the extension"),
            ]
        )

    def show_record(self, record: rec.CaseRecord) -> None:
        self.record = record
        fill(
            self.stays,
            [
                (
                    iso(s.admitted_on),
                    iso(shelter_limit(s.admitted_on)),
                    iso(s.left_on),
                    s.room,
                    str(s.children),
                    iso(s.extended_to),
                    s.extension_reason,
                )
                for s in record.stays
            ],
        )
        self.extend.setEnabled(bool(record.stays))

    def _chosen_stay(self) -> int | None:
        """The selected stay, else the open one (the latest)."""
        stays = self.record.stays if self.record is not None else []
        row = self.stays.currentRow()
        if 0 <= row < len(stays):
            return row
        open_stays = [i for i, s in enumerate(stays) if s.left_on is None]
        return open_stays[-1] if open_stays else None

    def extend_stay(self) -> None:
        row = self._chosen_stay()
        if row is None or self.record is None:
            return
        dialog = ExtensionDialog(self.record.stays[row], self)
        if dialog.exec():
            self.change.emit(lambda r: r.stays.__setitem__(row, dialog.result_item))

    def add_stay(self) -> None:
        dialog = AdmitDialog(self)
        if dialog.exec():
            self.change.emit(lambda r: r.stays.append(dialog.result_item))

    def end_stay(self) -> None:
        stays = self.record.stays if self.record is not None else []
        row = self.stays.currentRow()
        if not 0 <= row < len(stays):
            open_stays = [i for i, s in enumerate(stays) if s.left_on is None]
            if not open_stays:
                return
            row = open_stays[-1]
        dialog = DischargeDialog(stays[row], self)
        if dialog.exec():
            self.change.emit(lambda r: r.stays.__setitem__(row, dialog.result_item))


class ConsentsTab(QWidget):
    """The survivor's consents to passing her data on, by kind of recipient."""

    change = Signal(object)  # a function that changes the record, to apply and save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: rec.CaseRecord | None = None
        self.consents = make_table("consents", 4)
        self.add_consent_button = QPushButton()
        self.add_consent_button.setObjectName("add_consent")
        layout = QVBoxLayout(self)
        layout.addWidget(self.consents)
        layout.addWidget(self.add_consent_button)
        self.add_consent_button.clicked.connect(self.add_consent)

    def retranslate(self) -> None:
        self.add_consent_button.setText(translate("CaseWindow", "Add a &consent…"))
        self.consents.setHorizontalHeaderLabels(
            [
                translate("CaseWindow", "Recipient"),
                translate("CaseWindow", "Given on"),
                translate("CaseWindow", "Valid until"),
                translate("CaseWindow", "Withdrawn"),
            ]
        )
        if self.record is not None:
            self.show_record(self.record)

    def show_record(self, record: rec.CaseRecord) -> None:
        self.record = record
        fill(
            self.consents,
            [
                (
                    code_label("ConsentDialog", KIND_LABELS, k.recipient_kind.value),
                    iso(k.given_on),
                    iso(k.expires_on),
                    iso(k.withdrawn_on),
                )
                for k in record.consents
            ],
        )

    def add_consent(self) -> None:
        dialog = ConsentDialog(self)
        if dialog.exec():
            self.change.emit(lambda r: r.consents.append(dialog.result_item))
