"""From plain facts and a letter text to a `LetterDocument`.

`LetterFacts` is everything a letter may print. It has no field for the client's address or safe
contact, a shelter, a room, a departure reason or a destination: what is not handed to the
builder cannot be printed, whatever a text says.

A text's placeholders decide what a letter needs: a police letter whose text lists
``{missed_checks}`` is refused when no check was missed, while an edited text without that
placeholder does not need one. A refusal is one sentence naming the missing fact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from caseapp.domain.enums import RecipientKind, ViolenceType
from caseapp.domain.errors import QT_TRANSLATE_NOOP, OperationFailed
from caseapp.letters.renderer import LetterDocument
from caseapp.letters.texts import LetterText, fill, words


@dataclass(frozen=True)
class OrganisationFacts:
    """The letterhead: the name in the letter's language and the office (never a shelter)."""

    name: str
    address: str = ""  # in the letter's language when recorded, else the default (Russian) one
    phone: str = ""
    bin: str = ""
    director: str = ""


@dataclass(frozen=True)
class StaffFacts:
    full_name: str
    position: str = ""
    phone: str = ""


@dataclass(frozen=True)
class LetterOrder:
    number: str
    issued_on: date
    expires_on: date
    issued_by: str = ""
    served_on: date | None = None


@dataclass(frozen=True)
class LetterFacts:
    """What a letter about one case may print. Deliberately nothing about where anyone lives."""

    case_number: str
    on: date
    organisation: OrganisationFacts
    author: StaffFacts
    client_name: str
    iin: str = ""
    birth_date: date | None = None
    offender: str = ""
    violence_types: tuple[ViolenceType, ...] = ()
    order: LetterOrder | None = None
    missed_checks: tuple[date, ...] = ()


class MissingFact(OperationFailed):
    """The letter needs a fact the case (or the organisation, or the author) does not record."""


_MISSING: Final[Mapping[str, str]] = {
    "organisation": QT_TRANSLATE_NOOP(
        "errors",
        "The organisation has no name in the letter's language ({lang}): an administrator can "
        "add it to the organisation's details.",
    ),
    "client": QT_TRANSLATE_NOOP("errors", "Case {case} records no name for the client."),
    "iin": QT_TRANSLATE_NOOP(
        "errors", "Case {case} records no IIN for the client, which this letter needs."
    ),
    "birth_date": QT_TRANSLATE_NOOP(
        "errors", "Case {case} records no date of birth for the client, which this letter needs."
    ),
    "offender": QT_TRANSLATE_NOOP(
        "errors", "Case {case} records no name for the offender, which this letter needs."
    ),
    "violence_types": QT_TRANSLATE_NOOP(
        "errors", "Case {case} records no form of violence, which this letter needs."
    ),
    "order": QT_TRANSLATE_NOOP(
        "errors",
        "Case {case} has no protection order issued by {date}, which this letter needs.",
    ),
    "order_number": QT_TRANSLATE_NOOP(
        "errors", "The protection order of case {case} has no number, which this letter needs."
    ),
    "order_issued_by": QT_TRANSLATE_NOOP(
        "errors",
        "The protection order of case {case} does not name the police unit that issued it, "
        "which this letter needs.",
    ),
    "order_served_on": QT_TRANSLATE_NOOP(
        "errors",
        "Case {case} records no date on which the protection order was served, which this "
        "letter needs.",
    ),
    "missed_checks": QT_TRANSLATE_NOOP(
        "errors",
        "No police check of the protection order of case {case} was missed by {date}, and this "
        "letter lists the missed checks.",
    ),
    "staff": QT_TRANSLATE_NOOP(
        "errors",
        "Your account has no full name, which a letter prints as its executor: ask an "
        "administrator to add it.",
    ),
    "staff_position": QT_TRANSLATE_NOOP(
        "errors", "Your account records no position, which this letter needs."
    ),
    "staff_phone": QT_TRANSLATE_NOOP(
        "errors",
        "Neither your account nor the organisation records a phone number, which this letter "
        "needs.",
    ),
}

