"""The dialogs of the Staff page: add an account (with her offices), change a role, set a new
password (or reactivate an account, which needs one); each runs its service on OK and shows a
refusal in the dialog."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from caseapp.domain.enums import Role
from caseapp.domain.security import password_problem
from caseapp.services import staff
from caseapp.services.offices import list_offices
from caseapp.services.staff import StaffAccount
from caseapp.services.workspace import Workspace
from caseapp.storage.crypto import KdfParams
from caseapp.ui.service_dialog import ServiceDialog
from caseapp.ui.staff.offices import OfficeChecklist
from caseapp.ui.widgets import password_hint

ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("StaffModel", "Administrator"),
    Role.CASE_WORKER: QT_TRANSLATE_NOOP("StaffModel", "Case worker"),
    Role.LAWYER: QT_TRANSLATE_NOOP("StaffModel", "Lawyer"),
}


def role_label(role: Role) -> str:
    return QCoreApplication.translate("StaffModel", str(ROLE_LABELS[role]))


def _fill_roles(combo: QComboBox) -> None:
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    for role in (Role.CASE_WORKER, Role.LAWYER, Role.ADMIN):
        combo.addItem(role_label(role), role.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(blocked)


class PasswordFields(QObject):
    """A new password typed twice, with the strength hint the first-run wizard gives; its rows
    go into the dialog's own form, whose retranslate() calls this one's."""

    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self.password_label, self.repeat_label = QLabel(), QLabel()
        self.password_label.setBuddy(self.password)
        self.repeat_label.setBuddy(self.repeat)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.password_label.setText(self.tr("New &password:"))
        self.repeat_label.setText(self.tr("R&epeat it:"))
        self._update()

    def _update(self) -> None:
        self.hint.setText(password_hint(self.password.text(), self.repeat.text()))
        self.changed.emit()

    def is_acceptable(self) -> bool:
        password = self.password.text()
        return password_problem(password) is None and self.repeat.text() == password

    def text(self) -> str:
        return self.password.text()

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()


class AddAccountDialog(ServiceDialog):
    def __init__(
        self, workspace: Workspace, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.kdf = kdf
        self.staff_id: str | None = None
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, widget in zip(
            self.labels, (self.username, self.full_name, self.role), strict=True
        ):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        # Her offices, the first one ticked to begin with; with one office there is no choice.
        self.all_offices = list_offices(workspace)
        self.offices = OfficeChecklist(self)
        self.offices.set_offices(self.all_offices, [o.office_id for o in self.all_offices[:1]])
        self.offices_label = QLabel(self)
        self.offices_label.setBuddy(self.offices)
        self.several_offices = len(self.all_offices) > 1
        if self.several_offices:
            self.form.addRow(self.offices_label, self.offices)
        else:
            self.offices.hide()
            self.offices_label.hide()
        self.shelter = QCheckBox()
        self.shelter.setObjectName("shelter")
        self.form.addRow(self.shelter)
        self.passwords = PasswordFields(self.form, self)
        self.offices.changed.connect(self._update)
        self.username.textChanged.connect(self._update)
        self.passwords.changed.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an account"))
        for label, text in zip(
            self.labels,
            (self.tr("&User name:"), self.tr("&Full name:"), self.tr("&Role:")),
            strict=True,
        ):
            label.setText(text)
        self.offices_label.setText(self.tr("&Offices:"))
        self.shelter.setText(self.tr("&Shelter staff: sees rooms and where residents went"))
        _fill_roles(self.role)
        self.passwords.retranslate()

    def _update(self) -> None:
        self.ok_button.setEnabled(
            bool(self.username.text().strip())
            and self.passwords.is_acceptable()
            and (bool(self.offices.ticked()) or not self.several_offices)
        )

    def submit(self) -> None:
        self.staff_id = staff.add_staff(
            self.workspace,
            self.username.text().strip(),
            self.passwords.text(),
            Role(self.role.currentData()),
            full_name=self.full_name.text().strip(),
            offices=self.offices.ticked() if self.several_offices else None,
            shelter=self.shelter.isChecked(),
            kdf=self.kdf,
        )
        self.passwords.clear()


class RoleDialog(ServiceDialog):
    def __init__(
        self, workspace: Workspace, account: StaffAccount, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.account = account
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form.addRow(self.role_label, self.role)
        self.form.addRow(self.note)
        self.retranslate()
        self.role.setCurrentIndex(max(0, self.role.findData(account.role.value)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Role of %1").replace("%1", self.account.username))
        self.role_label.setText(self.tr("&Role:"))
        self.note.setText(self.tr("The new role applies from the next unlock."))
        _fill_roles(self.role)

    def submit(self) -> None:
        staff.change_role(self.workspace, self.account.staff_id, Role(self.role.currentData()))


class SetPasswordDialog(ServiceDialog):
    """An administrator sets a new password for an account: it gets new keys under it, and its
    old password stops working. ``reactivate``: the account was deactivated (its keys deleted),
    and comes back with this password."""

    def __init__(
        self,
        workspace: Workspace,
        account: StaffAccount,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
        *,
        reactivate: bool = False,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.account = account
        self.kdf = kdf
        self.reactivate = reactivate
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.passwords = PasswordFields(self.form, self)
        self.passwords.changed.connect(self._update)
        self.retranslate()
        self._update()
        self.passwords.password.setFocus()

    def retranslate(self) -> None:
        if self.reactivate:
            self.setWindowTitle(self.tr("Reactivate %1").replace("%1", self.account.username))
            self.intro.setText(
                self.tr(
                    "Her keys were deleted when the account was deactivated: it comes back with "
                    "new ones under this password. Tell her the password in person."
                )
            )
        else:
            self.setWindowTitle(self.tr("New password for %1").replace("%1", self.account.username))
            self.intro.setText(
                self.tr(
                    "The account gets new keys under this password and its old password stops "
                    "working. Tell her the password in person."
                )
            )
        self.passwords.retranslate()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.passwords.is_acceptable())

    def submit(self) -> None:
        if self.reactivate:
            staff.reactivate(self.workspace, self.account.staff_id, self.passwords.text())
        else:
            staff.set_password(
                self.workspace, self.account.staff_id, self.passwords.text(), kdf=self.kdf
            )
        self.passwords.clear()
