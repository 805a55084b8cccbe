"""The case list's office filter: hidden while someone sees one office's cases, offered once she
sees several, and it narrows the list."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import CaseVisibility, Role
from caseapp.services import accounts, offices
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.services.organisation import get_settings, update_settings
from caseapp.storage.database import Database
from caseapp.ui.case_list import CaseList
from caseapp.ui.main_window import MainWindow
from caseapp.ui.models import CaseListModel
from caseapp.ui.staff.offices import OfficeNameDialog
from tests.conftest import CHEAP_KDF
from tests.ui.dialogs import answer

PASSWORD = "worker pass 123"


def _case(admin: ws.Workspace, name: str, **kwargs: object) -> str:
    record = rec.CaseRecord(client=rec.Client(full_name=name), opened_on=date(2026, 3, 1))
    for key, value in kwargs.items():
        setattr(record, key, value)
    return create_case(admin, record)


def _numbers(cases: CaseList) -> set[str]:
    model = cases.model
    return {model.data(model.index(r, CaseListModel.NUMBER)) for r in range(model.rowCount())}


def _choices(cases: CaseList) -> list[str]:
    return [cases.office.itemText(i) for i in range(cases.office.count())]


def test_an_administrator_filters_by_office_once_there_are_two(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    here = _case(admin, "Zhanar Main")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    window.cases_action.trigger()
    cases = window.cases
    assert not cases.office.isVisible()  # one office: no filter

    # An office added on the Staff page: the filter appears at once.
    assert window.staff is not None

    def add(dialog: OfficeNameDialog) -> None:
        dialog.name.setText("Shymkent branch")
        dialog.buttons.accepted.emit()

    answer(OfficeNameDialog, add)
    window.staff.offices_box.add_office()
    assert cases.office.isVisible()
    assert _choices(cases) == ["All offices", "Main office", "Shymkent branch"]

    branch = next(o.office_id for o in offices.list_offices(admin) if o.name)
    there = _case(admin, "Zhanar Branch", office_id=branch)
    window.refresh()
    assert _numbers(cases) == {here, there}
    cases.office.setCurrentIndex(cases.office.findData(branch))
    assert _numbers(cases) == {there}
    assert cases.count.text() == "1 case(s)"
    cases.office.setCurrentIndex(0)
    assert _numbers(cases) == {here, there}


def test_a_case_worker_gets_the_filter_only_when_she_sees_several_offices(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    [main] = offices.list_offices(admin)
    branch = offices.add_office(admin, "Shymkent branch")
    worker_id = accounts.add_staff(
        admin, "worker", PASSWORD, Role.CASE_WORKER, offices=[main.office_id], kdf=CHEAP_KDF
    )
    worker = ws.unlock(db, "worker", PASSWORD)
    hers = _case(admin, "Zhanar Hers", office_id=branch, assigned_to=worker_id)
    other = _case(admin, "Zhanar Other", office_id=branch)
    settings = get_settings(admin)

    for visibility, shown in (
        (CaseVisibility.ASSIGNED, False),  # only her own cases
        (CaseVisibility.OFFICE, False),  # her one office (and her own cases elsewhere)
        (CaseVisibility.ALL, True),
    ):
        settings.case_visibility = visibility
        update_settings(admin, settings)
        cases = CaseList(worker)
        qtbot.addWidget(cases)
        cases.show()
        assert cases.office.isVisible() == shown, visibility

    assert _numbers(cases) == {hers, other}
    qtbot.keyClicks(cases.office, "S")  # the keyboard picks "Shymkent branch"
    assert cases.office.currentData() == branch
    assert _numbers(cases) == {hers, other}

    # The organisation goes back to "assigned": on the next refresh the filter goes and the
    # list shows every case she may see, not an office filter she can no longer change.
    settings.case_visibility = CaseVisibility.ASSIGNED
    update_settings(admin, settings)
    cases.refresh()
    assert not cases.office.isVisible() and cases.office.currentData() is None
    assert _numbers(cases) == {hers}
    assert cases.count.text() == "1 case(s)"
