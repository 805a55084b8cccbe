"""What changed in a case, record by record and field by field, for the case's history.

A change names the kind of record, what happened to it (added, changed, struck out, deleted), the
fields that identify it (a check by its date, an order by its number), and for a change each
field's value before and after. Values are plain JSON values: ISO dates, stored codes, numbers,
text. The history keeps them in the audit entry's encrypted detail, under the case's own key,
like the fields themselves; the user interface shows them in words, in the reader's language.

Where a stay is (the room and bed, where she went) is the shelter's compartment, which not every
reader of a case holds: such a field is named as changed, never with its values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import Enum, StrEnum
from typing import Final

from caseapp.domain import records as rec

Value = str | int | bool | list[str] | None


class RecordKind(StrEnum):
    CASE = "case"
    CLIENT = "client"
    PERPETRATOR = "perpetrator"
    ORDER = "order"
    CHECK = "check"
    REQUIREMENT = "requirement"
    STAY = "stay"
    CONSENT = "consent"
    INCIDENT = "incident"
    NOTE = "note"
    RISK = "risk_assessment"
    PLAN = "safety_plan"
    ATTACHMENT = "attachment"
    SERVICE = "service"


class Action(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    STRUCK_OUT = "struck_out"
    DELETED = "deleted"  # a whole case, by an administrator


# The fields that name a record in the history: a check by its date, an order by its number.
LABEL_FIELDS: Final[dict[RecordKind, tuple[str, ...]]] = {
    RecordKind.ORDER: ("number", "issued_on"),
    RecordKind.CHECK: ("checked_on",),
    RecordKind.REQUIREMENT: ("starts_on",),
    RecordKind.STAY: ("admitted_on",),
    RecordKind.CONSENT: ("recipient_kind", "given_on"),
    RecordKind.INCIDENT: ("occurred_on",),
    RecordKind.NOTE: ("written_on", "kind"),
    RecordKind.RISK: ("assessed_on", "level"),
    RecordKind.PLAN: ("made_on",),
    RecordKind.ATTACHMENT: ("added_on",),
    RecordKind.SERVICE: ("given_on", "kind"),
}

# Fields whose values the history never keeps (the shelter's compartment).
HIDDEN_FIELDS: Final[dict[RecordKind, frozenset[str]]] = {
    RecordKind.STAY: frozenset({"room", "destination"}),
}

# Fields that are not the record's own values.
_NOT_COMPARED: Final = frozenset({"id", "checks"})
_CASE_FIELDS: Final = (
    "opened_on",
    "closed_on",
    "status",
    "closing_reason",
    "closing_outcome",
    "risk",
    "violence_types",
    "notes",
    "counted",
    "district_id",
    "children",
)


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Value = None
    after: Value = None
    hidden: bool = False  # changed, but its values are not kept in the history


@dataclass(frozen=True)
class RecordChange:
    kind: RecordKind
    action: Action
    label: tuple[tuple[str, Value], ...] = ()
    fields: tuple[FieldChange, ...] = ()
    reason: str = ""


def plain(value: object) -> Value:
    """A field's value as the history keeps it."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [str(plain(v)) for v in value]
    return str(value)


def label_of(kind: RecordKind, item: object) -> tuple[tuple[str, Value], ...]:
    """The fields naming a record (a record type or a stored row: the same attribute names)."""
    return tuple((name, plain(getattr(item, name, None))) for name in LABEL_FIELDS.get(kind, ()))


def _field_changes(
    kind: RecordKind, before: object, after: object, names: Iterable[str]
) -> tuple[FieldChange, ...]:
    hidden = HIDDEN_FIELDS.get(kind, frozenset())
    found = []
    for name in names:
        old, new = plain(getattr(before, name, None)), plain(getattr(after, name, None))
        if (old in ("", [], None) and new in ("", [], None)) or old == new:
            continue
        if name in hidden:
            found.append(FieldChange(name, hidden=True))
        else:
            found.append(FieldChange(name, old, new))
    return tuple(found)


def _own_fields(item: object) -> list[str]:
    return [f.name for f in fields(item) if f.name not in _NOT_COMPARED]  # type: ignore[arg-type]


