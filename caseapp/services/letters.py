"""Referral letters: issuing one behind the consent gate, with the emergency override.

A letter is built in memory and returned as bytes; this module never writes it to disk (a caller
may, before the register entry commits: `letter_file`). Its number comes from the outgoing
register (`letter_register`), taken in the same transaction as the register row and the audit
entry, so a refused or failed letter takes no number. The texts
and the number format are the organisation's (`letter_texts`).
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Final

from sqlalchemy.orm import Session

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, LetterKind, RecipientKind, ViolenceType
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.letters import consent_kind
from caseapp.domain.reminders import OrderFacts as CheckFacts
from caseapp.domain.reminders import counts_as_check, missed_check_dates
from caseapp.domain.rules import consent_allows, order_in_force
from caseapp.letters.builders import (
    ConsentFacts,
    LetterBuilder,
    LetterFacts,
    LetterOptions,
    LetterOrder,
    OrganisationFacts,
    StaffFacts,
)
from caseapp.letters.fonts import find_fonts
from caseapp.letters.renderer import LetterRenderer
from caseapp.letters.texts import check_kind, check_lang
from caseapp.services.cases import load_verified
from caseapp.services.errors import DamagedRecord, InvalidInput, OperationFailed
from caseapp.services.letter_children import children_with_her, minor_children
from caseapp.services.letter_register import allocate_number
from caseapp.services.letter_texts import text_in_use
from caseapp.services.workspace import Workspace
from caseapp.storage.case_repo import live
from caseapp.storage.fields import DamagedField, new_id
from caseapp.storage.models import (
    Case,
    Incident,
    Organisation,
    OutgoingLetter,
    ProtectionOrder,
    Staff,
)

MIN_OVERRIDE_REASON: Final = 10
"""The shortest written reason accepted for the emergency override, in characters."""

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


@cache
def _renderer(font: str | None) -> LetterRenderer:
    return LetterRenderer(find_fonts(font))


def letter_renderer(font: str | os.PathLike[str] | None = None) -> LetterRenderer:
    """The renderer letters are set with: the configured TrueType file, else the shipped font
    (`FontNotFound`, one sentence, when it cannot be used). One per font for the program's life."""
    return _renderer(os.fspath(font) if font is not None else None)


def check_letter_font(path: str | os.PathLike[str]) -> None:
    """Raises `FontNotFound`, one sentence, unless ``path`` is a TrueType font with every
    Kazakh letter that letters can be set in."""
    find_fonts(path)


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


_OPTION_LIMITS: Final = {"addressee": 800, "reply_number": 40, "paragraph": 4000, "court_case": 60}
_MAX_ATTACHMENTS, _MAX_ATTACHMENT_CHARS = 20, 200


def _bad_option(field: str, template: str, **params: object) -> InvalidInput:
    return InvalidInput(field, template, **params)


def check_options(options: LetterOptions, on: date) -> LetterOptions:
    """The options as printed (spaces tidied), or `InvalidInput` naming the field in words."""
    names = {
        "addressee": QT_TRANSLATE_NOOP("errors", "The addressee"),
        "reply_number": QT_TRANSLATE_NOOP("errors", "The number of the letter answered"),
        "paragraph": QT_TRANSLATE_NOOP("errors", "The paragraph about this case"),
        "court_case": QT_TRANSLATE_NOOP("errors", "The court case number"),
        "attachments": QT_TRANSLATE_NOOP("errors", "An attachment"),
    }
    cleaned: dict[str, str] = {}
    for field, limit in _OPTION_LIMITS.items():
        value = str(getattr(options, field)).strip()
        if field != "paragraph" and field != "addressee":
            value = " ".join(value.split())
        if len(value) > limit:
            raise _bad_option(
                field,
                QT_TRANSLATE_NOOP("errors", "{what} is longer than {limit} characters."),
                what=names[field],
                limit=limit,
            )
        if any(ord(c) < 32 and c != "\n" for c in value):
            raise _bad_option(
                field,
                QT_TRANSLATE_NOOP("errors", "{what} holds control characters."),
                what=names[field],
            )
        cleaned[field] = value
    attachments = tuple(" ".join(a.split()) for a in options.attachments if a.strip())
    if len(attachments) > _MAX_ATTACHMENTS or any(
        len(a) > _MAX_ATTACHMENT_CHARS for a in attachments
    ):
        raise _bad_option(
            "attachments",
            QT_TRANSLATE_NOOP(
                "errors", "A letter lists at most {count} attachments of {limit} characters each."
            ),
            count=_MAX_ATTACHMENTS,
            limit=_MAX_ATTACHMENT_CHARS,
        )
    if options.reply_date is not None and options.reply_date > on:
        raise _bad_option(
            "reply_date",
            QT_TRANSLATE_NOOP(
                "errors", "The letter answered cannot be dated after this letter ({date})."
            ),
            date=on.isoformat(),
        )
    if options.reply_date is not None and not cleaned["reply_number"]:
        raise _bad_option(
            "reply_number",
            QT_TRANSLATE_NOOP("errors", "Give the number of the letter answered with its date."),
        )
    return LetterOptions(
        addressee=cleaned["addressee"],
        reply_number=cleaned["reply_number"],
        reply_date=options.reply_date,
        attachments=attachments,
        paragraph=cleaned["paragraph"],
        court_case=cleaned["court_case"],
    )


