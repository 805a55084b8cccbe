"""Mapping between case records (plain domain types) and the encrypted ORM rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from caseapp.domain import records as rec
from caseapp.domain.enums import (
    CaseStatus,
    CheckMethod,
    CheckOutcome,
    RecipientKind,
    Relation,
    RiskLevel,
    ViolenceType,
)
from caseapp.storage import models as m
from caseapp.storage import search_index
from caseapp.storage.crypto import DataKeys

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
    """Update rows in place by id, add new ones, drop the ones no longer listed."""
    by_id = {row.id: row for row in rows}  # type: ignore[attr-defined]
    keep: list[Row] = []
    for item in items:
        item_id = getattr(item, "id", None)
        row = by_id.get(item_id) if item_id else None
        if row is None:
            row = make()
        fill(row, item)
        keep.append(row)
    rows[:] = keep


def write_case(session: Session, keys: DataKeys, case: m.Case, record: rec.CaseRecord) -> None:
    """Copy a record onto a case row (new or loaded) and refresh the client's search tokens."""
    if case.client is None:
        case.client = m.Client()
    client = case.client
    session.add(case)
    c = record.client
    client.full_name, client.alias, client.iin = c.full_name, c.alias, c.iin
    client.birth_date, client.phone = _iso(c.birth_date), c.phone
    client.address, client.safe_contact = c.address, c.safe_contact

    case.number = record.number
    case.opened_on, case.closed_on = record.opened_on, record.closed_on
    case.status, case.risk = record.status.value, record.risk.value
    case.violence_types = _violence_codes(record.violence_types)
    case.assigned_to = record.assigned_to
    if record.office_id is not None:
        case.office_id = record.office_id
    case.notes = record.notes

    p = record.perpetrator
    if p.full_name or p.relation:
        if case.perpetrator is None:
            case.perpetrator = m.Perpetrator()
        case.perpetrator.full_name = p.full_name
        case.perpetrator.relation = p.relation.value if p.relation else None
    elif case.perpetrator is not None:
        case.perpetrator = None

    _sync(case.orders, record.orders, m.ProtectionOrder, _fill_order)
    _sync(case.requirements, record.requirements, m.SpecialRequirement, _fill_requirement)
    _sync(case.stays, record.stays, m.ShelterStay, _fill_stay)
    _sync(case.consents, record.consents, m.Consent, _fill_consent)
    _sync(case.incidents, record.incidents, m.Incident, _fill_incident)
    session.flush()
    tokens = search_index.client_tokens(keys.index_key, [c.full_name, c.alias], c.iin, c.phone)
    search_index.reindex(session, keys.index_key, client.id, tokens)


def _fill_order(row: m.ProtectionOrder, o: rec.ProtectionOrder) -> None:
    row.issued_on, row.expires_on = o.issued_on, o.expires_on
    row.served_on, row.revoked_on = o.served_on, o.revoked_on
    row.number, row.issued_by, row.officer = o.number, o.issued_by, o.officer
    row.officer_phone, row.violations = o.officer_phone, o.violations
    _sync(row.checks, o.checks, m.PoliceCheck, _fill_check)


def _fill_check(row: m.PoliceCheck, c: rec.PoliceCheck) -> None:
    row.checked_on, row.outcome = c.checked_on, c.outcome.value
    row.method = c.method.value if c.method else None
    row.officer, row.note = c.officer, c.note


def _fill_requirement(row: m.SpecialRequirement, r: rec.SpecialRequirement) -> None:
    row.starts_on, row.ends_on = r.starts_on, r.ends_on
    row.description, row.court = r.description, r.court


def _fill_stay(row: m.ShelterStay, s: rec.ShelterStay) -> None:
    row.admitted_on, row.left_on, row.children = s.admitted_on, s.left_on, s.children
    row.room, row.departure_reason, row.destination = s.room, s.departure_reason, s.destination


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


def read_case(case: m.Case) -> rec.CaseRecord:
    """Decrypt a case row into a record; DamagedField names the first field that fails."""
    c = case.client
    p = case.perpetrator
    return rec.CaseRecord(
        id=case.id,
        number=case.number,
        version=case.version,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        status=CaseStatus(case.status),
        risk=RiskLevel(case.risk),
        assigned_to=case.assigned_to,
        office_id=case.office_id,
        notes=case.notes,
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
        orders=[_read_order(o) for o in case.orders],
        requirements=[
            rec.SpecialRequirement(
                id=r.id,
                starts_on=r.starts_on,
                ends_on=r.ends_on,
                description=r.description,
                court=r.court,
            )
            for r in case.requirements
        ],
        stays=[
            rec.ShelterStay(
                id=s.id,
                admitted_on=s.admitted_on,
                left_on=s.left_on,
                room=s.room,
                children=s.children,
                departure_reason=s.departure_reason,
                destination=s.destination,
            )
            for s in case.stays
        ],
        consents=[
            rec.Consent(
                id=k.id,
                recipient_kind=RecipientKind(k.recipient_kind),
                given_on=k.given_on,
                expires_on=k.expires_on,
                withdrawn_on=k.withdrawn_on,
            )
            for k in case.consents
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
        ],
    )


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
        m.Incident,
        m.Note,
        m.AuditEntry,
        m.EditedLetterText,
        m.OutgoingLetter,
    ]
