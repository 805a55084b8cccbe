"""The case window's list tabs: shelter stays and consents (protection orders are in
``case_orders``). Each shows the window's record and asks the window to apply a change
(``change``), which it saves at once, or to strike a record out (``strike``). Texts keep the
"CaseWindow" translation context they had inside the window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from caseapp.domain import records as rec
from caseapp.domain.changes import RecordKind
from caseapp.domain.dates import shelter_limit
from caseapp.ui.case.children import children_to_admit
from caseapp.ui.case_tables import KIND_LABELS, code_label, fill, iso, make_table
from caseapp.ui.common.children import children_words
from caseapp.ui.forms import AdmitDialog, ConsentDialog, DischargeDialog
from caseapp.ui.record_actions import RecordActions, describe
from caseapp.ui.record_forms import StayDialog
from caseapp.ui.stay_extension import ExtensionDialog

translate = QCoreApplication.translate


class ShelterTab(QWidget):
    """The case's shelter stays: admit, discharge the selected (or the open) stay, and record an
    approved extension past six months."""

    change = Signal(object)  # a function that changes the record, to apply and save
    strike = Signal(str, str, str)  # record kind, its id, what it is in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: rec.CaseRecord | None = None
        self.shelter_key = False  # she sees rooms and where residents went
        self.stays = make_table("stays", 7)
        self.admit = QPushButton()
        self.admit.setObjectName("admit")
        self.discharge = QPushButton()
        self.discharge.setObjectName("discharge")
        self.extend = QPushButton()
        self.extend.setObjectName("extend_stay")
        self.record_actions = RecordActions(self.stays, self.change_stay, self.strike_stay)
        buttons = QHBoxLayout()
        buttons.addWidget(self.admit)
        buttons.addWidget(self.discharge)
        buttons.addWidget(self.extend)
        buttons.addWidget(self.record_actions.edit_button)
        buttons.addWidget(self.record_actions.strike_button)
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
        self.record_actions.retranslate(
            translate("CaseWindow", "Edit stay…"), translate("CaseWindow", "Strike out stay…")
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
                    children_words(s),
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
        dialog = AdmitDialog(self, children_to_admit(self.record, date.today()))
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

    def selected_stay(self) -> rec.ShelterStay | None:
        stays = self.record.stays if self.record is not None else []
        row = self.stays.currentRow()
        if not self.record_actions.selected():
            return None
        return stays[row] if 0 <= row < len(stays) else None

    def change_stay(self) -> None:
        row = self.stays.currentRow()
        stay = self.selected_stay()
        if stay is None:
            return
        dialog = StayDialog(stay, self.shelter_key, self)
        if dialog.exec():
            self.change.emit(lambda r: r.stays.__setitem__(row, dialog.result_item))

    def strike_stay(self) -> None:
        stay = self.selected_stay()
        if stay is not None and stay.id:
            kind = RecordKind.STAY
            self.strike.emit(kind.value, stay.id, describe(kind, stay, self.stays))


class ConsentsTab(QWidget):
    """The survivor's consents to passing her data on, by kind of recipient."""

    change = Signal(object)  # a function that changes the record, to apply and save
    strike = Signal(str, str, str)  # record kind, its id, what it is in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: rec.CaseRecord | None = None
        self.consents = make_table("consents", 4)
        self.add_consent_button = QPushButton()
        self.add_consent_button.setObjectName("add_consent")
        self.record_actions = RecordActions(self.consents, self.change_consent, self.strike_consent)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_consent_button)
        buttons.addWidget(self.record_actions.edit_button)
        buttons.addWidget(self.record_actions.strike_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.consents)
        layout.addLayout(buttons)
        self.add_consent_button.clicked.connect(self.add_consent)

    def retranslate(self) -> None:
        self.add_consent_button.setText(translate("CaseWindow", "Add a &consent…"))
        self.record_actions.retranslate(
            translate("CaseWindow", "Edit or withdraw consent…"),
            translate("CaseWindow", "Strike out consent…"),
        )
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

    def selected_consent(self) -> rec.Consent | None:
        consents = self.record.consents if self.record is not None else []
        row = self.consents.currentRow()
        if not self.record_actions.selected():
            return None
        return consents[row] if 0 <= row < len(consents) else None

    def change_consent(self) -> None:
        row = self.consents.currentRow()
        consent = self.selected_consent()
        if consent is None:
            return
        dialog = ConsentDialog(self, consent)
        if dialog.exec():
            self.change.emit(lambda r: r.consents.__setitem__(row, dialog.result_item))

    def strike_consent(self) -> None:
        consent = self.selected_consent()
        if consent is not None and consent.id:
            kind = RecordKind.CONSENT
            self.strike.emit(kind.value, consent.id, describe(kind, consent, self.consents))
