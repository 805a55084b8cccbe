"""Dialogs that correct one record of a case: a shelter stay, court special requirements, a
dated note. (Orders, checks, consents and incidents are corrected in the dialogs that add them.)"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from caseapp.domain import records as rec
from caseapp.domain.errors import InvalidInput
from caseapp.domain.rules import validate_children, validate_requirement, validate_stay
from caseapp.ui.common.children import ChildrenEditor
from caseapp.ui.forms import ItemDialog, _required
from caseapp.ui.widgets import DateField


class StayDialog(ItemDialog):
    """Correct a stay: its dates, children and reason for leaving; the room and where she went
    only for a holder of the shelter's key (``shelter``), who alone sees them."""

    result_item: rec.ShelterStay

    def __init__(self, stay: rec.ShelterStay, shelter: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Shelter stay"), parent)
        self.stay, self.shelter = stay, shelter
        self.admitted = DateField("admitted_on", required=True)
        self.admitted.set_value(stay.admitted_on)
        self.left = DateField("left_on")
        self.left.set_value(stay.left_on)
        self.children_editor = ChildrenEditor()
        self.children_editor.set_children(stay.children, stay.children_named)
        self.reason = QLineEdit(stay.departure_reason)
        self.reason.setObjectName("reason")
        self.room = QLineEdit(stay.room)
        self.room.setObjectName("room")
        self.destination = QLineEdit(stay.destination)
        self.destination.setObjectName("destination")
        self.form.addRow(self.tr("Admitted on:"), self.admitted)
        if shelter:
            self.form.addRow(self.tr("Room and bed:"), self.room)
        self.form.addRow(self.tr("Children with her:"), self.children_editor)
        self.form.addRow(self.tr("Departure date:"), self.left)
        self.form.addRow(self.tr("Reason for leaving:"), self.reason)
        if shelter:
            self.form.addRow(
                self.tr("Destination (kept encrypted, never printed):"), self.destination
            )
        self.finish_layout()

    def build(self) -> rec.ShelterStay:
        if not self.left.is_valid():
            raise ValueError("left_on")
        if self.shelter and not self.room.text().strip():
            raise ValueError("room")
        count, named = self.children_editor.result()
        stay = rec.ShelterStay(
            admitted_on=_required(self.admitted),
            left_on=self.left.value(),
            room=self.room.text().strip() if self.shelter else self.stay.room,
            children=count,
            children_named=named,
            departure_reason=self.reason.text().strip(),
            destination=self.destination.text().strip() if self.shelter else self.stay.destination,
            id=self.stay.id,
            extended_to=self.stay.extended_to,
            extension_reason=self.stay.extension_reason,
        )
        validate_stay(stay, "")
        validate_children(stay, "", date.today())
        return stay


class RequirementDialog(ItemDialog):
    """Court-imposed special requirements on the offender: dates, court and what they say."""

    result_item: rec.SpecialRequirement

    def __init__(
        self, parent: QWidget | None = None, requirement: rec.SpecialRequirement | None = None
    ) -> None:
        super().__init__(self.tr("Court special requirements"), parent)
        self.original = requirement
        self.starts = DateField("starts_on", required=True)
        self.ends = DateField("ends_on", required=True)
        today = date.today()
        self.starts.set_value(requirement.starts_on if requirement else today)
        self.ends.set_value(requirement.ends_on if requirement else today + timedelta(days=90))
        self.court = QLineEdit(requirement.court if requirement else "")
        self.court.setObjectName("court")
        self.description = QPlainTextEdit(requirement.description if requirement else "")
        self.description.setObjectName("description")
        self.description.setMaximumHeight(100)
        self.form.addRow(self.tr("Starts on:"), self.starts)
        self.form.addRow(self.tr("Ends on:"), self.ends)
        self.form.addRow(self.tr("Court:"), self.court)
        self.form.addRow(self.tr("Requirements:"), self.description)
        self.finish_layout()

    def build(self) -> rec.SpecialRequirement:
        requirement = rec.SpecialRequirement(
            starts_on=_required(self.starts),
            ends_on=_required(self.ends),
            description=self.description.toPlainText().strip(),
            court=self.court.text().strip(),
            id=self.original.id if self.original else None,
        )
        validate_requirement(requirement, "")
        return requirement


class NoteDialog(ItemDialog):
    """Correct a dated note's kind and text (its date and author stay)."""

    result_item: tuple[str, str]  # (kind, text)

    def __init__(self, kind: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct a note"), parent)
        self.kind = QComboBox()
        self.kind.setObjectName("note_kind")
        self.kind.addItem(self.tr("Case note"), "general")
        self.kind.addItem(self.tr("Legal note"), "legal")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.body = QPlainTextEdit(body)
        self.body.setObjectName("note_text")
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Text:"), self.body)
        self.finish_layout()

    def build(self) -> tuple[str, str]:
        text = self.body.toPlainText().strip()
        if not text:
            raise InvalidInput("body", "The note is empty.")  # the services' sentence
        return str(self.kind.currentData()), text