def item_changes(
    kind: RecordKind, before: Sequence[object], after: Sequence[object]
) -> list[RecordChange]:
    """Records added to a list or changed in it, matched by id. One left out of ``after`` is
    not a change: records are struck out, never removed."""
    old = {getattr(item, "id", None): item for item in before if getattr(item, "id", None)}
    found = []
    for item in after:
        previous = old.get(getattr(item, "id", None))
        if previous is None:
            found.append(RecordChange(kind, Action.ADDED, label_of(kind, item)))
            continue
        changed = _field_changes(kind, previous, item, _own_fields(item))
        if changed:
            found.append(RecordChange(kind, Action.CHANGED, label_of(kind, previous), changed))
    return found


def case_changes(before: rec.CaseRecord, after: rec.CaseRecord) -> list[RecordChange]:
    """Everything that differs between a case as stored and as it is saved."""
    found: list[RecordChange] = []
    client = _field_changes(
        RecordKind.CLIENT, before.client, after.client, _own_fields(after.client)
    )
    if client:
        found.append(RecordChange(RecordKind.CLIENT, Action.CHANGED, (), client))
    case = _field_changes(RecordKind.CASE, before, after, _CASE_FIELDS)
    if case:
        found.append(RecordChange(RecordKind.CASE, Action.CHANGED, (), case))
    perpetrator = _field_changes(
        RecordKind.PERPETRATOR, before.perpetrator, after.perpetrator, ("full_name", "relation")
    )
    if perpetrator:
        found.append(RecordChange(RecordKind.PERPETRATOR, Action.CHANGED, (), perpetrator))
    found += item_changes(RecordKind.ORDER, before.orders, after.orders)
    old_orders = {o.id: o for o in before.orders if o.id}
    for order in after.orders:
        previous = old_orders.get(order.id) if order.id else None
        found += item_changes(RecordKind.CHECK, previous.checks if previous else [], order.checks)
    found += item_changes(RecordKind.REQUIREMENT, before.requirements, after.requirements)
    found += item_changes(RecordKind.STAY, before.stays, after.stays)
    found += item_changes(RecordKind.CONSENT, before.consents, after.consents)
    found += item_changes(RecordKind.INCIDENT, before.incidents, after.incidents)
    return found


def note_changes(before: object, after: object) -> list[RecordChange]:
    """A dated note's text or kind corrected."""
    changed = _field_changes(RecordKind.NOTE, before, after, ("kind", "body"))
    if not changed:
        return []
    return [
        RecordChange(RecordKind.NOTE, Action.CHANGED, label_of(RecordKind.NOTE, before), changed)
    ]


_FORMAT: Final = "caseapp-changes/1"


def encode(changes: Sequence[RecordChange]) -> str:
    """The text an audit entry's encrypted detail keeps."""
    return json.dumps(
        {
            "format": _FORMAT,
            "changes": [
                {
                    "kind": c.kind.value,
                    "action": c.action.value,
                    "label": [list(pair) for pair in c.label],
                    "fields": [
                        {"field": f.field, "hidden": True}
                        if f.hidden
                        else {"field": f.field, "before": f.before, "after": f.after}
                        for f in c.fields
                    ],
                    **({"reason": c.reason} if c.reason else {}),
                }
                for c in changes
            ],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode(detail: str) -> list[RecordChange]:
    """The changes an audit entry's detail holds; none for any other detail (an older entry, a
    letter's register number)."""
    if not detail.startswith("{"):
        return []
    try:
        data = json.loads(detail)
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            return []
        return [_change(item) for item in data["changes"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        return []


def _value(value: object) -> Value:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, list):
        return [str(v) for v in value]
    raise TypeError("not a history value")


def _change(item: dict[str, object]) -> RecordChange:
    label = item.get("label", [])
    changed = item.get("fields", [])
    if not isinstance(label, list) or not isinstance(changed, list):
        raise TypeError("malformed")
    return RecordChange(
        kind=RecordKind(str(item["kind"])),
        action=Action(str(item["action"])),
        label=tuple((str(name), _value(value)) for name, value in label),
        fields=tuple(
            FieldChange(str(f["field"]), hidden=True)
            if f.get("hidden")
            else FieldChange(str(f["field"]), _value(f.get("before")), _value(f.get("after")))
            for f in changed
        ),
        reason=str(item.get("reason", "")),
    )
