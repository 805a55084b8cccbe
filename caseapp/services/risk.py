"""Risk assessments of a case and the organisation's thresholds. An assessment is one signed
audit entry; the case's risk (``case_file.risk``, what lists, Today and printouts show) follows
the latest assessment from then on (``storage.case_repo.latest_level``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from caseapp.domain.changes import Action, RecordChange, RecordKind, encode, label_of
from caseapp.domain.enums import RiskLevel
from caseapp.domain.risk import (
    Answer,
    Assessment,
    Thresholds,
    answers_of,
    check_thresholds,
    validate_assessment,
)
from caseapp.services.cases import visible_case
from caseapp.services.workspace import Workspace
from caseapp.storage import case_repo
from caseapp.storage.case_repo import live
from caseapp.storage.models import Organisation, Staff

_RANK = {RiskLevel.UNKNOWN: 0, RiskLevel.LOW: 1, RiskLevel.STANDARD: 1, RiskLevel.MEDIUM: 2}
_RANK[RiskLevel.HIGH] = 3


@dataclass(frozen=True)
class AssessmentView:
    assessed_on: date
    author: str
    score: int
    computed: RiskLevel  # the level the score gave against the thresholds of its day
    level: RiskLevel  # the assessment's level: raised_to, else computed
    raised_to: RiskLevel | None
    reason: str
    answers: Mapping[str, Answer]
    id: str


def thresholds(workspace: Workspace) -> Thresholds:
    with workspace.session() as session:
        org = workspace.organisation(session)
        return Thresholds(org.risk_medium_at, org.risk_high_at)


def set_thresholds(workspace: Workspace, new: Thresholds) -> None:
    """The organisation's thresholds (an administrator); later assessments are scored against
    them, earlier ones keep the level they were given."""
    check_thresholds(new)
    with workspace.transaction() as session:
        workspace.require_admin(session)
        org = session.scalars(select(Organisation)).one()
        org.risk_medium_at, org.risk_high_at = new.medium_at, new.high_at
        workspace.audit(
            session,
            "organisation.risk_thresholds",
            "organisation",
            org.id,
            detail=f"{new.medium_at},{new.high_at}",
        )


def record_assessment(
    workspace: Workspace,
    number: str,
    answers: Mapping[str, str],
    *,
    assessed_on: date | None = None,
    raised_to: RiskLevel | None = None,
    reason: str = "",
) -> tuple[int, int, RiskLevel]:
    """Keep one assessment of the case (its answers encrypted); returns the case's version
    before and after, and its risk now (the latest assessment's level)."""
    assessment = Assessment(
        assessed_on=assessed_on or date.today(),
        answers=answers_of(answers),
        raised_to=raised_to,
        reason=reason,
        author_id=workspace.actor.staff_id or None,
    )
    with workspace.transaction() as session:
        org = workspace.organisation(session)
        limits = Thresholds(org.risk_medium_at, org.risk_high_at)
        validate_assessment(assessment, limits, date.today())
        case = visible_case(workspace, session, number, write=True)
        before = case.version
        row = case_repo.add_assessment(case, assessment, limits)
        level = case_repo.latest_level(case)
        assert level is not None
        case.risk = level.value
        session.flush()
        added = RecordChange(RecordKind.RISK, Action.ADDED, label_of(RecordKind.RISK, row))
        detail = encode([added])
        workspace.audit(session, "risk.assess", "risk_assessment", row.id, case.id, detail)
        return before, case.version, level


def list_assessments(workspace: Workspace, number: str) -> list[AssessmentView]:
    """The case's assessments not struck out, newest first (of one day's, the higher level
    first: the one the case's risk follows)."""
    with workspace.session() as session:
        case = visible_case(workspace, session, number)
        names: dict[str, str] = {i: u for i, u in session.execute(select(Staff.id, Staff.username))}
        views = []
        for row in case.assessments:
            if not live(row):
                continue
            a, kept = case_repo.read_assessment(row)
            views.append(
                AssessmentView(
                    assessed_on=a.assessed_on,
                    author=names.get(row.author_id or "", ""),
                    score=int(kept.get("score", 0)),
                    computed=RiskLevel(kept.get("computed", "standard")),
                    level=RiskLevel(row.level),
                    raised_to=a.raised_to,
                    reason=a.reason,
                    answers=a.answers,
                    id=row.id,
                )
            )
        # Of one day's, the higher level first: the one that gives the case's risk.
        views.sort(key=lambda v: (v.assessed_on, _RANK[v.level], v.id), reverse=True)
        return views
