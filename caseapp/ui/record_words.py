"""Records, fields and stored values in words, in the reader's language: for the case's history
(what changed, from what to what) and for the correction dialog (what is struck out)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from caseapp.domain.changes import Action, RecordChange, RecordKind, Value
from caseapp.domain.errors import QT_TRANSLATE_NOOP  # returns str; lupdate reads it all the same
from caseapp.services.services_stats import SERVICE_WORDS
from caseapp.ui.case.closing import CONTEXT as CLOSING_CONTEXT
from caseapp.ui.case.closing import REASON_LABELS as CLOSING_REASONS
from caseapp.ui.case_tables import KIND_LABELS, METHOD_LABELS, OUTCOME_LABELS

CONTEXT = "CaseHistory"

RECORD_WORDS = {
    RecordKind.CASE: QT_TRANSLATE_NOOP("CaseHistory", "Case"),
    RecordKind.CLIENT: QT_TRANSLATE_NOOP("CaseHistory", "Client"),
    RecordKind.PERPETRATOR: QT_TRANSLATE_NOOP("CaseHistory", "Perpetrator"),
    RecordKind.ORDER: QT_TRANSLATE_NOOP("CaseHistory", "Protection order"),
    RecordKind.CHECK: QT_TRANSLATE_NOOP("CaseHistory", "Police check"),
    RecordKind.REQUIREMENT: QT_TRANSLATE_NOOP("CaseHistory", "Court requirements"),
    RecordKind.STAY: QT_TRANSLATE_NOOP("CaseHistory", "Shelter stay"),
    RecordKind.CONSENT: QT_TRANSLATE_NOOP("CaseHistory", "Consent"),
    RecordKind.INCIDENT: QT_TRANSLATE_NOOP("CaseHistory", "Incident"),
    RecordKind.NOTE: QT_TRANSLATE_NOOP("CaseHistory", "Note"),
    RecordKind.RISK: QT_TRANSLATE_NOOP("CaseHistory", "Risk assessment"),
    RecordKind.PLAN: QT_TRANSLATE_NOOP("CaseHistory", "Safety plan"),
    RecordKind.ATTACHMENT: QT_TRANSLATE_NOOP("CaseHistory", "Attachment"),
    RecordKind.SERVICE: QT_TRANSLATE_NOOP("CaseHistory", "Service"),
}

# A field's name in words, by record kind where the same name means different things.
FIELD_WORDS: dict[tuple[RecordKind | None, str], str] = {
    (RecordKind.CLIENT, "full_name"): QT_TRANSLATE_NOOP("CaseHistory", "Full name"),
    (None, "alias"): QT_TRANSLATE_NOOP("CaseHistory", "Alias"),
    (None, "iin"): QT_TRANSLATE_NOOP("CaseHistory", "IIN"),
    (None, "birth_date"): QT_TRANSLATE_NOOP("CaseHistory", "Birth date"),
    (None, "phone"): QT_TRANSLATE_NOOP("CaseHistory", "Phone"),
    (None, "address"): QT_TRANSLATE_NOOP("CaseHistory", "Address"),
    (None, "safe_contact"): QT_TRANSLATE_NOOP("CaseHistory", "Safe contact"),
    (None, "opened_on"): QT_TRANSLATE_NOOP("CaseHistory", "Opened on"),
    (None, "closed_on"): QT_TRANSLATE_NOOP("CaseHistory", "Closed on"),
    (None, "status"): QT_TRANSLATE_NOOP("CaseHistory", "Status"),
    (None, "closing_reason"): QT_TRANSLATE_NOOP("CaseHistory", "Reason for closing"),
    (None, "closing_outcome"): QT_TRANSLATE_NOOP("CaseHistory", "Outcome of the support"),
    (None, "risk"): QT_TRANSLATE_NOOP("CaseHistory", "Risk"),
    (None, "violence_types"): QT_TRANSLATE_NOOP("CaseHistory", "Violence"),
    (RecordKind.CASE, "notes"): QT_TRANSLATE_NOOP("CaseHistory", "Case summary"),
    (None, "counted"): QT_TRANSLATE_NOOP("CaseHistory", "Counted in statistics"),
    (RecordKind.PERPETRATOR, "full_name"): QT_TRANSLATE_NOOP("CaseHistory", "Name"),
    (None, "relation"): QT_TRANSLATE_NOOP("CaseHistory", "Relationship"),
    (RecordKind.ORDER, "number"): QT_TRANSLATE_NOOP("CaseHistory", "Number"),
    (None, "issued_on"): QT_TRANSLATE_NOOP("CaseHistory", "Issued on"),
    (RecordKind.ORDER, "expires_on"): QT_TRANSLATE_NOOP("CaseHistory", "Expires on"),
    (None, "served_on"): QT_TRANSLATE_NOOP("CaseHistory", "Served on"),
    (None, "revoked_on"): QT_TRANSLATE_NOOP("CaseHistory", "Revoked on"),
    (None, "issued_by"): QT_TRANSLATE_NOOP("CaseHistory", "Issuing police unit"),
    (RecordKind.ORDER, "officer"): QT_TRANSLATE_NOOP("CaseHistory", "Responsible officer"),
    (None, "officer_phone"): QT_TRANSLATE_NOOP("CaseHistory", "Officer's phone"),
    (None, "violations"): QT_TRANSLATE_NOOP("CaseHistory", "Violations"),
    (None, "checked_on"): QT_TRANSLATE_NOOP("CaseHistory", "Date of the check"),
    (None, "outcome"): QT_TRANSLATE_NOOP("CaseHistory", "Outcome"),
    (RecordKind.CHECK, "officer"): QT_TRANSLATE_NOOP("CaseHistory", "Officer"),
    (None, "method"): QT_TRANSLATE_NOOP("CaseHistory", "How"),
    (RecordKind.CHECK, "note"): QT_TRANSLATE_NOOP("CaseHistory", "Note"),
    (None, "starts_on"): QT_TRANSLATE_NOOP("CaseHistory", "Starts on"),
    (None, "ends_on"): QT_TRANSLATE_NOOP("CaseHistory", "Ends on"),
    (RecordKind.REQUIREMENT, "description"): QT_TRANSLATE_NOOP("CaseHistory", "Requirements"),
    (None, "court"): QT_TRANSLATE_NOOP("CaseHistory", "Court"),
    (None, "admitted_on"): QT_TRANSLATE_NOOP("CaseHistory", "Admitted on"),
    (None, "left_on"): QT_TRANSLATE_NOOP("CaseHistory", "Left on"),
    (None, "room"): QT_TRANSLATE_NOOP("CaseHistory", "Room and bed"),
    (RecordKind.CASE, "children"): QT_TRANSLATE_NOOP("CaseHistory", "Her children"),
    (None, "children"): QT_TRANSLATE_NOOP("CaseHistory", "Accompanying children"),
    (None, "children_named"): QT_TRANSLATE_NOOP("CaseHistory", "Children with her"),
    (None, "departure_reason"): QT_TRANSLATE_NOOP("CaseHistory", "Reason for leaving"),
    (None, "destination"): QT_TRANSLATE_NOOP("CaseHistory", "Where she went"),
    (None, "extended_to"): QT_TRANSLATE_NOOP("CaseHistory", "Extended to"),
    (None, "extension_reason"): QT_TRANSLATE_NOOP("CaseHistory", "Reason for the extension"),
    (None, "recipient_kind"): QT_TRANSLATE_NOOP("CaseHistory", "Recipient"),
    (None, "given_on"): QT_TRANSLATE_NOOP("CaseHistory", "Given on"),
    (RecordKind.CONSENT, "expires_on"): QT_TRANSLATE_NOOP("CaseHistory", "Valid until"),
    (None, "withdrawn_on"): QT_TRANSLATE_NOOP("CaseHistory", "Withdrawn on"),
    (None, "occurred_on"): QT_TRANSLATE_NOOP("CaseHistory", "Date it happened"),
    (RecordKind.INCIDENT, "description"): QT_TRANSLATE_NOOP("CaseHistory", "Description"),
    (None, "reported_to_police"): QT_TRANSLATE_NOOP("CaseHistory", "Reported to the police"),
    (None, "written_on"): QT_TRANSLATE_NOOP("CaseHistory", "Date"),
    (RecordKind.NOTE, "kind"): QT_TRANSLATE_NOOP("CaseHistory", "Kind"),
    (None, "body"): QT_TRANSLATE_NOOP("CaseHistory", "Text"),
    (None, "assessed_on"): QT_TRANSLATE_NOOP("CaseHistory", "Assessed on"),
    (None, "level"): QT_TRANSLATE_NOOP("CaseHistory", "Level"),
    (None, "made_on"): QT_TRANSLATE_NOOP("CaseHistory", "Made on"),
    (None, "added_on"): QT_TRANSLATE_NOOP("CaseHistory", "Added on"),
    (None, "district_id"): QT_TRANSLATE_NOOP("CaseHistory", "District"),
    (RecordKind.SERVICE, "given_on"): QT_TRANSLATE_NOOP("CaseHistory", "Date"),
    (RecordKind.SERVICE, "kind"): QT_TRANSLATE_NOOP("CaseHistory", "Kind of service"),
    (None, "given_by"): QT_TRANSLATE_NOOP("CaseHistory", "Given by"),
    (None, "minutes"): QT_TRANSLATE_NOOP("CaseHistory", "Duration, minutes"),
    (RecordKind.SERVICE, "note"): QT_TRANSLATE_NOOP("CaseHistory", "Note"),
}

# Codes whose words depend on the record as well as the field: a service's kind is not a note's.
_RECORD_CODE_WORDS: dict[tuple[RecordKind, str], tuple[str, dict[str, str]]] = {
    (RecordKind.SERVICE, "kind"): ("reports", SERVICE_WORDS),
}

# Stored codes in words: the case window's own labels, in their own contexts.
_CODE_WORDS: dict[str, tuple[str, dict[str, str]]] = {
    "outcome": ("CheckDialog", OUTCOME_LABELS),
    "method": ("CheckDialog", METHOD_LABELS),
    "recipient_kind": ("ConsentDialog", KIND_LABELS),
    "closing_reason": (CLOSING_CONTEXT, CLOSING_REASONS),
    "status": (
        "CaseWindow",
        {
            "open": QT_TRANSLATE_NOOP("CaseWindow", "Open"),
            "closed": QT_TRANSLATE_NOOP("CaseWindow", "Closed"),
        },
    ),
    "risk": (
        "CaseWindow",
        {
            "unknown": QT_TRANSLATE_NOOP("CaseWindow", "Not assessed"),
            "low": QT_TRANSLATE_NOOP("CaseWindow", "Low"),
            "standard": QT_TRANSLATE_NOOP("CaseWindow", "Standard"),
            "medium": QT_TRANSLATE_NOOP("CaseWindow", "Medium"),
            "high": QT_TRANSLATE_NOOP("CaseWindow", "High"),
        },
    ),
    "level": (
        "CaseWindow",
        {
            "unknown": QT_TRANSLATE_NOOP("CaseWindow", "Not assessed"),
            "low": QT_TRANSLATE_NOOP("CaseWindow", "Low"),
            "standard": QT_TRANSLATE_NOOP("CaseWindow", "Standard"),
            "medium": QT_TRANSLATE_NOOP("CaseWindow", "Medium"),
            "high": QT_TRANSLATE_NOOP("CaseWindow", "High"),
        },
    ),
    "relation": (
        "CaseWindow",
        {
            "spouse": QT_TRANSLATE_NOOP("CaseWindow", "Spouse"),
            "former_spouse": QT_TRANSLATE_NOOP("CaseWindow", "Former spouse"),
            "cohabitant": QT_TRANSLATE_NOOP("CaseWindow", "Cohabiting partner"),
            "former_cohabitant": QT_TRANSLATE_NOOP("CaseWindow", "Former partner"),
            "relative": QT_TRANSLATE_NOOP("CaseWindow", "Close relative"),
            "child_in_common": QT_TRANSLATE_NOOP("CaseWindow", "Has a child in common"),
            "other": QT_TRANSLATE_NOOP("CaseWindow", "Other"),
        },
    ),
    "violence_types": (
        "CaseWindow",
        {
            "physical": QT_TRANSLATE_NOOP("CaseWindow", "Physical"),
            "psychological": QT_TRANSLATE_NOOP("CaseWindow", "Psychological"),
            "sexual": QT_TRANSLATE_NOOP("CaseWindow", "Sexual"),
            "economic": QT_TRANSLATE_NOOP("CaseWindow", "Economic"),
        },
    ),
    "kind": (
        "CaseWindow",
        {
            "general": QT_TRANSLATE_NOOP("CaseWindow", "Case note"),
            "legal": QT_TRANSLATE_NOOP("CaseWindow", "Legal note"),
        },
    ),
}

ADDED = QT_TRANSLATE_NOOP("CaseHistory", "%1: added")
STRUCK_OUT = QT_TRANSLATE_NOOP("CaseHistory", "%1: struck out. Reason: %2")
DELETED = QT_TRANSLATE_NOOP("CaseHistory", "The case was deleted. Reason: %1")
HIDDEN = QT_TRANSLATE_NOOP("CaseHistory", "%1 changed (kept in the shelter's records only)")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


def _fill(text: str, *values: str) -> str:
    """Qt's %1, %2 filled in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)