ALWAYS_NEEDED: Final = frozenset({"organisation", "client", "staff"})
"""The letterhead, the subject and the executor: printed whatever the text says."""


def format_date(value: date) -> str:
    """Dates in letters, in every language: 09.03.2026."""
    return value.strftime("%d.%m.%Y")


def _join(items: Sequence[str], conjunction: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def placeholder_values(facts: LetterFacts, lang: str) -> dict[str, str]:
    """The value of every placeholder the facts can fill; absent ones are left out."""
    w = words(lang)
    values: dict[str, str] = {
        "organisation": facts.organisation.name,
        "client": facts.client_name,
        "iin": facts.iin,
        "birth_date": format_date(facts.birth_date) if facts.birth_date else "",
        "offender": facts.offender,
        "violence_types": _join(
            [w["violence_types"][v.value] for v in ViolenceType if v in facts.violence_types],
            w["and"],
        ),
        "missed_checks": ", ".join(format_date(d) for d in facts.missed_checks),
        "staff": facts.author.full_name,
        "staff_position": facts.author.position,
        "staff_phone": facts.author.phone or facts.organisation.phone,
    }
    order = facts.order
    if order is not None:
        values |= {
            "order_number": order.number,
            "order_issued_by": order.issued_by,
            "order_issued_on": format_date(order.issued_on),
            "order_expires_on": format_date(order.expires_on),
            "order_served_on": format_date(order.served_on) if order.served_on else "",
        }
    return {name: value.strip() for name, value in values.items() if value.strip()}


class LetterBuilder:
    """One letter of a kind and language: checks what it needs, then lays it out."""

    def __init__(
        self, kind: RecipientKind, lang: str, text: LetterText, facts: LetterFacts
    ) -> None:
        self.kind, self.lang, self.text, self.facts = kind, lang, text, facts
        self.values = placeholder_values(facts, lang)

    def check(self) -> None:
        """Raise `MissingFact` for the first fact the letter needs and the case lacks."""
        needed = ALWAYS_NEEDED | self.text.placeholders()
        for name in _MISSING:  # a fixed order, so the same gap always gives the same sentence
            if name not in needed or name in self.values:
                continue
            key = "order" if name.startswith("order_") and self.facts.order is None else name
            raise MissingFact(
                _MISSING[key],
                case=self.facts.case_number,
                date=self.facts.on.isoformat(),
                lang=self.lang,
            )

    @property
    def recipient(self) -> str:
        """The addressee block as printed, for the outgoing register."""
        return fill(self.text.addressee, self.values)

    def document(self, register_number: str) -> LetterDocument:
        self.check()
        w: Mapping[str, Any] = words(self.lang)
        org, author = self.facts.organisation, self.facts.author
        on = format_date(self.facts.on)
        contacts = [w["phone"].format(phone=org.phone)] if org.phone else []
        if org.bin:
            contacts.append(w["bin"].format(bin=org.bin))
        details = tuple(line for line in (org.address, ", ".join(contacts)) if line)
        if org.director:
            position, signer = w["director"], org.director
        else:
            position, signer = author.position, author.full_name
        executor = [w["executor"].format(name=author.full_name)]
        phone = author.phone or org.phone
        if phone:
            executor.append(w["executor_phone"].format(phone=phone))
        return LetterDocument(
            letterhead_name=org.name,
            letterhead_details=details,
            reference=(
                w["outgoing"].format(number=register_number),
                w["dated"].format(date=on),
            ),
            addressee=fill(self.text.addressee, self.values),
            title=fill(self.text.title, self.values),
            paragraphs=tuple(fill(p, self.values) for p in self.text.body),
            signature_position=position,
            signature_name=signer,
            executor=tuple(executor),
            footer=w["footer"].format(number=register_number, date=on),
            pdf_title=w["footer"].format(number=register_number, date=on),
        )
