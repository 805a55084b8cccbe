"""The case window's court special requirements: what a court imposed on the offender's behaviour
after an order, for months, with start and end dates. Today reminds a week before they end."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from caseapp.domain import records as rec
from caseapp.domain.rules import validate_requirement
from caseapp.ui.case_tables import fill, iso, make_table
from caseapp.ui.forms import ItemDialog
from caseapp.ui.widgets import DateField


class RequirementDialog(ItemDialog):
    """Court special requirements: from and until when, which court, what they require."""

    result_item: rec.SpecialRequirement

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Court special requirements"), parent)
        self.starts = DateField("starts_on", required=True)
        self.starts.set_value(date.today())
        self.ends = DateField("ends_on", required=True)
        self.court = QLineEdit()
        self.court.setObjectName("court")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setMaximumHeight(100)
        self.form.addRow(self.tr("From:"), self.starts)
        self.form.addRow(self.tr("Until:"), self.ends)
        self.form.addRow(self.tr("Court:"), self.court)
        self.form.addRow(self.tr("What they require:"), self.description)
        self.finish_layout()

    def build(self) -> rec.SpecialRequirement:
        starts, ends = self.starts.value(), self.ends.value()
        if starts is None or ends is None:
            raise ValueError("date missing")
        requirement = rec.SpecialRequirement(
            starts_on=starts,
            ends_on=ends,
            court=self.court.text().strip(),
            description=self.description.toPlainText().strip(),
        )
        validate_requirement(requirement, "")
        return requirement


class RequirementsTab(QWidget):
    """The case's court special requirements, newest last, and a button to add them."""

    change = Signal(object)  # a function that changes the record, to apply and save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: rec.CaseRecord | None = None
        self.requirements = make_table("requirements", 4)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_requirement")
        layout = QVBoxLayout(self)
        layout.addWidget(self.requirements)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add_requirement)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add court &requirements…"))
        self.requirements.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("Until"), self.tr("Court"), self.tr("What they require")]
        )

    def show_record(self, record: rec.CaseRecord) -> None:
        self.record = record
        fill(
            self.requirements,
            [
                (iso(r.starts_on), iso(r.ends_on), r.court, r.description)
                for r in record.requirements
            ],
        )

    def add_requirement(self) -> None:
        dialog = RequirementDialog(self)
        if dialog.exec():
            self.change.emit(lambda r: r.requirements.append(dialog.result_item))
