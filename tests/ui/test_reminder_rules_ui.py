"""The reminder rules as a case worker meets them in the window: a visit that did not reach the
offender leaves the check overdue, a violation is overdue at once, an extension recorded on the
shelter tab moves the limit (Today and the shelter board follow), court requirements are entered
on their own tab and reminded a week before they end, and a date in the future is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.dates import shelter_limit
from caseapp.domain.reminders import ReminderKind
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.services.shelter import shelter_board
from caseapp.ui.forms import CheckDialog
from caseapp.ui.main_window import MainWindow
from caseapp.ui.models import REMINDER_ROLE
from caseapp.ui.record_forms import RequirementDialog
from caseapp.ui.stay_extension import ExtensionDialog
from caseapp.ui.today.model import ReminderModel
from caseapp.ui.widgets import shown_date

TODAY = date.today()
Answer = Callable[[Callable[[Any], None]], None]


def today_rows(window: MainWindow, number: str) -> list[tuple[ReminderKind, str]]:
    """(kind, urgency shown) of the case's rows on Today."""
    model = window.dashboard.model
    rows = []
    for row in range(model.rowCount()):
        reminder = model.data(model.index(row, 0), REMINDER_ROLE)
        if reminder.case == number:
            rows.append((reminder.kind, model.data(model.index(row, ReminderModel.URGENCY))))
    return rows


def order_case(admin: ws.Workspace, issued_days_ago: int, served: bool = True) -> str:
    issued = TODAY - timedelta(days=issued_days_ago)
    order = rec.ProtectionOrder(
        issued, issued + timedelta(days=30), number="ZP-9", served_on=issued if served else None
    )
    return create_case(
        admin,
        rec.CaseRecord(rec.Client("Жанар Тестова"), opened_on=issued, orders=[order]),
    )


def record_check(
    window: MainWindow, number: str, answer_dialog: Answer, outcome: str, on: date = TODAY
) -> str:
    case_window = window.open_case(number, "orders")
    assert case_window is not None
    said: list[str] = []

    def fill(dialog: CheckDialog) -> None:
        dialog.checked_on.set_text(on.isoformat())
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
        dialog.buttons.accepted.emit()
        said.append(dialog.message.text())
        if dialog.isVisible():  # refused: she gives up
            dialog.reject()

    answer_dialog(fill)
    case_window.add_check()
    return said[0]


def test_a_visit_that_did_not_reach_him_leaves_the_check_overdue(
    qtbot: QtBot, admin: ws.Workspace, answer_dialog: Answer
) -> None:
    number = order_case(admin, issued_days_ago=10)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert (ReminderKind.POLICE_CHECK_OVERDUE, "Overdue") in today_rows(window, number)
    record_check(window, number, answer_dialog, "not_reached")
    assert len(get_case(admin, number).orders[0].checks) == 1  # recorded and shown
    assert (ReminderKind.POLICE_CHECK_OVERDUE, "Overdue") in today_rows(window, number)
    record_check(window, number, answer_dialog, "complied")
    assert today_rows(window, number) == []


def test_a_check_that_found_a_violation_is_overdue_at_once(
    qtbot: QtBot, admin: ws.Workspace, answer_dialog: Answer
) -> None:
    number = order_case(admin, issued_days_ago=3)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert today_rows(window, number) == []
    record_check(window, number, answer_dialog, "violated")
    assert today_rows(window, number) == [(ReminderKind.ORDER_VIOLATED, "Overdue")]
    model = window.dashboard.model
    texts = [model.data(model.index(r, ReminderModel.KIND)) for r in range(model.rowCount())]
    assert "Order violated" in texts


