"""Correcting any record in the case window, as a person does it: a double-click, Enter, the
Delete key, a context menu or a button on each table; the reason asked before striking out; the
history saying what changed, from what to what, in her language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, RecipientKind, Role, ViolenceType
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.notes import add_note
from caseapp.storage.database import Database
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.forms import CheckDialog, ConsentDialog, IncidentDialog, OrderDialog
from caseapp.ui.i18n import install_language
from caseapp.ui.main_window import MainWindow
from caseapp.ui.record_actions import RecordActions
from caseapp.ui.record_forms import NoteDialog, RequirementDialog, StayDialog
from caseapp.ui.strike_dialog import StrikeOutDialog
from tests.conftest import CHEAP_KDF
from tests.ui.dialogs import answer
from tests.ui.test_no_english_left import _english, _texts

MARCH = date(2026, 3, 2)


def _case(admin: ws.Workspace) -> str:
    return create_case(
        admin,
        rec.CaseRecord(
            rec.Client("Жанар Тестова", alias="Ж."),
            opened_on=date(2026, 3, 1),
            orders=[
                rec.ProtectionOrder(
                    MARCH,
                    date(2026, 3, 31),
                    number="ЗП-1",
                    checks=[rec.PoliceCheck(date(2026, 3, 6), CheckOutcome.COMPLIED, "Исаев")],
                )
            ],
            requirements=[rec.SpecialRequirement(date(2026, 3, 3), date(2026, 6, 3), "Не звонить")],
            stays=[rec.ShelterStay(MARCH, room="Room 2, bed 1", children=1)],
            consents=[rec.Consent(RecipientKind.POLICE, date(2026, 3, 1), date(2026, 9, 1))],
            incidents=[rec.Incident(date(2026, 2, 28), [ViolenceType.PHYSICAL], "Ударил")],
        ),
    )


def _window(qtbot: QtBot, workspace: ws.Workspace, number: str, tab: str) -> CaseWindow:
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    window = main.open_case(number, tab)
    assert window is not None
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _cells(table: QTableWidget, row: int = 0) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]


def _double_click(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    item = table.item(row, 0)
    assert item is not None
    center = table.visualItemRect(item).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)


def _key(qtbot: QtBot, table: QTableWidget, row: int, key: Qt.Key) -> None:
    table.selectRow(row)
    table.setFocus()
    qtbot.keyClick(table, key)


def _menu(actions: RecordActions, row: int, choose: str) -> None:
    """Right-click the row and choose "edit" or "strike" in its context menu."""
    item = actions.table.item(row, 0)
    assert item is not None
    actions.table.customContextMenuRequested.emit(actions.table.visualItemRect(item).center())
    assert actions.menu.isVisible()
    assert [a.text() for a in actions.menu.actions()] == [
        actions.edit_button.text(),
        actions.strike_button.text(),
    ]
    actions.menu.close()
    (actions.edit_action if choose == "edit" else actions.strike_action).trigger()


def _strike(reason: str) -> Callable[[StrikeOutDialog], None]:
    def fill(dialog: StrikeOutDialog) -> None:
        assert dialog.confirm.isDefault()
        dialog.confirm.click()
        assert dialog.message.text() == "Please give the reason."  # nothing without a reason
        dialog.reason_edit.setText(reason)
        dialog.confirm.click()

    return fill


def _details(window: CaseWindow) -> list[str]:
    return [
        window.history.item(r, 3).text()  # type: ignore[union-attr]
        for r in range(window.history.rowCount())
        if window.history.item(r, 3).text()  # type: ignore[union-attr]
    ]


def test_a_police_check_is_corrected_by_double_click_and_struck_out_with_delete(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    number = _case(admin)
    window = _window(qtbot, admin, number, "orders")
    checks = window.checks
    assert _cells(checks)[0] == "06.03.2026"

    def correct(dialog: CheckDialog) -> None:
        assert dialog.windowTitle() == "Correct a police check"
        assert dialog.officer.text() == "Исаев"
        dialog.checked_on.set_value(date(2026, 3, 5))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("violated"))
        dialog.buttons.accepted.emit()

    answer(CheckDialog, correct)
    _double_click(qtbot, checks, 0)
    assert _cells(checks)[:2] == ["05.03.2026", "Violated"]
    assert (
        "Police check 06.03.2026: Date of the check: 06.03.2026 → 05.03.2026; "
        "Outcome: Complied → Violated"
    ) in _details(window)

    answer(StrikeOutDialog, _strike("Typed for the wrong order"))
    _key(qtbot, checks, 0, Qt.Key.Key_Delete)
    assert checks.rowCount() == 0
    assert window.message.text() == "Struck out. The case's history keeps the record."
    assert "Police check 05.03.2026: struck out. Reason: Typed for the wrong order" in _details(
        window
    )
    assert get_case(admin, number).orders[0].checks == []
    window.dirty = False


def test_an_order_is_corrected_with_enter_and_struck_out_from_its_context_menu(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    number = _case(admin)
    window = _window(qtbot, admin, number, "orders")
    page = window.orders_page

    def correct(dialog: OrderDialog) -> None:
        dialog.number.setText("ЗП-11")
        dialog.buttons.accepted.emit()

    answer(OrderDialog, correct)
    _key(qtbot, window.orders, 0, Qt.Key.Key_Return)
    assert _cells(window.orders)[0] == "ЗП-11"
    assert "Protection order ЗП-1, 02.03.2026: Number: ЗП-1 → ЗП-11" in _details(window)

    answer(StrikeOutDialog, _strike("Another woman's order"))
    _menu(page.order_actions, 0, "strike")
    assert window.orders.rowCount() == 0 and window.checks.rowCount() == 0
    assert get_case(admin, number).orders == []
    window.dirty = False


def test_court_requirements_are_added_corrected_and_struck_out(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    number = _case(admin)
    window = _window(qtbot, admin, number, "orders")
    page = window.orders_page
    table = page.requirements
    assert _cells(table) == ["03.03.2026", "03.06.2026", "", "Не звонить"]

    def add(dialog: RequirementDialog) -> None:
        dialog.starts.set_value(date(2026, 6, 4))
        dialog.ends.set_value(date(2026, 6, 1))
        dialog.buttons.accepted.emit()
        assert "before the start date" in dialog.message.text()
        dialog.ends.set_value(date(2026, 9, 4))
        dialog.court.setText("Суд района Алатау")
        dialog.buttons.accepted.emit()

    answer(RequirementDialog, add)
    page.add_requirement_button.click()
    assert table.rowCount() == 2

    def correct(dialog: RequirementDialog) -> None:
        dialog.court.setText("Специализированный суд")
        dialog.buttons.accepted.emit()

    answer(RequirementDialog, correct)
    table.selectRow(0)
    page.requirement_actions.edit_button.click()
    assert _cells(table)[2] == "Специализированный суд"

    answer(StrikeOutDialog, _strike("Entered twice"))
    table.selectRow(1)
    page.requirement_actions.strike_button.click()
    assert [r.starts_on for r in get_case(admin, number).requirements] == [date(2026, 3, 3)]
    window.dirty = False


def test_a_stay_is_corrected_and_struck_out(qtbot: QtBot, admin: ws.Workspace) -> None:
    number = _case(admin)
    window = _window(qtbot, admin, number, "shelter")
    page = window.shelter_page

    def correct(dialog: StayDialog) -> None:
        assert dialog.room.text() == "Room 2, bed 1"  # the administrator holds the shelter's key
        dialog.children_editor.add_row()
        dialog.room.setText("Room 3, bed 2")
        dialog.buttons.accepted.emit()

    answer(StayDialog, correct)
    _double_click(qtbot, window.stays, 0)
    assert _cells(window.stays)[3:5] == ["Room 3, bed 2", "2"]
    assert (
        "Shelter stay 02.03.2026: Room and bed changed (kept in the shelter's records only); "
        "Accompanying children: 1 → 2"
    ) in _details(window)

    answer(StrikeOutDialog, _strike("She was never admitted"))
    _key(qtbot, window.stays, 0, Qt.Key.Key_Delete)
    assert window.stays.rowCount() == 0
    assert page.record_actions.strike_button.isEnabled() is False
    window.dirty = False


def test_a_consent_is_withdrawn_and_another_struck_out(qtbot: QtBot, admin: ws.Workspace) -> None:
    number = _case(admin)
    record = get_case(admin, number)
    record.consents.append(rec.Consent(RecipientKind.COURT, date(2026, 3, 1), date(2026, 9, 1)))
    update_case(admin, record)
    window = _window(qtbot, admin, number, "consents")
    page = window.consents_page

    def withdraw(dialog: ConsentDialog) -> None:
        dialog.withdrawn.set_value(date(2026, 3, 10))
        dialog.buttons.accepted.emit()

    answer(ConsentDialog, withdraw)
    _menu(page.record_actions, 0, "edit")
    assert _cells(window.consents)[3] == "10.03.2026"
    assert "Consent Police, 01.03.2026: Withdrawn on: — → 10.03.2026" in _details(window)

    answer(StrikeOutDialog, _strike("Signed for another case"))
    window.consents.selectRow(1)
    page.record_actions.strike_button.click()
    assert [k.recipient_kind for k in get_case(admin, number).consents] == [RecipientKind.POLICE]
    window.dirty = False


def test_an_incident_is_corrected_and_struck_out_and_cancel_changes_nothing(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    number = _case(admin)
    window = _window(qtbot, admin, number, "incident")
    page = window.incident_page

    def correct(dialog: IncidentDialog) -> None:
        assert dialog.description.toPlainText() == "Ударил"
        dialog.violence[ViolenceType.ECONOMIC].setChecked(True)
        dialog.buttons.accepted.emit()

    answer(IncidentDialog, correct)
    _key(qtbot, window.incidents, 0, Qt.Key.Key_Enter)
    assert _cells(window.incidents)[1] == "Physical, Economic"
    assert "Incident 28.02.2026: Violence: Physical → Physical, Economic" in _details(window)

    def cancel(dialog: StrikeOutDialog) -> None:
        dialog.reason_edit.setText("changed my mind")
        dialog.reject()

    answer(StrikeOutDialog, cancel)
    _key(qtbot, window.incidents, 0, Qt.Key.Key_Delete)
    assert window.incidents.rowCount() == 1

    answer(StrikeOutDialog, _strike("Another woman's incident"))
    _menu(page.incident_actions, 0, "strike")
    assert window.incidents.rowCount() == 0
    window.dirty = False


def test_a_note_is_corrected_and_struck_out_by_its_author(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    number = _case(admin)
    add_note(admin, number, "Called her sister.", written_on=date(2026, 3, 3))
    window = _window(qtbot, admin, number, "notes")
    page = window.notes_page

    def correct(dialog: NoteDialog) -> None:
        dialog.body.setPlainText("")
        dialog.buttons.accepted.emit()
        assert dialog.message.text() == "The note is empty."
        dialog.body.setPlainText("Called her mother.")
        dialog.buttons.accepted.emit()

    answer(NoteDialog, correct)
    _double_click(qtbot, page.note_list, 0)
    assert _cells(page.note_list)[3] == "Called her mother."
    assert "Note 03.03.2026, Case note: Text: Called her sister. → Called her mother." in _details(
        window
    )

    answer(StrikeOutDialog, _strike("Written in the wrong case"))
    _key(qtbot, page.note_list, 0, Qt.Key.Key_Delete)
    assert page.note_list.rowCount() == 0
    assert window.message.text() == "The note was struck out; the history keeps it."
    window.dirty = False


def test_unsaved_edits_are_saved_before_a_record_is_struck_out(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    number = _case(admin)
    window = _window(qtbot, admin, number, "consents")
    window.alias.setText("Гүл")
    assert window.dirty
    answer(StrikeOutDialog, _strike("Wrong form"))
    window.consents.selectRow(0)
    window.consents_page.record_actions.strike_button.click()
    stored = get_case(admin, number)
    assert stored.client.alias == "Гүл" and stored.consents == []
    assert not window.dirty


def test_an_administrator_deletes_a_case_with_a_reason(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    number = _case(admin)
    main = MainWindow(admin)
    qtbot.addWidget(main)
    window = main.open_case(number)
    assert window is not None
    assert window.delete_button.isVisibleTo(window)
    assert main.cases.model.total == 1
    answer(StrikeOutDialog, _strike("Opened twice by mistake"))
    assert window.delete_case()
    assert not window.isVisible()  # closed: the case is gone
    assert main.cases.model.total == 0
    assert CaseQuery(admin, CaseFilter()).count() == 0

    worker_id = accounts.add_staff(
        admin, "worker1", "worker pass 12", Role.CASE_WORKER, kdf=CHEAP_KDF
    )
    other = _case(admin)
    record = get_case(admin, other)
    record.assigned_to = worker_id
    update_case(admin, record)
    worker = ws.unlock(db, "worker1", "worker pass 12")
    theirs = CaseWindow(worker, other)
    qtbot.addWidget(theirs)
    assert not theirs.delete_button.isVisibleTo(theirs)


@pytest.fixture
def russian() -> object:
    install_language("ru")
    yield
    install_language("en")


def test_the_history_speaks_her_language(
    qtbot: QtBot, admin: ws.Workspace, russian: object
) -> None:
    number = _case(admin)
    record = get_case(admin, number)
    record.orders[0].checks[0].checked_on = date(2026, 3, 5)
    record.client.alias = "Гүл"
    update_case(admin, record)
    window = _window(qtbot, admin, number, "history")
    details = _details(window)
    assert "Клиент: Псевдоним: Ж. → Гүл" in details[-1]
    assert "Проверка полиции 06.03.2026: Дата проверки: 06.03.2026 → 05.03.2026" in details[-1]
    assert window.history.horizontalHeaderItem(3).text() == "Подробности"  # type: ignore[union-attr]
    window.dirty = False


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_correction_dialogs_and_history_have_no_english(
    qtbot: QtBot, admin: ws.Workspace, language: str
) -> None:
    number = _case(admin)
    record = get_case(admin, number)
    record.orders[0].checks[0].officer = "Сержант"
    record.stays[0].room = "Комната 3"
    update_case(admin, record)
    install_language(language)
    try:
        order, stay = record.orders[0], record.stays[0]
        window = CaseWindow(admin, number)
        qtbot.addWidget(window)
        dialogs = [
            StrikeOutDialog("Дело", window),
            StrikeOutDialog("Дело", window, case=True),
            StayDialog(stay, True),
            RequirementDialog(None, record.requirements[0]),
            NoteDialog("legal", "Суд"),
            CheckDialog(order, None, order.checks[0]),
            ConsentDialog(None, record.consents[0]),
            IncidentDialog(None, record.incidents[0]),
        ]
        found = _english(_texts(window))
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            found |= _english([*_texts(dialog), dialog.windowTitle()])
        window.dirty = False
    finally:
        install_language("en")
    assert not found, "; ".join(sorted(found))
