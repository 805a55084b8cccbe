"""The figures at the top of the "Today" screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from caseapp.domain.reminders import Reminder
from caseapp.services.cases import deleted_case_ids, live_case, visible_cases
from caseapp.services.reminders import reminders_for_day
from caseapp.services.workspace import Workspace
from caseapp.storage.models import Case, ProtectionOrder, ShelterStay


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


def dashboard_items(workspace: Workspace, today: date) -> list[DashboardItem]:
    """The day's reminders with their case's risk level (read from a plain column)."""
    reminders = reminders_for_day(workspace, today)
    numbers = {r.case for r in reminders}
    with workspace.session() as session:
        risks = dict(
            session.execute(select(Case.number, Case.risk).where(Case.number.in_(numbers))).all()
        )
    return [DashboardItem(r, risks.get(r.case, "unknown")) for r in reminders]
