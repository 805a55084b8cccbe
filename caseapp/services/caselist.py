"""The case list: counts and pages of rows, decrypting only the rows on screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, exists, func, or_, select

from caseapp.services.cases import live_case, visible_cases
from caseapp.services.offices import OfficeInfo, list_offices
from caseapp.services.search import display_name, matching_condition
from caseapp.services.workspace import Workspace
from caseapp.storage.models import Case, Client, ProtectionOrder, ShelterStay, Staff


@dataclass(frozen=True)
class CaseFilter:
    query: str = ""
    status: str | None = None
    assigned_to: str | None = None
    office_id: str | None = None
    order_in_force: bool = False
    in_shelter: bool = False


@dataclass(frozen=True)
class CaseRow:
    number: str
    client: str
    opened_on: date
    status: str
    risk: str
    assigned_to: str
    order_in_force: bool
    in_shelter: bool


def _order_in_force(today: date) -> ColumnElement[bool]:
    return exists().where(
        ProtectionOrder.case_id == Case.id,
        ProtectionOrder.struck_out_on.is_(None),
        ProtectionOrder.issued_on <= today,
        ProtectionOrder.expires_on >= today,
        or_(ProtectionOrder.revoked_on.is_(None), ProtectionOrder.revoked_on > today),
    )


def _in_shelter(today: date) -> ColumnElement[bool]:
    return exists().where(
        ShelterStay.case_id == Case.id,
        ShelterStay.struck_out_on.is_(None),
        ShelterStay.admitted_on <= today,
        or_(ShelterStay.left_on.is_(None), ShelterStay.left_on > today),
    )


class CaseQuery:
    """One filtered view of the cases, counted once and fetched page by page."""

    def __init__(self, workspace: Workspace, case_filter: CaseFilter, today: date | None = None):
        self.workspace = workspace
        self.today = today or date.today()
        self.empty = False
        with workspace.session() as session:
            conditions: list[ColumnElement[bool]] = [
                visible_cases(workspace, session, newest_first=True),
                live_case(),
            ]
            if case_filter.query.strip():
                matching = matching_condition(workspace, session, case_filter.query)
                if matching is None:
                    self.empty = True
                else:
                    conditions.append(matching)
        if case_filter.status:
            conditions.append(Case.status == case_filter.status)
        if case_filter.assigned_to:
            conditions.append(Case.assigned_to == case_filter.assigned_to)
        if case_filter.office_id:
            # Deliberately not through the office index: SQLite would then sort every case of a
            # big office before showing the first screen (150 ms for 80,000 cases), where walking
            # the opened_on index finds the newest of an office's cases at once (a few ms; about
            # 25 ms for an office holding 0.1% of 100,000 cases).
            conditions.append(func.coalesce(Case.office_id, "") == case_filter.office_id)
        if case_filter.order_in_force:
            conditions.append(_order_in_force(self.today))
        if case_filter.in_shelter:
            conditions.append(_in_shelter(self.today))
        self.where = and_(*conditions)

    def count(self) -> int:
        if self.empty:
            return 0
        with self.workspace.session() as session:
            return session.scalar(select(func.count()).select_from(Case).where(self.where)) or 0

    def page(self, offset: int, limit: int) -> list[CaseRow]:
        """One page, newest first; only these rows' names are decrypted."""
        if self.empty:
            return []
        today = self.today
        with self.workspace.session() as session:
            chest = self.workspace.chest
            rows = session.execute(
                select(
                    Case.id,
                    Case.number,
                    Client.id,
                    Client.alias_ct,
                    Client.full_name_ct,
                    Case.opened_on,
                    Case.status,
                    Case.risk,
                    Staff.username,
                    _order_in_force(today),
                    _in_shelter(today),
                )
                .join(Client, Client.id == Case.client_id)
                .outerjoin(Staff, Staff.id == Case.assigned_to)
                .where(self.where)
                .order_by(Case.opened_on.desc(), Case.number.desc())
                .offset(offset)
                .limit(limit)
            ).all()
            result = []
            for case_id, number, client_id, alias, full_name, *rest in rows:
                opened, status, risk, user, order, shelter = rest
                name = display_name(chest, session, case_id, client_id, alias, full_name)
                result.append(
                    CaseRow(
                        number, name, opened, status, risk, user or "", bool(order), bool(shelter)
                    )
                )
        return result


def staff_choices(workspace: Workspace) -> list[tuple[str, str]]:
    """(staff id, user name) of active accounts, for the list's "assigned to" filter."""
    with workspace.session() as session:
        rows = session.execute(
            select(Staff.id, Staff.username).where(Staff.active).order_by(Staff.username)
        ).all()
        return [(staff_id, username) for staff_id, username in rows]


def office_choices(workspace: Workspace) -> list[OfficeInfo]:
    """The offices whose cases this person sees as a whole (she holds their key), for the list's
    office filter: every office for an administrator or when everyone sees every case; her own
    offices when staff see their offices' cases; none when staff see only their assigned cases."""
    everything = list_offices(workspace)  # first: it takes in a change of keys since unlock
    held = set(workspace.chest.held_offices())
    return [office for office in everything if office.office_id in held]
