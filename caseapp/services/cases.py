"""Case records: create, read, update, with need-to-know and one audit entry per write."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from caseapp.domain import records as rec
from caseapp.domain.enums import CaseVisibility, Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.iin import is_valid_iin
from caseapp.domain.rules import (
    validate_consent,
    validate_incident,
    validate_order,
    validate_requirement,
    validate_stay,
)
from caseapp.services.errors import (
    AccessDenied,
    DamagedRecord,
    InvalidInput,
    NotFound,
    VersionConflict,
)
from caseapp.services.offices import check_office, home_office
from caseapp.services.workspace import Workspace
from caseapp.storage import case_repo
from caseapp.storage.fields import DamagedField
from caseapp.storage.models import AuditEntry, Case, Staff, StaffOffice


def visible_cases(workspace: Workspace, session: Session) -> ColumnElement[bool]:
    """The cases this person may see, as a condition on ``Case`` (the one place need-to-know is
    decided): ``true()`` itself when she sees every case. An administrator sees every case;
    others as the organisation sets: every case ("all"), the cases of her offices and the ones
    assigned to her ("office"), or only the ones assigned to her ("assigned")."""
    if workspace.actor.role == Role.ADMIN:
        return true()
    visibility = CaseVisibility(workspace.organisation(session).case_visibility)
    if visibility == CaseVisibility.ALL:
        return true()
    mine = Case.assigned_to == workspace.actor.staff_id
    if visibility == CaseVisibility.ASSIGNED:
        return mine
    her_offices = select(StaffOffice.office_id).where(
        StaffOffice.staff_id == workspace.actor.staff_id
    )
    return or_(Case.office_id.in_(her_offices), mine)


def validate_record(record: rec.CaseRecord) -> None:
    """Refuse impossible data with one sentence naming the field; changes nothing."""
    if not record.client.full_name.strip():
        raise InvalidInput("client.full_name", QT_TRANSLATE_NOOP("errors", "{field} is required."))
    if record.client.iin and not is_valid_iin(record.client.iin):
        raise InvalidInput(
            "client.iin",
            QT_TRANSLATE_NOOP(
                "errors",
                "{field} is not a valid IIN: it needs 12 digits with a correct check digit.",
            ),
        )
    if record.closed_on and record.closed_on < record.opened_on:
        raise InvalidInput(
            "closed_on", QT_TRANSLATE_NOOP("errors", "{field} is before the case was opened.")
        )
    for i, order in enumerate(record.orders):
        validate_order(order, f"protection_orders[{i}]")
    for i, requirement in enumerate(record.requirements):
        validate_requirement(requirement, f"requirements[{i}]")
    for i, stay in enumerate(record.stays):
        validate_stay(stay, f"shelter_stays[{i}]")
    for i, consent in enumerate(record.consents):
        validate_consent(consent, f"consents[{i}]")
    today = date.today()
    for i, incident in enumerate(record.incidents):
        validate_incident(incident, f"incidents[{i}]", today)


def next_number(session: Session, year: int, taken: set[str] | None = None) -> str:
    """The next free case number of a year, in the form 2026-0007.

    Reads the year's numbers through the unique index on ``number`` (a range, not a scan), so
    it stays quick at hundreds of thousands of cases.
    """
    prefix = f"{year}-"
    numbers = session.scalars(
        select(Case.number).where(Case.number >= prefix, Case.number < f"{year}.")
    )
    n = max((int(x[len(prefix) :]) for x in numbers if x[len(prefix) :].isdigit()), default=0)
    while True:
        n += 1
        candidate = f"{prefix}{n:04d}"
        if not taken or candidate not in taken:
            return candidate


def following_number(number: str, taken: set[str]) -> str:
    """The number after ``number`` in its year that is not in ``taken``."""
    year, _, tail = number.partition("-")
    n = int(tail)
    while True:
        n += 1
        candidate = f"{year}-{n:04d}"
        if candidate not in taken:
            return candidate


def _number_taken(session: Session, number: str) -> bool:
    return session.scalar(select(Case.id).where(Case.number == number)) is not None


def add_cases(
    workspace: Workspace,
    session: Session,
    records: Sequence[rec.CaseRecord],
    progress: Callable[[int, int], None] | None = None,
    *,
    numbers_checked: bool = False,
) -> list[str]:
    """Store new cases in the caller's transaction; returns their numbers. ``progress`` is told
    (done, total) every so often. Records without a number are numbered in their year, the
    database read once a year per batch, never taking a number a later record names.
    ``numbers_checked``: the caller has made sure the numbers given are not in the database."""
    numbers: list[str] = []
    taken = {r.number for r in records if r.number}
    seen: set[str] = set()
    last: dict[int, str] = {}  # per year, the number given last in this batch
    default_office: str | None = None
    for done, record in enumerate(records):
        if progress is not None and done % 50 == 0:
            progress(done, len(records))
        validate_record(record)
        if record.number:
            if record.number in seen or (
                not numbers_checked and _number_taken(session, record.number)
            ):
                raise InvalidInput(
                    "number",
                    QT_TRANSLATE_NOOP("errors", "Case number {number} exists already."),
                    number=record.number,
                )
        else:
            year = record.opened_on.year
            record.number = (
                following_number(last[year], taken)
                if year in last
                else next_number(session, year, taken)
            )
            last[year] = record.number
        seen.add(record.number)
        taken.add(record.number)
        if record.assigned_to is None:
            record.assigned_to = workspace.actor.staff_id
        if record.office_id is None:
            default_office = default_office or home_office(session, workspace.actor.staff_id)
            record.office_id = default_office
        else:
            check_office(session, record.office_id)
        case = Case(number=record.number, opened_on=record.opened_on)
        case_repo.write_case(session, workspace.keys, case, record)
        workspace.audit(session, "case.create", "case", case.id, case.id)
        numbers.append(record.number)
    return numbers


def create_case(workspace: Workspace, record: rec.CaseRecord) -> str:
    with workspace.transaction() as session:
        return add_cases(workspace, session, [record])[0]


def visible_case(workspace: Workspace, session: Session, number: str) -> Case:
    """The case with this number, if this person may see it; NotFound or AccessDenied else."""
    return _load(workspace, session, number)


def _load(workspace: Workspace, session: Session, number: str) -> Case:
    case = session.scalar(select(Case).where(Case.number == number))
    if case is None:
        raise NotFound(number=number)
    visible = visible_cases(workspace, session)
    if (
        visible is not true()
        and session.scalar(select(Case.id).where(Case.id == case.id, visible)) is None
    ):
        raise AccessDenied(
            QT_TRANSLATE_NOOP("errors", "Case {number} is not assigned to you."), number=number
        )
    return case


def get_case(workspace: Workspace, number: str) -> rec.CaseRecord:
    with workspace.transaction() as session:
        case = _load(workspace, session, number)
        try:
            record = case_repo.read_case(case)
        except DamagedField as exc:
            raise DamagedRecord(
                record=f"{exc.table} {exc.row_id} (case {number})", column=exc.column
            ) from None
        workspace.audit(session, "case.view", "case", case.id, case.id)
        return record


def update_case(workspace: Workspace, record: rec.CaseRecord) -> int:
    """Save an edited record; refused when someone else saved the case since it was read.
    Returns the new version."""
    validate_record(record)
    try:
        with workspace.transaction() as session:
            case = _load(workspace, session, record.number)
            if case.version != record.version:
                raise _conflict(session, case)
            if record.office_id is not None and record.office_id != case.office_id:
                _check_move(workspace, session, record.office_id)
            case_repo.write_case(session, workspace.keys, case, record)
            workspace.audit(session, "case.update", "case", case.id, case.id)
            session.flush()
            return case.version
    except StaleDataError:
        with workspace.session() as session:
            raise _conflict(session, _load(workspace, session, record.number)) from None


def _check_move(workspace: Workspace, session: Session, office_id: str) -> None:
    """Moving a case to another office is an administrator's decision."""
    if workspace.actor.role != Role.ADMIN:
        raise AccessDenied(
            QT_TRANSLATE_NOOP("errors", "Only an administrator can move a case to another office.")
        )
    check_office(session, office_id)