def _violation(case: Case, on: date) -> tuple[ProtectionOrder, date] | None:
    """The latest police check by `on` that found an order violated (one not revoked by then)."""
    found = [
        (c.checked_on, o)
        for o in case.orders
        if live(o)
        for c in o.checks
        if live(c)
        and c.outcome == CheckOutcome.VIOLATED.value
        and c.checked_on <= on
        and (o.revoked_on is None or o.revoked_on > c.checked_on)
    ]
    if not found:
        return None
    checked_on, order = max(found, key=lambda f: f[0])
    return order, checked_on


def chosen_order(case: Case, on: date) -> ProtectionOrder | None:
    """The order a letter is about: the latest in force on the letter's date, else the latest
    issued by then."""
    issued = [o for o in case.orders if live(o) and o.issued_on <= on]
    in_force = [o for o in issued if order_in_force(o, on)]
    pool = in_force or issued
    return max(pool, key=lambda o: (o.issued_on, o.expires_on)) if pool else None


def _address(org: Organisation, lang: str) -> str:
    """The office address in the letter's language, else the default (Russian) one."""
    own = org.address_kk if lang == "kk" else org.address_en if lang == "en" else ""
    return own or org.address


def _facts(
    workspace: Workspace,
    session: Session,
    case: Case,
    kind: LetterKind,
    lang: str,
    on: date,
) -> LetterFacts:
    """Read what a letter may print, and nothing else: no address, safe contact or place."""
    org = workspace.organisation(session)
    staff = session.get_one(Staff, workspace.actor.staff_id)
    client = case.client
    violation = _violation(case, on)
    order = chosen_order(case, on)
    if kind is LetterKind.POLICE_VIOLATION and violation is not None:
        order = violation[0]  # the letter is about the order the check found violated
    incident = _incident_for(case, kind, on)
    violence = _types(case.violence_types)
    if incident is not None and kind in _ABOUT_ONE_INCIDENT and _types(incident.violence_types):
        violence = _types(incident.violence_types)  # what happened that day, not the whole case
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
            # A "not reached" visit is no check: the weeks it falls in are listed as missed.
            check_dates=tuple(
                c.checked_on for c in order.checks if live(c) and counts_as_check(c.outcome)
            ),
        )
        missed = tuple(missed_check_dates(check, on))
    birth_date = client.birth_date
    return LetterFacts(
        case_number=case.number,
        on=on,
        organisation=OrganisationFacts(
            name=str(getattr(org, f"name_{lang}")),
            address=_address(org, lang),
            phone=org.phone,
            bin=org.bin,
            director=org.director,
        ),
        author=StaffFacts(full_name=staff.full_name, position=staff.position, phone=staff.phone),
        client_name=client.full_name,
        iin=client.iin,
        birth_date=date.fromisoformat(birth_date) if birth_date else None,
        offender=case.perpetrator.full_name if case.perpetrator is not None else "",
        violence_types=violence,
        order=letter_order,
        order_in_force=order is not None and order_in_force(order, on),
        missed_checks=missed,
        violation_on=violation[1] if violation is not None else None,
        incident_on=incident.occurred_on if incident is not None else None,
        children=children_with_her(case, on),
        minor_children=minor_children(case, on),
    )


_ABOUT_ONE_INCIDENT: Final = frozenset({LetterKind.POLICE_FORENSIC, LetterKind.POLICE_STATEMENT})
_INJURIES: Final = frozenset({ViolenceType.PHYSICAL, ViolenceType.SEXUAL})


def _types(codes: str) -> tuple[ViolenceType, ...]:
    return tuple(ViolenceType(v) for v in codes.split(",") if v)


