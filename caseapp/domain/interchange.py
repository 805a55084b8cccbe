"""The ``caseapp-cases/1`` interchange format: parsing and validation, all before any write.

Every problem is reported as one sentence naming the record's index and field, for example
``cases[3].client.iin``. Values of personal fields never appear in a message. Dates that cannot
have happened by the import's day are refused as in the program's window (``case_rules``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from caseapp.domain import records as rec
from caseapp.domain.case_rules import INVALID_IIN, validate_case
from caseapp.domain.dates import parse_date
from caseapp.domain.enums import CheckOutcome, RecipientKind, Relation, ViolenceType
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from caseapp.domain.happened import check_birth_date, check_opened_on
from caseapp.domain.iin import is_valid_iin
from caseapp.domain.json_input import is_valid_text, shown_key
from caseapp.domain.rules import (
    MAX_CHILDREN,
    add_check,
    validate_consent,
    validate_order,
    validate_requirement,
    validate_stay,
)

FORMAT = "caseapp-cases/1"
E = TypeVar("E", bound=StrEnum)

_CASE_KEYS = {
    "number",
    "opened_on",
    "client",
    "perpetrator",
    "violence_types",
    "protection_orders",
    "police_checks",
    "shelter_stays",
    "consents",
    "special_requirements",
    "incidents",
    "risk_assessments",
    "safety_plans",
    "services",
    "counted",
    "district",
    "notes",
    "children",
}
_CLIENT_KEYS = {"full_name", "alias", "iin", "birth_date", "phone", "address", "safe_contact"}
_PERPETRATOR_KEYS = {"full_name", "relation"}
_ORDER_KEYS = {
    "number",
    "issued_on",
    "expires_on",
    "issued_by",
    "officer",
    "served_on",
    "revoked_on",
}
_CHECK_KEYS = {"order_number", "checked_on", "outcome", "officer"}
_STAY_KEYS = {"admitted_on", "left_on", "room", "children", "extended_to", "extension_reason"}
_CHILD_KEYS = {"name", "birth_year"}
_REQUIREMENT_KEYS = {"starts_on", "ends_on", "court", "description"}
_CONSENT_KEYS = {"recipient_kind", "given_on", "expires_on", "withdrawn_on"}


def _fail(field: str, template: str, **params: object) -> InvalidInput:
    return InvalidInput(field, template, **params)


def _object(value: Any, field: str, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(field, QT_TRANSLATE_NOOP("errors", "{field} must be an object."))
    for key in value:
        if key not in allowed:
            raise _fail(
                f"{field}.{shown_key(key)}" if field else shown_key(key),
                QT_TRANSLATE_NOOP("errors", "{field} is not a known field."),
            )
    duplicate = getattr(value, "duplicate", None)  # json_input.JsonObject
    if duplicate is not None:
        raise _fail(
            f"{field}.{shown_key(duplicate)}" if field else shown_key(duplicate),
            QT_TRANSLATE_NOOP("errors", "{field} is given twice."),
        )
    return value


def _list(value: Any, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(field, QT_TRANSLATE_NOOP("errors", "{field} must be a list."))
    return value


def _text(obj: dict[str, Any], key: str, field: str, *, required: bool = False) -> str:
    value = obj.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _fail(f"{field}.{key}", QT_TRANSLATE_NOOP("errors", "{field} must be text."))
    if not is_valid_text(value):
        raise _fail(
            f"{field}.{key}",
            QT_TRANSLATE_NOOP(
                "errors", "{field} holds characters that are not valid Unicode text."
            ),
        )
    value = value.strip()
    if required and not value:
        raise _fail(f"{field}.{key}", QT_TRANSLATE_NOOP("errors", "{field} is required."))
    if len(value) > 10_000:
        raise _fail(f"{field}.{key}", QT_TRANSLATE_NOOP("errors", "{field} is too long."))
    return value


def _date(obj: dict[str, Any], key: str, field: str, *, required: bool = False) -> date | None:
    value = obj.get(key)
    if value in (None, ""):
        if required:
            raise _fail(f"{field}.{key}", QT_TRANSLATE_NOOP("errors", "{field} is required."))
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        return parse_date(value, f"{field}.{key}")
    except (ValueError, InvalidInput):
        # The file's value is not repeated: a misplaced column may hold a name, and a birth
        # date is personal data itself.
        raise _fail(
            f"{field}.{key}",
            QT_TRANSLATE_NOOP(
                "errors", "{field} must be a date in the form YYYY-MM-DD that exists."
            ),
        ) from None


def _required_date(obj: dict[str, Any], key: str, field: str) -> date:
    value = _date(obj, key, field, required=True)
    assert value is not None
    return value


def _enum(kind: type[E], value: Any, field: str) -> E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(k.value for k in kind)
        raise _fail(
            field,
            QT_TRANSLATE_NOOP("errors", "{field} must be one of: {allowed}."),
            allowed=allowed,
        ) from None


def _items(
    case: dict[str, Any], key: str, field: str, parse: Callable[[Any, str], Any]
) -> list[Any]:
    return [
        parse(item, f"{field}.{key}[{i}]")
        for i, item in enumerate(_list(case.get(key), f"{field}.{key}"))
    ]


def parse_cases(data: Any, *, today: date) -> list[rec.CaseRecord]:
    """Validate a whole decoded file and return its records, or raise on the first problem.
    ``today`` is the import's day: no event of the file may be dated after it."""
    if not isinstance(data, dict):
        raise _fail(
            "file",
            QT_TRANSLATE_NOOP(
                "errors",
                'The file must hold one JSON object with the fields "format" and "cases".',
            ),
        )
    top = _object(data, "", {"format", "cases"})
    if top.get("format") != FORMAT:
        raise _fail(
            "format", QT_TRANSLATE_NOOP("errors", "{field} must be '{expected}'."), expected=FORMAT
        )
    cases = _list(top.get("cases"), "cases")
    records = [_parse_case(item, f"cases[{i}]", today) for i, item in enumerate(cases)]
    seen: dict[str, int] = {}
    for i, record in enumerate(records):
        if record.number and record.number in seen:
            raise _fail(
                f"cases[{i}].number",
                QT_TRANSLATE_NOOP("errors", "{field} has the same case number as cases[{other}]."),
                other=seen[record.number],
            )
        seen[record.number] = i
    return records


