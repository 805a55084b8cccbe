"""Deleting a whole case is an administrator's, with a reason, audited: the case leaves lists,
search, reminders, letters and statistics; its rows and history stay and the check verifies them.
Letters also leave out struck-out orders, checks and consents."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from caseapp.domain import records as rec
from caseapp.domain.changes import Action, RecordChange, RecordKind
from caseapp.domain.enums import RecipientKind, Role
from caseapp.letters.builders import MissingFact
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.corrections import delete_case, strike_out
from caseapp.services.dashboard import dashboard_counts
from caseapp.services.errors import AccessDenied, InvalidInput, NotFound
from caseapp.services.integrity import check_database
from caseapp.services.letters import NoConsent, issue_letter
from caseapp.services.reminders import reminders_for_day
from caseapp.services.search import search_cases
from caseapp.services.shelter import occupancy, shelter_board
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, Case
from tests.conftest import CHEAP_KDF
from tests.letters.sample import CLIENT, compact, make_case, pdf_text, set_up_organisation

ON = date(2026, 3, 25)
IN_SHELTER = date(2026, 3, 10)  # the sample case's stay runs from 03-02 to 03-22


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


def _everywhere(workspace: ws.Workspace, number: str) -> dict[str, bool]:
    return {
        "list": number in [r.number for r in CaseQuery(workspace, CaseFilter()).page(0, 50)],
        "search": number in [h.number for h in search_cases(workspace, CLIENT)],
        "reminders": number in [r.case for r in reminders_for_day(workspace, ON)],
        "orders": dashboard_counts(workspace, IN_SHELTER).active_orders > 0,
        "beds": occupancy(workspace, IN_SHELTER).occupied > 0,
        "board": number in [r.number for r in shelter_board(workspace, IN_SHELTER)],
    }


def test_a_deleted_case_leaves_every_list_and_keeps_its_rows_and_history(
    db: Database, org: ws.Workspace
) -> None:
    number = make_case(org)
    assert set(_everywhere(org, number).values()) == {True}
    delete_case(org, number, "Opened twice by mistake; the real case is 2026-0002.")
    assert set(_everywhere(org, number).values()) == {False}
    with pytest.raises(NotFound):
        get_case(org, number)
    with pytest.raises(NotFound):
        issue_letter(org, number, RecipientKind.COURT, "ru", on=ON)
    with org.session() as session:
        case = session.scalars(select(Case).where(Case.number == number)).one()
        assert case.deleted_on == date.today() and case.deleted_by == org.actor.staff_id
        assert case.deleted_reason.startswith("Opened twice")
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.case_id == case.id).order_by(AuditEntry.seq)
        ).all()
        assert entries[-1].action == "case.delete"
        assert [e.action for e in entries] == ["case.create", "case.delete"]  # history stays
    assert check_database(db, org).problems == []
    with pytest.raises(InvalidInput, match="exists already"):  # its number stays taken
        create_case(org, rec.CaseRecord(rec.Client("Another"), ON, number=number))


def test_only_an_administrator_deletes_a_case_and_only_with_a_reason(
    db: Database, org: ws.Workspace
) -> None:
    worker_id = accounts.add_staff(
        org, "worker1", "worker pass 12", Role.CASE_WORKER, kdf=CHEAP_KDF
    )
    number = make_case(org, assigned_to=worker_id)
    worker = ws.unlock(db, "worker1", "worker pass 12")
    with pytest.raises(AccessDenied):
        delete_case(worker, number, "I opened it by mistake")
    with pytest.raises(InvalidInput, match="Say why the case is deleted"):
        delete_case(org, number, " \n ")
    assert get_case(worker, number).number == number
    with org.session() as session:
        assert session.scalar(select(func.count()).where(Case.deleted_on.is_not(None))) == 0


def test_the_history_says_who_deleted_it_and_why(org: ws.Workspace) -> None:
    from caseapp.services.history import history

    number = make_case(org)
    before = history(org, number)
    delete_case(org, number, "A test case")
    with org.session() as session:
        case_id = session.scalars(select(Case.id).where(Case.number == number)).one()
        last = session.scalars(
            select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.seq)
        ).all()[-1]
        assert last.actor_id == org.actor.staff_id
        from caseapp.domain.changes import decode

        assert decode(last.detail) == [
            RecordChange(RecordKind.CASE, Action.DELETED, reason="A test case")
        ]
    assert before  # read before the deletion: a deleted case is not opened again


def test_letters_leave_out_struck_out_orders_checks_and_consents(org: ws.Workspace) -> None:
    number = make_case(org, consent_kinds=(RecipientKind.POLICE, RecipientKind.COURT))
    record = get_case(org, number)
    police = next(k for k in record.consents if k.recipient_kind is RecipientKind.POLICE)
    strike_out(org, number, RecordKind.CONSENT, police.id or "", "Signed for another case")
    with pytest.raises(NoConsent):
        issue_letter(org, number, RecipientKind.POLICE, "en", on=ON)
    # The police letter lists the weeks without a check: a struck-out check does not count.
    record = get_case(org, number)
    record.orders[0].checks.append(
        rec.PoliceCheck(date(2026, 3, 14), record.orders[0].checks[0].outcome)
    )
    update_case(org, record)
    check_id = next(
        c.id for c in get_case(org, number).orders[0].checks if c.checked_on == date(2026, 3, 14)
    )
    strike_out(org, number, RecordKind.CHECK, check_id or "", "Not this order's check")
    urgent = "Threatened her life tonight"
    letter = issue_letter(org, number, RecipientKind.POLICE, "ru", on=ON, override_reason=urgent)
    assert compact("15.03.2026, 22.03.2026") in compact(pdf_text(letter.pdf))
    order_id = get_case(org, number).orders[0].id or ""
    strike_out(org, number, RecordKind.ORDER, order_id, "Another woman's order")
    with pytest.raises(MissingFact, match="has no protection order"):
        issue_letter(org, number, RecipientKind.POLICE, "ru", on=ON, override_reason=urgent)
