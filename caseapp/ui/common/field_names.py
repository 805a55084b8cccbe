"""The names of fields in words, for the sentences a service refuses with: "Expiry date: …",
not "protection_orders[0].expires_on: …". The command line keeps the path (an import names the
record's index and field as they are in the file)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("fields", "Full name"),
    "alias": QT_TRANSLATE_NOOP("fields", "Alias"),
    "iin": QT_TRANSLATE_NOOP("fields", "IIN"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Birth date"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "address": QT_TRANSLATE_NOOP("fields", "Address"),
    "opened_on": QT_TRANSLATE_NOOP("fields", "Opening date"),
    "closed_on": QT_TRANSLATE_NOOP("fields", "Closing date"),
    "closing_reason": QT_TRANSLATE_NOOP("fields", "Reason for closing"),
    "closing_outcome": QT_TRANSLATE_NOOP("fields", "Outcome of the support"),
    "number": QT_TRANSLATE_NOOP("fields", "Number"),
    "issued_on": QT_TRANSLATE_NOOP("fields", "Issue date"),
    "expires_on": QT_TRANSLATE_NOOP("fields", "Expiry date"),
    "served_on": QT_TRANSLATE_NOOP("fields", "Date of serving"),
    "revoked_on": QT_TRANSLATE_NOOP("fields", "Revocation date"),
    "checked_on": QT_TRANSLATE_NOOP("fields", "Check date"),
    "starts_on": QT_TRANSLATE_NOOP("fields", "Start date"),
    "ends_on": QT_TRANSLATE_NOOP("fields", "End date"),
    "admitted_on": QT_TRANSLATE_NOOP("fields", "Admission date"),
    "left_on": QT_TRANSLATE_NOOP("fields", "Departure date"),
    "children": QT_TRANSLATE_NOOP("fields", "Children"),
    "room": QT_TRANSLATE_NOOP("fields", "Room and bed"),
    "extended_to": QT_TRANSLATE_NOOP("fields", "Extended to"),
    "extension_reason": QT_TRANSLATE_NOOP("fields", "Reason for the extension"),
    "court": QT_TRANSLATE_NOOP("fields", "Court"),
    "outcome": QT_TRANSLATE_NOOP("fields", "Outcome"),
    "given_on": QT_TRANSLATE_NOOP("fields", "Date of consent"),
    "withdrawn_on": QT_TRANSLATE_NOOP("fields", "Withdrawal date"),
    "occurred_on": QT_TRANSLATE_NOOP("fields", "Incident date"),
    "description": QT_TRANSLATE_NOOP("fields", "Description"),
    "body": QT_TRANSLATE_NOOP("fields", "Text"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "password": QT_TRANSLATE_NOOP("fields", "Password"),
    "user": QT_TRANSLATE_NOOP("fields", "User name"),
    "office": QT_TRANSLATE_NOOP("fields", "Office"),
    "org": QT_TRANSLATE_NOOP("fields", "Organisation"),
    "name_ru": QT_TRANSLATE_NOOP("fields", "Name in Russian"),
    "recovery_key": QT_TRANSLATE_NOOP("fields", "Recovery key"),
    "name": QT_TRANSLATE_NOOP("fields", "Name or alias"),
    "birth_year": QT_TRANSLATE_NOOP("fields", "Year of birth"),
    "assessed_on": QT_TRANSLATE_NOOP("fields", "Date of the assessment"),
    "answers": QT_TRANSLATE_NOOP("fields", "Answers"),
    "raised_to": QT_TRANSLATE_NOOP("fields", "Raised level"),
    "reason": QT_TRANSLATE_NOOP("fields", "Reason"),
    "risk_thresholds": QT_TRANSLATE_NOOP("fields", "Risk thresholds"),
    "made_on": QT_TRANSLATE_NOOP("fields", "Date the plan was made"),
    "review_on": QT_TRANSLATE_NOOP("fields", "Review date"),
    "lang": QT_TRANSLATE_NOOP("fields", "Language"),
    "parts": QT_TRANSLATE_NOOP("fields", "Safety plan"),
    "bag": QT_TRANSLATE_NOOP("fields", "Emergency bag"),
    "warning_signs": QT_TRANSLATE_NOOP("fields", "Warning signs"),
    "safe_people": QT_TRANSLATE_NOOP("fields", "Safe people and their contacts"),
    "code_word": QT_TRANSLATE_NOOP("fields", "Code word"),
    "how_to_leave": QT_TRANSLATE_NOOP("fields", "How to leave and where to go"),
    "emergency_bag": QT_TRANSLATE_NOOP("fields", "Emergency bag"),
    "children_plan": QT_TRANSLATE_NOOP("fields", "The children's plan"),
    "phone_online_safety": QT_TRANSLATE_NOOP("fields", "Phone and online safety"),
    "who_does_what": QT_TRANSLATE_NOOP("fields", "Who does what"),
    "minutes": QT_TRANSLATE_NOOP("fields", "Duration, minutes"),
    "note": QT_TRANSLATE_NOOP("fields", "Note"),
    "given_by": QT_TRANSLATE_NOOP("fields", "Given by"),
    "district": QT_TRANSLATE_NOOP("fields", "District"),
    "counted": QT_TRANSLATE_NOOP("fields", "Counted in statistics"),
}
# A field's name where it means something else than elsewhere: a service's date is not a
# consent's. By the record it belongs to (``services[2]``, or ``service`` in the window).
WITHIN = {
    ("services", "given_on"): QT_TRANSLATE_NOOP("fields", "Date of the service"),
    ("services", "kind"): QT_TRANSLATE_NOOP("fields", "Kind of service"),
}
RECORDS = {
    "protection_orders": QT_TRANSLATE_NOOP("fields", "Protection order %1"),
    "checks": QT_TRANSLATE_NOOP("fields", "Police check %1"),
    "police_checks": QT_TRANSLATE_NOOP("fields", "Police check %1"),
    "requirements": QT_TRANSLATE_NOOP("fields", "Special requirements %1"),
    "special_requirements": QT_TRANSLATE_NOOP("fields", "Special requirements %1"),
    "shelter_stays": QT_TRANSLATE_NOOP("fields", "Shelter stay %1"),
    "consents": QT_TRANSLATE_NOOP("fields", "Consent %1"),
    "incidents": QT_TRANSLATE_NOOP("fields", "Incident %1"),
    "risk_assessments": QT_TRANSLATE_NOOP("fields", "Risk assessment %1"),
    "safety_plans": QT_TRANSLATE_NOOP("fields", "Safety plan %1"),
    "cases": QT_TRANSLATE_NOOP("fields", "Case %1"),
    "children": QT_TRANSLATE_NOOP("fields", "Child %1"),
    "services": QT_TRANSLATE_NOOP("fields", "Service %1"),
}
_PART = re.compile(r"^([a-z_]+)(?:\[(\d+)\])?$")


def in_words(path: str) -> str:
    """``protection_orders[1].expires_on`` -> "Protection order 2, expiry date"; a name the
    table does not know stays as it is."""
    words: list[str] = []
    record = ""
    for part in path.split("."):
        found = _PART.match(part)
        if found is None:
            return path
        name, index = found.groups()
        if name == "service" and index is None:  # the window's one service: no word of its own
            record = "services"
            continue
        if (record, name) in WITHIN:
            label = QCoreApplication.translate("fields", str(WITHIN[(record, name)]))
        elif index is not None and name in RECORDS:
            record = name
            label = QCoreApplication.translate("fields", str(RECORDS[name])).replace(
                "%1", str(int(index) + 1)
            )
        elif name in FIELDS:
            label = QCoreApplication.translate("fields", str(FIELDS[name]))
        elif name == "client":
            continue
        else:
            return path
        if not words or words[-1].casefold() != label.casefold():  # left_on.left_on
            words.append(label)
    if not words:
        return path
    return ", ".join([words[0], *(w[:1].lower() + w[1:] for w in words[1:])])
