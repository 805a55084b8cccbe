"""The reminders query loads only orders that can be due; it must never lose one. Compare it,
day by day, with the domain engine run over every record of randomly varied cases."""

from __future__ import annotations

import random
from datetime import date, timedelta

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, RecipientKind
from caseapp.domain.reminders import ConsentFacts, OrderFacts, StayFacts, reminders_for
from caseapp.services import workspace as ws
from caseapp.services.cases import add_cases, get_case
from caseapp.services.reminders import reminders_for_day

START = date(2026, 1, 1)


def random_case(rng: random.Random, i: int) -> rec.CaseRecord:
    opened = START + timedelta(days=rng.randrange(0, 60))
    record = rec.CaseRecord(rec.Client(f"Клиент {i}"), opened_on=opened)
    for _ in range(rng.randrange(0, 3)):
        issued = opened + timedelta(days=rng.randrange(0, 40))
        expires = issued + timedelta(days=rng.randrange(0, 31))
        order = rec.ProtectionOrder(
            issued,
            expires,
            number=f"ЗП-{i}-{len(record.orders)}",
            served_on=issued + timedelta(days=rng.randrange(0, 4)) if rng.random() < 0.7 else None,
            revoked_on=issued + timedelta(days=rng.randrange(1, 30))
            if rng.random() < 0.15
            else None,
        )
        day = issued + timedelta(days=rng.randrange(0, 10))
        while day <= expires and rng.random() < 0.8:
            order.checks.append(rec.PoliceCheck(day, CheckOutcome.COMPLIED))
            day += timedelta(days=rng.randrange(1, 12))
        record.orders.append(order)
    if rng.random() < 0.3:
        admitted = opened + timedelta(days=rng.randrange(0, 20))
        left = admitted + timedelta(days=rng.randrange(1, 250)) if rng.random() < 0.5 else None
        record.stays.append(rec.ShelterStay(admitted, left, room="R"))
    if rng.random() < 0.5:
        given = opened
        record.consents.append(
            rec.Consent(
                RecipientKind.POLICE,
                given,
                given + timedelta(days=rng.randrange(0, 90)),
                withdrawn_on=given + timedelta(days=rng.randrange(0, 60))
                if rng.random() < 0.2
                else None,
            )
        )
    return record


def test_the_query_finds_exactly_what_the_rules_find_on_every_day(admin: ws.Workspace) -> None:
    rng = random.Random(20261125)
    with admin.transaction() as session:
        numbers = add_cases(admin, session, [random_case(rng, i) for i in range(80)])
    records = [get_case(admin, n) for n in numbers]
    orders = [
        OrderFacts(
            r.number,
            o.number,
            o.issued_on,
            o.expires_on,
            o.served_on,
            o.revoked_on,
            tuple(k.checked_on for k in o.checks),
        )
        for r in records
        for o in r.orders
    ]
    stays = [
        StayFacts(r.number, s.id or "", s.admitted_on, s.left_on) for r in records for s in r.stays
    ]
    consents = [
        ConsentFacts(r.number, k.id or "", k.expires_on, k.withdrawn_on, k.given_on)
        for r in records
        for k in r.consents
    ]
    days_with_reminders = 0
    for offset in range(0, 330, 3):
        today = START + timedelta(days=offset)
        expected = reminders_for(today, orders, stays, consents)
        assert reminders_for_day(admin, today) == expected, today
        days_with_reminders += bool(expected)
    assert days_with_reminders > 20
