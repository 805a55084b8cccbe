"""Services and consultations a centre gives a survivor: a psychologist's or a lawyer's
consultation, representing her in court, going with her to the police, a court or a doctor, and
the rest of what the reports count by kind. Each is a record of her case: its day, kind, who gave
it and how long it took in clear (for the reports' indexes), its note under the case's key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput


class ServiceKind(StrEnum):
    """The kinds of service, as the centres' reports to the akimat and funders group them."""

    PSYCHOLOGICAL = "psychological"  # a psychologist's consultation
    LEGAL = "legal"  # a lawyer's consultation
    COURT_REPRESENTATION = "court_representation"  # representing her in court
    ACCOMPANY_POLICE = "accompany_police"  # going with her to the police
    ACCOMPANY_COURT = "accompany_court"  # going with her to a court hearing
    ACCOMPANY_MEDICAL = "accompany_medical"  # going with her to a doctor or a forensic examination
    MEDICAL_AID = "medical_aid"  # medical help arranged
    SOCIAL_ASSISTANCE = "social_assistance"  # benefits, documents, registration
    SHELTER_PLACEMENT = "shelter_placement"
    FAMILY_SUPPORT_REFERRAL = "family_support_referral"  # to a family support centre
    GROUP_SESSION = "group_session"  # a support group
    OTHER = "other"


MAX_MINUTES = 24 * 60
"""A service's duration is at most one day, in minutes."""

MAX_NOTE = 4000
"""The longest note of a service, in characters."""

EARLIEST = date(1990, 1, 1)
"""No service of a crisis centre in Kazakhstan was given before this day."""


def _at(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


@dataclass
class ServiceGiven:
    given_on: date
    kind: ServiceKind
    minutes: int | None = None  # how long it took; None when not recorded
    note: str = ""
    given_by: str | None = None  # the staff member who gave it (her id); None: not recorded
    id: str | None = None


def validate_service(service: ServiceGiven, today: date, prefix: str = "") -> None:
    """One sentence naming the field for a service that cannot be kept as it is; changes
    nothing. ``prefix`` names the record (``cases[0].services[2]``, or ``service``)."""
    if service.given_on > today:
        raise InvalidInput(
            _at(prefix, "given_on"),
            QT_TRANSLATE_NOOP(
                "errors", "{field}: the date of the service {date} is in the future."
            ),
            date=service.given_on.isoformat(),
        )
    if service.given_on < EARLIEST:
        raise InvalidInput(
            _at(prefix, "given_on"),
            QT_TRANSLATE_NOOP("errors", "{field}: the date of the service {date} is before 1990."),
            date=service.given_on.isoformat(),
        )
    if service.minutes is not None and not 1 <= service.minutes <= MAX_MINUTES:
        raise InvalidInput(
            _at(prefix, "minutes"),
            QT_TRANSLATE_NOOP(
                "errors", "{field} must be a whole number of minutes from 1 to {high}."
            ),
            high=MAX_MINUTES,
        )
    if len(service.note) > MAX_NOTE:
        raise InvalidInput(
            _at(prefix, "note"),
            QT_TRANSLATE_NOOP("errors", "{field} is longer than {high} characters."),
            high=MAX_NOTE,
        )
