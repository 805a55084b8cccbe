"""From plain facts and a letter text to a `LetterDocument`.

`LetterFacts` is everything a letter may print. It has no field for the client's address or safe
contact, a shelter, a room, a departure reason or a destination: what is not handed to the
builder cannot be printed, whatever a text says.

A letter's kind and its text's placeholders decide what it needs: a letter about the checks of
an order needs an order in force, one about serving it an order not yet served, one about a
violation a check that found it; a text listing ``{missed_checks}`` is refused when no check was
missed, while an edited text without that placeholder does not need one. A refusal is one
sentence naming the missing fact. The laws a text cites are those in force on the letter's date
(`caseapp.letters.law`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from caseapp.domain.enums import LetterKind, ViolenceType
from caseapp.domain.errors import QT_TRANSLATE_NOOP, OperationFailed
from caseapp.domain.letters import OWN_DOCUMENTS
from caseapp.letters.addressee import police_head
from caseapp.letters.law import TOPICS, legal_basis
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
class ConsentFacts:
    """The consent a letter relies on: when she gave it and until when it holds."""

    given_on: date
    expires_on: date


@dataclass(frozen=True)
class LetterOptions:
    """What the person issuing a letter adds to it: another addressee than the text's, the
    letter it answers («На № … от …»), the attachments, a paragraph written for this case and,
    for a court, the case number. All optional; checked by `caseapp.services.letters`."""

    addressee: str = ""
    reply_number: str = ""
    reply_date: date | None = None
    attachments: tuple[str, ...] = ()
    paragraph: str = ""
    court_case: str = ""


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
    order_in_force: bool = False  # on the letter's date
    missed_checks: tuple[date, ...] = ()
    violation_on: date | None = None  # the latest check that found the order violated
    incident_on: date | None = None  # the latest incident of violence by the letter's date
    # Birth years of the children with her (her latest stay's, else her minor children); None:
    # none recorded.
    children: tuple[int | None, ...] | None = None
    # Birth years of her children under 18 on `on` (None: a stay's child of no recorded year).
    minor_children: tuple[int | None, ...] = ()
    consent: ConsentFacts | None = None  # None: none needed, or the emergency override
    override: bool = False
    options: LetterOptions = LetterOptions()


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
    "violation_date": QT_TRANSLATE_NOOP(
        "errors",
        "No police check of a protection order of case {case} found it violated by {date}, "
        "which this letter reports.",
    ),
    "incident_date": QT_TRANSLATE_NOOP(
        "errors", "Case {case} records no incident of violence by {date}, which this letter needs."
    ),
    "minor_children": QT_TRANSLATE_NOOP(
        "errors",
        "Case {case} records no child of the client under 18 on {date} (with a year of birth), "
        "and this letter is about her minor children.",
    ),
    "law_prevention": QT_TRANSLATE_NOOP(
        "errors", "This letter cites a law that was not in force on {date}."
    ),
    "law_offences": QT_TRANSLATE_NOOP(
        "errors", "This letter cites a law that was not in force on {date}."
    ),
    "law_criminal": QT_TRANSLATE_NOOP(
        "errors", "This letter cites a law that was not in force on {date}."
    ),
    "law_criminal_procedure": QT_TRANSLATE_NOOP(
        "errors", "This letter cites a law that was not in force on {date}."
    ),
    "law_personal_data": QT_TRANSLATE_NOOP(
        "errors", "This letter cites a law that was not in force on {date}."
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

_NOT_IN_FORCE = QT_TRANSLATE_NOOP(
    "errors",
    "Case {case} has no protection order in force on {date}, which this letter is about.",
)
_ALREADY_SERVED = QT_TRANSLATE_NOOP(
    "errors",
    "The protection order of case {case} was served on the offender on {served}: this letter "
    "asks for an order not yet served.",
)
_ORDER_KINDS: Final = frozenset({LetterKind.POLICE_CHECKS, LetterKind.POLICE_SERVE})
"""Letters about an order in force."""

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
            "police_head": police_head(order.issued_by, lang),
        }
    if facts.violation_on is not None:
        values["violation_date"] = format_date(facts.violation_on)
    if facts.incident_on is not None:
        values["incident_date"] = format_date(facts.incident_on)
    children = _children(facts.children or (), w)
    values["children"] = children or w["children_none"]
    values["minor_children"] = _children(facts.minor_children, w)
    basis = legal_basis()
    for topic in TOPICS:
        act = basis.act(topic, facts.on)
        name = "law_offences" if topic == "order_violation" else f"law_{topic}"
        values[name] = act.by[lang] if act is not None else ""
    limits = basis.limits_on(facts.on)
    values |= {
        "order_days": str(limits.order_days),
        "check_days": str(limits.check_days),
        "shelter_months": str(limits.shelter_months),
    }
    return {name: value.strip() for name, value in values.items() if value.strip()}


def _children(years: Sequence[int | None], w: Mapping[str, Any]) -> str:
    """How many children, and the birth years recorded: «2 (годы рождения: 2019, 2022)». Never
    their names: printouts give only how many."""
    if not years:
        return ""
    known = sorted(y for y in years if y is not None)
    if not known:
        return str(len(years))
    listed = w["children_years"].format(years=", ".join(str(y) for y in known))
    return f"{len(years)} ({listed})"


_NO_INJURY_INCIDENT: Final = QT_TRANSLATE_NOOP(
    "errors",
    "Case {case} records no incident of physical or sexual violence by {date}: a forensic "
    "medical examination is asked for injuries.",
)


class LetterBuilder:
    """One letter of a kind and language: checks what it needs, then lays it out."""

    def __init__(self, kind: LetterKind, lang: str, text: LetterText, facts: LetterFacts) -> None:
        self.kind, self.lang, self.text, self.facts = kind, lang, text, facts
        self.values = placeholder_values(facts, lang)

    def check(self) -> None:
        """Raise `MissingFact` for the first fact the letter needs and the case lacks."""
        facts = self.facts
        params = {"case": facts.case_number, "date": facts.on.isoformat(), "lang": self.lang}
        if self.kind in _ORDER_KINDS and (facts.order is None or not facts.order_in_force):
            raise MissingFact(_NOT_IN_FORCE, **params)
        served = facts.order.served_on if facts.order is not None else None
        if self.kind is LetterKind.POLICE_SERVE and served is not None:
            raise MissingFact(_ALREADY_SERVED, served=served.isoformat(), **params)
        if self.kind is LetterKind.POLICE_VIOLATION and facts.violation_on is None:
            raise MissingFact(_MISSING["violation_date"], **params)
        if self.kind is LetterKind.POLICE_FORENSIC and facts.incident_on is None:
            raise MissingFact(_NO_INJURY_INCIDENT, **params)
        needed = ALWAYS_NEEDED | self.text.placeholders()
        for name in _MISSING:  # a fixed order, so the same gap always gives the same sentence
            if name not in needed or name in self.values:
                continue
            ordered = name.startswith("order_") or name == "police_head"
            key = "order" if ordered and facts.order is None else name
            if name == "police_head" and facts.order is not None:
                key = "order_issued_by"
            raise MissingFact(_MISSING[key], **params)

    @property
    def recipient(self) -> str:
        """The addressee block as printed, for the outgoing register."""
        own = self.facts.options.addressee.strip()
        return own or fill(self.text.addressee, self.values)

    def paragraphs(self) -> tuple[str, ...]:
        """The text's paragraphs, with the court case, her own paragraph (before the text's last,
        the request) and the consent it relies on."""
        w: Mapping[str, Any] = words(self.lang)
        options, facts = self.facts.options, self.facts
        body = [fill(p, self.values) for p in self.text.body]
        added = []
        if options.court_case.strip():
            added.append(w["court_case"].format(number=options.court_case.strip()))
        if options.paragraph.strip():
            added.append(options.paragraph.strip())
        body[-1:-1] = added
        if self.text.carries_personal_data:
            if facts.override:
                body.append(w["override"])
            elif facts.consent is not None:
                body.append(
                    w["consent"].format(
                        given=format_date(facts.consent.given_on),
                        expires=format_date(facts.consent.expires_on),
                    )
                )
        return tuple(body)

    def document(self, register_number: str) -> LetterDocument:
        self.check()
        w: Mapping[str, Any] = words(self.lang)
        org, author = self.facts.organisation, self.facts.author
        on = format_date(self.facts.on)
        contacts = [w["phone"].format(phone=org.phone)] if org.phone else []
        if org.bin:
            contacts.append(w["bin"].format(bin=org.bin))
        details = tuple(line for line in (org.address, ", ".join(contacts)) if line)
        executor = [w["executor"].format(name=author.full_name)]
        phone = author.phone or org.phone
        if phone:
            executor.append(w["executor_phone"].format(phone=phone))
        own = self.kind in OWN_DOCUMENTS  # she signs it herself: not the centre's letter
        if own:
            position, signer = w["applicant"], self.facts.client_name
            executor = []
        elif org.director:
            position, signer = w["director"], org.director
        else:
            position, signer = author.position, author.full_name
        return LetterDocument(
            letterhead_name="" if own else org.name,
            letterhead_details=() if own else details,
            reference=() if own else self._reference(w, register_number, on),
            addressee=self.recipient,
            title=fill(self.text.title, self.values),
            paragraphs=self.paragraphs(),
            attachments_title=w["attachments"],
            attachments=self.facts.options.attachments,
            signature_position=position,
            signature_name=signer,
            executor=tuple(executor),
            footer=w["footer"].format(number=register_number, date=on),
            pdf_title=w["footer"].format(number=register_number, date=on),
            signed_on=w["signed_on"] if own else "",
        )

    def _reference(self, w: Mapping[str, Any], register_number: str, on: str) -> tuple[str, ...]:
        lines = [w["outgoing"].format(number=register_number), w["dated"].format(date=on)]
        options = self.facts.options
        if options.reply_number.strip():
            answered = format_date(options.reply_date) if options.reply_date else "____"
            lines.append(w["reply_to"].format(number=options.reply_number.strip(), date=answered))
        return tuple(lines)
