"""Small dialogs that add one dated item to a case: an order, a police check, a stay, a consent,
an incident."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from caseapp.domain import records as rec
from caseapp.domain.dates import propose_expiry
from caseapp.domain.enums import CheckMethod, CheckOutcome, RecipientKind, ViolenceType
from caseapp.domain.errors import CaseappError
from caseapp.domain.rules import (
    validate_check,
    validate_consent,
    validate_incident,
    validate_order,
    validate_stay,
)
from caseapp.ui.common.children import ChildrenEditor
from caseapp.ui.i18n import translate_error
from caseapp.ui.widgets import DateField, RequiredField


class ItemDialog(QDialog):
    """A form with OK/Cancel whose OK runs the domain's validation and shows its sentence."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)

    def build(self) -> object:
        raise NotImplementedError

    def _try_accept(self) -> None:
        try:
            self.result_item = self.build()
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return
        except ValueError:
            self.message.setText(
                QCoreApplication.translate("ItemDialog", "Please correct the fields marked in red.")
            )
            return
        self.accept()


def _required(field: DateField) -> date:
    value = field.value()
    if value is None:
        raise ValueError("date missing")
    return value


class OrderDialog(ItemDialog):
    result_item: rec.ProtectionOrder

    def __init__(self, parent: QWidget | None = None, order: rec.ProtectionOrder | None = None):
        super().__init__(self.tr("Protection order"), parent)
        self.original = order
        self.number = QLineEdit(order.number if order else "")
        self.number.setObjectName("order_number")
        self.issued = DateField("issued_on", required=True)
        self.expires = DateField("expires_on", required=True)
        self.served = DateField("served_on")
        self.revoked = DateField("revoked_on")
        self.unit = QLineEdit(order.issued_by if order else "")
        self.officer = QLineEdit(order.officer if order else "")
        self.phone = QLineEdit(order.officer_phone if order else "")
        self.violations = QLineEdit(order.violations if order else "")
        self.form.addRow(self.tr("Number:"), self.number)
        self.form.addRow(self.tr("Issued on:"), self.issued)
        self.form.addRow(self.tr("Expires on (at most 30 days):"), self.expires)
        self.form.addRow(self.tr("Served on the perpetrator:"), self.served)
        self.form.addRow(self.tr("Revoked on:"), self.revoked)
        self.form.addRow(self.tr("Issuing police unit:"), self.unit)
        self.form.addRow(self.tr("Responsible officer:"), self.officer)
        self.form.addRow(self.tr("Officer's phone:"), self.phone)
        self.form.addRow(self.tr("Violations:"), self.violations)
        self.finish_layout()
        self.issued.edit.dateChanged.connect(self._propose_expiry)
        if order:
            self.issued.set_value(order.issued_on)
            self.expires.set_value(order.expires_on)
            self.served.set_value(order.served_on)
            self.revoked.set_value(order.revoked_on)

    def _propose_expiry(self) -> None:
        """Propose issue + 30 days while the expiry is empty or was the previous proposal."""
        issued = self.issued.value()
        if issued is None:
            return
        current = self.expires.value()
        if current is None or getattr(self, "_proposed", None) == current:
            self._proposed = propose_expiry(issued)
            self.expires.set_value(self._proposed)

    def build(self) -> rec.ProtectionOrder:
        order = rec.ProtectionOrder(
            number=self.number.text().strip(),
            issued_on=_required(self.issued),
            expires_on=_required(self.expires),
            served_on=self.served.value(),
            revoked_on=self.revoked.value(),
            issued_by=self.unit.text().strip(),
            officer=self.officer.text().strip(),
            officer_phone=self.phone.text().strip(),
            violations=self.violations.text().strip(),
            checks=list(self.original.checks) if self.original else [],
            id=self.original.id if self.original else None,
        )
        for field in (self.served, self.revoked):
            if not field.is_valid():
                raise ValueError("bad date")
        validate_order(order, "")
        return order


