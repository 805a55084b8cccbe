"""The case list's office filter: it narrows what a person sees anyway (never widens it), and it
is offered with the offices whose cases she sees as a whole. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from caseapp.domain import records as rec
from caseapp.domain.enums import CaseVisibility, Role
from caseapp.services import accounts, offices
from caseapp.services import workspace as ws
from caseapp.services.caselist import CaseFilter, CaseQuery, office_choices
from caseapp.services.cases import create_case, move_case
from caseapp.services.organisation import get_settings, update_settings
from caseapp.storage.database import Database
from tests.conftest import CHEAP_KDF

PASSWORD = "office pass 123"


def _case(workspace: ws.Workspace, name: str, opened: date, **kwargs: object) -> str:
    record = rec.CaseRecord(client=rec.Client(full_name=name), opened_on=opened)
    for key, value in kwargs.items():
        setattr(record, key, value)
    return create_case(workspace, record)


def _listed(workspace: ws.Workspace, case_filter: CaseFilter) -> list[str]:
    query = CaseQuery(workspace, case_filter, date(2026, 3, 10))
    rows = [row.number for row in query.page(0, 100)]
    assert query.count() == len(rows)
    return rows


def _visibility(admin: ws.Workspace, visibility: CaseVisibility) -> None:
    settings = get_settings(admin)
    settings.case_visibility = visibility
    update_settings(admin, settings)


def test_the_office_filter_narrows_the_list(db: Database, admin: ws.Workspace) -> None:
    [main] = offices.list_offices(admin)
    branch = offices.add_office(admin, "Branch")
    worker_id = accounts.add_staff(
        admin, "worker", PASSWORD, Role.CASE_WORKER, offices=[main.office_id], kdf=CHEAP_KDF
    )
    worker = ws.unlock(db, "worker", PASSWORD)
    first = _case(admin, "Aigerim One", date(2026, 1, 5))
    second = _case(admin, "Aigerim Two", date(2026, 2, 5), office_id=branch)
    third = _case(admin, "Aigerim Three", date(2026, 3, 5), assigned_to=worker_id)
    theirs = _case(admin, "Aigerim Four", date(2026, 3, 6), office_id=branch)

    assert _listed(admin, CaseFilter()) == [theirs, third, second, first]  # newest first
    assert _listed(admin, CaseFilter(office_id=main.office_id)) == [third, first]
    assert _listed(admin, CaseFilter(office_id=branch)) == [theirs, second]
    assert _listed(admin, CaseFilter(office_id=branch, query="Two")) == [second]
    move_case(admin, first, branch)
    assert _listed(admin, CaseFilter(office_id=branch)) == [theirs, second, first]

    # The filter never shows more than she may see: with "assigned", the branch holds nothing
    # of hers, the main office only her own case.
    _visibility(admin, CaseVisibility.ASSIGNED)
    assert _listed(worker, CaseFilter(office_id=branch)) == []
    assert _listed(worker, CaseFilter(office_id=main.office_id)) == [third]
    _visibility(admin, CaseVisibility.ALL)
    assert _listed(worker, CaseFilter(office_id=branch)) == [theirs, second, first]


def test_the_offices_offered_follow_role_and_setting(db: Database, admin: ws.Workspace) -> None:
    [main] = offices.list_offices(admin)
    branch = offices.add_office(admin, "Branch")
    third = offices.add_office(admin, "Third")
    accounts.add_staff(
        admin, "worker", PASSWORD, Role.CASE_WORKER, offices=[main.office_id], kdf=CHEAP_KDF
    )
    accounts.add_staff(
        admin, "lawyer", PASSWORD, Role.LAWYER, offices=[third, main.office_id], kdf=CHEAP_KDF
    )
    worker = ws.unlock(db, "worker", PASSWORD)
    lawyer = ws.unlock(db, "lawyer", PASSWORD)
    every = [main.office_id, branch, third]

    def ids(workspace: ws.Workspace) -> list[str]:
        return [office.office_id for office in office_choices(workspace)]

    _visibility(admin, CaseVisibility.ASSIGNED)
    assert (ids(admin), ids(worker), ids(lawyer)) == (every, [], [])
    _visibility(admin, CaseVisibility.OFFICE)
    assert (ids(admin), ids(worker), ids(lawyer)) == (
        every,
        [main.office_id],
        [main.office_id, third],
    )
    _visibility(admin, CaseVisibility.ALL)
    assert (ids(admin), ids(worker), ids(lawyer)) == (every, every, every)
