"""Staff accounts, for administrators: add, change role, choose offices, give or take back the
shelter's key, deactivate or reactivate, and set a new password; below them the organisation's
offices. The services refuse anyone else; this page is only built for administrators."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import Role
from caseapp.domain.errors import CaseappError
from caseapp.services import staff
from caseapp.services.offices import OfficeInfo, list_offices
from caseapp.services.staff import StaffAccount
from caseapp.services.workspace import Workspace
from caseapp.storage.crypto import KdfParams
from caseapp.ui.common.row_view import row_view
from caseapp.ui.details_dialog import edit_details
from caseapp.ui.i18n import translate_error
from caseapp.ui.staff.dialogs import AddAccountDialog, RoleDialog, SetPasswordDialog, role_label
from caseapp.ui.staff.offices import OfficesBox, StaffOfficesDialog, office_names
from caseapp.ui.table_model import Index, RowsModel


class StaffModel(RowsModel):
    CONTEXT = "StaffModel"
    USERNAME, FULL_NAME, ROLE, OFFICES, SHELTER, ACTIVE, FAILED = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffModel", "User name"),
        QT_TRANSLATE_NOOP("StaffModel", "Full name"),
        QT_TRANSLATE_NOOP("StaffModel", "Role"),
        QT_TRANSLATE_NOOP("StaffModel", "Offices"),
        QT_TRANSLATE_NOOP("StaffModel", "Shelter"),
        QT_TRANSLATE_NOOP("StaffModel", "Active"),
        QT_TRANSLATE_NOOP("StaffModel", "Failed attempts"),
    )
    ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 20

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffAccount] = []
        self._office_names: dict[str, str] = {}

    def set_accounts(
        self, accounts: list[StaffAccount], office_names: dict[str, str] | None = None
    ) -> None:
        """The accounts, with the names to show for office ids (see ``office_names``)."""
        self.beginResetModel()
        self._rows = list(accounts)
        self._office_names = dict(office_names or {})
        self.endResetModel()

    def account(self, row: int) -> StaffAccount | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, username: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.username == username), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        if role == self.ACCOUNT_ROLE:
            return a
        if role == Qt.ItemDataRole.DisplayRole:
            translate = QCoreApplication.translate
            if not a.active:
                active = translate("StaffModel", "no — cannot unlock")
            elif a.needs_password:
                active = translate("StaffModel", "yes — needs a new password")
            else:
                active = translate("StaffModel", "yes")
            shelter = a.shelter or a.role == Role.ADMIN
            return {
                self.USERNAME: a.username,
                self.FULL_NAME: a.full_name,
                self.ROLE: role_label(a.role),
                self.OFFICES: ", ".join(self._office_names.get(o, "?") for o in a.offices),
                self.SHELTER: translate("StaffModel", "yes") if shelter else "",
                self.ACTIVE: active,
                self.FAILED: str(a.failed_unlocks),
            }.get(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not a.active:
            return QBrush(QColor("#6b6b6b"))
        return None


class StaffPage(QWidget):
    """The accounts table and its actions. ``kdf`` is for tests; None means the real cost."""

    changed = Signal()

    def __init__(
        self, workspace: Workspace, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.kdf = kdf
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.model = StaffModel(self)
        self.table = row_view("staff", self.model, StaffModel.FULL_NAME)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda *_: self.change_role())
        self.model.modelReset.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_account")
        self.role_button = QPushButton()
        self.role_button.setObjectName("change_role")
        self.details_button = QPushButton()
        self.details_button.setObjectName("staff_details")
        self.active_button = QPushButton()
        self.active_button.setObjectName("toggle_active")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("reset_password")
        self.shelter_button = QPushButton()
        self.shelter_button.setObjectName("shelter_key")
        self.offices_button = QPushButton()
        self.offices_button.setObjectName("staff_offices")
        self.add_button.clicked.connect(self.add_account)
        self.role_button.clicked.connect(self.change_role)
        self.details_button.clicked.connect(self.edit_details)
        self.offices_button.clicked.connect(self.choose_offices)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.shelter_button.clicked.connect(self.toggle_shelter)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.details_button,
            self.role_button,
            self.offices_button,
            self.shelter_button,
            self.active_button,
            self.reset_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        self.offices: list[OfficeInfo] = []
        self.offices_box = OfficesBox(workspace)
        self.offices_box.done.connect(self._done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.offices_box)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        if self.workspace.locked:
            return
        selected = self.selected()
        try:
            accounts = staff.list_staff(self.workspace)
            self.offices = list_offices(self.workspace)
        except CaseappError as exc:
            self.model.set_accounts([])
            self.offices_box.setEnabled(False)
            self.message.setText(translate_error(exc.template, exc.params))
            return
        self.model.set_accounts(accounts, office_names(self.offices))
        self.offices_box.show_offices(self.offices, accounts)
        # One office (most centres): nobody has a choice to make, so no office controls.
        several = len(self.offices) > 1
        self.table.setColumnHidden(StaffModel.OFFICES, not several)
        self.offices_button.setVisible(several)
        if selected is not None:
            self.select(selected.username)

    def selected(self) -> StaffAccount | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.account(index.row()) if index.isValid() else None

    def select(self, username: str) -> bool:
        row = self.model.row_of(username)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff accounts"))
        self.add_button.setText(self.tr("&Add account…"))
        self.role_button.setText(self.tr("Change &role…"))
        self.details_button.setText(self.tr("D&etails…"))
        self.details_button.setToolTip(
            self.tr("Full name, position and phone, as this person's letters print them")
        )
        self.reset_button.setText(self.tr("New &password…"))
        self.offices_button.setText(self.tr("&Offices…"))
        self.offices_button.setToolTip(self.tr("Choose the offices this person works in"))
        self.note.setText(
            self.tr(
                "Each account holds only the keys of what it may see. Deactivating one deletes "
                "its keys and changes the keys it held, so its password opens nothing here any "
                "more; reactivating it needs a new password. There is always at least one active "
                "administrator."
            )
        )
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (
            self.role_button,
            self.details_button,
            self.offices_button,
            self.active_button,
            self.reset_button,
            self.shelter_button,
        ):
            button.setEnabled(account is not None)
        if account is not None and not account.active:
            self.active_button.setText(self.tr("Reac&tivate…"))
        else:
            self.active_button.setText(self.tr("&Deactivate…"))
        if account is not None and account.shelter:
            self.shelter_button.setText(self.tr("Take back the s&helter's key"))
        else:
            self.shelter_button.setText(self.tr("Give the s&helter's key"))
        # Administrators hold every key; an inactive account holds none.
        self.shelter_button.setEnabled(
            account is not None and account.active and account.role != Role.ADMIN
        )

    def _done(self, text: str, username: str | None = None) -> None:
        self.refresh()
        if username:
            self.select(username)
        self.message.setText(text)
        self.changed.emit()

    def add_account(self) -> None:
        dialog = AddAccountDialog(self.workspace, self.kdf, self)
        if dialog.exec():
            username = dialog.username.text().strip()
            self._done(self.tr("Account %1 added.").replace("%1", username), username)

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = RoleDialog(self.workspace, account, self)
        if dialog.exec():
            self._done(
                self.tr("The role of %1 was changed.").replace("%1", account.username),
                account.username,
            )

    def edit_details(self) -> None:
        account = self.selected()
        if account is None:
            return
        if edit_details(self.workspace, self, account.staff_id):
            self._done(
                self.tr("The details of %1 were saved.").replace("%1", account.username),
                account.username,
            )

    def choose_offices(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = StaffOfficesDialog(self.workspace, account, self.offices, self)
        if dialog.exec():
            self._done(
                self.tr("The offices of %1 were changed.").replace("%1", account.username),
                account.username,
            )

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            if account.active:
                answer = QMessageBox.question(
                    self,
                    self.tr("Deactivate the account"),
                    self.tr(
                        "Deactivate %1? The account will not be able to unlock until it is "
                        "reactivated."
                    ).replace("%1", account.username),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                staff.deactivate(self.workspace, account.staff_id)
                text = self.tr("%1 was deactivated.")
            else:
                dialog = SetPasswordDialog(self.workspace, account, self.kdf, self, reactivate=True)
                if not dialog.exec():
                    return
                text = self.tr("%1 was reactivated.")
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return
        self._done(text.replace("%1", account.username), account.username)

    def toggle_shelter(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            staff.set_shelter_staff(self.workspace, account.staff_id, not account.shelter)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return
        if account.shelter:
            text = self.tr("%1 no longer holds the shelter's key.")
        else:
            text = self.tr("%1 now holds the shelter's key.")
        self._done(text.replace("%1", account.username), account.username)

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = SetPasswordDialog(self.workspace, account, self.kdf, self)
        if dialog.exec():
            self._done(
                self.tr("%1 has a new password.").replace("%1", account.username),
                account.username,
            )
