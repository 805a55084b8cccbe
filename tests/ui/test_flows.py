"""The desktop app driven through its real widgets, the way a case worker uses it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import Role
from caseapp.domain.reminders import ReminderKind
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.storage.database import Database
from caseapp.ui.app import Session
from caseapp.ui.forms import AdmitDialog, CheckDialog, OrderDialog
from caseapp.ui.i18n import install_language
from caseapp.ui.main_window import MainWindow
from caseapp.ui.models import REMINDER_ROLE
from caseapp.ui.setup_wizard import SetupWizard
from caseapp.ui.unlock import UnlockDialog
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF

TODAY = date.today()


def reminder_kinds(window: MainWindow) -> list[tuple[str, ReminderKind]]:
    model = window.dashboard.model
    return [
        (
            model.data(model.index(row, 0), REMINDER_ROLE).case,
            model.data(model.index(row, 0), REMINDER_ROLE).kind,
        )
        for row in range(model.rowCount())
    ]


def test_setup_wizard_leads_to_the_dashboard(qtbot: QtBot, db: Database) -> None:
    wizard = SetupWizard(db, kdf=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the organisation needs a name
    wizard.organisation.fields["name_ru"].setText("Кризисный центр «Тест»")
    wizard.organisation.fields["name_kk"].setText("«Тест» дағдарыс орталығы")
    wizard.organisation.beds.setValue(12)  # the shelter board counts free beds from it
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = wizard.account
    page.username.setText("director")
    page.password.setText("short")
    assert "10" in page.hint.text() and not next_button.isEnabled()
    page.password.setText("a long pass phrase 1")
    page.repeat.setText("a long pass phrase 2")
    assert not next_button.isEnabled()
    page.repeat.setText("a long pass phrase 1")
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    key = wizard.recovery.key.text()
    assert re.fullmatch(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", key)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the key must be confirmed as written down
    wizard.recovery.confirm.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.workspace is not None and wizard.workspace.actor.role == Role.ADMIN

    window = MainWindow(wizard.workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.currentWidget() is window.dashboard
    assert window.dashboard.empty.text() == "Nothing is due today."
    assert "Free beds: 12" in window.dashboard.counts.text()
    # The new administrator can unlock with the chosen password.
    assert ws.unlock(db, "director", "a long pass phrase 1").actor.username == "director"


def test_unlock_refuses_a_wrong_password_then_opens(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    dialog = UnlockDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, "admin")
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is None
    assert dialog.message.text() == "The user name or password is wrong."
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.workspace is not None and not dialog.workspace.locked


def test_unlock_shows_the_wait_after_repeated_failures(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    dialog = UnlockDialog(db, username="admin")
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.password.setText("wrong")
        dialog.try_unlock()
    assert not dialog.unlock_button.isEnabled()
    assert dialog.unlock_button.text().startswith("Wait")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.try_unlock()  # ignored while the countdown runs
    assert dialog.workspace is None


def test_order_and_check_recorded_in_the_case_window_reach_the_dashboard(
    qtbot: QtBot, admin: ws.Workspace, answer_dialog
) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()

    def intake(dialog) -> None:
        dialog.full_name.set_text("Жанар Тестова")
        dialog.alias.setText("Клиент А")
        dialog.buttons.accepted.emit()

    answer_dialog(intake)
    case_window = window.new_case()
    assert case_window is not None
    qtbot.addWidget(case_window)
    number = case_window.record.number
    assert window.cases.model.total == 1

    issued = TODAY - timedelta(days=8)

    def order(dialog: OrderDialog) -> None:
        dialog.number.setText("ЗП-77")
        dialog.issued.set_text(issued.isoformat())
        assert dialog.expires.value() == issued + timedelta(days=30)  # proposed
        dialog.expires.set_text((issued + timedelta(days=31)).isoformat())
        dialog.buttons.accepted.emit()
        assert "30" in dialog.message.text()  # refused: beyond the legal maximum
        dialog.expires.set_text((issued + timedelta(days=30)).isoformat())
        dialog.served.set_text(issued.isoformat())
        dialog.buttons.accepted.emit()

    answer_dialog(order)
    case_window.add_order()
    assert case_window.orders.rowCount() == 1
    assert (number, ReminderKind.POLICE_CHECK_OVERDUE) in reminder_kinds(window)

    def check(dialog: CheckDialog) -> None:
        dialog.checked_on.set_text(TODAY.isoformat())
        dialog.buttons.accepted.emit()

    answer_dialog(check)
    case_window.add_check()
    assert case_window.checks.rowCount() == 1
    kinds = [k for n, k in reminder_kinds(window) if n == number]
    assert ReminderKind.POLICE_CHECK_OVERDUE not in kinds
    assert ReminderKind.POLICE_CHECK_DUE not in kinds  # next check due in seven days


def test_admitting_to_the_shelter(qtbot: QtBot, admin: ws.Workspace, answer_dialog) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Сәуле Тестова"), opened_on=TODAY))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    case_window = window.open_case(number, "shelter")
    assert case_window is not None and case_window.tabs.currentWidget() is case_window.shelter_page

    def admit(dialog: AdmitDialog) -> None:
        dialog.buttons.accepted.emit()
        assert dialog.message.text()  # the room is required
        dialog.room.set_text("Room 2, bed 1")
        dialog.children_editor.add_row()
        dialog.children_editor.add_row()
        dialog.buttons.accepted.emit()

    answer_dialog(admit)
    case_window.add_stay()
    assert case_window.stays.rowCount() == 1
    assert case_window.stays.item(0, 3).text() == "Room 2, bed 1"
    assert "In shelter: 1" in window.dashboard.counts.text()
    window.cases.in_shelter.setChecked(True)
    assert window.cases.model.total == 1


def test_auto_lock_hides_everything_and_unlock_returns_with_unsaved_input(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Айгерим Тестова"), opened_on=TODAY))
    session = Session(db)
    session._open(admin)
    assert session.window is not None
    qtbot.addWidget(session.window)
    case_window = session.window.open_case(number)
    assert case_window is not None
    case_window.notes.setPlainText("unsaved note")

    session.idle.start(30)  # idle minutes shortened for the test
    qtbot.waitUntil(lambda: admin.locked, timeout=2000)
    assert not session.window.isVisible() and not case_window.isVisible()
    dialog = session.unlock_dialog
    assert dialog is not None and dialog.isVisible() and dialog.user.text() == "admin"

    dialog.password.setText(ADMIN_PASSWORD)
    dialog.try_unlock()
    assert not admin.locked
    assert session.window.isVisible() and case_window.isVisible()
    assert case_window.notes.toPlainText() == "unsaved note" and case_window.dirty
    case_window.dirty = False


def test_ctrl_l_locks_at_once(qtbot: QtBot, db: Database, admin: ws.Workspace) -> None:
    session = Session(db)
    session._open(admin)
    assert session.window is not None
    qtbot.addWidget(session.window)
    session.window.lock_action.trigger()
    assert admin.locked and not session.window.isVisible()
    assert session.window.lock_action.shortcut().toString() == "Ctrl+L"
    assert session.unlock_dialog is not None
    qtbot.addWidget(session.unlock_dialog)


def test_language_switch_at_run_time(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Today"
    install_language("kk")
    kk = QCoreApplication.translate("MainWindow", "Today")
    assert kk != "Today" and window.tabs.tabText(0) == kk
    install_language("ru")
    assert window.tabs.tabText(0) == QCoreApplication.translate("MainWindow", "Today") != kk
    install_language("en")
    assert window.tabs.tabText(0) == "Today"


def test_a_lawyer_is_refused_a_case_not_assigned_to_her(
    qtbot: QtBot, db: Database, admin: ws.Workspace, monkeypatch
) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Гүлнар Тестова"), opened_on=TODAY))
    accounts.add_staff(admin, "lawyer1", "lawyer pass 1", Role.LAWYER, kdf=CHEAP_KDF)
    lawyer = ws.unlock(db, "lawyer1", "lawyer pass 1")
    window = MainWindow(lawyer)
    qtbot.addWidget(window)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert window.open_case(number) is None
    assert warnings == [f"Case {number} is not assigned to you."]
    assert window.cases.model.total == 0
    window.cases.search.setText("Гүлнар")
    window.cases.apply_filter()
    assert window.cases.model.total == 0


def test_unsaved_changes_are_asked_about_on_close(
    qtbot: QtBot, admin: ws.Workspace, monkeypatch
) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Мадина Тестова"), opened_on=TODAY))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    case_window = window.open_case(number)
    assert case_window is not None
    case_window.iin.set_text("950101400053")
    assert case_window.iin.message.text()  # the check digit is wrong, said beside the field
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not case_window.close()
    case_window.iin.set_text("950101400052")
    assert case_window.save()
    assert case_window.message.text() == "Saved."
    assert case_window.close()


def test_search_as_you_type_finds_every_spelling(qtbot: QtBot, admin: ws.Workspace) -> None:
    create_case(admin, rec.CaseRecord(rec.Client("Шұғыла Серікқызы"), opened_on=TODAY))
    create_case(admin, rec.CaseRecord(rec.Client("Ольга Иванова"), opened_on=TODAY))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    for query in ("Şuğyla", "shugyla", "Шұғ", "serik"):
        window.cases.search.clear()
        if query.isascii():
            qtbot.keyClicks(window.cases.search, query)  # typed key by key
        else:  # QTest can only type ASCII keys; an input method would insert the text
            window.cases.search.insert(query)
        qtbot.waitUntil(lambda: window.cases.model.total == 1, timeout=2000)
        index = window.cases.model.index(0, 1)
        assert window.cases.model.data(index) == "Шұғыла Серікқызы"