def shown_date(value: date) -> str:
    """A date as people in Kazakhstan read it: 13.11.2026."""
    return value.strftime("%d.%m.%Y")


def record_word(kind: RecordKind) -> str:
    return _tr(RECORD_WORDS[kind])


def field_word(kind: RecordKind, field: str) -> str:
    words = FIELD_WORDS.get((kind, field)) or FIELD_WORDS.get((None, field))
    return _tr(words) if words else field


def value_words(field: str, value: Value, kind: RecordKind | None = None) -> str:
    """A stored value in words: dates as 13.11.2026, codes as their labels, yes or no."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _tr("Yes", "CaseWindow") if value else _tr("No", "CaseWindow")
    if isinstance(value, list):
        # A child is "name, year": children are told apart by semicolons.
        joint = "; " if field in ("children", "children_named") else ", "
        return joint.join(value_words(field, v, kind) for v in value)
    if isinstance(value, int):
        return str(value)
    words = _RECORD_CODE_WORDS.get((kind, field)) if kind is not None else None
    if words is None:
        words = _CODE_WORDS.get(field)
    if words is not None:
        context, labels = words
        if value in labels:
            return _tr(labels[value], context)
    if _ISO_DATE.fullmatch(value):
        try:
            return shown_date(date.fromisoformat(value))
        except ValueError:
            return value
    return value


def record_label(kind: RecordKind, label: Sequence[tuple[str, Value]]) -> str:
    """ "Police check 06.03.2026", "Protection order ЗП-1, 02.03.2026"."""
    values = [value_words(field, value, kind) for field, value in label if value not in (None, "")]
    word = record_word(kind)
    return f"{word} {', '.join(values)}" if values else word


def change_words(change: RecordChange) -> str:
    """One change in a sentence of the reader's language."""
    what = record_label(change.kind, change.label)
    if change.action is Action.ADDED:
        return _fill(_tr(ADDED), what)
    if change.action is Action.STRUCK_OUT:
        return _fill(_tr(STRUCK_OUT), what, change.reason)
    if change.action is Action.DELETED:
        return _fill(_tr(DELETED), change.reason)
    parts = []
    for field in change.fields:
        name = field_word(change.kind, field.field)
        if field.hidden:
            parts.append(_fill(_tr(HIDDEN), name))
        else:
            before = value_words(field.field, field.before, change.kind)
            after = value_words(field.field, field.after, change.kind)
            parts.append(f"{name}: {before} → {after}")
    return f"{what}: " + "; ".join(parts)
