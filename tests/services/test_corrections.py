"""Correcting mistakes, record kind by record kind: a record edited says in the case's history
what changed, from what to what; a record struck out leaves lists, reminders, letters and
statistics, and stays in the database and the history with its reason; nothing is deleted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from caseapp.domain import records as rec
from caseapp.domain.changes import Action, FieldChange, RecordChange, RecordKind
from caseapp.domain.enums import (
    CheckMethod,
    CheckOutcome,
    RecipientKind,
    RiskLevel,
    Role,
    ViolenceType,
)
from caseapp.domain.reminders import ReminderKind
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.corrections import MODELS, edit_note, strike_out
from caseapp.services.errors import AccessDenied, InvalidInput, NotFound, VersionConflict
from caseapp.services.history import history
from caseapp.services.integrity import check_database
from caseapp.services.notes import add_note, list_notes
from caseapp.services.reminders import reminders_for_day
from caseapp.storage.database import Database
from tests.conftest import CHEAP_KDF

MARCH = date(2026, 3, 2)


def _record() -> rec.CaseRecord:
    return rec.CaseRecord(
        rec.Client("Жанар Тестова", alias="Ж."),
        opened_on=date(2026, 3, 1),
        orders=[
            rec.ProtectionOrder(
                MARCH,
                MARCH + timedelta(days=29),
                number="ЗП-1",
                served_on=MARCH,
                checks=[rec.PoliceCheck(date(2026, 3, 6), CheckOutcome.COMPLIED, "Исаев")],
            )
        ],
        requirements=[
            rec.SpecialRequirement(date(2026, 3, 3), date(2026, 6, 3), "Не приближаться", "Суд")
        ],
        stays=[rec.ShelterStay(date(2026, 3, 2), room="Room 2, bed 1", children=1)],
        consents=[rec.Consent(RecipientKind.POLICE, date(2026, 3, 1), date(2026, 3, 20))],
        incidents=[rec.Incident(date(2026, 2, 28), [ViolenceType.PHYSICAL], "Ударил")],
    )


def _last_changes(workspace: ws.Workspace, number: str) -> tuple[str, list[RecordChange]]:
    entry = [e for e in history(workspace, number) if e.action != "case.view"][-1]
    return entry.action, list(entry.changes)


def _items(record: rec.CaseRecord, kind: RecordKind) -> list[object]:
    return {
        RecordKind.ORDER: lambda: list(record.orders),
        RecordKind.CHECK: lambda: list(record.orders[0].checks),
        RecordKind.REQUIREMENT: lambda: list(record.requirements),
        RecordKind.STAY: lambda: list(record.stays),
        RecordKind.CONSENT: lambda: list(record.consents),
        RecordKind.INCIDENT: lambda: list(record.incidents),
    }[kind]()


# Each kind: how to correct one field, and that field's history before and after.
EDITS: dict[RecordKind, tuple[Callable[[rec.CaseRecord], None], FieldChange]] = {
    RecordKind.ORDER: (
        lambda r: setattr(r.orders[0], "expires_on", date(2026, 3, 25)),
        FieldChange("expires_on", "2026-03-31", "2026-03-25"),
    ),
    RecordKind.CHECK: (
        lambda r: setattr(r.orders[0].checks[0], "method", CheckMethod.PHONE),
        FieldChange("method", None, "phone"),
    ),
    RecordKind.REQUIREMENT: (
        lambda r: setattr(r.requirements[0], "ends_on", date(2026, 9, 3)),
        FieldChange("ends_on", "2026-06-03", "2026-09-03"),
    ),
    RecordKind.STAY: (
        lambda r: setattr(r.stays[0], "children", 2),
        FieldChange("children", 1, 2),
    ),
    RecordKind.CONSENT: (
        lambda r: setattr(r.consents[0], "recipient_kind", RecipientKind.COURT),
        FieldChange("recipient_kind", "police", "court"),
    ),
    RecordKind.INCIDENT: (
        lambda r: setattr(r.incidents[0], "violence_types", [ViolenceType.ECONOMIC]),
        FieldChange("violence_types", ["physical"], ["economic"]),
    ),
}
LABELS = {
    RecordKind.ORDER: (("number", "ЗП-1"), ("issued_on", "2026-03-02")),
    RecordKind.CHECK: (("checked_on", "2026-03-06"),),
    RecordKind.REQUIREMENT: (("starts_on", "2026-03-03"),),
    RecordKind.STAY: (("admitted_on", "2026-03-02"),),
    RecordKind.CONSENT: (("recipient_kind", "police"), ("given_on", "2026-03-01")),
    RecordKind.INCIDENT: (("occurred_on", "2026-02-28"),),
}


@pytest.mark.parametrize("kind", list(EDITS))
def test_an_edit_says_in_the_history_what_changed_from_what_to_what(
    admin: ws.Workspace, kind: RecordKind
) -> None:
    number = create_case(admin, _record())
    record = get_case(admin, number)
    ids = [getattr(item, "id", None) for item in _items(record, kind)]
    change, expected = EDITS[kind]
    change(record)
    update_case(admin, record)
    again = get_case(admin, number)
    assert [getattr(item, "id", None) for item in _items(again, kind)] == ids
    action, changes = _last_changes(admin, number)
    assert action == "case.update"
    assert changes == [RecordChange(kind, Action.CHANGED, LABELS[kind], (expected,))]


@pytest.mark.parametrize("kind", list(EDITS))
def test_a_struck_out_record_leaves_the_case_and_stays_in_its_history(
    db: Database, admin: ws.Workspace, kind: RecordKind
) -> None:
    number = create_case(admin, _record())
    record = get_case(admin, number)
    item_id = getattr(_items(record, kind)[0], "id", "")
    version = strike_out(
        admin, number, kind, item_id, "  Entered in the   wrong case ", version=record.version
    )
    again = get_case(admin, number)
    assert again.version == version > record.version
    if kind is RecordKind.CHECK:
        assert again.orders[0].checks == []
    else:
        assert _items(again, kind) == []
    assert _last_changes(admin, number) == (
        "record.strike_out",
        [RecordChange(kind, Action.STRUCK_OUT, LABELS[kind], reason="Entered in the wrong case")],
    )
    model = MODELS[kind]
    with admin.session() as session:
        row = session.get_one(model, item_id)  # kept, never deleted
        assert row.struck_out_on == date.today()
        assert row.struck_out_by == admin.actor.staff_id
        assert row.struck_out_reason == "Entered in the wrong case"
    # Saving the case again keeps the struck-out row as it is.
    update_case(admin, again)
    with admin.session() as session:
        assert session.scalar(select(func.count()).select_from(model)) == 1
    assert check_database(db, admin).problems == []


def test_a_struck_out_order_takes_its_checks_and_reminders_with_it(admin: ws.Workspace) -> None:
    number = create_case(admin, _record())
    record = get_case(admin, number)
    day = date(2026, 3, 16)  # check overdue since 03-13
    assert {r.kind for r in reminders_for_day(admin, day) if r.case == number} >= {
        ReminderKind.POLICE_CHECK_OVERDUE
    }
    strike_out(admin, number, RecordKind.ORDER, record.orders[0].id or "", "Another woman's order")
    assert [r for r in reminders_for_day(admin, day) if r.ref == "ЗП-1"] == []
    assert get_case(admin, number).orders == []


def test_striking_out_a_mistyped_check_brings_back_the_overdue_reminder(
    admin: ws.Workspace,
) -> None:
    """The issue's case: a check typed as 03-25 instead of 03-05 silenced "check overdue"."""
    number = create_case(admin, _record())
    record = get_case(admin, number)
    record.orders[0].checks.append(rec.PoliceCheck(date(2026, 3, 25), CheckOutcome.COMPLIED))
    update_case(admin, record)
    day = date(2026, 3, 26)
    assert [r.kind for r in reminders_for_day(admin, day) if r.case == number] == []
    record = get_case(admin, number)
    mistyped = next(c for c in record.orders[0].checks if c.checked_on == date(2026, 3, 25))
    strike_out(admin, number, RecordKind.CHECK, mistyped.id or "", "Typed 25 for 05")
    overdue = [r for r in reminders_for_day(admin, day) if r.case == number]
    assert (ReminderKind.POLICE_CHECK_OVERDUE, date(2026, 3, 13)) in [
        (r.kind, r.due_on) for r in overdue
    ]


