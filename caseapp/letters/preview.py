"""A letter text laid out on a fictitious case, for the letter-texts editor's preview.

The sample has every fact any kind of letter prints (an order in force, missed checks, a
violation, an incident, children, a consent), so a text of any kind can be shown as it would
print. Nothing in it is a real person; the letterhead may be the organisation's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from caseapp.domain.enums import LetterKind, ViolenceType
from caseapp.letters.builders import (
    ConsentFacts,
    LetterBuilder,
    LetterFacts,
    LetterOrder,
    OrganisationFacts,
    StaffFacts,
)
from caseapp.letters.renderer import LetterDocument
from caseapp.letters.texts import LetterText

_SAMPLE_ORGANISATION: Final[Mapping[str, str]] = {
    "ru": "Кризисный центр (образец)",
    "kk": "Дағдарыс орталығы (үлгі)",
    "en": "Crisis centre (sample)",
}
_SAMPLE_UNIT: Final = "УП Алмалинского района г. Алматы"


def sample_facts(
    kind: LetterKind,
    lang: str,
    on: date,
    organisation: OrganisationFacts | None = None,
    author: StaffFacts | None = None,
) -> LetterFacts:
    """A fictitious case with what a letter of `kind` needs on `on` (an order not yet served for
    the letter asking to serve one)."""
    issued = on - timedelta(days=10)
    served = None if kind is LetterKind.POLICE_SERVE else issued + timedelta(days=1)
    org = organisation if organisation is not None and organisation.name.strip() else None
    return LetterFacts(
        case_number="0000",
        on=on,
        organisation=org or OrganisationFacts(_SAMPLE_ORGANISATION[lang], phone="+7 700 000 00 00"),
        author=author or StaffFacts("Асель Серікова", "юрист", "+7 700 000 00 01"),
        client_name="Айгерим Нурланова",
        iin="900101400000",
        birth_date=date(1990, 1, 1),
        offender="Нурлан Ахметов",
        violence_types=(ViolenceType.PHYSICAL, ViolenceType.PSYCHOLOGICAL),
        order=LetterOrder("ЗП-0001", issued, issued + timedelta(days=29), _SAMPLE_UNIT, served),
        order_in_force=True,
        missed_checks=(on - timedelta(days=2),),
        violation_on=on - timedelta(days=1),
        incident_on=issued - timedelta(days=1),
        children=(2017, 2021),
        consent=ConsentFacts(issued - timedelta(days=1), issued + timedelta(days=364)),
    )


def preview_document(
    kind: LetterKind, lang: str, text: LetterText, facts: LetterFacts
) -> LetterDocument:
    """The letter as it would print: the text filled from the sample facts, numbered 1."""
    builder = LetterBuilder(kind, lang, text, replace(facts))
    return builder.document(f"1/{facts.on.year}")
