"""Referral letters: the consent gate, the outgoing register and the organisation's own texts.

A letter is built in memory and returned as bytes; the service never writes it to disk. Each
letter takes the next number of its year in the outgoing register, in the same transaction as
the register row and the audit entry, so numbers have no gaps: a refused or failed letter takes
no number.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date
from functools import cache
from string import Formatter
from typing import Final

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caseapp.domain import records as rec
from caseapp.domain.enums import RecipientKind, Role, ViolenceType
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.reminders import OrderFacts as CheckFacts
from caseapp.domain.reminders import missed_check_dates
from caseapp.domain.rules import consent_allows, order_in_force
from caseapp.letters.builders import (
    LetterBuilder,
    LetterFacts,
    LetterOrder,
    OrganisationFacts,
    StaffFacts,
)
from caseapp.letters.fonts import find_fonts
from caseapp.letters.renderer import LetterRenderer
from caseapp.letters.texts import (
    LetterText,
    check_kind,
    check_lang,
    parse_letter_text,
    shipped_source,
    shipped_text,
)
from caseapp.services.cases import visible_case, visible_cases
from caseapp.services.errors import DamagedRecord, InvalidInput, OperationFailed
from caseapp.services.workspace import Workspace
from caseapp.storage.fields import DamagedField
from caseapp.storage.models import (
    Case,
    EditedLetterText,
    LetterCounter,
    LetterSettings,
    OutgoingLetter,
    ProtectionOrder,
    Staff,
)

MIN_OVERRIDE_REASON: Final = 10
"""The shortest written reason accepted for the emergency override, in characters."""

DEFAULT_NUMBER_FORMAT: Final = "{n}/{year}"

_RECIPIENTS: Final = {
    # Parameters of an error message: the user interface translates them too.
    RecipientKind.POLICE: QT_TRANSLATE_NOOP("errors", "the police"),
    RecipientKind.COURT: QT_TRANSLATE_NOOP("errors", "a court"),
    RecipientKind.MEDICAL: QT_TRANSLATE_NOOP("errors", "a medical organisation"),
    RecipientKind.LEGAL_AID: QT_TRANSLATE_NOOP("errors", "legal aid"),
    RecipientKind.SHELTER: QT_TRANSLATE_NOOP("errors", "a shelter"),
    RecipientKind.SOCIAL: QT_TRANSLATE_NOOP("errors", "social services"),
}


class NoConsent(OperationFailed):
    """A letter carrying personal data, with no consent covering its recipient on its date."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The letter was refused: case {number} has no consent to give personal data to "
        "{recipient} on {date}; record the client's consent, or use the emergency override "
        "with a written reason if her life is in danger.",
    )


