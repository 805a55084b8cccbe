"""First run: organisation, the first administrator, then the recovery key shown once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from caseapp.domain.errors import CaseappError
from caseapp.domain.security import password_problem
from caseapp.services import workspace as ws
from caseapp.services.organisation import get_settings, update_settings
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database
from caseapp.ui.common.recovery_sheet import RecoverySheet
from caseapp.ui.i18n import translate_error
from caseapp.ui.restore_dialog import RestoreDialog
from caseapp.ui.server_dialog import ServerDialog
from caseapp.ui.widgets import password_hint


def _line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    return edit


class OrganisationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(
            self.tr("These details appear on letters. Never enter the shelter's address.")
        )
        self.fields = {
            name: _line(name)
            for name in ("name_ru", "name_kk", "name_en", "address", "phone", "bin", "director")
        }
        labels = {
            "name_ru": self.tr("Name in Russian:"),
            "name_kk": self.tr("Name in Kazakh:"),
            "name_en": self.tr("Name in English:"),
            "address": self.tr("Office address:"),
            "phone": self.tr("Phone:"),
            "bin": self.tr("BIN:"),
            "director": self.tr("Director:"),
        }
        form = QFormLayout(self)
        for name, edit in self.fields.items():
            form.addRow(labels[name], edit)
        # The shelter board counts free beds from this: 0 when the centre has no shelter.
        self.beds = QSpinBox()
        self.beds.setObjectName("bed_count")
        self.beds.setRange(0, 10_000)
        form.addRow(self.tr("Beds in the shelter (0 if there is none):"), self.beds)
        self.restore_button = QPushButton(self.tr("Restore from a backup instead…"))
        self.restore_button.setObjectName("restore")
        form.addRow(self.restore_button)
        # A branch office joins the organisation's server instead of starting a new one.
        self.server_button = QPushButton(self.tr("Connect to the organisation's server instead…"))
        self.server_button.setObjectName("server")
        form.addRow(self.server_button)
        self.registerField("name_ru*", self.fields["name_ru"])

    def details(self) -> ws.OrganisationDetails:
        return ws.OrganisationDetails(**{k: e.text().strip() for k, e in self.fields.items()})


class AccountPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setup = wizard
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account manages staff, settings and backups."))
        self.username, self.full_name = _line("username"), _line("full_name")
        self.password, self.repeat = _line("password"), _line("repeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat the password:"), self.repeat)
        form.addRow(self.hint)
        for edit in (self.username, self.password, self.repeat):
            edit.textChanged.connect(self._update_hint)
        self.setCommitPage(True)
        self._update_hint()

    def _update_hint(self) -> None:
        self.hint.setText(password_hint(self.password.text(), self.repeat.text()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            bool(self.username.text().strip())
            and password_problem(self.password.text()) is None
            and self.password.text() == self.repeat.text()
        )

    def validatePage(self) -> bool:
        """Create the database now, so the next page can show its recovery key."""
        try:
            self.setup.create_database(
                self.username.text().strip(), self.password.text(), self.full_name.text().strip()
            )
        except CaseappError as exc:
            self.hint.setText(translate_error(exc.template, exc.params))
            return False
        self.password.clear()
        self.repeat.clear()
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setup = wizard
        self.setTitle(self.tr("Your recovery key"))
        # A label, not the wizard's subtitle: the subtitle does not wrap and cut this off.
        self.warning = QLabel(
            self.tr(
                "It is shown only now. Print it or write it down and lock it away: with it the "
                "director can set a new password when every password is lost. Without it, a lost "
                "password means lost records."
            )
        )
        self.warning.setObjectName("recovery_warning")
        self.warning.setWordWrap(True)
        self.sheet = RecoverySheet(self)
        self.sheet.confirmed.connect(self.completeChanged)
        self.key = self.sheet.key
        self.confirm = self.sheet.confirm
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.sheet)

    def initializePage(self) -> None:
        fingerprint = self.setup.workspace.fingerprint if self.setup.workspace else ""
        self.sheet.show_key(self.setup.recovery_key, fingerprint)

    def isComplete(self) -> bool:
        return self.sheet.is_confirmed()

    def print_key(self) -> None:
        self.sheet.print_key()


class SetupWizard(QWizard):
    def __init__(
        self, db: Database, parent: QWidget | None = None, kdf: KdfParams | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.kdf = kdf
        self.workspace: ws.Workspace | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("caseapp — first run"))
        self.organisation = OrganisationPage()
        self.account = AccountPage(self)
        self.recovery = RecoveryPage(self)
        for page in (self.organisation, self.account, self.recovery):
            self.addPage(page)
        self.restored_folder: str | None = None
        self.organisation.restore_button.clicked.connect(self.restore_backup)
        self.organisation.server_button.clicked.connect(self.connect_to_server)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def restore_backup(self) -> RestoreDialog:
        """A new computer with a backup: restore it instead of starting an empty database."""
        dialog = RestoreDialog(self)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def connect_to_server(self) -> ServerDialog:
        """An office of an organisation whose database is on a server: open that one instead."""
        dialog = ServerDialog(self)
        dialog.connected.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, folder: str) -> None:
        self.restored_folder = folder
        super().reject()

    def create_database(self, username: str, password: str, full_name: str) -> None:
        self.workspace, self.recovery_key = ws.initialise(
            self.db,
            self.organisation.details(),
            username,
            password,
            full_name=full_name,
            kdf=self.kdf,
        )
        beds = self.organisation.beds.value()
        if beds:
            settings = get_settings(self.workspace)
            settings.bed_count = beds
            update_settings(self.workspace, settings)

    def reject(self) -> None:
        if self.workspace is not None:  # the key must be confirmed once the database exists
            return
        super().reject()
