"""The hotline log: recorded by anyone, corrected or struck out by its author or an
administrator, the note sealed, and the calls counted in the report."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from caseapp.domain import records as rec
from caseapp.domain.enums import Role, ViolenceType
from caseapp.domain.hotline import Call, Caller, Channel, Help
from caseapp.domain.statistics import Period
from caseapp.services import accounts, hotline, offices
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.services.errors import AccessDenied, InvalidInput, VersionConflict
from caseapp.services.integrity import check_database
from caseapp.services.reports import ReportRequest, make_report
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, HotlineCall
from tests.conftest import CHEAP_KDF

TODAY = date.today()
PASSWORD = "worker password 1"
NOTE = "звонила соседка-канарейка 4412"


def _call(**changes: object) -> Call:
    call = Call(
        called_on=TODAY,
        channel=Channel.PHONE,
        caller=Caller.SURVIVOR,
        called_at="09:15",
        violence_types=[ViolenceType.PHYSICAL],
        given=[Help.CONSULTATION, Help.POLICE],
        note=NOTE,
    )
    for key, value in changes.items():
        setattr(call, key, value)
    return call


def _worker(db: Database, admin: ws.Workspace) -> ws.Workspace:
    [main] = offices.list_offices(admin)
    accounts.add_staff(
        admin, "worker", PASSWORD, Role.CASE_WORKER, offices=[main.office_id], kdf=CHEAP_KDF
    )
    return ws.unlock(db, "worker", PASSWORD)


def test_a_call_is_recorded_listed_and_its_note_sealed(db: Database, admin: ws.Workspace) -> None:
    district = hotline.add_district(admin, "Алмалинский район")
    worker = _worker(db, admin)
    number = create_case(admin, rec.CaseRecord(rec.Client("Кейс Тестова"), TODAY))
    call_id = hotline.record_call(worker, _call(district_id=district, case_number=""))
    hotline.record_call(admin, _call(called_at="08:00", case_number=number, note=""))
    [first, second] = hotline.calls_on(admin, TODAY)
    assert first.call.called_at == "08:00" and first.call.case_number == number
    assert second.call.id == call_id and second.recorded_by == "worker"
    assert second.call.note == NOTE and second.call.district_id == district
    assert second.call.given == [Help.CONSULTATION, Help.POLICE]
    assert hotline.calls_on(admin, TODAY - timedelta(days=1)) == []
    with db.session() as session:  # as a thief reads the file: no note in clear
        row = session.get(HotlineCall, call_id)
        assert row is not None and row.note_ct is not None
        assert NOTE.encode() not in bytes(row.note_ct)
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions.count("hotline.record") == 2


def test_bad_input_changes_nothing(admin: ws.Workspace) -> None:
    for bad, field in (
        (_call(called_on=TODAY + timedelta(days=1)), "called_on"),
        (_call(called_at="25:00"), "called_at"),
        (_call(district_id="nope"), "district"),
    ):
        with pytest.raises(InvalidInput) as refused:
            hotline.record_call(admin, bad)
        assert refused.value.field == field
    assert hotline.calls_on(admin, TODAY) == []
    with pytest.raises(InvalidInput):
        hotline.add_district(admin, "  ")


def test_corrected_and_struck_out_by_its_author_or_an_administrator(
    db: Database, admin: ws.Workspace
) -> None:
    worker = _worker(db, admin)
    call_id = hotline.record_call(admin, _call())
    view = hotline.get_call(admin, call_id)
    changed = hotline.copy_of(view.call)
    changed.channel = Channel.WALK_IN
    with pytest.raises(AccessDenied):
        hotline.update_call(worker, changed)
    hotline.update_call(admin, changed)
    assert hotline.get_call(admin, call_id).call.channel == Channel.WALK_IN
    with pytest.raises(VersionConflict):
        hotline.update_call(admin, view.call)  # the version read before the change
    mine = hotline.record_call(worker, _call())
    hotline.strike_out_call(worker, mine, "entered twice")
    assert [v.call.id for v in hotline.calls_on(admin, TODAY)] == [call_id]
    with pytest.raises(InvalidInput):
        hotline.strike_out_call(admin, call_id, " ")


def test_calls_are_counted_in_the_report(admin: ws.Workspace) -> None:
    district = hotline.add_district(admin, "Бостандыкский район")
    for i in range(7):
        hotline.record_call(
            admin,
            _call(
                channel=Channel.PHONE if i < 6 else Channel.MESSENGER,
                caller=Caller.SURVIVOR if i < 5 else Caller.RELATIVE,
                district_id=district if i < 6 else None,
            ),
        )
    struck = hotline.record_call(admin, _call())
    hotline.strike_out_call(admin, struck, "test call")
    report = make_report(admin, ReportRequest(Period(TODAY - timedelta(days=3), TODAY)))
    data = {t["table"]: t for t in report.as_json()["tables"]}  # type: ignore[union-attr, index]
    assert data["calls_channel"]["rows"] == {
        "phone": "*",  # would give the messenger's one back
        "walk_in": 0,
        "messenger": "<5",
        "police_referral": 0,
        "other": 0,
    }
    assert data["calls_channel"]["total"] == 7
    assert data["calls_caller"]["rows"] == {
        "survivor": "*",
        "relative": "<5",
        "professional": 0,
        "other": 0,
    }
    callers = next(t for t in report.tables if t.key == "calls_caller")
    assert {r.code: r.value for r in callers.rows}["survivor"] == 5
    assert data["calls_given"]["rows"]["consultation"] == 7
    assert data["calls_topic"]["rows"]["physical"] == 7
    districts = next(t for t in report.tables if t.key == "calls_district")
    assert [(r.label, r.value) for r in districts.rows] == [
        ("Бостандыкский район", 6),
        ("District not recorded", 1),
    ]


def test_a_note_moved_to_another_call_is_named_by_the_check(
    db: Database, admin: ws.Workspace
) -> None:
    first = hotline.record_call(admin, _call())
    second = hotline.record_call(admin, _call(note="другая заметка"))
    with db.engine.begin() as conn:
        note = conn.execute(
            text("SELECT note FROM hotline_call WHERE id = :id"), {"id": first}
        ).scalar_one()
        conn.execute(
            text("UPDATE hotline_call SET note = :note WHERE id = :id"),
            {"note": note, "id": second},
        )
    report = check_database(db, admin)
    assert f"hotline_call {second}: field 'note' is damaged or was moved." in report.problems
    assert not any(first in problem for problem in report.problems)
