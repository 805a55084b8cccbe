from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, Role
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.cases import case_history, create_case, get_case
from caseapp.services.errors import AccessDenied, InvalidInput
from caseapp.services.notes import add_note, list_notes, record_police_check
from caseapp.storage.database import Database
from tests.conftest import CHEAP_KDF


def a_case_with_an_order(admin: ws.Workspace) -> str:
    order = rec.ProtectionOrder(date(2026, 3, 2), date(2026, 3, 31), number="ЗП-1")
    return create_case(
        admin, rec.CaseRecord(rec.Client("Жанар Тестова"), date(2026, 3, 1), orders=[order])
    )


def test_notes_are_dated_signed_and_audited(admin: ws.Workspace) -> None:
    number = a_case_with_an_order(admin)
    add_note(admin, number, "Called the client; safe.", written_on=date(2026, 3, 3))
    add_note(admin, number, "Court hearing set.", kind="legal", written_on=date(2026, 3, 4))
    notes = list_notes(admin, number)
    assert [(n.written_on, n.kind, n.author, n.body) for n in notes] == [
        (date(2026, 3, 3), "general", "admin", "Called the client; safe."),
        (date(2026, 3, 4), "legal", "admin", "Court hearing set."),
    ]
    assert [a for _, _, a in case_history(admin, number)].count("note.create") == 2


def test_an_empty_note_or_unknown_kind_is_refused(admin: ws.Workspace) -> None:
    number = a_case_with_an_order(admin)
    with pytest.raises(InvalidInput):
        add_note(admin, number, "   ")
    with pytest.raises(InvalidInput):
        add_note(admin, number, "text", kind="gossip")
    assert list_notes(admin, number) == []


def test_a_lawyer_cannot_add_notes_to_a_case_not_assigned_to_her(
    db: Database, admin: ws.Workspace
) -> None:
    number = a_case_with_an_order(admin)
    accounts.add_staff(admin, "lawyer1", "lawyer pass 1", Role.LAWYER, kdf=CHEAP_KDF)
    lawyer = ws.unlock(db, "lawyer1", "lawyer pass 1")
    with pytest.raises(AccessDenied):
        add_note(lawyer, number, "legal note", kind="legal")
    with pytest.raises(AccessDenied):
        list_notes(lawyer, number)


def test_a_violated_check_records_the_violation_on_the_order(admin: ws.Workspace) -> None:
    number = a_case_with_an_order(admin)
    order_id = get_case(admin, number).orders[0].id
    assert order_id is not None
    record_police_check(
        admin, number, order_id, rec.PoliceCheck(date(2026, 3, 9), CheckOutcome.VIOLATED, "Officer")
    )
    order = get_case(admin, number).orders[0]
    assert [c.outcome for c in order.checks] == [CheckOutcome.VIOLATED]
    assert "2026-03-09" in order.violations


def test_a_check_outside_the_order_term_is_refused_and_nothing_changes(
    admin: ws.Workspace,
) -> None:
    number = a_case_with_an_order(admin)
    order_id = get_case(admin, number).orders[0].id
    assert order_id is not None
    with pytest.raises(InvalidInput) as raised:
        record_police_check(
            admin, number, order_id, rec.PoliceCheck(date(2026, 4, 1), CheckOutcome.COMPLIED)
        )
    assert "expiry" in raised.value.message
    assert get_case(admin, number).orders[0].checks == []
