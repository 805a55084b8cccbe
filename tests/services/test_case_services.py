"""Services and consultations given: kept as rows of the case (sealed, audited), corrected and
struck out like any record, in the history in words, refused with one sentence when impossible."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from caseapp.domain import records as rec
from caseapp.domain.changes import Action, RecordKind
from caseapp.domain.enums import Role
from caseapp.domain.services_given import ServiceGiven, ServiceKind
from caseapp.services import accounts, hotline
from caseapp.services import workspace as ws
from caseapp.services.case_services import (
    add_service,
    edit_service,
    list_services,
    staff_choices,
)
from caseapp.services.casecheck import TamperedCase, verify_case
from caseapp.services.cases import create_case, get_case, update_case, visible_case
from caseapp.services.corrections import strike_out
from caseapp.services.errors import InvalidInput, NotFound
from caseapp.services.history import history
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from caseapp.storage.models import ServiceGiven as ServiceRow
from tests.conftest import CHEAP_KDF

ON = date(2026, 3, 4)


def a_case(admin: ws.Workspace) -> str:
    return create_case(admin, rec.CaseRecord(rec.Client("Сәуле Тестова"), date(2026, 3, 1)))


def test_a_service_is_kept_sealed_and_audited(admin: ws.Workspace) -> None:
    number = a_case(admin)
    version = get_case(admin, number).version
    service_id = add_service(
        admin,
        number,
        ServiceGiven(ON, ServiceKind.LEGAL, minutes=45, note="  разъяснены права  "),
    )
    [view] = list_services(admin, number)
    assert view.service == ServiceGiven(
        ON, ServiceKind.LEGAL, 45, "разъяснены права", admin.actor.staff_id, service_id
    )
    assert view.given_by == "Admin Test"
    # Kept on its own, like a dated note: a window open on the case still saves.
    assert get_case(admin, number).version == version
    with admin.session() as session:
        case = visible_case(admin, session, number)
        verify_case(admin, session, case)  # the row's MAC and the case's seal hold
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "service.create")
        ).one()
        assert entry.entity_id == service_id and entry.case_seal == case.mac
        stored = session.get(ServiceRow, service_id)
        assert stored is not None and b"\xd1\x80\xd0\xb0\xd0\xb7" not in bytes(stored.note_ct)
    [added] = [c for e in history(admin, number) for c in e.changes if c.kind is RecordKind.SERVICE]
    assert added.action is Action.ADDED
    assert added.label == (("given_on", "2026-03-04"), ("kind", "legal"))


def test_a_service_row_changed_outside_the_program_is_detected(admin: ws.Workspace) -> None:
    number = a_case(admin)
    service_id = add_service(admin, number, ServiceGiven(ON, ServiceKind.PSYCHOLOGICAL))
    with admin.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE service_given SET kind = 'legal' WHERE id = :id"), {"id": service_id}
        )
    with pytest.raises(TamperedCase), admin.session() as session:
        verify_case(admin, session, visible_case(admin, session, number))


def test_corrected_and_struck_out_like_any_record(db: Database, admin: ws.Workspace) -> None:
    number = a_case(admin)
    lawyer = accounts.add_staff(
        admin, "lawyer", "lawyer password 1", Role.LAWYER, full_name="Юрист Тест", kdf=CHEAP_KDF
    )
    service_id = add_service(admin, number, ServiceGiven(ON, ServiceKind.LEGAL, minutes=30))
    assert {c.name for c in staff_choices(admin)} == {"Admin Test", "Юрист Тест"}
    corrected = ServiceGiven(
        ON, ServiceKind.COURT_REPRESENTATION, 90, "заседание", lawyer, service_id
    )
    assert edit_service(admin, number, corrected)
    assert not edit_service(admin, number, corrected)  # nothing changed: no entry
    [view] = list_services(admin, number)
    assert view.service == corrected and view.given_by == "Юрист Тест"
    entries = [e for e in history(admin, number) if e.action == "service.update"]
    assert len(entries) == 1
    [change] = entries[0].changes
    assert change.action is Action.CHANGED
    assert {(f.field, f.before, f.after) for f in change.fields} == {
        ("kind", "legal", "court_representation"),
        ("minutes", 30, 90),
        ("note", "", "заседание"),
        ("given_by", "Admin Test", "Юрист Тест"),  # names, not ids
    }

    strike_out(admin, number, RecordKind.SERVICE, service_id, "entered in the wrong case")
    assert list_services(admin, number) == []
    struck = [c for e in history(admin, number) for c in e.changes if c.action is Action.STRUCK_OUT]
    assert struck[0].kind is RecordKind.SERVICE and struck[0].reason == "entered in the wrong case"
    with pytest.raises(NotFound):
        edit_service(admin, number, corrected)
    with admin.session() as session:
        verify_case(admin, session, visible_case(admin, session, number))


@pytest.mark.parametrize(
    ("service", "field"),
    [
        (ServiceGiven(date.today() + timedelta(days=1), ServiceKind.LEGAL), "service.given_on"),
        (ServiceGiven(date(1989, 12, 31), ServiceKind.LEGAL), "service.given_on"),
        (ServiceGiven(ON, ServiceKind.LEGAL, minutes=0), "service.minutes"),
        (ServiceGiven(ON, ServiceKind.LEGAL, minutes=24 * 60 + 1), "service.minutes"),
        (ServiceGiven(ON, ServiceKind.LEGAL, note="x" * 4001), "service.note"),
        (ServiceGiven(ON, ServiceKind.LEGAL, given_by="nobody"), "service.given_by"),
    ],
)
def test_impossible_services_are_refused_and_change_nothing(
    admin: ws.Workspace, service: ServiceGiven, field: str
) -> None:
    number = a_case(admin)
    with pytest.raises(InvalidInput) as refused:
        add_service(admin, number, service)
    assert refused.value.field == field
    assert list_services(admin, number) == []


def test_a_change_of_district_or_counted_shows_in_the_history(admin: ws.Workspace) -> None:
    north = hotline.add_district(admin, "Северный район")
    south = hotline.add_district(admin, "Южный район")
    number = create_case(
        admin, rec.CaseRecord(rec.Client("Айым Тестова"), date(2026, 3, 1), district_id=north)
    )
    record = get_case(admin, number)
    record.district_id, record.counted = south, False
    update_case(admin, record)
    record = get_case(admin, number)
    record.district_id = None
    update_case(admin, record)
    updates = [e for e in history(admin, number) if e.action == "case.update"]
    first = {(f.field, f.before, f.after) for c in updates[0].changes for f in c.fields}
    assert first == {
        ("district_id", "Северный район", "Южный район"),
        ("counted", True, False),
    }
    second = {(f.field, f.before, f.after) for c in updates[1].changes for f in c.fields}
    assert second == {("district_id", "Южный район", None)}