def test_struck_out_stays_and_consents_show_no_reminder(admin: ws.Workspace) -> None:
    record = _record()
    record.stays = [rec.ShelterStay(date(2025, 9, 20), room="Room 1")]
    number = create_case(admin, record)
    day = date(2026, 3, 15)
    kinds = {r.kind for r in reminders_for_day(admin, day) if r.case == number}
    assert {ReminderKind.SHELTER_LIMIT_NEAR, ReminderKind.CONSENT_EXPIRING} <= kinds
    stored = get_case(admin, number)
    strike_out(admin, number, RecordKind.STAY, stored.stays[0].id or "", "Never admitted")
    strike_out(admin, number, RecordKind.CONSENT, stored.consents[0].id or "", "Wrong form")
    kinds = {r.kind for r in reminders_for_day(admin, day) if r.case == number}
    assert not kinds & {ReminderKind.SHELTER_LIMIT_NEAR, ReminderKind.CONSENT_EXPIRING}


def test_the_room_changed_is_named_never_shown_in_the_history(admin: ws.Workspace) -> None:
    number = create_case(admin, _record())
    record = get_case(admin, number)
    record.stays[0].room = "Room 9, bed 3"
    update_case(admin, record)
    _, changes = _last_changes(admin, number)
    assert changes == [
        RecordChange(
            RecordKind.STAY,
            Action.CHANGED,
            LABELS[RecordKind.STAY],
            (FieldChange("room", hidden=True),),
        )
    ]


