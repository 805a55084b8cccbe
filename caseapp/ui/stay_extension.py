"""An approved extension of a shelter stay past its six months: the date it now ends by and why.
The reminders and the shelter board then count to that date."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from caseapp.domain import records as rec
from caseapp.domain.dates import shelter_limit
from caseapp.domain.rules import validate_extension
from caseapp.ui.case_tables import iso
from caseapp.ui.forms import ItemDialog
from caseapp.ui.widgets import DateField


class ExtensionDialog(ItemDialog):
    result_item: rec.ShelterStay

    def __init__(self, stay: rec.ShelterStay, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Extend the stay"), parent)
        self.stay = stay
        self.limit = QLabel(iso(shelter_limit(stay.admitted_on)))
        self.limit.setObjectName("six_month_limit")
        self.extended_to = DateField("extended_to", required=True)
        self.extended_to.set_value(stay.extended_to)
        self.reason = QPlainTextEdit(stay.extension_reason)
        self.reason.setObjectName("extension_reason")
        self.reason.setMaximumHeight(100)
        self.form.addRow(self.tr("Six-month limit:"), self.limit)
        self.form.addRow(self.tr("Extended to:"), self.extended_to)
        self.form.addRow(self.tr("Reason (who approved it, why):"), self.reason)
        self.finish_layout()
        self.extended_to.setFocus()

    def build(self) -> rec.ShelterStay:
        extended_to = self.extended_to.value()
        if extended_to is None:
            raise ValueError("date missing")
        stay = dataclasses.replace(
            self.stay,
            extended_to=extended_to,
            extension_reason=self.reason.toPlainText().strip(),
        )
        validate_extension(stay, "")
        return stay
