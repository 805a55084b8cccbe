"""The placeholders a letter text may use: what each prints, in words, and the letter kinds that
can fill it. Declared once, here; the allow-list of `caseapp.letters.texts`, the editor's list and
its checks all read this.

A kind accepts a placeholder only when every letter of that kind has the fact to print: the
missed checks only in the letter about missed checks, the order's details only in the letters
issued about an order, the violation's date only in the letter about a violation. The meanings
are English source text, translated in the ``LetterPlaceholders`` context.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP

ALL_KINDS: Final = frozenset(LetterKind)
_ABOUT_VIOLENCE: Final = ALL_KINDS - {LetterKind.CONSENT_FORM}
_ABOUT_AN_ORDER: Final = frozenset(
    {LetterKind.POLICE_CHECKS, LetterKind.POLICE_SERVE, LetterKind.POLICE_VIOLATION}
)
_WITH_CHILDREN: Final = frozenset(
    {
        LetterKind.SHELTER_REFERRAL,
        LetterKind.FAMILY_SUPPORT_CENTRE,
        LetterKind.SOCIAL,
        LetterKind.MINOR_AT_RISK,
    }
)


@dataclass(frozen=True)
class Placeholder:
    name: str
    meaning: str  # English; translated in the "LetterPlaceholders" context
    kinds: frozenset[LetterKind]
    also: tuple[str, ...] = ()  # names people write for it, for "Did you mean …?"

    @property
    def written(self) -> str:
        """As a text writes it: ``{order_expires_on}``."""
        return "{" + self.name + "}"


def _p(name: str, meaning: str, kinds: frozenset[LetterKind] = ALL_KINDS) -> Placeholder:
    return Placeholder(name, meaning, kinds, _ALSO.get(name, ()))


_ALSO: Final[Mapping[str, tuple[str, ...]]] = {
    "organisation": ("organization", "org", "centre", "center", "crisis_centre"),
    "client": ("name", "client_name", "victim", "survivor", "applicant"),
    "birth_date": ("birthday", "born", "date_of_birth", "dob", "client_birth_date"),
    "offender": ("perpetrator", "abuser", "aggressor", "offender_name"),
    "order_number": ("order", "order_no", "order_num"),
    "order_issued_on": ("order_date", "order_issued", "order_start", "order_from"),
    "order_expires_on": (
        "order_end",
        "order_ends",
        "order_until",
        "order_expiry",
        "order_expires",
        "order_to",
        "expires_on",
    ),
    "order_served_on": ("order_served", "served_on", "served"),
    "violation_date": ("violation", "violated_on", "violation_on"),
    "incident_date": ("incident", "incident_on"),
    "staff": ("executor", "author", "lawyer", "staff_name"),
    "staff_phone": ("phone", "executor_phone"),
    "staff_position": ("position",),
}


_ALL: Final = (
    _p(
        "organisation",
        QT_TRANSLATE_NOOP("LetterPlaceholders", "the organisation's name in the letter's language"),
    ),
    _p("client", QT_TRANSLATE_NOOP("LetterPlaceholders", "the client's full name")),
    _p("iin", QT_TRANSLATE_NOOP("LetterPlaceholders", "the client's IIN")),
    _p(
        "birth_date",
        QT_TRANSLATE_NOOP("LetterPlaceholders", "the client's date of birth, as 13.11.1990"),
    ),
    _p(
        "offender",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders", "the full name of the person who committed the violence"
        ),
        _ABOUT_VIOLENCE,
    ),
    _p(
        "violence_types",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders", "the forms of violence, in words (physical, psychological…)"
        ),
        _ABOUT_VIOLENCE,
    ),
    _p(
        "incident_date",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders", "the day of the latest incident of violence, as 13.11.2026"
        ),
        _ABOUT_VIOLENCE,
    ),
    _p(
        "order_number",
        QT_TRANSLATE_NOOP("LetterPlaceholders", "the protection order's number"),
        _ABOUT_AN_ORDER,
    ),
    _p(
        "order_issued_by",
        QT_TRANSLATE_NOOP("LetterPlaceholders", "the police unit that issued the protection order"),
        _ABOUT_AN_ORDER,
    ),
    _p(
        "police_head",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders",
            "the head of the police unit that issued the order, as an addressee",
        ),
        _ABOUT_AN_ORDER,
    ),
    _p(
        "order_issued_on",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders", "the day the protection order was issued, as 13.11.2026"
        ),
        _ABOUT_AN_ORDER,
    ),
    _p(
        "order_expires_on",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders",
            "the last day the protection order is in force, as 13.11.2026",
        ),
        _ABOUT_AN_ORDER,
    ),
    _p(
        "order_served_on",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders",
            "the day the protection order was served on the offender, as 13.11.2026",
        ),
        frozenset({LetterKind.POLICE_CHECKS, LetterKind.POLICE_VIOLATION}),
    ),
    _p(
        "missed_checks",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders",
            "the dates on which a police check of the order was due and none was recorded",
        ),
        frozenset({LetterKind.POLICE_CHECKS}),
    ),
    _p(
        "violation_date",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders", "the day a police check found the order violated, as 13.11.2026"
        ),
        frozenset({LetterKind.POLICE_VIOLATION}),
    ),
    _p(
        "children",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders",
            "the children with her (those of her latest stay, else her children under 18 on the "
            "case): how many, and their years of birth",
        ),
        _WITH_CHILDREN,
    ),
    _p(
        "minor_children",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders",
            "the children the report is about: how many, and their years of birth",
        ),
        frozenset({LetterKind.MINOR_AT_RISK}),
    ),
    _p(
        "law_prevention",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders",
            "the reference to the law on prevention in force on the letter's date",
        ),
    ),
    _p(
        "law_offences",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders",
            "the reference to the article of the Code of Administrative Offences on a violated "
            "order",
        ),
    ),
    _p(
        "law_criminal",
        QT_TRANSLATE_NOOP("LetterPlaceholders", "the reference to the Criminal Code"),
    ),
    _p(
        "law_criminal_procedure",
        QT_TRANSLATE_NOOP("LetterPlaceholders", "the reference to the Criminal Procedure Code"),
    ),
    _p(
        "law_personal_data",
        QT_TRANSLATE_NOOP("LetterPlaceholders", "the reference to the law on personal data"),
    ),
    _p(
        "order_days",
        QT_TRANSLATE_NOOP("LetterPlaceholders", "the longest a protection order lasts, in days"),
    ),
    _p(
        "check_days",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders", "how often the centre asks the police to check an order, in days"
        ),
    ),
    _p(
        "shelter_months",
        QT_TRANSLATE_NOOP("LetterPlaceholders", "the longest stay in a shelter, in months"),
    ),
    _p(
        "staff", QT_TRANSLATE_NOOP("LetterPlaceholders", "the staff member who prepares the letter")
    ),
    _p("staff_position", QT_TRANSLATE_NOOP("LetterPlaceholders", "that staff member's position")),
    _p(
        "staff_phone",
        QT_TRANSLATE_NOOP(
            "LetterPlaceholders", "that staff member's phone (else the organisation's)"
        ),
    ),
)

PLACEHOLDER_LIST: Final[tuple[Placeholder, ...]] = _ALL
"""Every placeholder, in the order the editor lists them."""

BY_NAME: Final[Mapping[str, Placeholder]] = {p.name: p for p in _ALL}


def accepted_by(kind: LetterKind) -> tuple[Placeholder, ...]:
    """The placeholders a letter of `kind` can fill, in list order."""
    return tuple(p for p in _ALL if kind in p.kinds)