def _incident_for(case: Case, kind: LetterKind, on: date) -> Incident | None:
    """The latest incident by the letter's date; for a forensic examination, the latest with
    physical or sexual violence (an incident whose kinds were not recorded may have left
    injuries)."""
    happened = [i for i in case.incidents if live(i) and i.occurred_on <= on]
    if kind is LetterKind.POLICE_FORENSIC:
        happened = [
            i for i in happened if not i.violence_types or _INJURIES & set(_types(i.violence_types))
        ]
    return max(happened, key=lambda i: i.occurred_on, default=None)


def _consent_on(case: Case, kind: RecipientKind, on: date) -> ConsentFacts | None:
    """The consent covering `kind` on `on` that lasts longest, or None."""
    covering = [k for k in _consents(case) if consent_allows([k], kind, on)]
    if not covering:
        return None
    best = max(covering, key=lambda k: (k.expires_on, k.given_on))
    return ConsentFacts(best.given_on, best.expires_on)


def _consents(case: Case) -> list[rec.Consent]:
    return [
        rec.Consent(RecipientKind(k.recipient_kind), k.given_on, k.expires_on, k.withdrawn_on)
        for k in case.consents
        if live(k)
    ]


def issue_letter(
    workspace: Workspace,
    number: str,
    kind: LetterKind | RecipientKind | str,
    lang: str,
    *,
    on: date | None = None,
    override_reason: str | None = None,
    options: LetterOptions | None = None,
    font: str | os.PathLike[str] | None = None,
    before_commit: Callable[[IssuedLetter], None] | None = None,
) -> IssuedLetter:
    """Issue a letter of `kind` in `lang` about case `number`, dated `on` (today by default).

    A letter whose text carries personal data needs a consent covering its recipient kind on its
    date; without one it is refused (`NoConsent`) unless `override_reason` gives, in writing, why
    a threat to life cannot wait (at least ten characters; the reason is kept in the encrypted
    audit entry). `font` is the configured TrueType file, if any (see `find_fonts`).

    One transaction: the register number, the register row (recipient and the PDF itself
    encrypted under the case's key, the PDF's SHA-256) and the audit entry; the PDF is returned
    and never written to a file here. `before_commit` is
    given the letter before that transaction commits; when it raises, nothing is registered.
    """
    letter_kind, lang = check_kind(str(kind)), check_lang(lang)
    recipient_kind = consent_kind(letter_kind)
    reason = _check_reason(override_reason)
    on = on or date.today()
    options = check_options(options or LetterOptions(), on)
    renderer = _renderer(os.fspath(font) if font is not None else None)
    with workspace.transaction() as session:
        case = load_verified(workspace, session, number)  # never from a case changed outside
        try:
            facts = _facts(workspace, session, case, letter_kind, lang, on)
            text = text_in_use(session, letter_kind, lang)
        except DamagedField as exc:
            raise DamagedRecord(
                record=f"{exc.table} {exc.row_id} (case {number})", column=exc.column
            ) from None
        override = False
        consent = _consent_on(case, recipient_kind, on) if recipient_kind is not None else None
        builder = LetterBuilder(letter_kind, lang, text, facts)
        builder.check()  # what the case lacks is said before asking for consent
        # Her own documents (a consent form, her statement) go where she takes them: no consent.
        needs_consent = recipient_kind is not None and text.carries_personal_data
        if needs_consent and consent is None and recipient_kind is not None:
            if reason is None:
                raise NoConsent(
                    number=number, recipient=_RECIPIENTS[recipient_kind], date=on.isoformat()
                )
            override = True
        facts = replace(facts, consent=consent, override=override, options=options)
        builder = LetterBuilder(letter_kind, lang, text, facts)
        register_number, seq = allocate_number(session, on)
        pdf = renderer.render(builder.document(register_number))
        digest = hashlib.sha256(pdf).hexdigest()
        entry = OutgoingLetter(
            id=new_id(),
            year=on.year,
            seq=seq,
            number=register_number,
            issued_on=on,
            kind=letter_kind.value,
            lang=lang,
            case_id=case.id,
            author_id=workspace.actor.staff_id,
            emergency_override=override,
            sha256=digest,
        )
        session.add(entry)
        entry.recipient = builder.recipient
        entry.pdf = base64.b64encode(pdf).decode("ascii")
        session.flush()
        detail = f"letter {register_number}: {letter_kind.value}, {lang}, sha256 {digest}"
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
        letter = IssuedLetter(pdf=pdf, register_number=register_number, sha256=digest)
        if before_commit is not None:
            before_commit(letter)
    return letter
