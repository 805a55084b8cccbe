"""Today as a case worker uses it in the morning: whose case each row is, who answers for it and
how risky it is; what the colours and bold type mean; an order unserved for days under Overdue;
and from a row, recording the police check, issuing the letter that fits, opening the case."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import (
    CheckOutcome,
    LetterKind,
    RecipientKind,
    Relation,
    RiskLevel,
    ViolenceType,
)
from caseapp.domain.reminders import ReminderKind
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.services.letter_register import letter_register
from caseapp.services.risk import record_assessment
from caseapp.ui.forms import CheckDialog
from caseapp.ui.i18n import install_language
from caseapp.ui.letters.dialog import LetterDialog
from caseapp.ui.main_window import MainWindow
from caseapp.ui.models import REMINDER_ROLE
from caseapp.ui.today.model import ReminderModel
from caseapp.ui.today.page import TodayPage
from tests.letters.sample import BIRTH, IIN, OFFENDER, POLICE_UNIT, set_up_organisation
from tests.ui.dialogs import answer

TODAY = date.today()


def order_case(
    admin: ws.Workspace,
    issued_days_ago: int,
    *,
    served: bool = True,
    checks: list[rec.PoliceCheck] | None = None,
    risk: RiskLevel = RiskLevel.MEDIUM,
    alias: str = "Гүлнар",
) -> str:
    issued = TODAY - timedelta(days=issued_days_ago)
    order = rec.ProtectionOrder(
        issued,
        issued + timedelta(days=30),
        number="ЗП-77",
        issued_by=POLICE_UNIT,
        served_on=issued if served else None,
        checks=checks or [],
    )
    consent = rec.Consent(RecipientKind.POLICE, issued, issued + timedelta(days=180))
    return create_case(
        admin,
        rec.CaseRecord(
            rec.Client("Жанар Тестова", alias=alias, iin=IIN, birth_date=BIRTH),
            opened_on=issued,
            perpetrator=rec.Perpetrator(OFFENDER, Relation.SPOUSE),
            violence_types=[ViolenceType.PHYSICAL],
            risk=risk,
            orders=[order],
            consents=[consent],
        ),
    )


def rows(page: TodayPage, number: str) -> list[dict[str, str]]:
    model = page.model
    shown = []
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0), REMINDER_ROLE).case != number:
            continue
        shown.append(
            {
                str(model.headerData(c, Qt.Orientation.Horizontal)): model.data(model.index(row, c))
                for c in range(model.columnCount())
            }
            | {"kind": model.data(model.index(row, 0), REMINDER_ROLE).kind}
        )
    return shown


def select(page: TodayPage, number: str, kind: ReminderKind) -> None:
    for row in range(page.model.rowCount()):
        reminder = page.model.data(page.model.index(row, 0), REMINDER_ROLE)
        if (reminder.case, reminder.kind) == (number, kind):
            page.select_row(row)
            return
    raise AssertionError(f"no {kind} row for {number}")


@pytest.fixture
def page(qtbot: QtBot, admin: ws.Workspace) -> TodayPage:
    set_up_organisation(admin)
    today = TodayPage(admin)
    qtbot.addWidget(today)
    today.show()
    return today


def test_a_row_says_whose_case_who_is_responsible_and_the_risk(
    page: TodayPage, admin: ws.Workspace
) -> None:
    number = order_case(admin, issued_days_ago=10, risk=RiskLevel.HIGH)
    page.refresh()
    [row] = rows(page, number)
    assert row["Alias"] == "Гүлнар"  # her alias, not her name
    assert row["Responsible"] == "admin"
    assert row["Risk"] == "high"
    assert row["Urgency"] == "Overdue"
    assert row["What"] == "Police check overdue"
    assert row["Order number"] == "ЗП-77"
    index = page.model.index(0, ReminderModel.CASE)
    assert page.model.data(index, Qt.ItemDataRole.FontRole).bold()


def test_without_an_alias_the_row_shows_her_initials(page: TodayPage, admin: ws.Workspace) -> None:
    number = order_case(admin, issued_days_ago=10, alias="")
    page.refresh()
    [row] = rows(page, number)
    assert row["Alias"] == "Ж. Т."  # Жанар Тестова, never the name on a screen left open


def test_the_legend_says_what_the_colours_and_bold_mean(
    page: TodayPage, admin: ws.Workspace
) -> None:
    order_case(admin, issued_days_ago=10)
    page.refresh()
    assert page.legend.isVisible()
    assert [chip.text() for chip in page.legend_chips.values()] == [
        "Overdue",
        "Due within two days",
        "Expiring",
    ]
    assert "high-risk" in page.legend_bold.text()


def test_the_groups_say_what_they_mean_and_an_old_unserved_order_is_overdue(
    page: TodayPage, admin: ws.Workspace
) -> None:
    week_old = order_case(admin, issued_days_ago=5, served=False)
    fresh = order_case(admin, issued_days_ago=1, served=False)
    due = order_case(
        admin,
        issued_days_ago=20,
        checks=[rec.PoliceCheck(TODAY - timedelta(days=6), outcome=CheckOutcome.COMPLIED)],
    )
    page.refresh()
    assert (ReminderKind.ORDER_NOT_SERVED, "Overdue") in [
        (r["kind"], r["Urgency"]) for r in rows(page, week_old)
    ]
    assert [(r["kind"], r["Urgency"]) for r in rows(page, fresh)] == [
        (ReminderKind.ORDER_NOT_SERVED, "Due within two days")
    ]
    assert [(r["kind"], r["Urgency"]) for r in rows(page, due)] == [
        (ReminderKind.POLICE_CHECK_DUE, "Due within two days")
    ]


def test_the_check_is_recorded_from_the_row_and_the_reminder_goes(
    qtbot: QtBot, page: TodayPage, admin: ws.Workspace
) -> None:
    number = order_case(admin, issued_days_ago=10)
    page.refresh()
    assert page.check_button.isEnabled() is False  # nothing chosen yet
    select(page, number, ReminderKind.POLICE_CHECK_OVERDUE)
    assert page.check_button.isEnabled()

    def fill(dialog: CheckDialog) -> None:
        assert dialog.checked_on.value() == TODAY
        dialog.officer.setText("Капитан Нурланов")
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(CheckOutcome.COMPLIED.value))
        dialog.buttons.accepted.emit()

    changed: list[str] = []
    page.changed.connect(changed.append)
    answer(CheckDialog, fill)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: changed == [number])
    [check] = get_case(admin, number).orders[0].checks
    assert (check.checked_on, check.officer) == (TODAY, "Капитан Нурланов")
    assert rows(page, number) == []


def test_a_future_check_is_refused_and_nothing_changes(
    qtbot: QtBot, page: TodayPage, admin: ws.Workspace
) -> None:
    number = order_case(admin, issued_days_ago=10)
    page.refresh()
    select(page, number, ReminderKind.POLICE_CHECK_OVERDUE)
    said: list[str] = []

    def fill(dialog: CheckDialog) -> None:
        dialog.checked_on.set_text((TODAY + timedelta(days=5)).isoformat())
        dialog.buttons.accepted.emit()
        said.append(dialog.message.text())

    answer(CheckDialog, fill)
    assert page.record_check() is False
    assert "future" in said[0]
    assert get_case(admin, number).orders[0].checks == []
    assert [r["kind"] for r in rows(page, number)] == [ReminderKind.POLICE_CHECK_OVERDUE]


def test_a_violation_brings_the_police_letter_and_issuing_it_clears_the_row(
    qtbot: QtBot, page: TodayPage, admin: ws.Workspace
) -> None:
    # Issued ten days ago, its first check (due three days ago) missed, then a violation found.
    number = order_case(
        admin,
        issued_days_ago=10,
        checks=[rec.PoliceCheck(TODAY - timedelta(days=1), outcome=CheckOutcome.VIOLATED)],
    )
    page.refresh()
    select(page, number, ReminderKind.ORDER_VIOLATED)
    chosen: list[str] = []

    def fill(dialog: LetterDialog) -> None:
        chosen.append(dialog.kind.currentData())
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
        assert dialog.letter is not None, dialog.message.text()

    answer(LetterDialog, fill)
    issued = page.issue_letter()
    assert chosen == ["police_violation"]
    assert issued is not None
    assert [(e.number, e.kind) for e in letter_register(admin)] == [
        (issued, LetterKind.POLICE_VIOLATION)
    ]
    assert rows(page, number) == []


def test_each_kind_offers_what_fits(page: TodayPage, admin: ws.Workspace) -> None:
    unserved = order_case(admin, issued_days_ago=5, served=False)
    consent = create_case(
        admin,
        rec.CaseRecord(
            rec.Client("Айгерим Тестова"),
            opened_on=TODAY - timedelta(days=100),
            consents=[
                rec.Consent(
                    RecipientKind.COURT, TODAY - timedelta(days=100), TODAY + timedelta(days=3)
                )
            ],
        ),
    )
    page.refresh()
    select(page, unserved, ReminderKind.ORDER_NOT_SERVED)
    # Nothing to check before the order is served; the chase letter to the police fits.
    assert (page.check_button.isEnabled(), page.letter_button.isEnabled()) == (False, True)
    select(page, consent, ReminderKind.CONSENT_EXPIRING)
    # A consent is renewed with her, not by letter; the case opens on its consents.
    assert (page.check_button.isEnabled(), page.letter_button.isEnabled()) == (False, False)
    opened: list[tuple[str, str]] = []
    page.open_case.connect(lambda n, tab: opened.append((n, tab)))
    page.open_button.click()
    assert opened == [(consent, "consents")]


def test_the_row_menu_offers_the_same_three_actions(
    qtbot: QtBot, page: TodayPage, admin: ws.Workspace
) -> None:
    number = order_case(admin, issued_days_ago=10)
    page.refresh()
    row = page.row_for_case(number)
    rect = page.table.visualRect(page.model.index(row, 1))
    page.table.customContextMenuRequested.emit(rect.center())
    menu = page.menu
    assert [a.text().replace("&", "") for a in menu.actions()] == [
        "Record the check…",
        "Issue letter…",
        "Open case",
    ]
    assert all(a.isEnabled() for a in menu.actions())
    menu.close()
    assert page.table.indexAt(QPoint(-5, -5)).isValid() is False


def test_from_the_main_window_a_check_refreshes_the_open_case(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    number = order_case(admin, issued_days_ago=10)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    case_window = window.open_case(number, "orders")
    assert case_window is not None
    page = window.dashboard
    select(page, number, ReminderKind.POLICE_CHECK_OVERDUE)

    def fill(dialog: CheckDialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(CheckOutcome.COMPLIED.value))
        dialog.buttons.accepted.emit()

    answer(CheckDialog, fill)
    assert page.record_check()
    assert len(case_window.record.orders[0].checks) == 1  # the open window shows it


def test_in_russian_the_groups_and_actions_are_russian(
    qtbot: QtBot, page: TodayPage, admin: ws.Workspace
) -> None:
    order_case(admin, issued_days_ago=10)
    install_language("ru")
    try:
        page.refresh()
        labels = [chip.text() for chip in page.legend_chips.values()]
        assert labels[1] != "Due within two days"
        assert "Срок наступил" not in labels
        assert page.check_button.text().replace("&", "") != "Record the check…"
    finally:
        install_language("en")


def test_a_reassessment_due_opens_the_case_on_its_risk_tab(
    qtbot: QtBot, page: TodayPage, admin: ws.Workspace
) -> None:
    number = create_case(
        admin, rec.CaseRecord(rec.Client("Жанар Тестова"), TODAY - timedelta(days=60))
    )
    record_assessment(admin, number, {"stalking": "yes"}, assessed_on=TODAY - timedelta(days=30))
    page.refresh()
    [row] = rows(page, number)
    assert (row["What"], row["Urgency"], row["Order number"]) == (
        "Risk reassessment due",
        "Due within two days",
        "",
    )
    assert row["Risk"] == "standard"
    select(page, number, ReminderKind.RISK_REASSESSMENT_DUE)
    assert (page.check_button.isEnabled(), page.letter_button.isEnabled()) == (False, False)
    opened: list[tuple[str, str]] = []
    page.open_case.connect(lambda n, tab: opened.append((n, tab)))
    page.open_button.click()
    assert opened == [(number, "risk")]
    window = MainWindow(admin)
    qtbot.addWidget(window)
    case_window = window.open_case(number, "risk")
    assert case_window is not None and case_window.tabs.currentWidget() is case_window.risk_page
    page.refresh(TODAY + timedelta(days=1))
    assert rows(page, number)[0]["Urgency"] == "Overdue"
