"""Offices (branches) of the organisation: each case belongs to one, staff belong to one or more.

Office names are encrypted like every other free text. Everyone unlocked may list the offices (to
show a case's office); creating, renaming and choosing who works where is for an administrator,
with one audit entry per change. Which cases a person sees is decided in one place,
``caseapp.services.cases.visible_cases``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services import grants
from caseapp.services.errors import InvalidInput, OperationFailed
from caseapp.services.workspace import Workspace
from caseapp.storage import authority as auth
from caseapp.storage.fields import DamagedField, new_id
from caseapp.storage.models import Office, Staff, StaffOffice
from caseapp.storage.scopes import office_compartment

MAX_NAME = 200


@dataclass(frozen=True)
class OfficeInfo:
    office_id: str
    name: str  # "" for the main office of a database set up before offices existed
    seq: int


def home_office(session: Session, staff_id: str) -> str:
    """Where a case this person opens goes: her first office (in the order offices were made),
    or the organisation's first office when she is in none."""
    mine = session.scalar(
        select(Office.id)
        .join(StaffOffice, StaffOffice.office_id == Office.id)
        .where(StaffOffice.staff_id == staff_id)
        .order_by(Office.seq)
        .limit(1)
    )
    first = mine or session.scalar(select(Office.id).order_by(Office.seq).limit(1))
    if first is None:
        raise OperationFailed(
            QT_TRANSLATE_NOOP(
                "errors", "The organisation has no office; an administrator must add one."
            )
        )
    return first


def check_office(session: Session, office_id: str) -> None:
    if session.get(Office, office_id) is None:
        raise InvalidInput("office", QT_TRANSLATE_NOOP("errors", "There is no such office."))


def _clean_name(session: Session, name: str, *, keep: str | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("office", QT_TRANSLATE_NOOP("errors", "The office needs a name."))
    if len(name) > MAX_NAME:
        raise InvalidInput(
            "office",
            QT_TRANSLATE_NOOP("errors", "An office name may have at most {chars} characters."),
            chars=MAX_NAME,
        )
    for office in session.scalars(select(Office).where(Office.id != (keep or ""))):
        try:
            taken = office.name.casefold() == name.casefold()
        except DamagedField:
            taken = False
        if taken:
            raise InvalidInput(
                "office",
                QT_TRANSLATE_NOOP("errors", "There is already an office named '{name}'."),
                name=name,
            )
    return name


def list_offices(workspace: Workspace) -> list[OfficeInfo]:
    """Every office, in the order they were made; a damaged name shows as "?"."""
    with workspace.session() as session:
        result = []
        for office in session.scalars(select(Office).order_by(Office.seq)):
            try:
                name = office.name
            except DamagedField:
                name = "?"
            result.append(OfficeInfo(office.id, name, office.seq))
        return result


def add_office(workspace: Workspace, name: str) -> str:
    """A new office; returns its id."""
    with workspace.transaction() as session:
        workspace.require_admin(session)
        name = _clean_name(session, name)
        seq = (session.scalar(select(func.max(Office.seq))) or 0) + 1
        office = Office(id=new_id(), seq=seq)
        session.add(office)
        office.name = name
        session.flush()
        compartment = office_compartment(office.id)
        grants.open_compartment(session, workspace.authority, workspace.chest, compartment)
        workspace.audit(session, "office.create", "office", office.id)
        return office.id


def rename_office(workspace: Workspace, office_id: str, name: str) -> None:
    with workspace.transaction() as session:
        workspace.require_admin(session)
        office = session.get(Office, office_id)
        if office is None:
            raise InvalidInput("office", QT_TRANSLATE_NOOP("errors", "There is no such office."))
        office.name = _clean_name(session, name, keep=office_id)
        workspace.audit(session, "office.rename", "office", office.id)


def offices_of(workspace: Workspace, staff_id: str) -> list[str]:
    """The ids of the offices a staff member works in, in the order they were made."""
    with workspace.session() as session:
        if staff_id != workspace.actor.staff_id:
            workspace.require_admin(session)
        return _offices_of(session, staff_id)


def _offices_of(session: Session, staff_id: str) -> list[str]:
    return list(
        session.scalars(
            select(Office.id)
            .join(StaffOffice, StaffOffice.office_id == Office.id)
            .where(StaffOffice.staff_id == staff_id)
            .order_by(Office.seq)
        )
    )


def set_staff_offices(workspace: Workspace, staff_id: str, office_ids: Sequence[str]) -> None:
    """Where a staff member works: one office or more. Applies at once to what she sees."""
    wanted = list(dict.fromkeys(office_ids))
    if not wanted:
        raise InvalidInput(
            "offices",
            QT_TRANSLATE_NOOP("errors", "A staff member must belong to at least one office."),
        )
    with workspace.transaction() as session:
        authority = workspace.require_admin(session)
        member = authority.members.get(staff_id)
        if session.get(Staff, staff_id) is None or member is None:
            raise OperationFailed(QT_TRANSLATE_NOOP("errors", "There is no such user."))
        for office_id in wanted:
            check_office(session, office_id)
        before = _offices_of(session, staff_id)
        if set(before) == set(wanted) and set(member.offices) == set(wanted):
            return
        session.execute(delete(StaffOffice).where(StaffOffice.staff_id == staff_id))
        session.add_all(StaffOffice(staff_id=staff_id, office_id=o) for o in wanted)
        updated = auth.changed(member, offices=tuple(wanted))
        auth.member_record(session, authority, updated, workspace.signer, workspace.chest.pairs)
        grants.reconcile(session, authority, workspace.chest)
        workspace.audit(
            session, "staff.offices", "staff", staff_id, detail=",".join(sorted(wanted))
        )
