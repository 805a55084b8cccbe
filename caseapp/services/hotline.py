"""The hotline and first-contact log, and the districts the organisation keeps for it.

Any member of staff records a call; its codes and day stay in clear for the reports and its
note is sealed under the organisation's compartment key (a call is nobody's case: there is no
case key for it). The person who recorded a call, or an administrator, corrects it or strikes it
out with a reason. A call may name the case opened for her, when she can see that case. Every
write is one signed audit entry."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.hotline import (
    Call,
    Caller,
    Channel,
    help_of,
    join_codes,
    validate_call,
    violence_of,
)
from caseapp.services.cases import visible_case
from caseapp.services.errors import AccessDenied, InvalidInput, NotFound, VersionConflict
from caseapp.services.offices import check_office, home_office
from caseapp.services.workspace import Workspace
from caseapp.storage.fields import new_id
from caseapp.storage.models import Case, District, HotlineCall, Staff

NO_CALL = QT_TRANSLATE_NOOP("errors", "There is no such call in the log.")
NO_DISTRICT = QT_TRANSLATE_NOOP("errors", "There is no such district.")
CALL_CHANGED = QT_TRANSLATE_NOOP(
    "errors", "Someone else changed this call since you opened it; look at it again."
)


@dataclass(frozen=True)
class DistrictInfo:
    district_id: str
    seq: int
    name: str
    retired: bool


@dataclass(frozen=True)
class CallView:
    call: Call
    recorded_by: str  # user name


def _clean_district(session: Session, name: str, keep: str | None = None) -> str:
    text = " ".join(name.split())
    if not text:
        raise InvalidInput("name", QT_TRANSLATE_NOOP("errors", "The district needs a name."))
    if len(text) > 120:
        raise InvalidInput(
            "name", QT_TRANSLATE_NOOP("errors", "A district's name is at most 120 characters.")
        )
    for district in session.scalars(select(District)):
        if district.id != keep and district.name.casefold() == text.casefold():
            raise InvalidInput(
                "name", QT_TRANSLATE_NOOP("errors", "There is a district of that name already.")
            )
    return text


def list_districts(workspace: Workspace, *, retired: bool = False) -> list[DistrictInfo]:
    with workspace.session() as session:
        rows = session.scalars(select(District).order_by(District.seq)).all()
        return [
            DistrictInfo(d.id, d.seq, d.name, d.retired_on is not None)
            for d in rows
            if retired or d.retired_on is None
        ]


def add_district(workspace: Workspace, name: str) -> str:
    """An administrator adds a district to the organisation's list."""
    with workspace.transaction() as session:
        workspace.require_admin(session)
        text = _clean_district(session, name)
        seq = (session.scalar(select(func.max(District.seq))) or 0) + 1
        district = District(id=new_id(), seq=seq)
        session.add(district)
        district.name = text
        session.flush()
        workspace.audit(session, "district.create", "district", district.id)
        return district.id


def rename_district(workspace: Workspace, district_id: str, name: str) -> None:
    with workspace.transaction() as session:
        workspace.require_admin(session)
        district = session.get(District, district_id)
        if district is None:
            raise InvalidInput("district", NO_DISTRICT)
        district.name = _clean_district(session, name, keep=district_id)
        workspace.audit(session, "district.rename", "district", district.id)


def retire_district(workspace: Workspace, district_id: str, on: date | None = None) -> None:
    """Taken off the form's list; the calls that name it keep it."""
    with workspace.transaction() as session:
        workspace.require_admin(session)
        district = session.get(District, district_id)
        if district is None:
            raise InvalidInput("district", NO_DISTRICT)
        district.retired_on = on or date.today()
        workspace.audit(session, "district.retire", "district", district.id)


def _case_id(workspace: Workspace, session: Session, number: str) -> str | None:
    if not number.strip():
        return None
    return visible_case(workspace, session, number.strip()).id


def _fill(workspace: Workspace, session: Session, row: HotlineCall, call: Call) -> None:
    validate_call(call, date.today())
    if call.district_id is not None and session.get(District, call.district_id) is None:
        raise InvalidInput("district", NO_DISTRICT)
    row.called_on, row.called_at = call.called_on, call.called_at
    row.channel, row.caller = Channel(call.channel).value, Caller(call.caller).value
    row.violence_types = join_codes(call.violence_types)
    row.given = join_codes(call.given)
    row.district_id = call.district_id
    row.case_id = _case_id(workspace, session, call.case_number)
    row.note = call.note.strip()