@dataclass(frozen=True)
class IssuedLetter:
    pdf: bytes
    register_number: str
    sha256: str


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the outgoing-letter register."""

    number: str
    issued_on: date
    kind: RecipientKind
    lang: str
    recipient: str
    case_number: str
    author: str
    sha256: str
    emergency_override: bool


@cache
def _renderer(font: str | None) -> LetterRenderer:
    return LetterRenderer(find_fonts(font))


def _check_reason(reason: str | None) -> str | None:
    if reason is None:
        return None
    reason = " ".join(reason.split())
    if len(reason) < MIN_OVERRIDE_REASON:
        raise InvalidInput(
            "override_reason",
            QT_TRANSLATE_NOOP(
                "errors",
                "The emergency override needs a written reason of at least {chars} characters.",
            ),
            chars=MIN_OVERRIDE_REASON,
        )
    return reason


def _chosen_order(case: Case, on: date) -> ProtectionOrder | None:
    """The order a letter is about: the latest in force on the letter's date, else the latest
    issued by then."""
    issued = [o for o in case.orders if o.issued_on <= on]
    in_force = [o for o in issued if order_in_force(o, on)]
    pool = in_force or issued
    return max(pool, key=lambda o: (o.issued_on, o.expires_on)) if pool else None


def _facts(workspace: Workspace, session: Session, case: Case, lang: str, on: date) -> LetterFacts:
    """Read what a letter may print, and nothing else: no address, safe contact or stay."""
    org = workspace.organisation(session)
    staff = session.get_one(Staff, workspace.actor.staff_id)
    client = case.client
    order = _chosen_order(case, on)
    letter_order: LetterOrder | None = None
    missed: tuple[date, ...] = ()
    if order is not None:
        letter_order = LetterOrder(
            number=order.number,
            issued_on=order.issued_on,
            expires_on=order.expires_on,
            issued_by=order.issued_by,
            served_on=order.served_on if order.served_on and order.served_on <= on else None,
        )
        check = CheckFacts(
            case=case.number,
            ref="",
            issued_on=order.issued_on,
            expires_on=order.expires_on,
            served_on=order.served_on,
            revoked_on=order.revoked_on,
            check_dates=tuple(c.checked_on for c in order.checks),
        )
        missed = tuple(missed_check_dates(check, on))
    birth_date = client.birth_date
    return LetterFacts(
        case_number=case.number,
        on=on,
        organisation=OrganisationFacts(
            name=str(getattr(org, f"name_{lang}")),
            address=org.address,
            phone=org.phone,
            bin=org.bin,
            director=org.director,
        ),
        author=StaffFacts(full_name=staff.full_name, position=staff.position, phone=staff.phone),
        client_name=client.full_name,
        iin=client.iin,
        birth_date=date.fromisoformat(birth_date) if birth_date else None,
        offender=case.perpetrator.full_name if case.perpetrator is not None else "",
        violence_types=tuple(ViolenceType(v) for v in case.violence_types.split(",") if v),
        order=letter_order,
        missed_checks=missed,
    )


def _consents(case: Case) -> list[rec.Consent]:
    return [
        rec.Consent(RecipientKind(k.recipient_kind), k.given_on, k.expires_on, k.withdrawn_on)
        for k in case.consents
    ]


def _edited_row(session: Session, kind: RecipientKind, lang: str) -> EditedLetterText | None:
    return session.scalar(
        select(EditedLetterText).where(
            EditedLetterText.kind == kind.value, EditedLetterText.lang == lang
        )
    )


def _text(session: Session, kind: RecipientKind, lang: str) -> LetterText:
    row = _edited_row(session, kind, lang)
    if row is None:
        return shipped_text(kind, lang)
    try:
        return parse_letter_text(row.body)
    except InvalidInput as exc:
        raise OperationFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The organisation's own text for this letter no longer passes the checks "
                "({problem}): an administrator must correct it.",
            ),
            problem=exc.message.rstrip("."),
        ) from None


def _number_format(session: Session) -> str:
    settings = session.scalar(select(LetterSettings))
    return settings.number_format if settings is not None else DEFAULT_NUMBER_FORMAT


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


def _allocate(session: Session, on: date) -> tuple[str, int]:
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
    return _number_format(session).format(n=n, year=year), n


def issue_letter(
    workspace: Workspace,
    number: str,
    kind: RecipientKind | str,
    lang: str,
    *,
    on: date | None = None,
    override_reason: str | None = None,
    font: str | os.PathLike[str] | None = None,
) -> IssuedLetter:
    """Issue a letter of `kind` in `lang` about case `number`, dated `on` (today by default).

    A letter whose text carries personal data needs a consent covering its recipient kind on its
    date; without one it is refused (`NoConsent`) unless `override_reason` gives, in writing, why
    a threat to life cannot wait (at least ten characters; the reason is kept in the encrypted
    audit entry). `font` is the configured TrueType file, if any (see `find_fonts`).

    One transaction: the register number, the register row (recipient encrypted, the PDF's
    SHA-256) and the audit entry; the PDF itself is returned, never stored.
    """
    recipient_kind, lang = check_kind(str(kind)), check_lang(lang)
    reason = _check_reason(override_reason)
    on = on or date.today()
    renderer = _renderer(os.fspath(font) if font is not None else None)
    with workspace.transaction() as session:
        case = visible_case(workspace, session, number)
        try:
            facts = _facts(workspace, session, case, lang, on)
            text = _text(session, recipient_kind, lang)
        except DamagedField as exc:
            raise DamagedRecord(
                record=f"{exc.table} {exc.row_id} (case {number})", column=exc.column
            ) from None
        override = False
        if text.carries_personal_data and not consent_allows(_consents(case), recipient_kind, on):
            if reason is None:
                raise NoConsent(
                    number=number, recipient=_RECIPIENTS[recipient_kind], date=on.isoformat()
                )
            override = True
        builder = LetterBuilder(recipient_kind, lang, text, facts)
        builder.check()
        register_number, seq = _allocate(session, on)
        pdf = renderer.render(builder.document(register_number))
        digest = hashlib.sha256(pdf).hexdigest()
        entry = OutgoingLetter(
            year=on.year,
            seq=seq,
            number=register_number,
            issued_on=on,
            kind=recipient_kind.value,
            lang=lang,
            case_id=case.id,
            author_id=workspace.actor.staff_id,
            emergency_override=override,
            sha256=digest,
        )
        session.add(entry)
        entry.recipient = builder.recipient
        session.flush()
        detail = f"letter {register_number}: {recipient_kind.value}, {lang}, sha256 {digest}"
        if override:
            detail += f"; emergency override without consent, reason: {reason}"
        workspace.audit(
            session,
            "letter.emergency_override" if override else "letter.issue",
            "letter",
            entry.id,
            case.id,
            detail,
        )
    return IssuedLetter(pdf=pdf, register_number=register_number, sha256=digest)


def letter_register(
    workspace: Workspace,
    *,
    year: int | None = None,
    kind: RecipientKind | str | None = None,
    case: str | None = None,
) -> list[RegisterEntry]:
    """The outgoing register, oldest first, filtered by year, kind and case number; only
    letters about cases this person may see."""
    with workspace.session() as session:
        where: list[ColumnElement[bool]] = [visible_cases(workspace, session)]
        if year is not None:
            where.append(OutgoingLetter.year == year)
        if kind is not None:
            where.append(OutgoingLetter.kind == check_kind(str(kind)).value)
        if case is not None:
            where.append(OutgoingLetter.case_id == visible_case(workspace, session, case).id)
        rows = session.execute(
            select(OutgoingLetter, Case.number, Staff)
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
                    kind=RecipientKind(letter.kind),
                    lang=letter.lang,
                    recipient=letter.recipient,
                    case_number=case_number,
                    author=(staff.full_name or staff.username) if staff is not None else "",
                    sha256=letter.sha256,
                    emergency_override=letter.emergency_override,
                )
                for letter, case_number, staff in rows
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


# --- the organisation's texts and numbering (administrators) -----------------------------------


def letter_text_source(workspace: Workspace, kind: RecipientKind | str, lang: str) -> str:
    """The TOML source of the text in use: the organisation's copy, else the shipped one."""
    recipient_kind, lang = check_kind(str(kind)), check_lang(lang)
    with workspace.session() as session:
        row = _edited_row(session, recipient_kind, lang)
        return row.body if row is not None else shipped_source(recipient_kind, lang)


