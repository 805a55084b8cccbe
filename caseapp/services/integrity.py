"""``caseapp check``: the database's own integrity; with a person's keys also every ciphertext she
can read, the signed authority, every case's rows and seal, and the signed audit chain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from caseapp.services.casecheck import seal_problems_of
from caseapp.services.workspace import Workspace
from caseapp.storage import audit, rowseal
from caseapp.storage import authority as auth
from caseapp.storage.case_repo import all_encrypted_rows
from caseapp.storage.crypto import DecryptionFailed, is_field_ciphertext
from caseapp.storage.database import Database
from caseapp.storage.fields import encrypted_fields, open_text
from caseapp.storage.models import AddressBookEntry, Case, ShelterPlace, Staff, StaffOffice
from caseapp.storage.scopes import ORG_COMPARTMENT, SHELTER_COMPARTMENT, NoKey, WrongCaseKey

Progress = Callable[[int, int], None]


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    records_checked: int = 0
    keyed: bool = False
    unreadable: int = 0  # ciphertexts outside her grants: not hers to check

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(
    db: Database, workspace: Workspace | None = None, progress: Progress | None = None
) -> IntegrityReport:
    """Structure always; with an unlocked workspace everything her keys reach. Problems name
    records by table and random id, never by content."""
    report = IntegrityReport(keyed=workspace is not None)
    with db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            result = connection.execute(text("PRAGMA integrity_check")).scalars().all()
            if result != ["ok"]:
                report.problems.append("The database file is damaged: " + "; ".join(result[:5]))
                return report
    with db.session(workspace.chest if workspace else None) as session:
        _fields(session, report, workspace is not None)
        if workspace is not None:
            authority = auth.load(session)
            report.problems.extend(authority.problems)
            report.problems.extend(_copies(session, authority))
            report.problems.extend(
                f"The key grant {name} does not open with this person's keys."
                for name in workspace.chest.problems
            )
            report.problems.extend(sweep_cases(workspace, session, progress, contents=True))
            report.problems.extend(
                audit.verify(
                    session,
                    authority.signing_keys,
                    unsigned_before=authority.upgrade_audit_seq,
                    authority_head=authority.head_seq,
                )
            )
    return report


def _fields(session: Session, report: IntegrityReport, keyed: bool) -> None:
    for model in all_encrypted_rows():
        table = model.__tablename__
        descriptors = encrypted_fields(model)
        for row in session.scalars(select(model)).yield_per(1000):
            report.records_checked += 1
            for d in descriptors:
                blob = getattr(row, d.ct_attr)
                if blob is None:
                    continue
                blob = bytes(blob)
                row_id = row.id
                if not is_field_ciphertext(blob):
                    report.problems.append(
                        f"{table} {row_id}: field '{d.name}' is not a ciphertext."
                    )
                elif keyed:
                    try:
                        open_text(row, table, d.name, blob)
                    except (NoKey, WrongCaseKey):
                        report.unreadable += 1
                    except DecryptionFailed:
                        report.problems.append(
                            f"{table} {row_id}: field '{d.name}' is damaged or was moved."
                        )
            session.expunge(row)


def _copies(session: Session, authority: auth.Authority) -> list[str]:
    """The clear copies of the signed authority (roles, active, offices) that differ from it:
    someone changed them outside the program. The program follows the signed records."""
    problems = []
    offices: dict[str, set[str]] = {}
    for staff_id, office_id in session.execute(select(StaffOffice.staff_id, StaffOffice.office_id)):
        offices.setdefault(staff_id, set()).add(office_id)
    for staff in session.scalars(select(Staff)):
        member = authority.members.get(staff.id)
        if member is None:
            problems.append(f"staff {staff.id}: the account has no signed authority record.")
            continue
        if staff.role != member.role or bool(staff.active) != member.active:
            problems.append(
                f"staff {staff.id}: its role or active flag was changed outside the program "
                f"(the signed record says {member.role}, "
                f"{'active' if member.active else 'deactivated'})."
            )
        if offices.get(staff.id, set()) != set(member.offices):
            problems.append(f"staff {staff.id}: its offices were changed outside the program.")
    return problems


def sweep_cases(
    workspace: Workspace,
    session: Session,
    progress: Progress | None = None,
    *,
    contents: bool = False,
) -> list[str]:
    """Every case she can read, verified row by row and against its audit seal, with its
    attachments' pieces counted (``contents``: every piece opened and each file's digest
    compared, as ``caseapp check`` does); the shelter's placements when she holds its key."""
    from caseapp.services.attachment_check import content_problems, piece_problems
    from caseapp.services.cases import visible_cases

    problems: list[str] = []
    ids = list(session.scalars(select(Case.id).where(visible_cases(workspace, session))))
    chest = workspace.chest
    for done, start in enumerate(range(0, len(ids), 200)):
        chunk = ids[start : start + 200]
        chest.prefetch_case_keys(session, chunk)
        cases, unreadable = [], []
        for case in session.scalars(select(Case).where(Case.id.in_(chunk))):
            try:
                chest.case_key(session, case.id)
            except WrongCaseKey:
                unreadable.append(case)
                continue
            except NoKey:
                continue
            cases.append(case)
        problems.extend(
            f"case_file {case.id}: the case's key was replaced outside the program."
            for case in unreadable
        )
        problems.extend(rowseal.chunk_problems(session, chest, cases))
        problems.extend(seal_problems_of(workspace, session, cases))
        if contents:
            problems.extend(content_problems(session, chest, cases))
        else:
            problems.extend(piece_problems(session, cases))
        session.expunge_all()
        if progress is not None:
            progress(min(len(ids), (done + 1) * 200), len(ids))
    if chest.holds(SHELTER_COMPARTMENT):
        for place in session.scalars(select(ShelterPlace)):
            problem = rowseal.place_problem(chest, session, place)
            if problem is not None:
                problems.append(problem)
    if chest.holds(ORG_COMPARTMENT):
        for entry in session.scalars(select(AddressBookEntry)):
            problem = rowseal.entry_problem(chest, session, entry)
            if problem is not None:
                problems.append(problem)
    return problems