def record_call(workspace: Workspace, call: Call) -> str:
    """A new call in the log, in the office named (one that exists) or her own; returns its id."""
    with workspace.transaction() as session:
        if call.office_id is not None:
            check_office(session, call.office_id)
            office_id = call.office_id
        else:
            office_id = home_office(session, workspace.actor.staff_id)
        row = HotlineCall(
            id=new_id(), office_id=office_id, recorded_by=workspace.actor.staff_id or None
        )
        _fill(workspace, session, row, call)  # the note sealed when the row is flushed
        session.add(row)
        session.flush()
        workspace.audit(session, "hotline.record", "hotline_call", row.id)
        return row.id


def _mine_to_correct(workspace: Workspace, session: Session, call_id: str) -> HotlineCall:
    row = session.get(HotlineCall, call_id)
    if row is None or row.struck_out_on is not None:
        raise NotFound(NO_CALL)
    if row.recorded_by != workspace.actor.staff_id and workspace.actor.role != Role.ADMIN:
        raise AccessDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the person who recorded a call, or an administrator, corrects it."
            )
        )
    return row


def update_call(workspace: Workspace, call: Call) -> None:
    """Correct a call; refused when someone changed it since ``call.version`` was read."""
    if call.id is None:
        raise NotFound(NO_CALL)
    try:
        with workspace.transaction() as session:
            row = _mine_to_correct(workspace, session, call.id)
            if call.version and row.version != call.version:
                raise VersionConflict(CALL_CHANGED)
            _fill(workspace, session, row, call)
            session.flush()
            workspace.audit(session, "hotline.update", "hotline_call", row.id)
    except StaleDataError:
        raise VersionConflict(CALL_CHANGED) from None


def strike_out_call(
    workspace: Workspace, call_id: str, reason: str, on: date | None = None
) -> None:
    """A call recorded by mistake leaves the log and the reports; the row and why stay."""
    text = " ".join(reason.split())
    if not text:
        raise InvalidInput(
            "reason", QT_TRANSLATE_NOOP("errors", "Say why the record is struck out.")
        )
    with workspace.transaction() as session:
        row = _mine_to_correct(workspace, session, call_id)
        row.struck_out_on = on or date.today()
        row.struck_out_by = workspace.actor.staff_id or None
        row.struck_out_reason = text
        session.flush()
        workspace.audit(session, "hotline.strike_out", "hotline_call", row.id)


def _view(row: HotlineCall, number: str | None, user: str | None) -> CallView:
    call = Call(
        called_on=row.called_on,
        channel=Channel(row.channel),
        caller=Caller(row.caller),
        called_at=row.called_at,
        violence_types=violence_of(row.violence_types),
        district_id=row.district_id,
        given=help_of(row.given),
        case_number=number or "",
        note=row.note,
        id=row.id,
        office_id=row.office_id,
        version=row.version,
    )
    return CallView(call, user or "")


def calls_on(workspace: Workspace, day: date, office_id: str | None = None) -> list[CallView]:
    """The day's calls, in the order they came (struck-out ones left out)."""
    with workspace.session() as session:
        query = (
            select(HotlineCall, Case.number, Staff.username)
            .outerjoin(Case, Case.id == HotlineCall.case_id)
            .outerjoin(Staff, Staff.id == HotlineCall.recorded_by)
            .where(HotlineCall.called_on == day, HotlineCall.struck_out_on.is_(None))
            .order_by(HotlineCall.called_at, HotlineCall.id)
        )
        if office_id is not None:
            query = query.where(HotlineCall.office_id == office_id)
        return [_view(row, number, user) for row, number, user in session.execute(query)]


def get_call(workspace: Workspace, call_id: str) -> CallView:
    with workspace.session() as session:
        found = session.execute(
            select(HotlineCall, Case.number, Staff.username)
            .outerjoin(Case, Case.id == HotlineCall.case_id)
            .outerjoin(Staff, Staff.id == HotlineCall.recorded_by)
            .where(HotlineCall.id == call_id)
        ).first()
        if found is None or found[0].struck_out_on is not None:
            raise NotFound(NO_CALL)
        return _view(*found)


def copy_of(call: Call) -> Call:
    return replace(call, violence_types=list(call.violence_types), given=list(call.given))
