"""Closing a case (the date, why, and what came of it) and what the case window says about it."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from caseapp.domain import records as rec
from caseapp.domain.closing import close
from caseapp.domain.enums import CaseStatus, ClosingReason
from caseapp.domain.errors import QT_TRANSLATE_NOOP  # returns str; lupdate reads it the same
from caseapp.ui.forms import ItemDialog
from caseapp.ui.widgets import DateField, shown_date

CONTEXT = "CloseCaseDialog"

REASON_LABELS = {
    ClosingReason.GOALS_MET.value: QT_TRANSLATE_NOOP(
        "CloseCaseDialog", "Support plan completed: she is safe"
    ),
    ClosingReason.CLIENT_DECLINED.value: QT_TRANSLATE_NOOP(
        "CloseCaseDialog", "She chose to end the support"
    ),
    ClosingReason.REFERRED.value: QT_TRANSLATE_NOOP(
        "CloseCaseDialog", "Referred to another organisation"
    ),
    ClosingReason.MOVED_AWAY.value: QT_TRANSLATE_NOOP(
        "CloseCaseDialog", "She moved out of the centre's region"
    ),
    ClosingReason.LOST_CONTACT.value: QT_TRANSLATE_NOOP(
        "CloseCaseDialog", "Contact lost despite attempts"
    ),
    ClosingReason.RECONCILED.value: QT_TRANSLATE_NOOP(
        "CloseCaseDialog", "She returned to live with the offender"
    ),
    ClosingReason.OTHER.value: QT_TRANSLATE_NOOP("CloseCaseDialog", "Other"),
}
"""Keyed by the stored code; the case's history shows its values with these words too."""


def reason_words(reason: ClosingReason) -> str:
    return QCoreApplication.translate(CONTEXT, str(REASON_LABELS[reason.value]))


def status_words(record: rec.CaseRecord) -> str:
    """ "Open", or "Closed on 13.11.2026: <reason>." for the case window."""
    if record.status != CaseStatus.CLOSED:
        return QCoreApplication.translate("CloseCaseDialog", "Open")
    when = shown_date(record.closed_on) if record.closed_on else "—"
    text = QCoreApplication.translate("CloseCaseDialog", "Closed on %1").replace("%1", when)
    if record.closing_reason is not None:
        text += ": " + reason_words(record.closing_reason)
    return text


class CloseCaseDialog(ItemDialog):
    """The date the support ended, the reason, and what came of it (kept encrypted)."""

    result_item: tuple[date, ClosingReason, str]

    def __init__(self, record: rec.CaseRecord, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close case %1").replace("%1", record.number), parent)
        self.setObjectName("close_case_dialog")
        self.record = record
        self.closed_on = DateField("closed_on", required=True)
        self.closed_on.set_value(date.today())
        self.reason = QComboBox()
        self.reason.setObjectName("closing_reason")
        self.reason.addItem("—", None)
        for code, label in REASON_LABELS.items():
            self.reason.addItem(self.tr(label), code)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("closing_outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(
            self.tr("What came of the support: the court's decision, where things stand…")
        )
        self.outcome.setMaximumHeight(110)
        for text, field in (
            (self.tr("Closed &on:"), self.closed_on.edit),
            (self.tr("&Reason:"), self.reason),
            (self.tr("Out&come:"), self.outcome),
        ):
            buddy_label = QLabel(text)
            buddy_label.setBuddy(field)
            self.form.addRow(buddy_label, self.closed_on if field is self.closed_on.edit else field)
        self.finish_layout()
        self.reason.setFocus()
        self.resize(480, self.sizeHint().height())

    def build(self) -> tuple[date, ClosingReason, str]:
        on = self.closed_on.value()
        if on is None:
            raise ValueError("date missing")
        code = self.reason.currentData()
        reason = ClosingReason(code) if code else None
        outcome = self.outcome.toPlainText()
        close(copy.deepcopy(self.record), on, reason, outcome, date.today())  # refuses, or not
        assert reason is not None
        return on, reason, outcome
