"""Case records: create, read, update, with need-to-know and one audit entry per write."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, false, func, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from caseapp.domain import records as rec
from caseapp.domain.case_rules import validate_case
from caseapp.domain.changes import case_changes, encode
from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.happened import KnownDate
from caseapp.domain.risk import Thresholds
from caseapp.services import grants, storage_errors
from caseapp.services.casecheck import verify_case, verify_case_row
from caseapp.services.errors import (
    AccessDenied,
    DamagedRecord,
    InvalidInput,
    NotFound,
    VersionConflict,
)
from caseapp.services.offices import check_office, home_office
from caseapp.services.workspace import Workspace
from caseapp.storage import case_repo, rowseal
from caseapp.storage.fields import DamagedField, new_id
from caseapp.storage.keychest import case_key_context
from caseapp.storage.keys import seal_to
from caseapp.storage.models import AuditEntry, Case, CaseGrant, Staff
from caseapp.storage.scopes import SHELTER_COMPARTMENT, office_compartment


def visible_cases(
    workspace: Workspace, session: Session, *, newest_first: bool = False
) -> ColumnElement[bool]:
    """The cases this person can read, as a condition on ``Case`` (the one place need-to-know is
    decided): ``true()`` itself when she sees every case. It follows the keys she holds, which
    follow the organisation's choice in Settings (``services.grants``): the cases of the offices
    whose key she holds, and the cases granted to her (assigned to her).

    ``newest_first``: for a list read in date order, the office test is kept off the office
    indexes, so SQLite walks the date index and stops at the first screen, instead of sorting
    every case of her offices (145 ms for an office of 10,000 cases, against a few ms)."""
    chest = workspace.chest
    offices = chest.held_offices()
    every_office = {
        c[len("office:") :] for c in workspace.authority.compartments if c.startswith("office:")
    }
    if every_office and every_office <= set(offices):
        return true()
    granted = select(CaseGrant.case_id).where(CaseGrant.holder == chest.holder)
    conditions = [Case.id.in_(granted)]
    if offices:
        office = func.coalesce(Case.office_id, "") if newest_first else Case.office_id
        conditions.append(office.in_(offices))
    return or_(*conditions) if conditions else false()


def live_case() -> ColumnElement[bool]:
    """Cases not deleted by an administrator: what lists, search, reminders and statistics
    show (a deleted case's rows and history stay, and the check still verifies them)."""
    return Case.deleted_on.is_(None)


def deleted_case_ids() -> Select[str]:
    """The ids of deleted cases (few: read through their own index), for the queries of rows
    that do not join their case."""
    return select(Case.id).where(Case.deleted_on.is_not(None))


def index_key(workspace: Workspace, office_id: str | None) -> bytes | None:
    """The newest search key of the office, when she holds it."""
    if office_id is None or not workspace.chest.holds(office_compartment(office_id)):
        return None
    return workspace.chest.index_keys(office_id)[-1]


def new_case_key(workspace: Workspace, case: Case, office_id: str) -> bytes:
    """A fresh key for a new case, wrapped under its office's newest key, or sealed to that key's
    certified public half when she does not hold it (a holder re-wraps it later)."""
    if case.id is None:
        case.id = new_id()
    key = os.urandom(32)
    chest = workspace.chest
    chest.remember_case_key(case.id, key)
    compartment = office_compartment(office_id)
    if chest.holds(compartment):
        case.key_wrap, case.key_gen = chest.wrap_case_key(case.id, office_id, key)
    else:
        gen = workspace.authority.newest_generation(compartment)
        public = workspace.authority.certified_public(compartment, gen)
        if public is None:
            raise InvalidInput("office", QT_TRANSLATE_NOOP("errors", "There is no such office."))
        case.key_box = seal_to(public, key, case_key_context(case.id, office_id, gen))
        case.key_gen = gen
    return key


def grant_to_assignee(
    workspace: Workspace, session: Session, case: Case, before: str | None, *, new: bool = False
) -> None:
    """The person a case is assigned to holds its key; the one it was taken from no longer."""
    if case.assigned_to == before:
        return
    key = workspace.chest.case_key(session, case.id)
    if case.assigned_to is not None:
        grants.grant_case(session, workspace.authority, case.assigned_to, case.id, key, new=new)
    if before is not None:
        grants.take_back_case(session, before, case.id)


def validate_record(record: rec.CaseRecord, known: set[KnownDate] | None = None) -> None:
    """Refuse impossible data with one sentence naming the field; changes nothing. Dates that
    cannot have happened by today are refused, except the ones the stored case holds already
    unchanged (``known``: a case saved before these rules still saves)."""
    validate_case(record, date.today(), known=known or set())


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
    thresholds: Thresholds | None = None,
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
        case = Case(id=new_id(), number=record.number, opened_on=record.opened_on)
        case.office_id = record.office_id
        new_case_key(workspace, case, record.office_id)
        key = index_key(workspace, record.office_id)
        case_repo.write_case(
            session, workspace.chest, case, record, key, new=True, thresholds=thresholds
        )
        grant_to_assignee(workspace, session, case, None, new=True)
        session.flush()
        rows = rowseal.rows_in_memory(session, case.id)
        workspace.audit(session, "case.create", "case", case.id, case.id, rows=rows)
        numbers.append(record.number)
    return numbers


def create_case(workspace: Workspace, record: rec.CaseRecord) -> str:
    with workspace.transaction() as session:
        return add_cases(workspace, session, [record])[0]


def visible_case(
    workspace: Workspace, session: Session, number: str, *, write: bool = False
) -> Case:
    """The case with this number, if this person may see it; NotFound or AccessDenied else.
    Before a change (``write``) the case's row and seal are verified."""
    return _load(workspace, session, number, write=write)


def _load(workspace: Workspace, session: Session, number: str, *, write: bool = False) -> Case:
    """The case, if she may see it; before a change (``write``) its row and seal are verified, so
    nothing is written under a case key someone replaced."""
    case = session.scalar(select(Case).where(Case.number == number))
    if case is None or case.deleted_on is not None:
        raise NotFound(number=number)
    visible = visible_cases(workspace, session)
    if (
        visible is not true()
        and session.scalar(select(Case.id).where(Case.id == case.id, visible)) is None
    ):
        raise AccessDenied(
            QT_TRANSLATE_NOOP("errors", "Case {number} is not assigned to you."), number=number
        )
    if write:
        verify_case_row(workspace, session, case)
    return case


def load_verified(workspace: Workspace, session: Session, number: str) -> Case:
    """The case, every row of it verified (opening it, a letter)."""
    case = _load(workspace, session, number)
    verify_case(workspace, session, case)
    return case


def read_record(workspace: Workspace, case: Case, number: str) -> rec.CaseRecord:
    try:
        return case_repo.read_case(case, workspace.chest.holds(SHELTER_COMPARTMENT))
    except DamagedField as exc:
        raise DamagedRecord(
            record=f"{exc.table} {exc.row_id} (case {number})", column=exc.column
        ) from None


def get_case(workspace: Workspace, number: str) -> rec.CaseRecord:
    """The case, verified whole, and one audit entry of her reading it. When the database cannot
    be written (a read-only folder, a full disk) she still reads it, unrecorded."""
    with workspace.session() as session:
        case = load_verified(workspace, session, number)
        record = read_record(workspace, case, number)
        case_id = case.id
    if not workspace.read_only:
        try:
            with workspace.transaction() as session:
                workspace.audit(session, "case.view", "case", case_id, case_id, changed=False)
        except (storage_errors.ReadOnlyDatabase, storage_errors.DiskFull):
            workspace.read_only = True
        except storage_errors.DatabaseBusy:
            pass  # another's long save: her reading does not wait for it
    return record


def update_case(workspace: Workspace, record: rec.CaseRecord) -> int:
    """Save an edited record; refused when someone else saved the case since it was read.
    Returns the new version."""
    try:
        with workspace.transaction() as session:
            case = _load(workspace, session, record.number, write=True)
            if case.version != record.version:
                raise _conflict(session, case)
            validate_record(record, case_repo.known_dates(case))
            if record.office_id is not None and record.office_id != case.office_id:
                _check_move(workspace, session, record.office_id)
                _rekey_for_office(workspace, session, case, record.office_id)
            before = case.assigned_to
            stored = read_record(workspace, case, record.number)
            case_repo.write_case(
                session, workspace.chest, case, record, index_key(workspace, case.office_id)
            )
            grant_to_assignee(workspace, session, case, before)
            changes = case_changes(stored, record)
            detail = encode(changes) if changes else ""
            workspace.audit(session, "case.update", "case", case.id, case.id, detail)
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
        case = _load(workspace, session, number, write=True)
        if case.office_id == office_id:
            return
        _check_move(workspace, session, office_id)
        _rekey_for_office(workspace, session, case, office_id)
        client = case.client
        case_repo.index_client(
            session,
            client,
            [client.full_name, client.alias],
            client.iin,
            client.phone,
            index_key(workspace, office_id),
        )
        workspace.audit(session, "case.move_office", "case", case.id, case.id, detail=office_id)


def _rekey_for_office(workspace: Workspace, session: Session, case: Case, office_id: str) -> None:
    """Wrap the case's key under its new office's key (an administrator holds every office)."""
    key = workspace.chest.case_key(session, case.id)
    case.office_id = office_id
    case.key_wrap, case.key_gen = workspace.chest.wrap_case_key(case.id, office_id, key)
    case.key_box = None


def _conflict(session: Session, case: Case) -> VersionConflict:
    last = session.scalar(
        select(AuditEntry)
        .where(
            AuditEntry.case_id == case.id,
            AuditEntry.action.in_(
                ("case.update", "case.move_office", "record.strike_out", "case.delete")
            ),
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
