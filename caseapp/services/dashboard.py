"""The figures at the top of the "Today" screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from caseapp.services.cases import visible_cases
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
                    ProtectionOrder.issued_on <= today,
                    ProtectionOrder.expires_on >= today,
                    or_(ProtectionOrder.revoked_on.is_(None), ProtectionOrder.revoked_on > today),
                    visible,
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
                    ShelterStay.admitted_on <= today,
                    or_(ShelterStay.left_on.is_(None), ShelterStay.left_on > today),
                )
            )
            or 0
        )
        beds = workspace.organisation(session).bed_count
        return DashboardCounts(orders, sheltered, beds)
