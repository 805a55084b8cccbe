"""The case window's Client tab: her name, alias, IIN, birth date, phone, address and safe contact
(saved with the case), and the case's office, which an administrator may change when there are
several. Texts keep the "CaseWindow" translation context they had inside the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from caseapp.domain import records as rec
from caseapp.domain.enums import Role
from caseapp.domain.errors import CaseappError
from caseapp.services.offices import OfficeInfo, list_offices
from caseapp.services.workspace import Workspace
from caseapp.ui.case.children import CaseChildren
from caseapp.ui.case_tables import relabel
from caseapp.ui.staff.offices import office_names
from caseapp.ui.widgets import DateField, IinField, PhoneField, RequiredField, ValidatedField

translate = QCoreApplication.translate


class ClientTab(QWidget):
    edited = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.full_name = RequiredField("full_name")
        self.alias = QLineEdit()
        self.alias.setObjectName("alias")
        self.iin = IinField()
        self.birth_date = DateField("birth_date")
        self.phone = PhoneField()
        self.address, self.safe_contact = QLineEdit(), QLineEdit()
        self.children_field = CaseChildren(lambda *_: self.edited.emit())
        # The case's office: shown to everyone, changed by an administrator when there are several.
        self.offices: list[OfficeInfo] = []
        self.office = QLabel()
        self.office.setObjectName("office")
        self.move_office_button = QPushButton()
        self.move_office_button.setObjectName("move_office")
        self.office_row = QWidget()
        office_layout = QHBoxLayout(self.office_row)
        office_layout.setContentsMargins(0, 0, 0, 0)
        office_layout.addWidget(self.office)
        office_layout.addWidget(self.move_office_button)
        office_layout.addStretch()
        self.form = QFormLayout(self)
        for widget in (self.full_name, self.iin, self.birth_date, self.phone):
            widget.changed.connect(self.edited)
        for edit in (self.alias, self.address, self.safe_contact):
            edit.textChanged.connect(self.edited)
        self.office_id: str | None = None

    def retranslate(self) -> None:
        relabel(
            self.form,
            [
                (translate("CaseWindow", "Full name:"), self.full_name),
                (translate("CaseWindow", "Alias:"), self.alias),
                (translate("CaseWindow", "IIN:"), self.iin),
                (translate("CaseWindow", "Birth date:"), self.birth_date),
                (translate("CaseWindow", "Phone:"), self.phone),
                (translate("CaseWindow", "Address:"), self.address),
                (translate("CaseWindow", "Safe contact:"), self.safe_contact),
                (self.children_field.label(), self.children_field),
                (translate("CaseWindow", "Office:"), self.office_row),
            ],
        )
        self.move_office_button.setText(translate("CaseWindow", "&Move to another office…"))
        self.show_office()

    def load(self, record: rec.CaseRecord) -> None:
        c = record.client
        self.full_name.set_text(c.full_name)
        self.alias.setText(c.alias)
        self.iin.set_text(c.iin)
        self.birth_date.set_value(c.birth_date)
        self.phone.set_text(c.phone)
        self.address.setText(c.address)
        self.safe_contact.setText(c.safe_contact)
        self.children_field.load(record)
        self.office_id = record.office_id
        self.show_office(reload=True)

    def show_office(self, reload: bool = False) -> None:
        if reload:
            try:
                self.offices = list_offices(self.workspace)
            except CaseappError:
                self.offices = []
        self.office.setText(office_names(self.offices).get(self.office_id or "", "?"))
        self.move_office_button.setVisible(
            self.workspace.actor.role == Role.ADMIN and len(self.offices) > 1
        )

    def fields(self) -> tuple[ValidatedField | DateField, ...]:
        """The fields that can be marked invalid."""
        return (self.full_name, self.iin, self.birth_date, self.phone)

    def client(self) -> rec.Client:
        """The client as the form shows her; the fields must be valid."""
        return rec.Client(
            full_name=self.full_name.text(),
            alias=self.alias.text().strip(),
            iin=self.iin.text(),
            birth_date=self.birth_date.value(),
            phone=self.phone.text(),
            address=self.address.text().strip(),
            safe_contact=self.safe_contact.text().strip(),
        )
