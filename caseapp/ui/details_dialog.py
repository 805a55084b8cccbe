"""A person's details as letters print them: full name, position and phone. Everyone edits her own
("My details…" in the File menu and on the Settings page); an administrator edits anyone's from
the Staff page. The service decides who may; a refusal shows in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from caseapp.domain.errors import CaseappError
from caseapp.services.staff import (
    MAX_FULL_NAME,
    MAX_PHONE,
    MAX_POSITION,
    StaffDetails,
    get_staff_details,
    update_staff_details,
)
from caseapp.services.workspace import Workspace
from caseapp.ui.i18n import translate_error
from caseapp.ui.service_dialog import ServiceDialog


class DetailsDialog(ServiceDialog):
    """``staff_id`` None means one's own details. Reading them may be refused (raises the
    service's error, for the caller to show) before the dialog is built."""

    def __init__(
        self, workspace: Workspace, staff_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.details: StaffDetails = get_staff_details(workspace, staff_id)
        self.own = self.details.staff_id == workspace.actor.staff_id
        self.full_name = QLineEdit(self.details.full_name)
        self.full_name.setObjectName("full_name")
        self.full_name.setMaxLength(MAX_FULL_NAME)
        self.position = QLineEdit(self.details.position)
        self.position.setObjectName("position")
        self.position.setMaxLength(MAX_POSITION)
        self.phone = QLineEdit(self.details.phone)
        self.phone.setObjectName("phone")
        self.phone.setMaxLength(MAX_PHONE)
        self.phone.setPlaceholderText("+7 701 123 45 67")
        self.edits = {"full_name": self.full_name, "position": self.position, "phone": self.phone}
        self.labels = {name: QLabel() for name in self.edits}
        for name, edit in self.edits.items():
            self.labels[name].setBuddy(edit)
            self.form.addRow(self.labels[name], edit)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555")
        self.form.addRow(self.hint)
        self.full_name.textChanged.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        if self.own:
            self.setWindowTitle(self.tr("My details"))
            hint = self.tr(
                "Letters you issue print your phone beside your name as the executor (without "
                "it, the organisation's phone), and your position in the signature when the "
                "organisation has no director."
            )
        else:
            self.setWindowTitle(self.tr("Details of %1").replace("%1", self.details.username))
            hint = self.tr(
                "Letters this person issues print her phone beside her name as the executor "
                "(without it, the organisation's phone), and her position in the signature "
                "when the organisation has no director."
            )
        self.hint.setText(hint)
        self.labels["full_name"].setText(self.tr("&Full name:"))
        self.labels["position"].setText(self.tr("&Position:"))
        self.labels["phone"].setText(self.tr("P&hone:"))
        for name, edit in self.edits.items():
            if name in self.details.damaged:
                edit.setPlaceholderText(self.tr("Could not be read; type it again."))

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.full_name.text().strip()))

    def submit(self) -> None:
        update_staff_details(
            self.workspace,
            self.details.staff_id,
            full_name=self.full_name.text(),
            position=self.position.text(),
            phone=self.phone.text(),
        )


def edit_details(workspace: Workspace, parent: QWidget, staff_id: str | None = None) -> bool:
    """Open the dialog; True when new details were saved. A refusal to read them is shown in a
    message box."""
    try:
        dialog = DetailsDialog(workspace, staff_id, parent)
    except CaseappError as exc:
        QMessageBox.warning(parent, "caseapp", translate_error(exc.template, exc.params))
        return False
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()
