"""What may go on paper, and the record that it did.

Paper leaves the computer: it is left on desks, carried home, lost. So everything printed from
here names the client by her alias only (never her name, IIN, phone or address), never says where
a shelter room or a stay's destination is, and leaves out free text (notes, incident descriptions,
the terms of court requirements), which so often holds an address or a relative's name. Of a
risk assessment it prints the date, the level and whether her worker raised it (never the answers
or the reason); of a safety plan the day it was made and its review date (its content is hers);
of the files kept with the case their number by type (never a name). The redaction is done here,
once, so no screen can print more than this. Each printout is one audit entry.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain import records as rec
from caseapp.domain.enums import RiskLevel
from caseapp.services import storage_errors
from caseapp.services.cases import load_verified, read_record
from caseapp.services.dashboard import DashboardItem, dashboard_items
from caseapp.services.letter_register import RegisterEntry, letter_register
from caseapp.services.shelter import BoardRow, require_shelter_key, shelter_board
from caseapp.services.workspace import Workspace
from caseapp.storage.case_repo import live, read_assessment
from caseapp.storage.models import Attachment, Case, Staff


@dataclass(frozen=True)
class PrintedAssessment:
    assessed_on: date
    level: RiskLevel
    raised: bool  # her worker's judgement raised the level (the reason is not printed)


@dataclass(frozen=True)
class PrintedPlan:
    made_on: date
    review_on: date


@dataclass(frozen=True)
class CaseSummary:
    """A case as it may be printed: the record with everything identifying or locating taken
    out, the responsible person's user name, the letters issued about it, its risk assessments
    and safety plans by their dates, and how many files of each type it keeps."""

    record: rec.CaseRecord
    responsible: str
    letters: tuple[RegisterEntry, ...]
    assessments: tuple[PrintedAssessment, ...] = ()
    plans: tuple[PrintedPlan, ...] = ()
    files: tuple[tuple[str, int], ...] = ()  # (MIME type, how many), most first


def _record_printing(workspace: Workspace, what: str, case_id: str | None = None) -> None:
    """The audit entry; when the database cannot be written she still prints, unrecorded, as
    she may still read (the same rule as opening a case)."""
    if workspace.read_only:
        return
    try:
        with workspace.transaction() as session:
            workspace.audit(
                session, what, "case" if case_id else "report", case_id, case_id, changed=False
            )
    except (storage_errors.ReadOnlyDatabase, storage_errors.DiskFull):
        workspace.read_only = True
    except storage_errors.DatabaseBusy:
        pass


def _redacted(record: rec.CaseRecord) -> rec.CaseRecord:
    birth = record.client.birth_date
    return replace(
        record,
        client=rec.Client(
            full_name="",
            alias=record.client.alias,
            birth_date=date(birth.year, 1, 1) if birth else None,  # the year only is printed
        ),
        perpetrator=rec.Perpetrator(relation=record.perpetrator.relation),
        orders=[
            replace(
                order,
                officer="",
                officer_phone="",
                violations="",
                checks=[replace(check, officer="", note="") for check in order.checks],
            )
            for order in record.orders
        ],
        requirements=[replace(r, description="") for r in record.requirements],
        stays=[
            replace(s, room="", destination="", departure_reason="", extension_reason="")
            for s in record.stays
        ],
        incidents=[replace(i, description="") for i in record.incidents],
        risk_assessments=[],
        safety_plans=[],
        notes="",
    )


def _assessments(case: Case) -> tuple[PrintedAssessment, ...]:
    rows = sorted((a for a in case.assessments if live(a)), key=lambda a: (a.assessed_on, a.id))
    return tuple(
        PrintedAssessment(a.assessed_on, RiskLevel(a.level), read_assessment(a)[0].raised_to
                          is not None)
        for a in rows
    )  # fmt: skip


def _files(session: Session, case: Case) -> tuple[tuple[str, int], ...]:
    """How many files of each type: their sealed meta is opened for the type, nothing else."""
    rows = session.scalars(
        select(Attachment).where(Attachment.case_id == case.id, Attachment.struck_out_on.is_(None))
    ).all()
    types = Counter(str(json.loads(a.meta or "{}").get("type", "")) for a in rows)
    return tuple(sorted(types.items(), key=lambda t: (-t[1], t[0])))


def case_summary(workspace: Workspace, number: str) -> CaseSummary:
    """The case for printing (verified whole, as when it is opened), recorded in its history."""
    with workspace.session() as session:
        case = load_verified(workspace, session, number)
        record = read_record(workspace, case, number)
        case_id = case.id
        assessments = _assessments(case)
        plans = tuple(
            PrintedPlan(p.made_on, p.review_on)
            for p in sorted(case.safety_plans, key=lambda p: (p.made_on, p.id))
            if live(p)
        )
        files = _files(session, case)
        responsible = ""
        if case.assigned_to:
            staff = session.get(Staff, case.assigned_to)
            responsible = staff.username if staff is not None else ""
    letters = tuple(letter_register(workspace, case=number))
    _record_printing(workspace, "case.print", case_id)
    return CaseSummary(_redacted(record), responsible, letters, assessments, plans, files)


def today_printout(workspace: Workspace, today: date) -> list[DashboardItem]:
    """Today's reminders for printing: aliases only, never a name."""
    items = [replace(item, name="") for item in dashboard_items(workspace, today)]
    _record_printing(workspace, "today.print")
    return items


def board_printout(workspace: Workspace, today: date) -> list[BoardRow]:
    """The shelter board for printing: who is in and until when, never a room. A bed taken in a
    case she may not see is counted, nothing more."""
    require_shelter_key(workspace)
    rows = [replace(row, room="") for row in shelter_board(workspace, today)]
    _record_printing(workspace, "board.print")
    return rows
