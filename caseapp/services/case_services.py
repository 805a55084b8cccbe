"""Services and consultations given to a survivor, records of her case (``domain.services_given``).

Each is a row of the case under its row MAC: adding, correcting and striking out one (the last in
``services.corrections``) is one transaction ending with the signed audit entry that seals the
case, its encrypted detail saying what changed for the case's history. Like dated notes they are
kept on their own, not saved with the case's window, so they do not make a new version of it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.changes import Action, RecordChange, RecordKind, encode, item_changes, label_of
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.services_given import ServiceGiven, validate_service
from caseapp.services.cases import visible_case
from caseapp.services.errors import DamagedRecord, InvalidInput, NotFound
from caseapp.services.workspace import Workspace
from caseapp.storage import case_repo
from caseapp.storage.fields import DamagedField
from caseapp.storage.models import Case, Staff
from caseapp.storage.models import ServiceGiven as ServiceRow

NO_SUCH_SERVICE = QT_TRANSLATE_NOOP(
    "errors", "Case {number} has no such service, or it was struck out already."
)
NO_SUCH_STAFF = QT_TRANSLATE_NOOP("errors", "{field}: there is no such member of staff.")


@dataclass(frozen=True)
class ServiceView:
    service: ServiceGiven
    given_by: str  # her name as Staff shows it (full name, else user name); "" when not recorded


@dataclass(frozen=True)
class StaffChoice:
    staff_id: str
    name: str  # full name, else user name


def _name(staff: Staff) -> str:
    try:
        full_name = staff.full_name
    except DamagedField:
        full_name = ""
    return full_name or staff.username


def staff_choices(workspace: Workspace) -> list[StaffChoice]:
    """Who may be named as having given a service: the active members of staff (by the signed
    authority), by name. Staff names are the organisation's, which every member holds."""
    with workspace.session() as session:
        active = {i for i, m in workspace.authority.members.items() if m.active}
        rows = session.scalars(select(Staff).where(Staff.id.in_(active))).all()
        return sorted((StaffChoice(s.id, _name(s)) for s in rows), key=lambda c: c.name.casefold())


def _check_staff(session: Session, staff_id: str | None, field: str) -> None:
    if staff_id is not None and session.get(Staff, staff_id) is None:
        raise InvalidInput(field, NO_SUCH_STAFF)


def _clean(service: ServiceGiven) -> ServiceGiven:
    cleaned = replace(service, note=service.note.strip())
    validate_service(cleaned, date.today(), "service")
    return cleaned


def add_service(workspace: Workspace, number: str, service: ServiceGiven) -> str:
    """Keep one service given in the case; returns its id. Without ``given_by`` it is hers, the
    person recording it."""
    service = _clean(service)
    if service.given_by is None:
        service.given_by = workspace.actor.staff_id or None
    service.id = None
    with workspace.transaction() as session:
        case = visible_case(workspace, session, number, write=True)
        _check_staff(session, service.given_by, "service.given_by")
        row = case_repo.add_service(case, service)
        session.flush()
        added = RecordChange(RecordKind.SERVICE, Action.ADDED, label_of(RecordKind.SERVICE, row))
        workspace.audit(
            session, "service.create", "service_given", row.id, case.id, encode([added])
        )
        return row.id


def edit_service(workspace: Workspace, number: str, service: ServiceGiven) -> bool:
    """Correct a service given (``service.id`` names it); the history keeps what it was, field by
    field. Returns False when nothing changed."""
    service_id = service.id
    if service_id is None:
        raise NotFound(NO_SUCH_SERVICE, number=number)
    service = _clean(service)
    with workspace.transaction() as session:
        case = visible_case(workspace, session, number, write=True)
        row = _live_row(session, case, service_id, number)
        _check_staff(session, service.given_by, "service.given_by")
        before = case_repo.read_service(row)
        changes = item_changes(RecordKind.SERVICE, [before], [service])
        if not changes:
            return False
        case_repo.fill_service(row, service)
        session.flush()
        workspace.audit(
            session, "service.update", "service_given", row.id, case.id, encode(changes)
        )
        return True


def _live_row(session: Session, case: Case, service_id: str, number: str) -> ServiceRow:
    row = session.get(ServiceRow, service_id)
    if row is None or row.case_id != case.id or row.struck_out_on is not None:
        raise NotFound(NO_SUCH_SERVICE, number=number)
    return row


def list_services(workspace: Workspace, number: str) -> list[ServiceView]:
    """The case's services not struck out, the latest first."""
    with workspace.session() as session:
        case = visible_case(workspace, session, number)
        names = {s.id: _name(s) for s in session.scalars(select(Staff))}
        rows = session.scalars(
            select(ServiceRow).where(
                ServiceRow.case_id == case.id, ServiceRow.struck_out_on.is_(None)
            )
        ).all()
        views = []
        for row in rows:
            try:
                service = case_repo.read_service(row)
            except DamagedField as exc:
                raise DamagedRecord(
                    record=f"{exc.table} {exc.row_id} (case {number})", column=exc.column
                ) from None
            views.append(ServiceView(service, names.get(row.given_by or "", "")))
        views.sort(key=lambda v: (v.service.given_on, v.service.id or ""), reverse=True)
        return views
