"""Safety plans of a case: kept encrypted under the case's key, one signed audit entry each, and
printed for her as a short PDF in memory (``letters.safety_plan``), each printing audited. The
printout never names the centre or an address: a plan whose text names the organisation or one of
its office addresses is refused for printing, naming the part, so it can be reworded first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from caseapp.domain.changes import Action, RecordChange, RecordKind, encode, label_of
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.safety_plan import PARTS, SafetyPlan, validate_plan
from caseapp.letters.fonts import find_fonts
from caseapp.letters.safety_plan import render_plan
from caseapp.letters.texts import check_lang
from caseapp.services.cases import visible_case
from caseapp.services.errors import InvalidInput, NotFound
from caseapp.services.workspace import Workspace
from caseapp.storage import case_repo
from caseapp.storage.case_repo import live
from caseapp.storage.models import Organisation, Staff

_MIN_NAMED = 6
"""A name or address shorter than this is not looked for in a plan's text (too many false hits)."""


@dataclass(frozen=True)
class PlanView:
    plan: SafetyPlan
    author: str


def record_plan(workspace: Workspace, number: str, plan: SafetyPlan) -> str:
    """Keep a new safety plan of the case (its parts encrypted); returns its id."""
    plan.parts = {k: v.strip() for k, v in plan.parts.items() if v and v.strip()}
    validate_plan(plan, date.today())
    plan.author_id = workspace.actor.staff_id or None
    plan.id = None
    with workspace.transaction() as session:
        case = visible_case(workspace, session, number, write=True)
        row = case_repo.add_plan(case, plan)
        session.flush()
        added = RecordChange(RecordKind.PLAN, Action.ADDED, label_of(RecordKind.PLAN, row))
        detail = encode([added])
        workspace.audit(session, "safety_plan.create", "safety_plan", row.id, case.id, detail)
        return row.id


def list_plans(workspace: Workspace, number: str) -> list[PlanView]:
    """The case's plans not struck out, the latest first (made last; of one day's, the one
    reviewed last: the one whose review the reminder follows)."""
    with workspace.session() as session:
        case = visible_case(workspace, session, number)
        names: dict[str, str] = {i: u for i, u in session.execute(select(Staff.id, Staff.username))}
        views = [
            PlanView(case_repo.read_plan(row), names.get(row.author_id or "", ""))
            for row in case.safety_plans
            if live(row)
        ]
    views.sort(key=lambda v: (v.plan.made_on, v.plan.review_on, v.plan.id or ""), reverse=True)
    return views


def plan_pdf(
    workspace: Workspace, number: str, plan_id: str, lang: str, *, font: str | None = None
) -> bytes:
    """The plan printed for her in ``lang`` (ru, kk or en), made in memory; one audit entry."""
    check_lang(lang)
    with workspace.session() as session:
        case = visible_case(workspace, session, number)
        rows = [r for r in case.safety_plans if r.id == plan_id and live(r)]
        if not rows:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "Case {number} has no such safety plan."),
                number=number,
            )
        plan = case_repo.read_plan(rows[0])
        org = session.scalars(select(Organisation)).one()
        named = [
            text.casefold()
            for text in (
                org.name_ru,
                org.name_kk,
                org.name_en,
                org.address,
                org.address_kk,
                org.address_en,
            )
            if len(text.strip()) >= _MIN_NAMED
        ]
        case_id = case.id
    for part in PARTS:
        text = plan.part(part).casefold()
        if any(name in text for name in named):
            raise InvalidInput(
                part,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{field} names the organisation or its address: the printed plan never "
                    "does. Reword it in a new plan first.",
                ),
            )
    pdf = render_plan(plan, lang, find_fonts(font))
    with workspace.transaction() as session:
        workspace.audit(
            session, "safety_plan.print", "safety_plan", plan_id, case_id, lang, changed=False
        )
    return pdf