def _parse_case(value: Any, field: str, today: date) -> rec.CaseRecord:
    case = _object(value, field, _CASE_KEYS)
    number = _text(case, "number", field)
    if number and (len(number) > 32 or not all(c.isalnum() or c in "-/_." for c in number)):
        raise _fail(
            f"{field}.number",
            QT_TRANSLATE_NOOP(
                "errors", "{field} may hold only letters, digits and - / _ . (at most 32)."
            ),
        )
    record = rec.CaseRecord(
        number=number,
        opened_on=_required_date(case, "opened_on", field),
        client=_parse_client(case.get("client"), f"{field}.client", today),
        notes=_text(case, "notes", field),
    )
    check_opened_on(record.opened_on, f"{field}.opened_on", today)
    if case.get("perpetrator") is not None:
        record.perpetrator = _parse_perpetrator(case["perpetrator"], f"{field}.perpetrator")
    record.violence_types = [
        _enum(ViolenceType, v, f"{field}.violence_types[{i}]")
        for i, v in enumerate(_list(case.get("violence_types"), f"{field}.violence_types"))
    ]
    record.orders = _items(case, "protection_orders", field, _parse_order)
    _attach_checks(case, field, record.orders, today)
    for i, order in enumerate(record.orders):
        validate_order(order, f"{field}.protection_orders[{i}]", today=today)
    record.requirements = _items(case, "special_requirements", field, _parse_requirement)
    record.stays = _items(case, "shelter_stays", field, lambda v, f: _parse_stay(v, f, today))
    record.consents = _items(case, "consents", field, lambda v, f: _parse_consent(v, f, today))
    from caseapp.domain import interchange_more as more  # it reads this module's helpers

    record.incidents = _items(case, "incidents", field, more.parse_incident)
    record.risk_assessments = _items(
        case, "risk_assessments", field, lambda v, f: more.parse_assessment(v, f, today)
    )
    record.safety_plans = _items(
        case, "safety_plans", field, lambda v, f: more.parse_plan(v, f, today)
    )
    record.services = _items(case, "services", field, lambda v, f: more.parse_service(v, f, today))
    record.counted = more.parse_flag(case, "counted", field, default=True)
    record.district_name = " ".join(_text(case, "district", field).split())
    record.children = more.parse_case_children(case.get("children"), f"{field}.children")
    validate_case(record, today, field)  # what the program checks before storing, as a whole
    return record


def _parse_client(value: Any, field: str, today: date) -> rec.Client:
    obj = _object(value, field, _CLIENT_KEYS)
    client = rec.Client(
        full_name=_text(obj, "full_name", field, required=True),
        alias=_text(obj, "alias", field),
        iin=_text(obj, "iin", field),
        birth_date=_date(obj, "birth_date", field),
        phone=_text(obj, "phone", field),
        address=_text(obj, "address", field),
        safe_contact=_text(obj, "safe_contact", field),
    )
    if client.iin and not is_valid_iin(client.iin):
        raise _fail(f"{field}.iin", INVALID_IIN)
    check_birth_date(client.birth_date, f"{field}.birth_date", today)
    if client.phone and sum(c.isdigit() for c in client.phone) < 5:
        raise _fail(f"{field}.phone", QT_TRANSLATE_NOOP("errors", "{field} is not a phone number."))
    return client


