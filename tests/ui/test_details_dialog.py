"""My details (File menu and Settings page, for everyone) and a person's details from the Staff
page (administrators), driven through their real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.enums import Role
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.errors import AccessDenied
from caseapp.services.staff import get_staff_details, update_staff_details
from caseapp.storage.database import Database
from caseapp.ui.details_dialog import DetailsDialog, edit_details
from caseapp.ui.main_window import MainWindow
from caseapp.ui.settings_page import SettingsPage
from caseapp.ui.staff.page import StaffModel, StaffPage
from tests.conftest import CHEAP_KDF
from tests.ui.dialogs import answer

NAME, POSITION, PHONE = "Динара Жұмабекова", "социальный работник", "+7 701 555 12 34"


def _worker(db: Database, admin: ws.Workspace) -> ws.Workspace:
    accounts.add_staff(admin, "worker1", "worker pass 1", Role.CASE_WORKER, kdf=CHEAP_KDF)
    return ws.unlock(db, "worker1", "worker pass 1")


def test_a_case_worker_sets_her_details_from_the_file_menu(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    worker = _worker(db, admin)
    window = MainWindow(worker)
    qtbot.addWidget(window)
    file_menu = [a.text() for a in window.file_menu.actions()]
    assert "My de&tails…" in file_menu
    accelerators = [t[t.index("&") + 1].lower() for t in file_menu if "&" in t]
    assert len(accelerators) == len(set(accelerators)) == len(file_menu)
    shortcuts = [a.shortcut().toString() for a in window.findChildren(QAction)]
    shortcuts = [s for s in shortcuts if s]
    assert len(shortcuts) == len(set(shortcuts))
    seen: dict[str, object] = {}

    def fill(dialog: DetailsDialog) -> None:
        seen["title"], seen["hint"] = dialog.windowTitle(), dialog.hint.text()
        assert dialog.full_name.text() == "" and not dialog.ok_button.isEnabled()
        dialog.full_name.setText(NAME)
        assert dialog.ok_button.isEnabled()
        dialog.position.setText(POSITION)
        qtbot.keyClicks(dialog.phone, "12")
        dialog.ok_button.click()  # a refusal stays in the dialog
        seen["refusal"] = dialog.message.text()
        assert dialog.isVisible()
        dialog.phone.clear()
        qtbot.keyClicks(dialog.phone, PHONE)
        dialog.ok_button.click()
        seen["closed"] = not dialog.isVisible()

    answer(DetailsDialog, fill)
    assert window.edit_my_details()
    assert seen["title"] == "My details" and seen["closed"]
    assert "phone" in str(seen["hint"]) and "position" in str(seen["hint"])
    assert seen["refusal"] == (
        "A phone number may hold only digits, spaces and + - ( ), with 5 to 20 digits."
    )
    assert window.statusBar().currentMessage() == "Your details were saved."
    details = get_staff_details(worker)
    assert (details.full_name, details.position, details.phone) == (NAME, POSITION, PHONE)


def test_the_settings_page_opens_my_details_and_cancel_changes_nothing(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    worker = _worker(db, admin)
    me = worker.actor.staff_id
    update_staff_details(worker, me, full_name=NAME, position="", phone="")
    page = SettingsPage(worker)
    qtbot.addWidget(page)
    assert page.details_button.isEnabled()  # though the organisation's settings are not

    def cancel(dialog: DetailsDialog) -> None:
        assert dialog.full_name.text() == NAME
        dialog.position.setText("ignored")
        dialog.reject()

    answer(DetailsDialog, cancel)
    qtbot.mouseClick(page.details_button, Qt.MouseButton.LeftButton)
    assert get_staff_details(worker).position == ""

    def fill(dialog: DetailsDialog) -> None:
        dialog.position.setText(POSITION)
        dialog.ok_button.click()

    answer(DetailsDialog, fill)
    assert page.edit_my_details()
    assert get_staff_details(worker).position == POSITION
    assert page.message.text() == "Your details were saved."


def test_an_administrator_edits_a_persons_details_on_the_staff_page(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    worker = _worker(db, admin)
    page = StaffPage(admin, kdf=CHEAP_KDF)
    qtbot.addWidget(page)
    assert not page.details_button.isEnabled()  # nobody selected yet
    assert page.select("worker1") and page.details_button.isEnabled()
    titles: list[str] = []

    def fill(dialog: DetailsDialog) -> None:
        titles.append(dialog.windowTitle())
        assert "her phone" in dialog.hint.text()
        dialog.full_name.setText(NAME)
        dialog.position.setText(POSITION)
        qtbot.keyClicks(dialog.phone, "8 (727) 300-00-01")
        dialog.ok_button.click()

    answer(DetailsDialog, fill)
    qtbot.mouseClick(page.details_button, Qt.MouseButton.LeftButton)
    assert titles == ["Details of worker1"]
    assert page.message.text() == "The details of worker1 were saved."
    row = page.model.row_of("worker1")
    assert page.model.data(page.model.index(row, StaffModel.FULL_NAME)) == NAME
    details = get_staff_details(worker)
    assert (details.position, details.phone) == (POSITION, "8 (727) 300-00-01")


def test_a_case_worker_cannot_open_someone_elses_details(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    worker = _worker(db, admin)
    with pytest.raises(AccessDenied):
        DetailsDialog(worker, admin.actor.staff_id)
    page = SettingsPage(worker)
    qtbot.addWidget(page)
    warnings: list[str] = []

    def read(box: QMessageBox) -> None:
        warnings.append(box.text())
        box.accept()

    answer(QMessageBox, read)
    assert not edit_details(worker, page, admin.actor.staff_id)
    assert warnings == [AccessDenied().message]