def test_an_order_unserved_for_three_days_is_overdue_on_today(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    two, three = order_case(admin, 2, served=False), order_case(admin, 3, served=False)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert (ReminderKind.ORDER_NOT_SERVED, "Due within two days") in today_rows(window, two)
    assert (ReminderKind.ORDER_NOT_SERVED, "Overdue") in today_rows(window, three)


def test_a_check_dated_tomorrow_is_refused_in_the_dialog(
    qtbot: QtBot, admin: ws.Workspace, answer_dialog: Answer
) -> None:
    number = order_case(admin, issued_days_ago=3)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    tomorrow = TODAY + timedelta(days=1)
    said = record_check(window, number, answer_dialog, "complied", on=tomorrow)
    assert (
        said == f"Check date: the date of the police check {shown_date(tomorrow)} is in the future."
    )
    assert get_case(admin, number).orders[0].checks == []


def test_an_extension_recorded_on_the_shelter_tab_moves_the_limit(
    qtbot: QtBot, admin: ws.Workspace, answer_dialog: Answer
) -> None:
    admitted = TODAY - timedelta(days=200)
    limit = shelter_limit(admitted)  # passed some days ago
    stay = rec.ShelterStay(admitted, room="Room 1", children=1)
    number = create_case(
        admin, rec.CaseRecord(rec.Client("Сәуле Тестова"), opened_on=admitted, stays=[stay])
    )
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert (ReminderKind.SHELTER_LIMIT_PASSED, "Overdue") in today_rows(window, number)
    case_window = window.open_case(number, "shelter")
    assert case_window is not None and case_window.shelter_page.extend.isEnabled()
    extended = TODAY + timedelta(days=10)
    said: list[str] = []

    def extend(dialog: ExtensionDialog) -> None:
        assert dialog.limit.text() == shown_date(limit)
        dialog.extended_to.set_text(limit.isoformat())
        dialog.buttons.accepted.emit()
        said.append(dialog.message.text())
        dialog.extended_to.set_text(extended.isoformat())
        dialog.buttons.accepted.emit()
        said.append(dialog.message.text())
        dialog.reason.setPlainText("Решение директора: ждёт жильё")
        dialog.buttons.accepted.emit()

    answer_dialog(extend)
    case_window.extend_stay()
    assert said == [
        f"Extended to: the extension date {shown_date(limit)} is not after the six-month "
        f"limit {shown_date(limit)}.",
        "Reason for the extension: the reason for the extension is required.",
    ]
    stays = case_window.stays
    assert stays.item(0, 5).text() == shown_date(extended)
    assert stays.item(0, 6).text() == "Решение директора: ждёт жильё"
    assert today_rows(window, number) == [(ReminderKind.SHELTER_LIMIT_NEAR, "Expiring")]
    [bed] = shelter_board(admin, TODAY)
    assert (bed.limit, bed.flag) == (extended, "near")


def test_court_requirements_have_their_tab_and_their_reminder(
    qtbot: QtBot, admin: ws.Workspace, answer_dialog: Answer
) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Дина Тестова"), opened_on=TODAY))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    case_window = window.open_case(number, "orders")
    assert case_window is not None
    assert case_window.tabs.currentWidget() is case_window.orders_page
    starts, ends = TODAY - timedelta(days=60), TODAY + timedelta(days=5)

    def add(dialog: RequirementDialog) -> None:
        dialog.starts.set_text(starts.isoformat())
        dialog.ends.set_text((starts - timedelta(days=1)).isoformat())
        dialog.buttons.accepted.emit()
        assert "before the start date" in dialog.message.text()
        dialog.ends.set_text(ends.isoformat())
        dialog.court.setText("Суд района")
        dialog.description.setPlainText("Не приближаться к месту работы")
        dialog.buttons.accepted.emit()

    answer_dialog(add)
    case_window.add_requirement()
    table = case_window.orders_page.requirements
    assert [table.item(0, c).text() for c in range(4)] == [
        shown_date(starts),
        shown_date(ends),
        "Суд района",
        "Не приближаться к месту работы",
    ]
    assert today_rows(window, number) == [(ReminderKind.REQUIREMENT_EXPIRING, "Expiring")]
    model = window.dashboard.model
    texts = [model.data(model.index(r, ReminderModel.KIND)) for r in range(model.rowCount())]
    assert "Court requirements expiring" in texts
    # The row opens the case at the orders' tab, where the requirements are listed.
    opened: list[tuple[str, str]] = []
    window.dashboard.open_case.connect(lambda n, tab: opened.append((n, tab)))
    window.dashboard._activated(model.index(0, 0))
    assert opened == [(number, "orders")]
