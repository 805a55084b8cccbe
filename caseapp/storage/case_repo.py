"""Mapping between case records (plain domain types) and the encrypted ORM rows."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from caseapp.domain import records as rec
from caseapp.domain.enums import (
    CaseStatus,
    CheckMethod,
    CheckOutcome,
    ClosingReason,
    RecipientKind,
    Relation,
    RiskLevel,
    ViolenceType,
)
from caseapp.domain.happened import KnownDate
from caseapp.domain.risk import Answer, Assessment, Thresholds, score
from caseapp.domain.safety_plan import SafetyPlan
from caseapp.domain.services_given import ServiceGiven, ServiceKind
from caseapp.storage import models as m
from caseapp.storage import search_index
from caseapp.storage.fields import DamagedField, new_id
from caseapp.storage.keychest import KeyChest
from caseapp.storage.scopes import SHELTER_COMPARTMENT

Row = TypeVar("Row", bound=m.Base)
Item = TypeVar("Item")


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _sync(
    rows: list[Row],
    items: Sequence[Item],
    make: Callable[[], Row],
    fill: Callable[[Row, Item], None],
) -> None:
    """Update the live rows listed by id and add new ones. A row is never deleted here: one not
    listed (struck out, or left out of the record) stays as it is; a mistake is struck out
    (``services.corrections``), never removed."""
    by_id = {row.id: row for row in rows if live(row)}  # type: ignore[attr-defined]
    keep: list[Row] = []
    for item in items:
        item_id = getattr(item, "id", None)
        row = by_id.pop(item_id, None) if item_id else None
        if row is None:
            row = make()
        fill(row, item)
        keep.append(row)
    rows[:] = keep + [row for row in rows if row not in keep]


def live(row: object) -> bool:
    """Not struck out: what lists, reminders, letters and statistics count."""
    return getattr(row, "struck_out_on", None) is None


def write_case(
    session: Session,
    chest: KeyChest,
    case: m.Case,
    record: rec.CaseRecord,
    index_key: bytes | None,
    *,
    new: bool = False,
    thresholds: Thresholds | None = None,
) -> None:
    """Copy a record onto a case row (new or loaded) and refresh the client's search tokens
    (under ``index_key``, the newest search key of the case's office; without it the tokens are
    left for a holder of that key to write). Shelter placements are written only by a holder of
    the shelter's key; for anyone else they stay as they were. ``new``: a case made in this
    session (its client has no tokens to replace)."""
    if case.id is None:
        case.id = new_id()
    if case.client is None:
        case.client = m.Client(id=new_id(), case_id=case.id)
    client = case.client
    client.case_id = case.id
    case.client_id = client.id  # set now, not at the flush: the case's MAC covers it
    session.add(case)
    c = record.client
    client.full_name, client.alias, client.iin = c.full_name, c.alias, c.iin
    client.birth_date, client.phone = _iso(c.birth_date), c.phone
    client.address, client.safe_contact = c.address, c.safe_contact

    case.number = record.number
    case.opened_on, case.closed_on = record.opened_on, record.closed_on
    case.status, case.risk = record.status.value, record.risk.value
    case.closing_reason = record.closing_reason.value if record.closing_reason else None
    case.closing_outcome = record.closing_outcome or None
    case.violence_types = _violence_codes(record.violence_types)
    case.assigned_to = record.assigned_to
    if record.office_id is not None:
        case.office_id = record.office_id
    case.notes = record.notes
    case.stats_refused = None if record.counted else True
    case.district = record.district_id or None
    case.children = children_text(record.children) or None

    p = record.perpetrator
    if p.full_name or p.relation:
        if case.perpetrator is None:
            case.perpetrator = m.Perpetrator(id=new_id(), case_id=case.id)
        case.perpetrator.full_name = p.full_name
        case.perpetrator.relation = p.relation.value if p.relation else None
    elif case.perpetrator is not None:
        case.perpetrator = None

    child = _child_of(case.id)
    _sync(case.orders, record.orders, child(m.ProtectionOrder), _fill_order)
    _sync(case.requirements, record.requirements, child(m.SpecialRequirement), _fill_requirement)
    shelter = chest.holds(SHELTER_COMPARTMENT)
    _sync(
        case.stays, record.stays, child(m.ShelterStay), lambda row, s: _fill_stay(row, s, shelter)
    )
    _sync(case.consents, record.consents, child(m.Consent), _fill_consent)
    _sync(case.incidents, record.incidents, child(m.Incident), _fill_incident)
    for assessment in record.risk_assessments:
        if assessment.id is None:
            add_assessment(case, assessment, thresholds or Thresholds())
    for plan in record.safety_plans:
        if plan.id is None:
            add_plan(case, plan)
    for service in record.services:
        if service.id is None:
            add_service(case, service)
    assessed = latest_level(case)
    if assessed is not None:
        case.risk = assessed.value
    if case.perpetrator is not None:
        case.perpetrator.case_id = case.id
    session.flush()
    index_client(session, client, [c.full_name, c.alias], c.iin, c.phone, index_key, new=new)


def index_client(
    session: Session,
    client: m.Client,
    names: list[str],
    iin: str,
    phone: str,
    index_key: bytes | None,
    *,
    new: bool = False,
) -> None:
    if index_key is None:
        client.index_pending = True  # the old tokens stay until a holder of the key rewrites
        return
    tokens = search_index.client_tokens(index_key, names, iin, phone)
    search_index.reindex(session, index_key, client.id, tokens, new=new)
    client.index_pending = False
    client.index_version = search_index.TOKENS_VERSION


def _child_of(case_id: str) -> Callable[[type[Row]], Callable[[], Row]]:
    def maker(model: type[Row]) -> Callable[[], Row]:
        def make() -> Row:
            return model(id=new_id(), case_id=case_id)

        return make

    return maker


def _fill_order(row: m.ProtectionOrder, o: rec.ProtectionOrder) -> None:
    row.issued_on, row.expires_on = o.issued_on, o.expires_on
    row.served_on, row.revoked_on = o.served_on, o.revoked_on
    row.number, row.issued_by, row.officer = o.number, o.issued_by, o.officer
    row.officer_phone, row.violations = o.officer_phone, o.violations

    def make_check() -> m.PoliceCheck:
        return m.PoliceCheck(id=new_id(), case_id=row.case_id, order_id=row.id)

    _sync(row.checks, o.checks, make_check, _fill_check)


def _fill_check(row: m.PoliceCheck, c: rec.PoliceCheck) -> None:
    row.checked_on, row.outcome = c.checked_on, c.outcome.value
    row.method = c.method.value if c.method else None
    row.officer, row.note = c.officer, c.note


def _fill_requirement(row: m.SpecialRequirement, r: rec.SpecialRequirement) -> None:
    row.starts_on, row.ends_on = r.starts_on, r.ends_on
    row.description, row.court = r.description, r.court


def _fill_stay(row: m.ShelterStay, s: rec.ShelterStay, shelter: bool) -> None:
    row.admitted_on, row.left_on, row.children = s.admitted_on, s.left_on, s.children
    row.departure_reason = s.departure_reason
    row.extended_to, row.extension_reason = s.extended_to, s.extension_reason
    row.children_named = children_text(s.children_named)
    if shelter:
        place = row.place or m.ShelterPlace(id=new_id(), stay_id=row.id)
        row.place = place
        place.room, place.destination = s.room, s.destination


def place_of(stay: m.ShelterStay, shelter: bool) -> tuple[str, str]:
    """(room, destination) for a holder of the shelter's key, else ("", "")."""
    if not shelter or stay.place is None:
        return "", ""
    return stay.place.room, stay.place.destination