def set_letter_text(
    workspace: Workspace, kind: RecipientKind | str, lang: str, text: str | LetterText
) -> None:
    """Store the organisation's own text for a kind and language (encrypted). `text` is TOML
    source like the shipped files, or a `LetterText`. A placeholder outside the allow-list --
    ``{room}``, ``{address}`` -- is refused with one sentence, and nothing is stored."""
    workspace.require_role(Role.ADMIN)
    recipient_kind, lang = check_kind(str(kind)), check_lang(lang)
    source = text if isinstance(text, str) else text.to_toml()
    parse_letter_text(source)
    with workspace.transaction() as session:
        row = _edited_row(session, recipient_kind, lang)
        if row is None:
            row = EditedLetterText(kind=recipient_kind.value, lang=lang)
            session.add(row)
        row.body = source
        session.flush()
        workspace.audit(
            session,
            "letter_text.update",
            "letter_text",
            row.id,
            detail=f"{recipient_kind.value} {lang}",
        )


def reset_letter_text(workspace: Workspace, kind: RecipientKind | str, lang: str) -> None:
    """Drop the organisation's copy: the shipped text is used again."""
    workspace.require_role(Role.ADMIN)
    recipient_kind, lang = check_kind(str(kind)), check_lang(lang)
    with workspace.transaction() as session:
        row = _edited_row(session, recipient_kind, lang)
        if row is not None:
            session.delete(row)
            workspace.audit(
                session,
                "letter_text.reset",
                "letter_text",
                row.id,
                detail=f"{recipient_kind.value} {lang}",
            )


def number_format(workspace: Workspace) -> str:
    with workspace.session() as session:
        return _number_format(session)


def set_number_format(workspace: Workspace, fmt: str) -> None:
    """How register numbers are written: `{n}` (required) and `{year}`, e.g. ``{n}/{year}`` or
    ``04-{year}/{n}``. Applies to letters issued from now on."""
    workspace.require_role(Role.ADMIN)
    fmt = fmt.strip()
    try:
        names = [name for _, name, _, _ in Formatter().parse(fmt) if name is not None]
        longest = fmt.format(n=999_999, year=9999) if set(names) <= {"n", "year"} else None
    except (ValueError, IndexError, KeyError):
        longest = None
    if longest is None or "n" not in names or len(longest) > 32 or "\n" in fmt:
        raise InvalidInput(
            "number_format",
            QT_TRANSLATE_NOOP(
                "errors",
                "The register number format must contain {n} and may contain {year}, in at most "
                "32 characters.",
            ),
            n="{n}",
            year="{year}",
        )
    with workspace.transaction() as session:
        settings = session.scalar(select(LetterSettings))
        if settings is None:
            settings = LetterSettings()
            session.add(settings)
        settings.number_format = fmt
        session.flush()
        workspace.audit(session, "letter_settings.update", "letter_settings", settings.id)
