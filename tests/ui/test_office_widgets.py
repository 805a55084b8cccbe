"""Offices on the Staff page, driven through the real widgets: naming the main office, adding a
branch, choosing where someone works, and a new account's offices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.domain.enums import Role
from caseapp.services import accounts, offices
from caseapp.services import workspace as ws
from caseapp.services.staff import list_staff
from caseapp.storage.database import Database
from caseapp.ui.main_window import MainWindow
from caseapp.ui.staff.dialogs import AddAccountDialog
from caseapp.ui.staff.offices import OfficeNameDialog, StaffOfficesDialog
from caseapp.ui.staff.page import StaffModel, StaffPage
from tests.conftest import CHEAP_KDF
from tests.ui.dialogs import answer

PASSWORD = "office pass 123"


def _offices_shown(page: StaffPage) -> list[tuple[str, str]]:
    table = page.offices_box.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def _offices_of(page: StaffPage, username: str) -> str:
    row = page.model.row_of(username)
    return str(page.model.data(page.model.index(row, StaffModel.OFFICES)))


def _page(qtbot: QtBot, admin: ws.Workspace) -> StaffPage:
    page = StaffPage(admin, kdf=CHEAP_KDF)
    qtbot.addWidget(page)
    page.show()
    return page


def _add_office(qtbot: QtBot, page: StaffPage, name: str) -> None:
    def fill(dialog: OfficeNameDialog) -> None:
        assert dialog.windowTitle() == "Add an office" and not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.name, name)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer(OfficeNameDialog, fill)
    qtbot.mouseClick(page.offices_box.add_button, Qt.MouseButton.LeftButton)


def test_one_office_shows_as_the_main_office_without_office_controls(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    accounts.add_staff(admin, "worker1", PASSWORD, Role.CASE_WORKER, kdf=CHEAP_KDF)
    page = _page(qtbot, admin)
    assert page.offices_box.isVisible()
    assert _offices_shown(page) == [("Main office", "2")]  # unnamed, both accounts in it
    # Nobody has a choice to make: no Offices column, no Offices… button.
    assert page.table.isColumnHidden(StaffModel.OFFICES)
    assert not page.offices_button.isVisible()

    # Naming it: double-click (activate) the row, or select it and press Rename.
    assert not page.offices_box.rename_button.isEnabled()
    page.offices_box.table.selectRow(0)
    assert page.offices_box.rename_button.isEnabled()

    def rename(dialog: OfficeNameDialog) -> None:
        assert dialog.windowTitle() == "Rename Main office"
        assert dialog.name.text() == ""
        qtbot.keyClicks(dialog.name, "  Almaty   office ")
        dialog.buttons.accepted.emit()

    answer(OfficeNameDialog, rename)
    qtbot.mouseClick(page.offices_box.rename_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "The office is now called Almaty office."
    assert [o.name for o in offices.list_offices(admin)] == ["Almaty office"]
    assert _offices_shown(page) == [("Almaty office", "2")]
    assert page.table.isColumnHidden(StaffModel.OFFICES)


def test_adding_a_branch_brings_the_office_controls(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    accounts.add_staff(admin, "worker1", PASSWORD, Role.CASE_WORKER, kdf=CHEAP_KDF)
    page = _page(qtbot, admin)
    _add_office(qtbot, page, "Shymkent branch")
    assert page.message.text() == "Office Shymkent branch added."
    assert _offices_shown(page) == [("Main office", "2"), ("Shymkent branch", "0")]
    assert page.offices_box.selected() is not None
    assert page.offices_box.selected().name == "Shymkent branch"
    assert not page.table.isColumnHidden(StaffModel.OFFICES)
    assert page.offices_button.isVisible()
    assert _offices_of(page, "worker1") == "Main office"

    # The same name again (in other letters' case) is refused in the dialog, which stays open.
    def taken(dialog: OfficeNameDialog) -> None:
        dialog.name.setText("shymkent BRANCH")
        dialog.buttons.accepted.emit()
        assert dialog.message.text() == "There is already an office named 'shymkent BRANCH'."
        assert dialog.isVisible()

    answer(OfficeNameDialog, taken)
    page.offices_box.add_office()
    assert len(offices.list_offices(admin)) == 2


def test_choosing_where_a_staff_member_works(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    accounts.add_staff(admin, "worker1", PASSWORD, Role.CASE_WORKER, kdf=CHEAP_KDF)
    branch = offices.add_office(admin, "Shymkent branch")
    page = _page(qtbot, admin)
    assert not page.offices_button.isEnabled()  # nobody selected yet
    assert page.select("worker1") and page.offices_button.isEnabled()

    def choose(dialog: StaffOfficesDialog) -> None:
        assert dialog.windowTitle() == "Offices of worker1"
        checklist = dialog.checklist
        assert [checklist.item(i).text() for i in range(checklist.count())] == [
            "Main office",
            "Shymkent branch",
        ]
        assert checklist.ticked() == [offices.list_offices(admin)[0].office_id]
        checklist.item(0).setCheckState(Qt.CheckState.Unchecked)
        assert not dialog.ok_button.isEnabled()  # at least one office
        checklist.item(1).setCheckState(Qt.CheckState.Checked)
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer(StaffOfficesDialog, choose)
    qtbot.mouseClick(page.offices_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "The offices of worker1 were changed."
    worker = next(a for a in list_staff(admin) if a.username == "worker1")
    assert worker.offices == (branch,)
    assert _offices_of(page, "worker1") == "Shymkent branch"
    assert _offices_shown(page) == [("Main office", "1"), ("Shymkent branch", "1")]

    # Both offices, in the order they were made.
    def both(dialog: StaffOfficesDialog) -> None:
        dialog.checklist.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.buttons.accepted.emit()

    answer(StaffOfficesDialog, both)
    page.choose_offices()
    assert _offices_of(page, "worker1") == "Main office, Shymkent branch"


def test_a_new_account_is_given_her_offices(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    page = _page(qtbot, admin)

    def one_office(dialog: AddAccountDialog) -> None:
        assert not dialog.offices.isVisible()  # one office: nothing to choose
        dialog.buttons.rejected.emit()

    answer(AddAccountDialog, one_office)
    page.add_account()

    branch = offices.add_office(admin, "Shymkent branch")
    page.refresh()

    def fill(dialog: AddAccountDialog) -> None:
        assert dialog.offices.isVisible()
        assert dialog.offices.ticked() == [offices.list_offices(admin)[0].office_id]
        qtbot.keyClicks(dialog.username, "worker2")
        dialog.passwords.password.setText(PASSWORD)
        dialog.passwords.repeat.setText(PASSWORD)
        dialog.offices.set_ticked(dialog.offices.ticked()[0], False)
        assert not dialog.ok_button.isEnabled()
        dialog.offices.set_ticked(branch, True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer(AddAccountDialog, fill)
    page.add_account()
    assert page.message.text() == "Account worker2 added."
    assert next(a for a in list_staff(admin) if a.username == "worker2").offices == (branch,)
    assert _offices_of(page, "worker2") == "Shymkent branch"


def test_the_staff_tab_holds_the_offices(
    qtbot: QtBot, admin: ws.Workspace, qtmodeltester: Any
) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert window.staff is not None
    window.staff_action.trigger()  # type: ignore[union-attr]
    assert window.tabs.currentWidget() is window.staff
    assert window.staff.offices_box.title() == "Offices"
    qtmodeltester.check(window.staff.model)