class CheckDialog(ItemDialog):
    """Record a police check, or correct one (``check``)."""

    result_item: rec.PoliceCheck

    def __init__(
        self,
        order: rec.ProtectionOrder,
        parent: QWidget | None = None,
        check: rec.PoliceCheck | None = None,
    ) -> None:
        title = self.tr("Correct a police check") if check else self.tr("Record a police check")
        super().__init__(title, parent)
        self.order = order
        self.original = check
        self.checked_on = DateField("checked_on", required=True)
        self.checked_on.set_value(
            check.checked_on if check else min(date.today(), order.expires_on)
        )
        self.officer = QLineEdit(check.officer if check else order.officer)
        self.officer.setObjectName("officer")
        self.method = QComboBox()
        self.method.setObjectName("method")
        for method, label in (
            (CheckMethod.VISIT, self.tr("Home visit")),
            (CheckMethod.PHONE, self.tr("Phone call")),
            (CheckMethod.SUMMONS, self.tr("Summoned to the police")),
            (CheckMethod.OTHER, self.tr("Other")),
        ):
            self.method.addItem(label, method.value)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for outcome, label in (
            (CheckOutcome.COMPLIED, self.tr("Complied")),
            (CheckOutcome.VIOLATED, self.tr("Violated")),
            (CheckOutcome.NOT_REACHED, self.tr("Not reached")),
        ):
            self.outcome.addItem(label, outcome.value)
        self.note = QLineEdit(check.note if check else "")
        if check is not None:
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(check.outcome.value)))
            if check.method is None:  # not recorded (an imported check): it stays so
                self.method.insertItem(0, "—", None)
                self.method.setCurrentIndex(0)
            else:
                self.method.setCurrentIndex(max(0, self.method.findData(check.method.value)))
        self.form.addRow(self.tr("Date of the check:"), self.checked_on)
        self.form.addRow(self.tr("Officer:"), self.officer)
        self.form.addRow(self.tr("How:"), self.method)
        self.form.addRow(self.tr("Outcome:"), self.outcome)
        self.form.addRow(self.tr("Note:"), self.note)
        self.finish_layout()

    def build(self) -> rec.PoliceCheck:
        check = rec.PoliceCheck(
            checked_on=_required(self.checked_on),
            outcome=CheckOutcome(self.outcome.currentData()),
            officer=self.officer.text().strip(),
            method=CheckMethod(method) if (method := self.method.currentData()) else None,
            note=self.note.text().strip(),
            id=self.original.id if self.original else None,
        )
        validate_check(check, self.order, "", today=date.today())
        return check


class AdmitDialog(ItemDialog):
    result_item: rec.ShelterStay

    def __init__(
        self, parent: QWidget | None = None, children: list[rec.Child] | None = None
    ) -> None:
        """``children``: the case's children she is likely to bring, shown to correct."""
        super().__init__(self.tr("Admit to the shelter"), parent)
        self.admitted = DateField("admitted_on", required=True)
        self.admitted.set_value(date.today())
        self.room = RequiredField("room")
        self.children_editor = ChildrenEditor()
        self.children_editor.set_children(0, children or [])
        self.form.addRow(self.tr("Admitted on:"), self.admitted)
        self.form.addRow(self.tr("Room and bed:"), self.room)
        self.form.addRow(self.tr("Children with her:"), self.children_editor)
        self.finish_layout()

    def build(self) -> rec.ShelterStay:
        if not self.room.is_valid():
            raise ValueError("room")
        count, named = self.children_editor.result()
        stay = rec.ShelterStay(
            admitted_on=_required(self.admitted),
            room=self.room.text(),
            children=count,
            children_named=named,
        )
        validate_stay(stay, "", today=date.today())
        return stay