def _parse_perpetrator(value: Any, field: str) -> rec.Perpetrator:
    obj = _object(value, field, _PERPETRATOR_KEYS)
    relation = obj.get("relation")
    return rec.Perpetrator(
        full_name=_text(obj, "full_name", field),
        relation=_enum(Relation, relation, f"{field}.relation") if relation else None,
    )


def _parse_order(value: Any, field: str) -> rec.ProtectionOrder:
    obj = _object(value, field, _ORDER_KEYS)
    return rec.ProtectionOrder(
        number=_text(obj, "number", field),
        issued_on=_required_date(obj, "issued_on", field),
        expires_on=_required_date(obj, "expires_on", field),
        issued_by=_text(obj, "issued_by", field),
        officer=_text(obj, "officer", field),
        served_on=_date(obj, "served_on", field),
        revoked_on=_date(obj, "revoked_on", field),
    )


def _attach_checks(
    case: dict[str, Any], field: str, orders: list[rec.ProtectionOrder], today: date
) -> None:
    by_number = {o.number: o for o in orders if o.number}
    for i, value in enumerate(_list(case.get("police_checks"), f"{field}.police_checks")):
        item = f"{field}.police_checks[{i}]"
        obj = _object(value, item, _CHECK_KEYS)
        number = _text(obj, "order_number", item)
        order = by_number.get(number) if number else (orders[0] if len(orders) == 1 else None)
        if order is None:
            raise _fail(
                f"{item}.order_number",
                QT_TRANSLATE_NOOP(
                    "errors", "{field} does not name a protection order of this case."
                ),
            )
        check = rec.PoliceCheck(
            checked_on=_required_date(obj, "checked_on", item),
            outcome=_enum(CheckOutcome, obj.get("outcome"), f"{item}.outcome"),
            officer=_text(obj, "officer", item),
        )
        add_check(order, check, item, today=today)


def _parse_stay(value: Any, field: str, today: date) -> rec.ShelterStay:
    obj = _object(value, field, _STAY_KEYS)
    count, named = _parse_children(obj.get("children", 0), f"{field}.children")
    stay = rec.ShelterStay(
        admitted_on=_required_date(obj, "admitted_on", field),
        left_on=_date(obj, "left_on", field),
        room=_text(obj, "room", field),
        children=count,
        children_named=named,
        extended_to=_date(obj, "extended_to", field),
        extension_reason=_text(obj, "extension_reason", field),
    )
    validate_stay(stay, field, today=today)
    return stay


def _parse_children(value: Any, field: str) -> tuple[int, list[rec.Child]]:
    """``children`` is how many (the contract's whole number), or the children as people:
    a list of objects with ``name`` (a name or alias) and ``birth_year``, either optional."""
    if value is None:
        return 0, []
    if isinstance(value, list):
        if len(value) > MAX_CHILDREN:
            raise _fail(
                field,
                QT_TRANSLATE_NOOP("errors", "{field} lists more than {high} children."),
                high=MAX_CHILDREN,
            )
        named = []
        for i, item in enumerate(value):
            where = f"{field}[{i}]"
            child = _object(item, where, _CHILD_KEYS)
            year = child.get("birth_year")
            if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
                raise _fail(
                    f"{where}.birth_year",
                    QT_TRANSLATE_NOOP("errors", "{field} must be a year as a whole number."),
                )
            named.append(rec.Child(_text(child, "name", where), year))
        return len(named), named
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_CHILDREN:
        raise _fail(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "{field} must be a whole number from 0 to 20, or a list of the children.",
            ),
        )
    return value, []


def _parse_requirement(value: Any, field: str) -> rec.SpecialRequirement:
    obj = _object(value, field, _REQUIREMENT_KEYS)
    requirement = rec.SpecialRequirement(
        starts_on=_required_date(obj, "starts_on", field),
        ends_on=_required_date(obj, "ends_on", field),
        court=_text(obj, "court", field),
        description=_text(obj, "description", field),
    )
    validate_requirement(requirement, field)
    return requirement


def _parse_consent(value: Any, field: str, today: date) -> rec.Consent:
    obj = _object(value, field, _CONSENT_KEYS)
    consent = rec.Consent(
        recipient_kind=_enum(RecipientKind, obj.get("recipient_kind"), f"{field}.recipient_kind"),
        given_on=_required_date(obj, "given_on", field),
        expires_on=_required_date(obj, "expires_on", field),
        withdrawn_on=_date(obj, "withdrawn_on", field),
    )
    validate_consent(consent, field, today=today)
    return consent
