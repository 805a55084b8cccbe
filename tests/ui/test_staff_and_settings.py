"""The Staff page (administrators only) and the Settings page, driven through their real widgets;
and the new tabs of the main window with their keyboard shortcuts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.enums import CaseVisibility, Role
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.errors import AccessDenied
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.staff import list_staff
from caseapp.storage.database import Database
from caseapp.ui.i18n import install_language, saved_language
from caseapp.ui.main_window import MainWindow
from caseapp.ui.settings_page import SettingsPage
from caseapp.ui.staff.dialogs import AddAccountDialog, RoleDialog, SetPasswordDialog
from caseapp.ui.staff.page import StaffModel, StaffPage
from tests.conftest import CHEAP_KDF
from tests.ui.dialogs import answer


def _lawyer(db: Database, admin: ws.Workspace) -> ws.Workspace:
    accounts.add_staff(admin, "lawyer1", "lawyer pass 1", Role.LAWYER, kdf=CHEAP_KDF)
    return ws.unlock(db, "lawyer1", "lawyer pass 1")


def _column(model: StaffModel, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


# --- Main window ------------------------------------------------------------------------------


def test_the_new_tabs_and_their_shortcuts_for_an_administrator(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Today",
        "Cases",
        "Shelter",
        "Staff",
        "Settings",
        "Outgoing letters",
        "Backup",
        "Hotline",
        "Reports",
    ]
    view = {a.text(): a.shortcut().toString() for a in window.view_menu.actions()}
    assert view == {
        "&Today": "Ctrl+1",
        "&Cases": "Ctrl+2",
        "&Shelter": "Ctrl+3",
        "S&taff": "Ctrl+4",
        "Se&ttings": "Ctrl+5",
        "Outgoing &letters": "Ctrl+6",
        "&Backup": "Ctrl+7",
        "&Hotline": "Ctrl+8",
        "&Reports": "Ctrl+9",
    }
    # (Key presses do not reach shortcuts on the offscreen platform: trigger the actions.)
    for action, page in (
        (window.shelter_action, window.shelter),
        (window.staff_action, window.staff),
        (window.settings_action, window.settings),
        (window.today_action, window.dashboard),
    ):
        assert action is not None
        action.trigger()
        assert window.tabs.currentWidget() is page, action.text()


def test_a_lawyer_has_no_staff_tab_and_is_refused_the_service(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    lawyer = _lawyer(db, admin)
    window = MainWindow(lawyer)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Today",
        "Cases",
        "Shelter",
        "Settings",
        "Outgoing letters",
        "Hotline",
        "Reports",
    ]
    assert window.staff is None and window.staff_action is None
    shortcuts = [a.shortcut().toString() for a in window.findChildren(QAction)]
    assert "Ctrl+3" in shortcuts and "Ctrl+5" in shortcuts and "Ctrl+4" not in shortcuts
    with pytest.raises(AccessDenied):
        list_staff(lawyer)
    # Even a page built by hand shows nothing but the refusal.
    page = StaffPage(lawyer)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    assert page.message.text() == AccessDenied().message


# --- Staff ------------------------------------------------------------------------------------


def test_adding_an_account_with_the_strength_hint(
    qtbot: QtBot, db: Database, admin: ws.Workspace, qtmodeltester: Any
) -> None:
    page = StaffPage(admin, kdf=CHEAP_KDF)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert _column(page.model, StaffModel.USERNAME) == ["admin"]

    def fill(dialog: AddAccountDialog) -> None:
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.username, "worker1")
        dialog.full_name.setText("Әсел Тестова")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.CASE_WORKER.value))
        p = dialog.passwords
        qtbot.keyClicks(p.password, "short")
        assert "10" in p.hint.text() and not dialog.ok_button.isEnabled()
        p.password.setText("worker pass 1")
        assert p.hint.text() == "The two passwords differ."
        p.repeat.setText("worker pass 1")
        assert p.hint.text() == "Strong."
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer(AddAccountDialog, fill)
    page.add_account()
    assert page.message.text() == "Account worker1 added."
    row = page.model.row_of("worker1")
    assert page.model.data(page.model.index(row, StaffModel.FULL_NAME)) == "Әсел Тестова"
    assert page.model.data(page.model.index(row, StaffModel.ROLE)) == "Case worker"
    assert page.model.data(page.model.index(row, StaffModel.ACTIVE)) == "yes"
    assert page.model.data(page.model.index(row, StaffModel.FAILED)) == "0"
    assert ws.unlock(db, "worker1", "worker pass 1").actor.role == Role.CASE_WORKER
    qtmodeltester.check(page.model)

    # A taken name is refused inside the dialog, which stays open until cancelled.
    def taken(dialog: AddAccountDialog) -> None:
        dialog.username.setText("worker1")
        dialog.passwords.password.setText("another pass 2")
        dialog.passwords.repeat.setText("another pass 2")
        dialog.buttons.accepted.emit()
        assert dialog.message.text() == "The user name 'worker1' is taken."
        assert dialog.isVisible()

    answer(AddAccountDialog, taken)
    page.add_account()
    assert page.model.rowCount() == 2


def test_role_change_and_the_last_administrator(
    qtbot: QtBot, db: Database, admin: ws.Workspace, monkeypatch: Any
) -> None:
    _lawyer(db, admin)
    page = StaffPage(admin, kdf=CHEAP_KDF)
    qtbot.addWidget(page)
    assert page.select("lawyer1") and page.role_button.isEnabled()

    def to_worker(dialog: RoleDialog) -> None:
        assert dialog.role.currentData() == Role.LAWYER.value
        dialog.role.setCurrentIndex(dialog.role.findData(Role.CASE_WORKER.value))
        dialog.buttons.accepted.emit()

    answer(RoleDialog, to_worker)
    page.change_role()
    assert page.message.text() == "The role of lawyer1 was changed."
    assert page.selected() is not None and page.selected().role == Role.CASE_WORKER

    # The only administrator can neither step down nor be deactivated.
    page.select("admin")

    def demote(dialog: RoleDialog) -> None:
        dialog.role.setCurrentIndex(dialog.role.findData(Role.LAWYER.value))
        dialog.buttons.accepted.emit()
        assert dialog.message.text() == (
            "admin is the last active administrator: make another account an administrator first."
        )

    answer(RoleDialog, demote)
    page.change_role()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.toggle_active()
    assert page.message.text().startswith("admin is the last active administrator")
    assert {a.username: (a.role, a.active) for a in list_staff(admin)}["admin"] == (
        Role.ADMIN,
        True,
    )


def test_deactivate_and_reactivate(
    qtbot: QtBot, db: Database, admin: ws.Workspace, monkeypatch: Any
) -> None:
    _lawyer(db, admin)
    page = StaffPage(admin, kdf=CHEAP_KDF)
    qtbot.addWidget(page)
    page.select("lawyer1")
    assert page.active_button.text() == "&Deactivate…"
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    page.toggle_active()  # "No": nothing happens
    assert page.selected() is not None and page.selected().active
    page.toggle_active()
    assert page.message.text() == "lawyer1 was deactivated."
    row = page.model.row_of("lawyer1")
    assert page.model.data(page.model.index(row, StaffModel.ACTIVE)) == "no — cannot unlock"
    assert page.active_button.text() == "Reac&tivate…"
    with pytest.raises(ws.WrongCredentials):
        ws.unlock(db, "lawyer1", "lawyer pass 1")

    def fill(dialog: SetPasswordDialog) -> None:  # her keys were deleted: a new password
        assert "Reactivate lawyer1" in dialog.windowTitle() and not dialog.ok_button.isEnabled()
        dialog.passwords.password.setText("back again 42")
        dialog.passwords.repeat.setText("back again 42")
        dialog.buttons.accepted.emit()

    answer(SetPasswordDialog, fill)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "lawyer1 was reactivated."
    assert ws.unlock(db, "lawyer1", "back again 42").actor.username == "lawyer1"
    with pytest.raises(ws.WrongCredentials):
        ws.unlock(db, "lawyer1", "lawyer pass 1")


def test_an_administrator_sets_a_new_password(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    _lawyer(db, admin)
    page = StaffPage(admin, kdf=CHEAP_KDF)
    qtbot.addWidget(page)
    page.select("lawyer1")

    def fill(dialog: SetPasswordDialog) -> None:
        assert "lawyer1" in dialog.windowTitle() and not dialog.ok_button.isEnabled()
        dialog.passwords.password.setText("qwerty123456")
        dialog.passwords.repeat.setText("qwerty123456")
        assert not dialog.ok_button.isEnabled()  # among the commonest: refused as she types
        assert "commonest" in dialog.passwords.hint.text()
        dialog.passwords.password.setText("fresh pass 42")
        dialog.passwords.repeat.setText("fresh pass 42")
        dialog.buttons.accepted.emit()

    answer(SetPasswordDialog, fill)
    page.reset_password()
    assert page.message.text() == "lawyer1 has a new password."
    assert ws.unlock(db, "lawyer1", "fresh pass 42").actor.username == "lawyer1"


def test_the_shelter_key_is_given_and_taken_back(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    _lawyer(db, admin)
    page = StaffPage(admin, kdf=CHEAP_KDF)
    qtbot.addWidget(page)
    page.select("lawyer1")
    row = page.model.row_of("lawyer1")
    assert page.model.data(page.model.index(row, StaffModel.SHELTER)) == ""
    assert page.shelter_button.text() == "Give the s&helter's key"
    qtbot.mouseClick(page.shelter_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "lawyer1 now holds the shelter's key."
    assert page.model.data(page.model.index(row, StaffModel.SHELTER)) == "yes"
    assert ws.unlock(db, "lawyer1", "lawyer pass 1").chest.holds("shelter")
    qtbot.mouseClick(page.shelter_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "lawyer1 no longer holds the shelter's key."
    assert not ws.unlock(db, "lawyer1", "lawyer pass 1").chest.holds("shelter")


# --- Settings ---------------------------------------------------------------------------------


def test_an_administrator_saves_the_settings(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    page = window.settings
    assert page.fields["name_ru"].text() == "Тестовый центр"
    assert all(w.isEnabled() for w in (page.bed_count, page.save_button, page.fields["bin"]))
    assert "shelter's address" in page.address_note.text()
    page.fields["name_kk"].setText("Сынақ орталығы")
    page.fields["address"].setText("г. Алматы, ул. Офисная, 5")
    page.fields["bin"].setText("971240001315")
    page.bed_count.setValue(12)
    page.idle_lock_minutes.setValue(10)
    assert page.visibility[CaseVisibility.ASSIGNED].isChecked()  # a new database's default
    qtbot.mouseClick(page.visibility[CaseVisibility.OFFICE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved."
    saved = get_settings(admin)
    assert (saved.details.name_kk, saved.details.bin, saved.bed_count) == (
        "Сынақ орталығы",
        "971240001315",
        12,
    )
    assert (saved.idle_lock_minutes, saved.case_visibility) == (10, CaseVisibility.OFFICE)
    assert "Beds: 12" in window.shelter.totals.text()  # the board follows the save


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("bin", "12345", "The BIN must have 12 digits, the last one a correct check digit."),
        ("bin", "971240001316", "The BIN must have 12 digits, the last one a correct check digit."),
        ("name_ru", "  ", "The organisation needs a name."),
    ],
)
def test_bad_input_changes_nothing(
    qtbot: QtBot, admin: ws.Workspace, field: str, value: str, message: str
) -> None:
    before = get_settings(admin)
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    page.bed_count.setValue(7)
    page.fields[field].setText(value)
    if field == "bin":
        assert page.bin_message.text()  # said beside the field as it is typed
    assert not page.save()
    assert page.message.text() == message
    assert get_settings(admin) == before


def test_a_non_administrator_changes_only_her_language(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    lawyer = _lawyer(db, admin)
    page = SettingsPage(lawyer)
    qtbot.addWidget(page)
    page.show()
    assert page.language.isEnabled()
    assert page.admin_only.isVisible()
    for widget in (
        page.bed_count,
        page.idle_lock_minutes,
        *page.visibility.values(),
        page.save_button,
        *page.fields.values(),
    ):
        assert not widget.isEnabled(), widget.objectName()
    assert page.fields["name_ru"].text() == "Тестовый центр"  # read-only, but shown
    # The service refuses her anyway, and the page says so.
    before = get_settings(admin)
    page.bed_count.setValue(99)
    assert not page.save()
    assert page.message.text() == AccessDenied().message
    assert get_settings(admin) == before
    with pytest.raises(AccessDenied):
        update_settings(lawyer, before)


def test_the_language_switches_at_run_time_from_the_settings_page(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    page = window.settings
    assert page.language.currentData() == "en"
    page.language.setCurrentIndex(page.language.findData("kk"))
    assert saved_language() == "kk"
    expected = QCoreApplication.translate("MainWindow", "Today")
    assert window.tabs.tabText(0) == expected
    qtbot.waitUntil(
        lambda: [a.data() for a in window.language_actions.actions() if a.isChecked()] == ["kk"]
    )
    # Chosen from the menu, the page follows.
    english = next(a for a in window.language_actions.actions() if a.data() == "en")
    english.trigger()
    qtbot.waitUntil(lambda: page.language.currentData() == "en")
    assert window.tabs.tabText(2) == "Shelter" and page.save_button.text() == "&Save settings"
    install_language("en")


def test_every_new_page_retranslates(qtbot: QtBot, admin: ws.Workspace) -> None:
    """Texts are set again on a language change (here back to English after a switch)."""
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert window.staff is not None
    window.staff.add_button.setText("x")
    window.shelter.admit_button.setText("x")
    window.settings.save_button.setText("x")
    install_language("ru")
    install_language("en")
    assert window.staff.add_button.text() == "&Add account…"
    assert window.shelter.admit_button.text() == "&Admit…"
    assert window.settings.save_button.text() == "&Save settings"