def test_the_client_and_new_records_in_the_history(admin: ws.Workspace) -> None:
    number = create_case(admin, _record())
    record = get_case(admin, number)
    record.client.full_name = "Жанар Тестовa-Серікова"
    record.incidents.append(rec.Incident(date(2026, 3, 4), [ViolenceType.SEXUAL]))
    update_case(admin, record)
    _, changes = _last_changes(admin, number)
    assert changes == [
        RecordChange(
            RecordKind.CLIENT,
            Action.CHANGED,
            (),
            (FieldChange("full_name", "Жанар Тестова", "Жанар Тестовa-Серікова"),),
        ),
        RecordChange(RecordKind.INCIDENT, Action.ADDED, (("occurred_on", "2026-03-04"),)),
    ]


def test_a_note_is_corrected_or_struck_out_by_its_author_or_an_administrator(
    db: Database, admin: ws.Workspace
) -> None:
    number = create_case(admin, _record())
    worker_id = accounts.add_staff(
        admin, "worker1", "worker pass 12", Role.CASE_WORKER, kdf=CHEAP_KDF
    )
    record = get_case(admin, number)
    record.assigned_to = worker_id
    update_case(admin, record)
    worker = ws.unlock(db, "worker1", "worker pass 12")
    add_note(worker, number, "Called her sister.", written_on=date(2026, 3, 3))
    add_note(admin, number, "Court on Friday.", kind="legal", written_on=date(2026, 3, 4))
    mine, theirs = list_notes(worker, number)
    edit_note(worker, number, mine.id, "Called her mother.", "general")
    with pytest.raises(AccessDenied):
        edit_note(worker, number, theirs.id, "Court on Monday.", "legal")
    with pytest.raises(AccessDenied):
        strike_out(worker, number, RecordKind.NOTE, theirs.id, "Not so")
    assert _last_changes(admin, number)[1] == [
        RecordChange(
            RecordKind.NOTE,
            Action.CHANGED,
            (("written_on", "2026-03-03"), ("kind", "general")),
            (FieldChange("body", "Called her sister.", "Called her mother."),),
        )
    ]
    strike_out(admin, number, RecordKind.NOTE, mine.id, "Written in the wrong case")
    assert [n.body for n in list_notes(worker, number)] == ["Court on Friday."]
    assert check_database(db, admin).problems == []


def test_bad_corrections_are_refused_and_change_nothing(admin: ws.Workspace) -> None:
    number = create_case(admin, _record())
    record = get_case(admin, number)
    check_id = record.orders[0].checks[0].id or ""
    entries = len(history(admin, number))
    with pytest.raises(InvalidInput, match="Say why"):
        strike_out(admin, number, RecordKind.CHECK, check_id, "   ")
    with pytest.raises(InvalidInput, match="longer than 1000"):
        strike_out(admin, number, RecordKind.CHECK, check_id, "x" * 1001)
    with pytest.raises(NotFound, match="no such record"):
        strike_out(admin, number, RecordKind.CHECK, record.orders[0].id or "", "wrong kind")
    with pytest.raises(ValueError):
        strike_out(admin, number, "letter", check_id, "not a kind of record")
    stale = record.version
    record.risk = RiskLevel.HIGH
    update_case(admin, record)  # someone saves a change meanwhile
    with pytest.raises(VersionConflict):
        strike_out(admin, number, RecordKind.CHECK, check_id, "stale", version=stale)
    assert len(history(admin, number)) == entries + 1  # the save only
    strike_out(admin, number, RecordKind.CHECK, check_id, "Typed twice")
    with pytest.raises(NotFound, match="struck out already"):
        strike_out(admin, number, RecordKind.CHECK, check_id, "Typed twice")


def test_a_case_of_someone_else_cannot_be_corrected(db: Database, admin: ws.Workspace) -> None:
    number = create_case(admin, _record())
    accounts.add_staff(admin, "lawyer1", "lawyer pass 12", Role.LAWYER, kdf=CHEAP_KDF)
    lawyer = ws.unlock(db, "lawyer1", "lawyer pass 12")
    check_id = get_case(admin, number).orders[0].checks[0].id or ""
    with pytest.raises(AccessDenied):
        strike_out(lawyer, number, RecordKind.CHECK, check_id, "Not mine to strike")
    assert len(get_case(admin, number).orders[0].checks) == 1
