"""The case window's Protection orders tab: the orders, the police checks of the selected one,
and the court's special requirements; each added, corrected or struck out. Texts keep the
"CaseWindow" translation context they had inside the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.domain import records as rec
from caseapp.domain.changes import RecordKind
from caseapp.domain.rules import add_check
from caseapp.ui.case_tables import METHOD_LABELS, OUTCOME_LABELS, code_label, fill, iso, make_table
from caseapp.ui.forms import CheckDialog, OrderDialog
from caseapp.ui.record_actions import RecordActions, describe
from caseapp.ui.record_forms import RequirementDialog

translate = QCoreApplication.translate


def _row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch()
    return layout


class OrdersTab(QWidget):
    """Protection orders, the police checks of the selected one, and court requirements."""

    change = Signal(object)  # a function that changes the record, to apply and save
    strike = Signal(str, str, str)  # record kind, its id, what it is in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: rec.CaseRecord | None = None
        self.orders = make_table("orders", 6)
        self.checks = make_table("checks", 4)
        self.requirements = make_table("requirements", 4)
        self.new_order = QPushButton()
        self.new_order.setObjectName("new_order")
        self.record_check = QPushButton()
        self.record_check.setObjectName("record_check")
        self.add_requirement_button = QPushButton()
        self.add_requirement_button.setObjectName("add_requirement")
        self.order_actions = RecordActions(self.orders, self.change_order, self.strike_order)
        self.edit_order = self.order_actions.edit_button
        self.check_actions = RecordActions(self.checks, self.change_check, self.strike_check)
        self.requirement_actions = RecordActions(
            self.requirements, self.change_requirement, self.strike_requirement
        )
        self.orders_label, self.checks_label = QLabel(), QLabel()
        self.requirements_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.orders_label)
        layout.addWidget(self.orders, 3)
        layout.addLayout(
            _row(
                self.new_order,
                self.edit_order,
                self.order_actions.strike_button,
                self.record_check,
            )
        )
        layout.addWidget(self.checks_label)
        layout.addWidget(self.checks, 3)
        layout.addLayout(_row(self.check_actions.edit_button, self.check_actions.strike_button))
        layout.addWidget(self.requirements_label)
        layout.addWidget(self.requirements, 2)
        layout.addLayout(
            _row(
                self.add_requirement_button,
                self.requirement_actions.edit_button,
                self.requirement_actions.strike_button,
            )
        )
        self.orders.itemSelectionChanged.connect(self._show_checks)
        self.new_order.clicked.connect(self.add_order)
        self.record_check.clicked.connect(self.add_check)
        self.add_requirement_button.clicked.connect(self.add_requirement)

    def retranslate(self) -> None:
        self.orders_label.setText(
            translate("CaseWindow", "Protection orders (up to 30 days; police check every 7 days)")
        )
        self.checks_label.setText(translate("CaseWindow", "Police checks of the selected order"))
        self.requirements_label.setText(
            translate("CaseWindow", "Court special requirements on the perpetrator")
        )
        self.new_order.setText(translate("CaseWindow", "&New order…"))
        self.order_actions.retranslate(
            translate("CaseWindow", "&Edit order…"), translate("CaseWindow", "Strike out order…")
        )
        self.record_check.setText(translate("CaseWindow", "&Record a check…"))
        self.check_actions.retranslate(
            translate("CaseWindow", "Edit check…"), translate("CaseWindow", "Strike out check…")
        )
        self.add_requirement_button.setText(translate("CaseWindow", "Add requirements…"))
        self.requirement_actions.retranslate(
            translate("CaseWindow", "Edit requirements…"),
            translate("CaseWindow", "Strike out requirements…"),
        )
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
        self.requirements.setHorizontalHeaderLabels(
            [
                translate("CaseWindow", "Starts"),
                translate("CaseWindow", "Ends"),
                translate("CaseWindow", "Court"),
                translate("CaseWindow", "Requirements"),
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
        fill(
            self.requirements,
            [
                (iso(r.starts_on), iso(r.ends_on), r.court, r.description.replace("\n", " "))
                for r in record.requirements
            ],
        )

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

    def selected_order(self) -> rec.ProtectionOrder | None:
        orders = self.record.orders if self.record is not None else []
        row = self.orders.currentRow()
        return orders[row] if 0 <= row < len(orders) else None

    def selected_check(self) -> rec.PoliceCheck | None:
        order = self.selected_order()
        row = self.checks.currentRow()
        if order is None or not self.check_actions.selected():
            return None
        return order.checks[row] if 0 <= row < len(order.checks) else None

    def selected_requirement(self) -> rec.SpecialRequirement | None:
        items = self.record.requirements if self.record is not None else []
        row = self.requirements.currentRow()
        if not self.requirement_actions.selected():
            return None
        return items[row] if 0 <= row < len(items) else None

    # orders ---------------------------------------------------------------------------------

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

    def strike_order(self) -> None:
        order = self.selected_order()
        if order is not None and order.id:
            kind = RecordKind.ORDER
            self.strike.emit(kind.value, order.id, describe(kind, order, self.orders))

    # checks ---------------------------------------------------------------------------------

    def add_check(self) -> None:
        row = self.orders.currentRow()
        order = self.selected_order()
        if order is None:
            return
        dialog = CheckDialog(order, self)
        if dialog.exec():
            self.change.emit(lambda r: add_check(r.orders[row], dialog.result_item))

    def change_check(self) -> None:
        order_row, row = self.orders.currentRow(), self.checks.currentRow()
        order, check = self.selected_order(), self.selected_check()
        if order is None or check is None:
            return
        dialog = CheckDialog(order, self, check)
        if dialog.exec():

            def corrected(r: rec.CaseRecord) -> None:
                checks = r.orders[order_row].checks
                checks[row] = dialog.result_item
                checks.sort(key=lambda c: c.checked_on)

            self.change.emit(corrected)

    def strike_check(self) -> None:
        check = self.selected_check()
        if check is not None and check.id:
            kind = RecordKind.CHECK
            self.strike.emit(kind.value, check.id, describe(kind, check, self.checks))

    # court requirements ---------------------------------------------------------------------

    def add_requirement(self) -> None:
        dialog = RequirementDialog(self)
        if dialog.exec():
            self.change.emit(lambda r: r.requirements.append(dialog.result_item))

    def change_requirement(self) -> None:
        row = self.requirements.currentRow()
        requirement = self.selected_requirement()
        if requirement is None:
            return
        dialog = RequirementDialog(self, requirement)
        if dialog.exec():
            self.change.emit(lambda r: r.requirements.__setitem__(row, dialog.result_item))

    def strike_requirement(self) -> None:
        requirement = self.selected_requirement()
        if requirement is not None and requirement.id:
            kind = RecordKind.REQUIREMENT
            self.strike.emit(
                kind.value, requirement.id, describe(kind, requirement, self.requirements)
            )
