"""The quick form for one call: keyboard only, a few seconds. Typing starts in the channel (the
day and the time are filled in with now); Tab moves on, Space ticks a box, a letter picks in a
list, Enter saves."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from caseapp.domain.enums import ViolenceType
from caseapp.domain.hotline import Call, Caller, Channel, Help
from caseapp.services import hotline
from caseapp.services.workspace import Workspace
from caseapp.ui.case_tables import relabel, select_data, set_items
from caseapp.ui.service_dialog import ServiceDialog
from caseapp.ui.widgets import DateField

translate = QCoreApplication.translate

CHANNELS = {
    Channel.PHONE: "Phone",
    Channel.WALK_IN: "Walk-in",
    Channel.MESSENGER: "Messenger",
    Channel.POLICE_REFERRAL: "Police referral",
    Channel.OTHER: "Other",
}
CALLERS = {
    Caller.SURVIVOR: "The survivor herself",
    Caller.RELATIVE: "A relative or friend",
    Caller.PROFESSIONAL: "A professional",
    Caller.OTHER: "Other",
}
VIOLENCE = {
    ViolenceType.PHYSICAL: "Physical",
    ViolenceType.PSYCHOLOGICAL: "Psychological",
    ViolenceType.SEXUAL: "Sexual",
    ViolenceType.ECONOMIC: "Economic",
}
GIVEN = {
    Help.INFORMATION: "Information",
    Help.CONSULTATION: "Consultation",
    Help.POLICE: "Referred to the police",
    Help.MEDICAL: "Referred for medical help",
    Help.LEGAL_AID: "Referred to legal aid",
    Help.SHELTER: "Referred to a shelter",
    Help.FAMILY_SUPPORT: "Referred to a family support centre",
}


Code = TypeVar("Code", bound=StrEnum)


def words(labels: Mapping[Code, str]) -> dict[str, str]:
    """The reports' own words for the codes (one translation for screen and paper)."""
    return {code.value: translate("reports", text) for code, text in labels.items()}


def _boxes(codes: list[str], name: str) -> tuple[QWidget, dict[str, QCheckBox]]:
    widget = QWidget()
    layout = QGridLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    boxes = {}
    for i, code in enumerate(codes):
        box = QCheckBox()
        box.setObjectName(f"{name}_{code}")
        layout.addWidget(box, i // 2, i % 2)
        boxes[code] = box
    return widget, boxes


class CallDialog(ServiceDialog):
    """A new call (``call`` None) or the correction of one."""

    def __init__(
        self, workspace: Workspace, call: Call | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("call_dialog")
        self.workspace = workspace
        self.call = call
        self.saved_id: str | None = call.id if call else None
        self.channel, self.caller, self.district = QComboBox(), QComboBox(), QComboBox()
        self.channel.setObjectName("channel")
        self.caller.setObjectName("caller")
        self.district.setObjectName("district")
        self.violence_row, self.violence = _boxes([v.value for v in VIOLENCE], "violence")
        self.given_row, self.given = _boxes([g.value for g in GIVEN], "given")
        self.case_number = QLineEdit()
        self.case_number.setObjectName("case_number")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(4000)
        self.day = DateField("called_on", required=True)
        self.time = QLineEdit()
        self.time.setObjectName("called_at")
        self.time.setInputMask("99:99;_")
        self.districts = hotline.list_districts(workspace)
        self.setMinimumWidth(720)  # two columns of choices, long in Kazakh
        self.retranslate()
        now = datetime.now()
        if call is None:
            self.day.set_value(now.date())
            self.time.setText(now.strftime("%H:%M"))
        else:
            self._load(call)
        chain = [
            self.channel,
            self.caller,
            *self.violence.values(),
            self.district,
            *self.given.values(),
            self.case_number,
            self.note,
            self.day.edit,
            self.time,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        """Typing starts in the channel: the day and the time are filled in already."""
        super().showEvent(event)
        self.channel.setFocus()

    def _load(self, call: Call) -> None:
        select_data(self.channel, call.channel.value)
        select_data(self.caller, call.caller.value)
        for code, box in self.violence.items():
            box.setChecked(code in {v.value for v in call.violence_types})
        for code, box in self.given.items():
            box.setChecked(code in {g.value for g in call.given})
        select_data(self.district, call.district_id)
        self.case_number.setText(call.case_number)
        self.note.setText(call.note)
        self.day.set_value(call.called_on)
        self.time.setText(call.called_at)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Correct the call") if self.call is not None else self.tr("A call or visit")
        )
        set_items(self.channel, list(words(CHANNELS).items()))
        set_items(self.caller, list(words(CALLERS).items()))
        districts: list[tuple[str | None, str]] = [(None, "—")]
        districts += [(d.district_id, d.name) for d in self.districts]
        set_items(self.district, districts)
        for code, text in words(VIOLENCE).items():
            self.violence[code].setText(text)
        for code, text in words(GIVEN).items():
            self.given[code].setText(text)
        self.case_number.setPlaceholderText(self.tr("when a case was opened for her"))
        self.note.setPlaceholderText(self.tr("no name is needed"))
        relabel(
            self.form,
            [
                (self.tr("&Channel:"), self.channel),
                (self.tr("&Who called:"), self.caller),
                (self.tr("&Violence mentioned:"), self.violence_row),
                (self.tr("&District:"), self.district),
                (self.tr("What was &given:"), self.given_row),
                (self.tr("C&ase:"), self.case_number),
                (self.tr("&Note:"), self.note),
                (self.tr("D&ay:"), self.day),
                (self.tr("&Time:"), self.time),
            ],
        )

    def result_call(self) -> Call:
        day = self.day.value() or date.today()
        time = self.time.text()
        call = Call(
            called_on=day,
            channel=Channel(self.channel.currentData()),
            caller=Caller(self.caller.currentData()),
            called_at="" if time.strip(":_ ") == "" else time,
            violence_types=[ViolenceType(c) for c, box in self.violence.items() if box.isChecked()],
            district_id=self.district.currentData(),
            given=[Help(c) for c, box in self.given.items() if box.isChecked()],
            case_number=self.case_number.text().strip(),
            note=self.note.text(),
        )
        if self.call is not None:
            call.id, call.version, call.office_id = (
                self.call.id,
                self.call.version,
                self.call.office_id,
            )
        return call

    def submit(self) -> None:
        call = self.result_call()
        if self.call is None:
            self.saved_id = hotline.record_call(self.workspace, call)
        else:
            hotline.update_call(self.workspace, call)
