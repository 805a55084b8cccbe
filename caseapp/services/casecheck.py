"""A case is verified before it is shown, changed or put into a letter: every row's MAC, the set
of its rows, and its seal against the latest signed audit entry about it (``storage.rowseal``)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services.errors import AccessDenied, OperationFailed
from caseapp.services.workspace import Workspace
from caseapp.storage import audit, rowseal
from caseapp.storage.models import AuditEntry, Case
from caseapp.storage.scopes import NoKey, WrongCaseKey


class TamperedCase(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Case {number} was damaged or changed outside the program ({record}), so it is not shown "
        "and no letter is issued from it. Tell your administrator: 'caseapp check' lists what "
        "changed.",
    )


def seal_problems(workspace: Workspace, session: Session, case: Case) -> list[str]:
    """Whether the case's seal is the one its latest signed audit entry carries."""
    latest = audit.latest_for_case(session, case.id)
    if latest is None:
        return [f"case_file {case.id}: the audit log has no entry about this case."]
    entry, previous = latest
    if bytes(entry.mac) != audit.entry_hash(entry, previous):
        return [f"Audit entry {entry.seq} was altered or is out of place."]
    problem = audit.entry_problem(entry, previous, workspace.authority.signing_keys)
    if problem is not None:
        return [problem]
    if entry.case_seal is None or case.mac is None or bytes(entry.case_seal) != bytes(case.mac):
        return [
            f"case_file {case.id}: the case does not match its latest audit entry "
            f"({entry.seq}): it was put back to an older state or changed outside the program."
        ]
    return []


def seal_problems_of(workspace: Workspace, session: Session, cases: list[Case]) -> list[str]:
    """``seal_problems`` for many cases in a few queries."""
    ids = [case.id for case in cases]
    latest: dict[str | None, int] = {
        case_id: seq
        for case_id, seq in session.execute(
            select(AuditEntry.case_id, func.max(AuditEntry.seq))
            .where(AuditEntry.case_id.in_(ids))
            .group_by(AuditEntry.case_id)
        )
    }
    wanted = set(latest.values()) | {seq - 1 for seq in latest.values()}
    entries = {
        e.seq: e for e in session.scalars(select(AuditEntry).where(AuditEntry.seq.in_(wanted)))
    }
    problems = []
    for case in cases:
        seq = latest.get(case.id)
        if seq is None:
            problems.append(f"case_file {case.id}: the audit log has no entry about this case.")
            continue
        entry, before = entries[seq], entries.get(seq - 1)
        previous = bytes(before.mac) if before is not None else audit.GENESIS
        if bytes(entry.mac) != audit.entry_hash(entry, previous):
            problems.append(f"Audit entry {entry.seq} was altered or is out of place.")
            continue
        problem = audit.entry_problem(entry, previous, workspace.authority.signing_keys)
        if problem is not None:
            problems.append(problem)
        elif (
            entry.case_seal is None or case.mac is None or bytes(entry.case_seal) != bytes(case.mac)
        ):
            problems.append(
                f"case_file {case.id}: the case does not match its latest audit entry "
                f"({entry.seq}): it was put back to an older state or changed outside the program."
            )
    return problems


def case_problems(workspace: Workspace, session: Session, case: Case) -> list[str]:
    try:
        problems = rowseal.case_problems(session, workspace.chest, case)
    except WrongCaseKey:
        return [f"case_file {case.id}: the case's key was replaced outside the program."]
    return problems + seal_problems(workspace, session, case)


def _refuse(workspace: Workspace, session: Session, case: Case, problems: list[str]) -> None:
    if problems:
        record = problems[0].split(":", 1)[0]
        raise TamperedCase(number=case.number, record=record)


def verify_case(workspace: Workspace, session: Session, case: Case) -> None:
    """The whole case, as opening it or a letter needs: TamperedCase naming the first record."""
    try:
        _refuse(workspace, session, case, case_problems(workspace, session, case))
    except NoKey:
        raise AccessDenied(
            QT_TRANSLATE_NOOP("errors", "Case {number} is not assigned to you."),
            number=case.number,
        ) from None


def verify_case_row(workspace: Workspace, session: Session, case: Case) -> None:
    """The case row and its seal only: enough before a change, so that nothing is written under
    a case key someone replaced."""
    try:
        key = workspace.chest.case_rows_key(session, case.id)
    except WrongCaseKey:
        raise TamperedCase(number=case.number, record=f"case_file {case.id}") from None
    except NoKey:
        raise AccessDenied(
            QT_TRANSLATE_NOOP("errors", "Case {number} is not assigned to you."),
            number=case.number,
        ) from None
    problems = []
    if case.mac is None or bytes(case.mac) != rowseal.row_mac(key, case):
        problems.append(f"case_file {case.id}: changed")
    problems += seal_problems(workspace, session, case)
    _refuse(workspace, session, case, problems)
