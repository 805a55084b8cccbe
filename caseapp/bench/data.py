"""Synthetic cases for the benchmark: 10% with an order in force, 2% in shelter, half with services
given, names in Kazakh Cyrillic, Russian Cyrillic and Kazakh Latin spellings."""

from __future__ import annotations

import random
from datetime import date, timedelta

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, RecipientKind, Relation, ViolenceType
from caseapp.domain.services_given import ServiceGiven, ServiceKind
from caseapp.services.demo import FIRST_NAMES, SURNAMES, _iin


def synthetic_records(
    count: int, seed: int, today: date, start: int = 0, *, services: bool = False
) -> list[rec.CaseRecord]:
    """``services``: about half the cases with one to three services given in their first three
    months (the database the benchmark builds; the import's batch has none)."""
    rng = random.Random(seed)
    records = []
    for i in range(start, start + count):
        opened = today - timedelta(days=rng.randrange(0, 1500))
        born = date(rng.randrange(1960, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
        record = rec.CaseRecord(
            client=rec.Client(
                full_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
                alias=f"K{i:06d}" if rng.random() < 0.2 else "",
                iin=_iin(rng, born),
                birth_date=born,
                phone=f"+7 7{rng.randrange(0, 100):02d} {rng.randrange(1000000, 9999999)}",
                address=f"Synthetic street {rng.randrange(1, 300)}",
            ),
            opened_on=opened,
            perpetrator=rec.Perpetrator("Synthetic Person", rng.choice(list(Relation))),
            violence_types=[rng.choice(list(ViolenceType))],
            notes="Synthetic benchmark case.",
        )
        bucket = i % 100
        if bucket < 10:  # 10% with an order in force today
            issued = max(opened, today - timedelta(days=rng.randrange(0, 28)))
            order = rec.ProtectionOrder(
                issued,
                issued + timedelta(days=30),
                number=f"ЗП-{i}",
                issued_by="Police unit",
                officer="Officer",
                served_on=issued + timedelta(days=1) if rng.random() < 0.9 else None,
            )
            # The police mostly keep to the weekly check; now and then a week is missed.
            day = issued + timedelta(days=rng.randrange(5, 8))
            while day <= today and rng.random() < 0.9:
                order.checks.append(rec.PoliceCheck(day, CheckOutcome.COMPLIED, "Officer"))
                day += timedelta(days=rng.randrange(5, 8))
            record.orders.append(order)
        elif bucket < 30:  # an order that has ended
            issued = opened
            record.orders.append(
                rec.ProtectionOrder(
                    issued,
                    issued + timedelta(days=30),
                    number=f"ЗП-{i}",
                    issued_by="Police unit",
                    served_on=issued,
                )
            )
        if bucket in (50, 51):  # 2% in shelter now
            admitted = max(opened, today - timedelta(days=rng.randrange(0, 180)))
            record.stays.append(rec.ShelterStay(admitted, room=f"Room {rng.randrange(1, 20)}"))
        if bucket % 3 == 0:
            given = opened
            record.consents.append(
                rec.Consent(
                    RecipientKind.POLICE, given, given + timedelta(days=rng.randrange(30, 400))
                )
            )
        if services and bucket % 2 == 0:
            for _ in range(rng.randrange(1, 4)):
                given = min(today, opened + timedelta(days=rng.randrange(0, 90)))
                kind = rng.choice([ServiceKind.PSYCHOLOGICAL] * 3 + list(ServiceKind))
                record.services.append(ServiceGiven(given, kind, minutes=rng.choice((30, 60))))
        records.append(record)
    return records