class DischargeDialog(ItemDialog):
    result_item: rec.ShelterStay

    def __init__(self, stay: rec.ShelterStay, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Discharge from the shelter"), parent)
        self.stay = stay
        self.left = DateField("left_on", required=True)
        self.left.set_value(max(date.today(), stay.admitted_on))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.destination = QLineEdit()
        self.destination.setObjectName("destination")
        self.form.addRow(self.tr("Departure date:"), self.left)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.form.addRow(self.tr("Destination (kept encrypted, never printed):"), self.destination)
        self.finish_layout()

    def build(self) -> rec.ShelterStay:
        stay = rec.ShelterStay(
            admitted_on=self.stay.admitted_on,
            left_on=_required(self.left),
            room=self.stay.room,
            children=self.stay.children,
            children_named=self.stay.children_named,
            departure_reason=self.reason.text().strip(),
            destination=self.destination.text().strip(),
            id=self.stay.id,
        )
        validate_stay(stay, "left_on", today=date.today())
        return stay


class ConsentDialog(ItemDialog):
    """A new consent, or one corrected or withdrawn (``consent``)."""

    result_item: rec.Consent

    def __init__(self, parent: QWidget | None = None, consent: rec.Consent | None = None) -> None:
        super().__init__(self.tr("Consent to share personal data"), parent)
        self.original = consent
        self.kind = QComboBox()
        self.kind.setObjectName("recipient_kind")
        labels = {
            RecipientKind.POLICE: self.tr("Police"),
            RecipientKind.COURT: self.tr("Court"),
            RecipientKind.MEDICAL: self.tr("Forensic / medical"),
            RecipientKind.LEGAL_AID: self.tr("Legal aid"),
            RecipientKind.SHELTER: self.tr("Another shelter"),
            RecipientKind.SOCIAL: self.tr("Social protection"),
        }
        for kind, label in labels.items():
            self.kind.addItem(label, kind.value)
        self.given = DateField("given_on", required=True)
        self.given.set_value(date.today())
        self.expires = DateField("expires_on", required=True)
        self.expires.set_value(date.today() + timedelta(days=90))
        self.withdrawn = DateField("withdrawn_on")
        if consent is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(consent.recipient_kind.value)))
            self.given.set_value(consent.given_on)
            self.expires.set_value(consent.expires_on)
            self.withdrawn.set_value(consent.withdrawn_on)
        self.form.addRow(self.tr("Recipient:"), self.kind)
        self.form.addRow(self.tr("Given on:"), self.given)
        self.form.addRow(self.tr("Valid until:"), self.expires)
        self.form.addRow(self.tr("Withdrawn on:"), self.withdrawn)
        self.finish_layout()

    def build(self) -> rec.Consent:
        if not self.withdrawn.is_valid():
            raise ValueError("withdrawn_on")
        consent = rec.Consent(
            RecipientKind(self.kind.currentData()),
            _required(self.given),
            _required(self.expires),
            withdrawn_on=self.withdrawn.value(),
            id=self.original.id if self.original else None,
        )
        validate_consent(consent, "", today=date.today())
        return consent


class IncidentDialog(ItemDialog):
    """One entry of the incident log: when it happened, what kind of violence, whether the
    police were told, and a short description (kept encrypted)."""

    result_item: rec.Incident

    def __init__(self, parent: QWidget | None = None, incident: rec.Incident | None = None) -> None:
        super().__init__(self.tr("Incident"), parent)
        self.original = incident
        self.occurred = DateField("occurred_on", required=True)
        self.occurred.set_value(incident.occurred_on if incident else date.today())
        labels = {
            ViolenceType.PHYSICAL: self.tr("Physical"),
            ViolenceType.PSYCHOLOGICAL: self.tr("Psychological"),
            ViolenceType.SEXUAL: self.tr("Sexual"),
            ViolenceType.ECONOMIC: self.tr("Economic"),
        }
        self.violence = {kind: QCheckBox(labels[kind]) for kind in ViolenceType}
        violence_row = QWidget()
        row_layout = QHBoxLayout(violence_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        for kind, box in self.violence.items():
            box.setObjectName(f"violence_{kind.value}")
            row_layout.addWidget(box)
        self.reported = QCheckBox(self.tr("Reported to the police"))
        self.reported.setObjectName("reported")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setMaximumHeight(120)
        if incident is not None:
            for kind, box in self.violence.items():
                box.setChecked(kind in incident.violence_types)
            self.reported.setChecked(incident.reported_to_police)
            self.description.setPlainText(incident.description)
        self.form.addRow(self.tr("Date it happened:"), self.occurred)
        self.form.addRow(self.tr("Violence:"), violence_row)
        self.form.addRow("", self.reported)
        self.form.addRow(self.tr("Description:"), self.description)
        self.finish_layout()

    def build(self) -> rec.Incident:
        incident = rec.Incident(
            occurred_on=_required(self.occurred),
            violence_types=[k for k, box in self.violence.items() if box.isChecked()],
            description=self.description.toPlainText().strip(),
            reported_to_police=self.reported.isChecked(),
            id=self.original.id if self.original else None,
        )
        validate_incident(incident, "", date.today())
        return incident


class NewCaseDialog(ItemDialog):
    """Intake: the least a case needs; everything else is added in the case window."""

    result_item: rec.CaseRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New case"), parent)
        self.full_name = RequiredField("full_name")
        self.alias = QLineEdit()
        self.alias.setObjectName("alias")
        self.opened_on = DateField("opened_on", required=True)
        self.opened_on.set_value(date.today())
        self.form.addRow(self.tr("Client's full name:"), self.full_name)
        self.form.addRow(self.tr("Alias (shown in lists):"), self.alias)
        self.form.addRow(self.tr("Opened on:"), self.opened_on)
        self.finish_layout()

    def build(self) -> rec.CaseRecord:
        if not self.full_name.is_valid():
            raise ValueError("full_name")
        return rec.CaseRecord(
            client=rec.Client(full_name=self.full_name.text(), alias=self.alias.text().strip()),
            opened_on=_required(self.opened_on),
        )
