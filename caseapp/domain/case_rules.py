"""A whole case record checked before it is stored, by the services and by the import alike."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from caseapp.domain.happened import KnownDate, at, validate_happened
from caseapp.domain.iin import is_valid_iin
from caseapp.domain.records import CaseRecord, Child
from caseapp.domain.rules import (
    MAX_CHILD_NAME,
    MAX_CHILDREN,
    is_phone_number,
    validate_children,
    validate_consent,
    validate_incident,
    validate_order,
    validate_requirement,
    validate_stay,
)
from caseapp.domain.services_given import validate_service

INVALID_IIN = QT_TRANSLATE_NOOP(
    "errors", "{field} is not a valid IIN: it needs 12 digits with a correct check digit."
)


def validate_case(
    record: CaseRecord, today: date, prefix: str = "", known: Collection[KnownDate] = ()
) -> None:
    """Refuse impossible data with one sentence naming the field (below ``prefix``, e.g.
    ``cases[3]``); changes nothing. Dates that cannot have happened by ``today`` are refused,
    except the ones the case holds already unchanged (``known``, see ``happened``)."""
    if not record.client.full_name.strip():
        raise InvalidInput(
            at(prefix, "client.full_name"), QT_TRANSLATE_NOOP("errors", "{field} is required.")
        )
    if record.client.iin and not is_valid_iin(record.client.iin):
        raise InvalidInput(at(prefix, "client.iin"), INVALID_IIN)
    if record.client.phone.strip() and not is_phone_number(record.client.phone):
        raise InvalidInput(
            at(prefix, "client.phone"),
            QT_TRANSLATE_NOOP(
                "errors", "{field} is not a phone number: use digits, spaces and + - ( )."
            ),
        )
    if record.closed_on and record.closed_on < record.opened_on:
        raise InvalidInput(
            at(prefix, "closed_on"),
            QT_TRANSLATE_NOOP("errors", "{field} is before the case was opened."),
        )
    for i, order in enumerate(record.orders):
        validate_order(order, at(prefix, f"protection_orders[{i}]"))
    for i, requirement in enumerate(record.requirements):
        validate_requirement(requirement, at(prefix, f"special_requirements[{i}]"))
    for i, stay in enumerate(record.stays):
        validate_stay(stay, at(prefix, f"shelter_stays[{i}]"))
        validate_children(stay, at(prefix, f"shelter_stays[{i}]"), today)
    validate_case_children(record.children, record, today, prefix)
    for i, consent in enumerate(record.consents):
        validate_consent(consent, at(prefix, f"consents[{i}]"))
    for i, incident in enumerate(record.incidents):
        validate_incident(incident, at(prefix, f"incidents[{i}]"), today)
    for i, service in enumerate(record.services):
        if service.id is None:  # a new one (stored ones are corrected on their own)
            validate_service(service, today, at(prefix, f"services[{i}]"))
    validate_happened(record, today, prefix, known)


def validate_case_children(
    children: list[Child], record: CaseRecord, today: date, prefix: str = ""
) -> None:
    """Her children on the case: at most ``MAX_CHILDREN``, each name at most ``MAX_CHILD_NAME``
    characters, each birth year neither a year to come nor before her own. A grown-up child is
    still hers (the minor_at_risk letter counts only the minors on its date)."""
    if len(children) > MAX_CHILDREN:
        raise InvalidInput(
            at(prefix, "children"),
            QT_TRANSLATE_NOOP("errors", "{field}: at most {count} children can be recorded."),
            count=MAX_CHILDREN,
        )
    born = record.client.birth_date.year if record.client.birth_date else None
    for i, child in enumerate(children):
        where = at(prefix, f"children[{i}]")
        if len(child.name) > MAX_CHILD_NAME:
            raise InvalidInput(
                at(where, "name"),
                QT_TRANSLATE_NOOP("errors", "{field} is longer than {chars} characters."),
                chars=MAX_CHILD_NAME,
            )
        year = child.birth_year
        if year is None:
            continue
        if isinstance(year, bool) or year > today.year:
            raise InvalidInput(
                at(where, "birth_year"),
                QT_TRANSLATE_NOOP("errors", "{field}: the year of birth {year} is still to come."),
                year=year,
            )
        if born is not None and year < born:
            raise InvalidInput(
                at(where, "birth_year"),
                QT_TRANSLATE_NOOP(
                    "errors", "{field}: a child born in {year} is older than his or her mother."
                ),
                year=year,
            )
