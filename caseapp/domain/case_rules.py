"""A whole case record checked before it is stored, by the services and by the import alike."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from caseapp.domain.happened import KnownDate, at, validate_happened
from caseapp.domain.iin import is_valid_iin
from caseapp.domain.records import CaseRecord
from caseapp.domain.rules import (
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
    for i, consent in enumerate(record.consents):
        validate_consent(consent, at(prefix, f"consents[{i}]"))
    for i, incident in enumerate(record.incidents):
        validate_incident(incident, at(prefix, f"incidents[{i}]"), today)
    for i, service in enumerate(record.services):
        if service.id is None:  # a new one (stored ones are corrected on their own)
            validate_service(service, today, at(prefix, f"services[{i}]"))
    validate_happened(record, today, prefix, known)
