"""The later parts of a ``caseapp-cases/1`` case: ``incidents``, ``risk_assessments``,
``safety_plans``, ``services``, the ``counted`` flag and her ``children`` (``domain.interchange``
reads the rest). Each problem is one sentence naming the record's index and field, as there; a
file without these parts stays valid."""

from __future__ import annotations

from datetime import date
from typing import Any

from caseapp.domain import records as rec
from caseapp.domain.enums import RiskLevel, ViolenceType
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from caseapp.domain.interchange import (
    _date,
    _enum,
    _fail,
    _list,
    _object,
    _parse_children,
    _required_date,
    _text,
)
from caseapp.domain.risk import QUESTION_CODES, Answer, Assessment
from caseapp.domain.safety_plan import BAG_ITEMS, LANGUAGES, PARTS, SafetyPlan, validate_plan
from caseapp.domain.services_given import ServiceGiven, ServiceKind, validate_service

_INCIDENT_KEYS = {"occurred_on", "violence_types", "reported_to_police", "description"}
_ASSESSMENT_KEYS = {"assessed_on", "answers", "raised_to", "reason"}
_PLAN_KEYS = {"made_on", "review_on", "lang", "bag", *PARTS}
_SERVICE_KEYS = {"given_on", "kind", "minutes", "note"}
_RAISED: dict[str, RiskLevel] = {"medium": RiskLevel.MEDIUM, "high": RiskLevel.HIGH}


def parse_case_children(value: Any, field: str) -> list[rec.Child]:
    """Her children on the case: a list of {"name", "birth_year"} (each optional), as a stay's
    children as people; never a bare number (the case has no count of its own)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "{field} must be a list of the children, each with a name and a year."
            ),
        )
    return _parse_children(value, field)[1]


def parse_incident(value: Any, field: str) -> rec.Incident:
    obj = _object(value, field, _INCIDENT_KEYS)
    reported = obj.get("reported_to_police", False)
    if reported is None:
        reported = False
    if not isinstance(reported, bool):
        raise _fail(
            f"{field}.reported_to_police",
            QT_TRANSLATE_NOOP("errors", "{field} must be true or false."),
        )
    kinds = _list(obj.get("violence_types"), f"{field}.violence_types")
    return rec.Incident(
        occurred_on=_required_date(obj, "occurred_on", field),
        violence_types=[
            _enum(ViolenceType, v, f"{field}.violence_types[{i}]") for i, v in enumerate(kinds)
        ],
        description=_text(obj, "description", field),
        reported_to_police=reported,
    )


def parse_flag(obj: dict[str, Any], key: str, field: str, *, default: bool) -> bool:
    value = obj.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise _fail(f"{field}.{key}", QT_TRANSLATE_NOOP("errors", "{field} must be true or false."))
    return value


def parse_service(value: Any, field: str, today: date) -> ServiceGiven:
    """A service given: ``given_on`` and ``kind`` required, ``minutes`` (a whole number) and
    ``note`` optional. Who gave it is not part of the format: an imported one names nobody."""
    obj = _object(value, field, _SERVICE_KEYS)
    minutes = obj.get("minutes")
    if minutes is not None and (not isinstance(minutes, int) or isinstance(minutes, bool)):
        raise _fail(
            f"{field}.minutes",
            QT_TRANSLATE_NOOP("errors", "{field} must be a whole number of minutes."),
        )
    service = ServiceGiven(
        given_on=_required_date(obj, "given_on", field),
        kind=_enum(ServiceKind, obj.get("kind"), f"{field}.kind"),
        minutes=minutes,
        note=_text(obj, "note", field),
    )
    validate_service(service, today, field)
    return service


def parse_assessment(value: Any, field: str, today: date) -> Assessment:
    obj = _object(value, field, _ASSESSMENT_KEYS)
    assessed_on = _required_date(obj, "assessed_on", field)
    if assessed_on > today:
        raise _fail(
            f"{field}.assessed_on",
            QT_TRANSLATE_NOOP(
                "errors", "{field}: the date of the assessment {date} is in the future."
            ),
            date=assessed_on.isoformat(),
        )
    given = obj.get("answers")
    given = {} if given is None else _object(given, f"{field}.answers", set(QUESTION_CODES))
    answers = {code: Answer.UNKNOWN for code in QUESTION_CODES}
    for code, answer in given.items():
        try:
            answers[code] = Answer(answer)
        except ValueError:
            raise _fail(
                f"{field}.answers.{code}",
                QT_TRANSLATE_NOOP("errors", "{field} must be one of: {allowed}."),
                allowed="yes, no, unknown",
            ) from None
    raised_to = None
    if obj.get("raised_to") not in (None, ""):
        raised = obj["raised_to"]
        if not isinstance(raised, str) or raised not in _RAISED:
            raise _fail(
                f"{field}.raised_to",
                QT_TRANSLATE_NOOP("errors", "{field} must be one of: {allowed}."),
                allowed="medium, high",
            )
        raised_to = _RAISED[raised]
    reason = _text(obj, "reason", field)
    if raised_to is not None and not reason:
        raise _fail(
            f"{field}.reason",
            QT_TRANSLATE_NOOP("errors", "{field}: say why the level is raised above the score's."),
        )
    return Assessment(assessed_on, answers, raised_to, reason)


def parse_plan(value: Any, field: str, today: date) -> SafetyPlan:
    obj = _object(value, field, _PLAN_KEYS)
    lang = obj.get("lang") or "ru"
    if lang not in LANGUAGES:
        raise _fail(
            f"{field}.lang",
            QT_TRANSLATE_NOOP("errors", "{field} must be one of: {allowed}."),
            allowed=", ".join(LANGUAGES),
        )
    bag = _list(obj.get("bag"), f"{field}.bag")
    for i, item in enumerate(bag):
        if item not in BAG_ITEMS:
            raise _fail(
                f"{field}.bag[{i}]",
                QT_TRANSLATE_NOOP("errors", "{field} must be one of: {allowed}."),
                allowed=", ".join(BAG_ITEMS),
            )
    made_on = _required_date(obj, "made_on", field)
    plan = SafetyPlan(
        made_on=made_on,
        review_on=_date(obj, "review_on", field, required=True) or made_on,
        lang=lang,
        parts={part: text for part in PARTS if (text := _text(obj, part, field))},
        bag=list(dict.fromkeys(bag)),
    )
    try:
        validate_plan(plan, today)
    except InvalidInput as exc:
        raise _fail(f"{field}.{exc.field}", exc.template, **_params(exc)) from None
    return plan


def _params(exc: InvalidInput) -> dict[str, object]:
    return {k: v for k, v in exc.params.items() if k != "field"}