def _fill_consent(row: m.Consent, c: rec.Consent) -> None:
    row.recipient_kind = c.recipient_kind.value
    row.given_on, row.expires_on, row.withdrawn_on = c.given_on, c.expires_on, c.withdrawn_on


def _violence_codes(types: Sequence[ViolenceType]) -> str:
    return ",".join(sorted(v.value for v in types))


def _violence_types(codes: str) -> list[ViolenceType]:
    return [ViolenceType(v) for v in codes.split(",") if v]


def _fill_incident(row: m.Incident, i: rec.Incident) -> None:
    row.occurred_on, row.reported = i.occurred_on, i.reported_to_police
    row.violence_types = _violence_codes(i.violence_types)
    row.description = i.description


def assessment_text(a: Assessment, thresholds: Thresholds) -> str:
    """What an assessment keeps encrypted: the answers, the score, the thresholds it was scored
    against and the level they gave, and a raised level with its reason."""
    return json.dumps(
        {
            "answers": {code: answer.value for code, answer in a.answers.items()},
            "score": score(a.answers),
            "thresholds": [thresholds.medium_at, thresholds.high_at],
            "computed": a.computed(thresholds).value,
            "raised_to": a.raised_to.value if a.raised_to else None,
            "reason": " ".join(a.reason.split()),
        },
        ensure_ascii=False,
    )


