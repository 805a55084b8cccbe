"""The figures at the top of the "Today" screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from caseapp.domain.reminders import Reminder
from caseapp.services.cases import deleted_case_ids, live_case, visible_cases
from caseapp.services.reminders import reminders_with_rows
from caseapp.services.search import display_name
from caseapp.services.workspace import Workspace
from caseapp.storage.models import Case, Client, ProtectionOrder, ShelterStay, Staff


@dataclass(frozen=True)
class DashboardCounts:
    active_orders: int
    in_shelter: int
    beds: int

    @property
    def free_beds(self) -> int:
        return max(0, self.beds - self.in_shelter)


def dashboard_counts(workspace: Workspace, today: date) -> DashboardCounts:
    with workspace.session() as session:
        visible = visible_cases(workspace, session)
        orders = (
            session.scalar(
                select(func.count())
                .select_from(ProtectionOrder)
                .join(Case, Case.id == ProtectionOrder.case_id)
                .where(
                    ProtectionOrder.struck_out_on.is_(None),
                    ProtectionOrder.issued_on <= today,
                    ProtectionOrder.expires_on >= today,
                    or_(ProtectionOrder.revoked_on.is_(None), ProtectionOrder.revoked_on > today),
                    visible,
                    live_case(),
                )
            )
            or 0
        )
        # Beds are the organisation's, so occupancy counts every stay, visible or not.
        sheltered = (
            session.scalar(
                select(func.count())
                .select_from(ShelterStay)
                .where(
                    ShelterStay.struck_out_on.is_(None),
                    ShelterStay.case_id.not_in(deleted_case_ids()),
                    ShelterStay.admitted_on <= today,
                    or_(ShelterStay.left_on.is_(None), ShelterStay.left_on > today),
                )
            )
            or 0
        )
        beds = workspace.organisation(session).bed_count
        return DashboardCounts(orders, sheltered, beds)


@dataclass(frozen=True)
class DashboardItem:
    reminder: Reminder
    risk: str  # the case's risk level code, so high-risk cases come first
    name: str = ""  # the alias, or her initials when she has none: for a screen left open
    alias: str = ""  # the alias only (empty when none): for anything printed
    responsible: str = ""  # the user name of the person the case is assigned to
    row_id: str = ""  # the order, stay, consent or court requirement the reminder is about


def initials(full_name: str) -> str:
    """ "Айжан Қасымова" -> "А. Қ.": enough for her worker to know the case on a screen that
    stays open all day, too little for whoever passes by."""
    return " ".join(f"{word[0]}." for word in full_name.split() if word[:1].isalpha())


def dashboard_items(workspace: Workspace, today: date) -> list[DashboardItem]:
    """The day's reminders with whose case it is (the client's alias, else her initials), who
    is responsible and the case's risk level. Only these cases' names are decrypted."""
    reminders = reminders_with_rows(workspace, today)
    numbers = {r.case for r, _ in reminders}
    about: dict[str, tuple[str, str, str, str]] = {}
    with workspace.session() as session:
        rows = session.execute(
            select(
                Case.id,
                Case.number,
                Case.risk,
                Client.id,
                Client.alias_ct,
                Client.full_name_ct,
                Staff.username,
            )
            .join(Client, Client.id == Case.client_id)
            .outerjoin(Staff, Staff.id == Case.assigned_to)
            .where(Case.number.in_(numbers))
        ).all()
        chest = workspace.chest
        for case_id, number, risk, client_id, alias_ct, name_ct, user in rows:
            name = display_name(chest, session, case_id, client_id, alias_ct, name_ct)
            alias = name if alias_ct is not None else ""
            about[number] = (risk, alias or initials(name), alias, user or "")
    unknown = ("unknown", "", "", "")
    return [DashboardItem(r, *about.get(r.case, unknown), row_id=row_id) for r, row_id in reminders]