def move_case(workspace: Workspace, number: str, office_id: str) -> None:
    """Put a case in another office (an administrator only); one audit entry. Its version moves
    on, so a copy open elsewhere is refused on save as for any other change."""
    with workspace.transaction() as session:
        case = _load(workspace, session, number)
        if case.office_id == office_id:
            return
        _check_move(workspace, session, office_id)
        case.office_id = office_id
        workspace.audit(session, "case.move_office", "case", case.id, case.id, detail=office_id)


def _conflict(session: Session, case: Case) -> VersionConflict:
    last = session.scalar(
        select(AuditEntry)
        .where(
            AuditEntry.case_id == case.id,
            AuditEntry.action.in_(("case.update", "case.move_office")),
        )
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    )
    who = when = "?"
    if last is not None:
        # The audit keeps UTC; she reads her own clock's time (Almaty's, not Greenwich's).
        when = datetime.fromisoformat(last.at).astimezone().strftime("%Y-%m-%d %H:%M")
        who = session.scalar(select(Staff.username).where(Staff.id == last.actor_id)) or "?"
    return VersionConflict(who=who, when=when)


@dataclass(frozen=True)
class CaseSummary:
    number: str
    client: str
    opened_on: date
    status: str


def case_history(workspace: Workspace, number: str) -> list[tuple[str, str, str]]:
    """(time, user name, action) of every audit entry of a case, oldest first."""
    with workspace.session() as session:
        case = _load(workspace, session, number)
        rows = session.execute(
            select(AuditEntry.at, Staff.username, AuditEntry.action)
            .outerjoin(Staff, Staff.id == AuditEntry.actor_id)
            .where(AuditEntry.case_id == case.id)
            .order_by(AuditEntry.seq)
        )
        return [(at, user or "", action) for at, user, action in rows]
