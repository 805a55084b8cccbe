"""The outgoing-letter register: its gapless per-year numbering, its listing and the lookup of a
letter file by its SHA-256.

Each letter takes the next number of its year in the same transaction as its register row and
audit entry, so a refused or failed letter takes no number.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.letters import kind_codes, letter_kind
from caseapp.letters.texts import check_kind
from caseapp.services.cases import visible_case, visible_cases
from caseapp.services.errors import DamagedRecord, OperationFailed
from caseapp.services.letter_texts import number_format_in
from caseapp.services.workspace import Workspace
from caseapp.storage.fields import DamagedField
from caseapp.storage.models import Case, LetterCounter, OutgoingLetter, Staff


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the outgoing-letter register."""

    number: str
    issued_on: date
    kind: LetterKind  # an old register row's code read as the nearest new kind
    lang: str
    recipient: str
    case_number: str
    author: str
    sha256: str
    emergency_override: bool
    has_pdf: bool = False  # the letter itself is kept (issued since revision i15)


def _locked_counter(session: Session, year: int) -> LetterCounter:
    """The year's counter row, locked until the transaction ends (FOR UPDATE: a row lock on
    PostgreSQL; SQLite's write lock is already held) and read afresh. The first letter of a year
    makes the row; when two clients make it at once, one insert fails on the primary key, inside
    a savepoint, and that client locks the other's row instead."""
    locked = (
        select(LetterCounter)
        .where(LetterCounter.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    counter = session.scalar(locked)
    if counter is not None:
        return counter
    try:
        with session.begin_nested():
            session.add(LetterCounter(year=year, last=0))
    except IntegrityError:
        pass  # another client made it first; its row is committed now
    return session.scalars(locked).one()


def allocate_number(session: Session, on: date) -> tuple[str, int]:
    """The next register number of the letter's year, gapless and never given twice: the
    counter row is locked first, so the checks and the increment below see every letter
    committed before, and the register row's unique (year, seq) backs it up. A new letter may not
    be dated before the year's last one, so the register stays in order."""
    year = on.year
    counter = _locked_counter(session, year)
    last = session.execute(
        select(OutgoingLetter.number, OutgoingLetter.issued_on)
        .where(OutgoingLetter.year == year)
        .order_by(OutgoingLetter.seq.desc())
        .limit(1)
    ).first()
    if last is not None and last.issued_on > on:
        raise OperationFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "Letter {number} of the outgoing register is dated {date}: a new letter cannot "
                "be dated earlier.",
            ),
            number=last.number,
            date=last.issued_on.isoformat(),
        )
    counter.last += 1
    session.flush()
    n = counter.last
    return number_format_in(session).format(n=n, year=year), n


def letter_register(
    workspace: Workspace,
    *,
    year: int | None = None,
    kind: LetterKind | str | None = None,
    case: str | None = None,
) -> list[RegisterEntry]:
    """The outgoing register, oldest first, filtered by year, kind and case number; only
    letters about cases this person may see."""
    with workspace.session() as session:
        where: list[ColumnElement[bool]] = [visible_cases(workspace, session)]
        if year is not None:
            where.append(OutgoingLetter.year == year)
        if kind is not None:
            where.append(OutgoingLetter.kind.in_(kind_codes(check_kind(str(kind)))))
        if case is not None:
            where.append(OutgoingLetter.case_id == visible_case(workspace, session, case).id)
        rows = session.execute(
            select(OutgoingLetter, Case.number, Staff, OutgoingLetter.pdf_ct.is_not(None))
            .join(Case, Case.id == OutgoingLetter.case_id)
            .outerjoin(Staff, Staff.id == OutgoingLetter.author_id)
            .where(*where)
            .order_by(OutgoingLetter.year, OutgoingLetter.seq)
        ).all()
        try:
            return [
                RegisterEntry(
                    number=letter.number,
                    issued_on=letter.issued_on,
                    kind=letter_kind(letter.kind) or LetterKind.SOCIAL,
                    lang=letter.lang,
                    recipient=letter.recipient,
                    case_number=case_number,
                    author=(staff.full_name or staff.username) if staff is not None else "",
                    sha256=letter.sha256,
                    emergency_override=letter.emergency_override,
                    has_pdf=bool(kept),
                )
                for letter, case_number, staff, kept in rows
            ]
        except DamagedField as exc:
            raise DamagedRecord(record=f"{exc.table} {exc.row_id}", column=exc.column) from None


def find_in_register(workspace: Workspace, pdf: bytes) -> RegisterEntry | None:
    """The register entry of a letter file, by its SHA-256, or None: proves a PDF is the one
    issued (for letters about cases this person may see)."""
    digest = hashlib.sha256(pdf).hexdigest()
    with workspace.session() as session:
        found = session.execute(
            select(OutgoingLetter.year, Case.number)
            .join(Case, Case.id == OutgoingLetter.case_id)
            .where(OutgoingLetter.sha256 == digest, visible_cases(workspace, session))
        ).first()
    if found is None:
        return None
    entries = letter_register(workspace, year=found.year, case=found.number)
    return next((e for e in entries if e.sha256 == digest), None)


def issued_letter_pdf(workspace: Workspace, sha256: str) -> bytes | None:
    """The letter the register keeps under this fingerprint, byte for byte, for a case this person
    may see; None for a letter issued before the register kept letters. A kept letter whose bytes
    no longer match its fingerprint is damage, reported as such."""
    with workspace.session() as session:
        found = session.execute(
            select(OutgoingLetter)
            .join(Case, Case.id == OutgoingLetter.case_id)
            .where(OutgoingLetter.sha256 == sha256, visible_cases(workspace, session))
        ).scalar()
        if found is None or found.pdf_ct is None:
            return None
        try:
            pdf = base64.b64decode(found.pdf)
        except DamagedField as exc:
            raise DamagedRecord(record=f"{exc.table} {exc.row_id}", column=exc.column) from None
        if hashlib.sha256(pdf).hexdigest() != sha256:
            raise DamagedRecord(record=f"outgoing_letter {found.id}", column="pdf")
        return pdf
