"""The hotline and first-contact log: a call, a visit or a message, recorded in a few seconds.
No name is needed; the codes are what the reports count."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from caseapp.domain.enums import ViolenceType
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput


class Channel(StrEnum):
    PHONE = "phone"
    WALK_IN = "walk_in"
    MESSENGER = "messenger"
    POLICE_REFERRAL = "police_referral"
    OTHER = "other"


class Caller(StrEnum):
    SURVIVOR = "survivor"
    RELATIVE = "relative"
    PROFESSIONAL = "professional"
    OTHER = "other"


class Help(StrEnum):
    """What the call gave her."""

    INFORMATION = "information"
    CONSULTATION = "consultation"
    POLICE = "police"
    MEDICAL = "medical"
    LEGAL_AID = "legal_aid"
    SHELTER = "shelter"
    FAMILY_SUPPORT = "family_support_centre"


_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
MAX_NOTE = 4000


@dataclass
class Call:
    called_on: date
    channel: Channel
    caller: Caller
    called_at: str = ""  # HH:MM
    violence_types: list[ViolenceType] = field(default_factory=list)
    district_id: str | None = None
    given: list[Help] = field(default_factory=list)
    case_number: str = ""  # the case opened for her, when there is one
    note: str = ""
    id: str | None = None
    office_id: str | None = None
    version: int = 0


def validate_call(call: Call, today: date) -> None:
    """One sentence naming the field; changes nothing."""
    if call.called_on > today:
        raise InvalidInput(
            "called_on", QT_TRANSLATE_NOOP("errors", "The call's date is later than today.")
        )
    if call.called_on.year < 1990:
        raise InvalidInput(
            "called_on", QT_TRANSLATE_NOOP("errors", "The call's date is before 1990.")
        )
    if call.called_at and not _TIME.fullmatch(call.called_at):
        raise InvalidInput(
            "called_at",
            QT_TRANSLATE_NOOP("errors", "The call's time must be written as hours:minutes, 14:05."),
        )
    if len(call.note) > MAX_NOTE:
        raise InvalidInput(
            "note", QT_TRANSLATE_NOOP("errors", "The call's note is longer than 4000 characters.")
        )


def join_codes(codes: list[ViolenceType] | list[Help]) -> str:
    return ",".join(sorted({c.value for c in codes}))


def violence_of(text: str) -> list[ViolenceType]:
    return [ViolenceType(c) for c in text.split(",") if c in ViolenceType._value2member_map_]


def help_of(text: str) -> list[Help]:
    return [Help(c) for c in text.split(",") if c in Help._value2member_map_]
