"""In Russian and Kazakh, no English is left on the main window's pages or the case window's tabs:
a text that bypasses Qt Linguist (a helper lupdate cannot read, a code shown as it is stored)
shows up here as Latin words."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.address_book import Addressee, AddresseeKind
from caseapp.domain.enums import CheckOutcome
from caseapp.services import staff
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.services.offices import list_offices
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.case_picker import CasePickerDialog
from caseapp.ui.details_dialog import DetailsDialog
from caseapp.ui.forms import (
    AdmitDialog,
    CheckDialog,
    ConsentDialog,
    DischargeDialog,
    IncidentDialog,
    NewCaseDialog,
    OrderDialog,
)
from caseapp.ui.hotline.dialog import CallDialog
from caseapp.ui.hotline.districts import DistrictsDialog
from caseapp.ui.i18n import install_language
from caseapp.ui.letters.address_book import AddressBookDialog
from caseapp.ui.letters.address_entry import AddressEntryDialog
from caseapp.ui.letters.dialog import LetterDialog
from caseapp.ui.letters.texts_editor import LetterTextsEditor
from caseapp.ui.main_window import MainWindow
from caseapp.ui.restore_dialog import RestoreDialog
from caseapp.ui.server_dialog import ServerDialog
from caseapp.ui.setup_wizard import SetupWizard
from caseapp.ui.staff.dialogs import AddAccountDialog, RoleDialog, SetPasswordDialog
from caseapp.ui.staff.offices import MoveCaseDialog, OfficeNameDialog, StaffOfficesDialog
from caseapp.ui.unlock import UnlockDialog

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
ALLOWED = {"Ctrl", "Shift", "Enter", "English", "PDF", "SHA", "USB", "IIN", "BIN", "TrueType"}
ALLOWED |= {"Delete", "Alt"}  # keys, named in Latin letters on every keyboard
ALLOWED |= {"CSV", "XLSX"}  # file formats, like PDF
ALLOWED |= {"caseapp", "XXXX"}  # the program's name; the recovery key's placeholder
ALLOWED |= {"admin", "Admin", "Test"}  # the test administrator's user name and full name: data
# An address or path (postgresql://user@host/dbname, /tmp/…) or a letter text's {placeholder}.
ADDRESS_OR_PATH = re.compile(r"\S*[/@]\S*|\{[^}]*\}")


def _texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QAbstractButton, QLabel)):
            out.append(widget.text())
        elif isinstance(widget, QGroupBox):
            out.append(widget.title())
        elif isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            out += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            out.append(widget.placeholderText())
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            out += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
            for r in range(min(model.rowCount(), 20)):
                for c in range(model.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.index(r, c).data(role)
                        out.append(str(value) if value is not None else "")
        out.append(widget.toolTip())
    for menu in root.findChildren(QMenu):
        out += [action.text() for action in menu.actions()]
    return out


def _english(texts: list[str]) -> set[str]:
    return {
        text
        for text in texts
        if any(
            word not in ALLOWED
            for word in LATIN_WORD.findall(ADDRESS_OR_PATH.sub("", text.replace("&", "")))
        )
    }


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_no_english_on_the_pages_and_tabs(qtbot: QtBot, admin: ws.Workspace, language: str) -> None:
    today = date.today()
    issued = today - timedelta(days=12)
    order = rec.ProtectionOrder(issued, issued + timedelta(days=29), number="ЗП-1")
    order.checks.append(rec.PoliceCheck(issued + timedelta(days=1), CheckOutcome.COMPLIED))
    number = create_case(
        admin,
        rec.CaseRecord(
            rec.Client("Айгерим Тестова", alias="Ай."),
            opened_on=issued,
            orders=[order],
            stays=[rec.ShelterStay(today - timedelta(days=175), room="Комната 1")],
            consents=[],
        ),
    )
    install_language(language)
    try:
        window = MainWindow(admin)
        qtbot.addWidget(window)
        window.show()
        found: set[str] = set()
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            found |= _english(_texts(window))
        case = CaseWindow(admin, number)
        qtbot.addWidget(case)
        for i in range(case.tabs.count()):
            case.tabs.setCurrentIndex(i)
            found |= _english(_texts(case))
        case.dirty = False
        for dialog in _dialogs(admin, number, order):
            qtbot.addWidget(dialog)
            found |= _english([*_texts(dialog), dialog.windowTitle()])
    finally:
        install_language("en")
    assert not found, "; ".join(sorted(found))


def _dialogs(admin: ws.Workspace, number: str, order: rec.ProtectionOrder) -> list[QWidget]:
    """The dialogs a case worker meets most, each built as the program builds it."""
    return [
        OrderDialog(),
        CheckDialog(order),
        AdmitDialog(),
        DischargeDialog(rec.ShelterStay(date.today() - timedelta(days=3), room="Комната 1")),
        ConsentDialog(),
        IncidentDialog(),
        NewCaseDialog(),
        LetterDialog(admin, number),
        DetailsDialog(admin),
        ServerDialog(),
        RestoreDialog(),
        UnlockDialog(admin.db),
        SetupWizard(admin.db),
        CasePickerDialog(admin),
        LetterTextsEditor(admin),
        CallDialog(admin),
        *_admin_dialogs(admin, number),
    ]


def _admin_dialogs(admin: ws.Workspace, number: str) -> list[QWidget]:
    offices = list_offices(admin)
    account = next(a for a in staff.list_staff(admin) if a.username == "admin")
    return [
        AddAccountDialog(admin),
        RoleDialog(admin, account),
        SetPasswordDialog(admin, account),
        SetPasswordDialog(admin, account, reactivate=True),
        OfficeNameDialog(admin),
        StaffOfficesDialog(admin, account, offices),
        MoveCaseDialog(admin, number, offices[0].office_id, offices),
        DistrictsDialog(admin),
        AddressBookDialog(admin),
        AddressEntryDialog(admin, Addressee(kind=AddresseeKind.COURT)),
    ]