def add_assessment(case: m.Case, a: Assessment, thresholds: Thresholds) -> m.RiskAssessment:
    row = m.RiskAssessment(
        id=new_id(),
        case_id=case.id,
        assessed_on=a.assessed_on,
        author_id=a.author_id,
        level=a.level(thresholds).value,
    )
    row.answers = assessment_text(a, thresholds)
    case.assessments.append(row)
    a.id = row.id
    return row


def read_assessment(row: m.RiskAssessment) -> tuple[Assessment, dict[str, Any]]:
    """The assessment and what it kept: ``score``, ``thresholds``, ``computed`` (level codes)."""
    kept = json.loads(row.answers or "{}")
    answers = {code: Answer(v) for code, v in kept.get("answers", {}).items()}
    raised = kept.get("raised_to")
    a = Assessment(
        assessed_on=row.assessed_on,
        answers=answers,
        raised_to=RiskLevel(raised) if raised else None,
        reason=kept.get("reason", ""),
        id=row.id,
        author_id=row.author_id,
    )
    return a, kept


_LEVEL_ORDER = {"unknown": 0, "low": 1, "standard": 1, "medium": 2, "high": 3}


def latest_level(case: m.Case) -> RiskLevel | None:
    """The level of the case's latest assessment not struck out (of the same day's, the highest),
    or None when it has none."""
    rows = [a for a in case.assessments if live(a)]
    if not rows:
        return None
    latest = max(rows, key=lambda a: (a.assessed_on, _LEVEL_ORDER.get(a.level, 0)))
    return RiskLevel(latest.level)


def plan_text(plan: SafetyPlan) -> str:
    return json.dumps(
        {"parts": {k: v for k, v in plan.parts.items() if v}, "bag": list(plan.bag)},
        ensure_ascii=False,
    )


def add_plan(case: m.Case, plan: SafetyPlan) -> m.SafetyPlan:
    row = m.SafetyPlan(
        id=new_id(),
        case_id=case.id,
        made_on=plan.made_on,
        review_on=plan.review_on,
        lang=plan.lang,
        author_id=plan.author_id,
    )
    row.body = plan_text(plan)
    case.safety_plans.append(row)
    plan.id = row.id
    return row


def read_plan(row: m.SafetyPlan) -> SafetyPlan:
    kept = json.loads(row.body or "{}")
    return SafetyPlan(
        made_on=row.made_on,
        review_on=row.review_on,
        lang=row.lang,
        parts=dict(kept.get("parts", {})),
        bag=list(kept.get("bag", [])),
        id=row.id,
        author_id=row.author_id,
    )


def add_service(case: m.Case, service: ServiceGiven) -> m.ServiceGiven:
    """A new row of the case for a service given."""
    row = m.ServiceGiven(id=new_id(), case_id=case.id)
    fill_service(row, service)
    case.services_given.append(row)
    service.id = row.id
    return row


def fill_service(row: m.ServiceGiven, service: ServiceGiven) -> None:
    row.given_on, row.kind = service.given_on, service.kind.value
    row.given_by, row.minutes = service.given_by, service.minutes
    row.note = service.note


def read_service(row: m.ServiceGiven) -> ServiceGiven:
    return ServiceGiven(
        given_on=row.given_on,
        kind=ServiceKind(row.kind)
        if row.kind in ServiceKind._value2member_map_
        else ServiceKind.OTHER,
        minutes=row.minutes,
        note=row.note,
        given_by=row.given_by,
        id=row.id,
    )


def known_dates(case: m.Case) -> set[KnownDate]:
    """The dates of events the stored case holds, by record id (see ``domain.happened``): what
    was stored before the rules on impossible dates is not held against a later save."""
    known: set[KnownDate] = {("case", case.id, "opened_on", case.opened_on)}
    try:
        birth = _date(case.client.birth_date)
    except DamagedField:
        birth = None
    if birth is not None:
        known.add(("client", case.id, "birth_date", birth))
    for o in case.orders:
        if o.served_on is not None:
            known.add(("order", o.id, "served_on", o.served_on))
        known.update(("check", k.id, "checked_on", k.checked_on) for k in o.checks)
    for s in case.stays:
        known.add(("stay", s.id, "admitted_on", s.admitted_on))
        if s.left_on is not None:
            known.add(("stay", s.id, "left_on", s.left_on))
    known.update(("consent", k.id, "given_on", k.given_on) for k in case.consents)
    known.update(("incident", i.id, "occurred_on", i.occurred_on) for i in case.incidents)
    return known


