"""The reminders query loads only orders that can be due; it must never lose one. Compare it,
day by day, with the domain engine run over every record of randomly varied cases: checks of
every outcome, violations, extended stays and court requirements included, and risk assessments
after incidents and safety plans to review (issue 17)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from caseapp.domain import records as rec
from caseapp.domain.dates import add_months, shelter_limit
from caseapp.domain.enums import CheckOutcome, RecipientKind
from caseapp.domain.reminders import (
    ConsentFacts,
    OrderFacts,
    PlanFacts,
    ReminderKind,
    RequirementFacts,
    RiskFacts,
    StayFacts,
    ViolationFacts,
    counts_as_check,
    reminders_for,
)
from caseapp.domain.risk import Assessment
from caseapp.domain.safety_plan import SafetyPlan
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
            outcome = rng.choices(list(CheckOutcome), weights=(6, 1, 2))[0]
            order.checks.append(rec.PoliceCheck(day, outcome))
            day += timedelta(days=rng.randrange(1, 12))
        record.orders.append(order)
    if rng.random() < 0.3:
        admitted = opened + timedelta(days=rng.randrange(0, 20))
        left = admitted + timedelta(days=rng.randrange(1, 250)) if rng.random() < 0.5 else None
        stay = rec.ShelterStay(admitted, left, room="R")
        if rng.random() < 0.5:
            room_to_grow = (add_months(admitted, 12) - shelter_limit(admitted)).days
            stay.extended_to = shelter_limit(admitted) + timedelta(
                days=rng.randrange(1, room_to_grow + 1)
            )
            stay.extension_reason = "Решение директора"
        record.stays.append(stay)
    for _ in range(rng.randrange(0, 3)):
        starts = opened + timedelta(days=rng.randrange(0, 60))
        record.requirements.append(
            rec.SpecialRequirement(starts, starts + timedelta(days=rng.randrange(0, 120)))
        )
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
    _assessed_and_planned(rng, record, opened)
    return record


def _assessed_and_planned(rng: random.Random, record: rec.CaseRecord, opened: date) -> None:
    """Incidents, risk assessments and safety plans (issue 17), some on the same day."""
    for _ in range(rng.randrange(0, 3)):
        record.incidents.append(rec.Incident(opened + timedelta(days=rng.randrange(0, 100))))
    if rng.random() < 0.5:
        for _ in range(rng.randrange(1, 3)):
            on = opened + timedelta(days=rng.randrange(0, 80))
            record.risk_assessments.append(Assessment(on))
    if rng.random() < 0.5:
        for _ in range(rng.randrange(1, 3)):
            made = opened + timedelta(days=rng.randrange(0, 80))
            review = made + timedelta(days=rng.randrange(0, 60))
            record.safety_plans.append(SafetyPlan(made, review, parts={"code_word": "слово"}))


def _risks_and_plans(
    records: list[rec.CaseRecord], today: date
) -> tuple[list[RiskFacts], list[PlanFacts]]:
    """Each case's latest assessment and plan on the day, as the rules take them."""
    risks, plans = [], []
    for r in records:
        assessed = [a for a in r.risk_assessments if a.assessed_on <= today]
        if assessed:
            latest = max(a.assessed_on for a in assessed)
            ref = max(a.id or "" for a in assessed if a.assessed_on == latest)
            dates = tuple(i.occurred_on for i in r.incidents)
            risks.append(RiskFacts(r.number, ref, latest, dates))
        made = [p for p in r.safety_plans if p.made_on <= today]
        if made:
            plan = max(made, key=lambda p: (p.made_on, p.review_on, p.id or ""))
            plans.append(PlanFacts(r.number, plan.id or "", plan.review_on))
    return risks, plans


def test_the_query_finds_exactly_what_the_rules_find_on_every_day(admin: ws.Workspace) -> None:
    rng = random.Random(20261125)
    with admin.transaction() as session:
        made = [random_case(rng, i) for i in range(80)]
        numbers = add_cases(admin, session, made)
    records = [get_case(admin, n) for n in numbers]
    orders = [
        OrderFacts(
            r.number,
            o.number,
            o.issued_on,
            o.expires_on,
            o.served_on,
            o.revoked_on,
            tuple(k.checked_on for k in o.checks if counts_as_check(k.outcome)),
        )
        for r in records
        for o in r.orders
    ]
    violations = [
        ViolationFacts(r.number, o.number, k.checked_on, o.revoked_on)
        for r in records
        for o in r.orders
        for k in o.checks
        if k.outcome is CheckOutcome.VIOLATED
    ]
    stays = [
        StayFacts(r.number, s.id or "", s.admitted_on, s.left_on, s.extended_to)
        for r in records
        for s in r.stays
    ]
    requirements = [
        RequirementFacts(r.number, q.id or "", q.starts_on, q.ends_on)
        for r in records
        for q in r.requirements
    ]
    consents = [
        ConsentFacts(r.number, k.id or "", k.expires_on, k.withdrawn_on, k.given_on)
        for r in records
        for k in r.consents
    ]
    days_with_reminders = 0
    kinds = set()
    for offset in range(0, 420, 3):
        today = START + timedelta(days=offset)
        risks, plans = _risks_and_plans(made, today)
        expected = reminders_for(
            today, orders, stays, consents, violations, requirements, risks, plans
        )
        assert reminders_for_day(admin, today) == expected, today
        days_with_reminders += bool(expected)
        kinds |= {r.kind for r in expected}
    assert days_with_reminders > 20
    assert kinds == set(ReminderKind)  # every kind was compared on some day