def read_case(case: m.Case, shelter: bool) -> rec.CaseRecord:
    """Decrypt a case row into a record; DamagedField names the first field that fails. Rooms
    and destinations only for a holder of the shelter's key (``shelter``)."""
    c = case.client
    p = case.perpetrator
    return rec.CaseRecord(
        id=case.id,
        number=case.number,
        version=case.version,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        status=CaseStatus(case.status),
        closing_reason=ClosingReason(case.closing_reason) if case.closing_reason else None,
        closing_outcome=case.closing_outcome or "",
        risk=RiskLevel(case.risk),
        risk_assessed=any(live(a) for a in case.assessments),
        assigned_to=case.assigned_to,
        office_id=case.office_id,
        notes=case.notes,
        counted=not case.stats_refused,
        district_id=case.district or None,
        children=children_from_text(case.children),
        violence_types=_violence_types(case.violence_types),
        client=rec.Client(
            full_name=c.full_name,
            alias=c.alias,
            iin=c.iin,
            birth_date=_date(c.birth_date),
            phone=c.phone,
            address=c.address,
            safe_contact=c.safe_contact,
        ),
        perpetrator=rec.Perpetrator(
            full_name=p.full_name if p else "",
            relation=Relation(p.relation) if p and p.relation else None,
        ),
        orders=[_read_order(o) for o in case.orders if live(o)],
        requirements=[
            rec.SpecialRequirement(
                id=r.id,
                starts_on=r.starts_on,
                ends_on=r.ends_on,
                description=r.description,
                court=r.court,
            )
            for r in case.requirements
            if live(r)
        ],
        stays=[_read_stay(s, shelter) for s in case.stays if live(s)],
        consents=[
            rec.Consent(
                id=k.id,
                recipient_kind=RecipientKind(k.recipient_kind),
                given_on=k.given_on,
                expires_on=k.expires_on,
                withdrawn_on=k.withdrawn_on,
            )
            for k in case.consents
            if live(k)
        ],
        incidents=[
            rec.Incident(
                id=i.id,
                occurred_on=i.occurred_on,
                violence_types=_violence_types(i.violence_types),
                description=i.description,
                reported_to_police=i.reported,
            )
            for i in case.incidents
            if live(i)
        ],
    )


def _read_stay(s: m.ShelterStay, shelter: bool) -> rec.ShelterStay:
    room, destination = place_of(s, shelter)
    return rec.ShelterStay(
        id=s.id,
        admitted_on=s.admitted_on,
        left_on=s.left_on,
        room=room,
        children=s.children,
        departure_reason=s.departure_reason,
        destination=destination,
        extended_to=s.extended_to,
        extension_reason=s.extension_reason,
        children_named=children_from_text(s.children_named),
    )


def children_text(children: list[rec.Child]) -> str:
    """The named children as a stay or the case keeps them (encrypted): JSON, or "" for none."""
    if not children:
        return ""
    return json.dumps(
        [{"name": c.name, "birth_year": c.birth_year} for c in children], ensure_ascii=False
    )


def children_from_text(text: str) -> list[rec.Child]:
    if not text:
        return []
    return [rec.Child(str(c.get("name", "")), c.get("birth_year")) for c in json.loads(text)]


def _read_order(o: m.ProtectionOrder) -> rec.ProtectionOrder:
    checks = [
        rec.PoliceCheck(
            id=k.id,
            checked_on=k.checked_on,
            outcome=CheckOutcome(k.outcome),
            method=CheckMethod(k.method) if k.method else None,
            officer=k.officer,
            note=k.note,
        )
        for k in o.checks
        if live(k)
    ]
    return rec.ProtectionOrder(
        id=o.id,
        number=o.number,
        issued_on=o.issued_on,
        expires_on=o.expires_on,
        served_on=o.served_on,
        revoked_on=o.revoked_on,
        issued_by=o.issued_by,
        officer=o.officer,
        officer_phone=o.officer_phone,
        violations=o.violations,
        checks=checks,
    )


def all_encrypted_rows() -> list[type[Any]]:
    """Every model with encrypted fields, for the integrity check."""
    return [
        m.Organisation,
        m.Office,
        m.Staff,
        m.Client,
        m.Case,
        m.Perpetrator,
        m.ProtectionOrder,
        m.PoliceCheck,
        m.SpecialRequirement,
        m.ShelterStay,
        m.ShelterPlace,
        m.Incident,
        m.Note,
        m.RiskAssessment,
        m.SafetyPlan,
        m.Attachment,
        m.ServiceGiven,
        m.AuditEntry,
        m.EditedLetterText,
        m.OutgoingLetter,
        m.District,
        m.HotlineCall,
        m.AddressBookEntry,
    ]
