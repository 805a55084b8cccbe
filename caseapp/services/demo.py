"""A fictitious demo database, so a newcomer sees a living app. Every person in it is invented."""

from __future__ import annotations

import random
from datetime import date, timedelta

from caseapp.domain import records as rec
from caseapp.domain.dates import add_months
from caseapp.domain.enums import (
    CaseVisibility,
    CheckMethod,
    CheckOutcome,
    RecipientKind,
    Relation,
    RiskLevel,
    Role,
    ViolenceType,
)
from caseapp.domain.iin import iin_check_digit
from caseapp.domain.services_given import ServiceGiven, ServiceKind
from caseapp.services.accounts import add_staff
from caseapp.services.cases import add_cases
from caseapp.services.demo_care import add_care
from caseapp.services.demo_files import attach_demo_files
from caseapp.services.offices import add_office, list_offices, rename_office
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.workspace import OrganisationDetails, Workspace, initialise
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database

DEMO_USER = "demo"
DEMO_PASSWORD = "demo"

# Invented names, in Kazakh Cyrillic, Russian Cyrillic and Kazakh Latin spelling.
FIRST_NAMES = [
    "Әйгерім",
    "Айгерим",
    "Aigerim",
    "Жанар",
    "Zhanar",
    "Janar",
    "Шұғыла",
    "Şuğyla",
    "Гүлнар",
    "Gülnar",
    "Сәуле",
    "Saule",
    "Мадина",
    "Madina",
    "Динара",
    "Dinara",
    "Асель",
    "Әсел",
    "Жұлдыз",
    "Zhuldyz",
    "Ақерке",
    "Aqerke",
    "Ольга",
    "Olga",
    "Наталья",
    "Елена",
    "Yelena",
    "Ұлжан",
    "Ulzhan",
    "Айжан",
    "Aizhan",
    "Гульмира",
    "Назым",
    "Nazym",
    "Томирис",
    "Tomiris",
]
SURNAMES = [
    "Сапарова",
    "Saparova",
    "Жұмабаева",
    "Zhumabayeva",
    "Қасымова",
    "Qasymova",
    "Нұрланова",
    "Nurlanova",
    "Ахметова",
    "Akhmetova",
    "Иванова",
    "Ivanova",
    "Смирнова",
    "Ким",
    "Kim",
    "Оспанова",
    "Ospanova",
    "Серікқызы",
    "Serikkyzy",
    "Бекова",
    "Bekova",
    "Тулегенова",
]
CHILDREN = ["Айым", "Нурик", "Алихан", "Дана", "Тимур", "Аружан", "Санжар", "Мила"]

MEN = [
    "Қайрат",
    "Qairat",
    "Ерлан",
    "Yerlan",
    "Болат",
    "Bolat",
    "Сергей",
    "Дәулет",
    "Daulet",
    "Нұрсұлтан",
    "Арман",
    "Arman",
    "Талгат",
]
UNITS = [
    "УП Алмалинского района",
    "ОП Есильского района",
    "Отдел полиции г. Талдыкорган",
    "Аудандық полиция бөлімі",
    "Управление полиции Медеуского района",
]
BEDS = [f"Комната {room}, место {bed}" for room in range(1, 9) for bed in range(1, 4)]
ALIASES = ["Клиент", "Client", "Клиент-ка"]


def _iin(rng: random.Random, born: date) -> str:
    while True:
        stem = born.strftime("%y%m%d") + rng.choice("56" if born.year >= 2000 else "34")
        stem += f"{rng.randrange(10000):04d}"
        digit = iin_check_digit(stem)
        if digit is not None:
            return stem + str(digit)


SERVICE_NOTES = ("", "", "", "пришла с сестрой (demo)", "следующая встреча через неделю (demo)")


def _add_services(rng: random.Random, record: rec.CaseRecord, today: date) -> None:
    """Most cases have a few services given since they were opened: consultations most often."""
    if rng.random() < 0.3:
        return
    common = [ServiceKind.PSYCHOLOGICAL] * 4 + [ServiceKind.LEGAL] * 3
    for _ in range(rng.randrange(1, 5)):
        # Within her first four months, never after today (not all piled on today).
        days = min(120, (today - record.opened_on).days)
        given = record.opened_on + timedelta(days=rng.randrange(0, days + 1))
        kind = rng.choice(common + list(ServiceKind))
        minutes = rng.choice((None, 30, 45, 60, 90)) if kind in common else None
        record.services.append(ServiceGiven(given, kind, minutes, rng.choice(SERVICE_NOTES)))


def demo_records(count: int, seed: int, today: date) -> list[rec.CaseRecord]:
    """``count`` fictitious cases; the first with a safety plan due for review tomorrow."""
    rng = random.Random(seed)
    services = random.Random(seed * 7919 + 1)  # its own draws: the rest of the demo unchanged
    care = random.Random(f"care-{seed}")  # its own stream: the other records stay as they were
    records = []
    free_beds = list(BEDS)  # a current stay takes a bed of its own
    for i in range(count):
        opened = today - timedelta(days=rng.randrange(0, 540))
        born = date(rng.randrange(1965, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
        client = rec.Client(
            full_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
            alias=f"{rng.choice(ALIASES)} {i + 1:04d}" if rng.random() < 0.3 else "",
            iin=_iin(rng, born) if rng.random() < 0.8 else "",
            birth_date=born,
            phone=f"+7 70{rng.randrange(10)} {rng.randrange(1000000, 9999999)}",
            address=f"ул. Вымышленная, {rng.randrange(1, 200)} (demo)",
        )
        record = rec.CaseRecord(
            client=client,
            opened_on=opened,
            risk=rng.choice(list(RiskLevel)),
            perpetrator=rec.Perpetrator(rng.choice(MEN) + " (demo)", rng.choice(list(Relation))),
            violence_types=sorted(rng.sample(list(ViolenceType), rng.randrange(1, 4))),
            notes="Fictitious demo case.",
        )
        _add_order(rng, record, today, in_force=rng.random() < 0.25)
        _add_incidents_and_police_consent(random.Random(f"incidents-{seed}-{i}"), record, today)
        if rng.random() < 0.08:
            admitted = max(opened, today - timedelta(days=rng.randrange(0, 185)))
            ended = admitted + timedelta(days=rng.randrange(10, 180))
            left_on = ended if ended < today - timedelta(days=20) else None
            if left_on is None and not free_beds:
                left_on = min(today, admitted + timedelta(days=30))  # the shelter is full
            bed = free_beds.pop(0) if left_on is None else rng.choice(BEDS)
            children = [
                rec.Child(rng.choice(CHILDREN), admitted.year - rng.randrange(0, 14))
                for _ in range(rng.randrange(0, 3))
            ]
            record.stays.append(
                rec.ShelterStay(
                    admitted_on=admitted,
                    left_on=left_on,
                    room=bed,
                    children=len(children),
                    children_named=children,
                )
            )
        _add_children(random.Random(seed * 104729 + i), record, born, today)
        if rng.random() < 0.5:
            given = min(opened + timedelta(days=rng.randrange(0, 5)), today)
            record.consents.append(
                rec.Consent(
                    recipient_kind=rng.choice(list(RecipientKind)),
                    given_on=given,
                    expires_on=min(
                        add_months(given, 12), today + timedelta(days=rng.randrange(0, 90))
                    ),
                )
            )
        _add_services(services, record, today)
        add_care(care, record, today, due=i == 0)
        records.append(record)
    return records


def _add_children(rng: random.Random, record: rec.CaseRecord, born: date, today: date) -> None:
    """Her children on the case, for about half the cases: those with her in the shelter, and
    for others one to three, a grown-up one now and then, so the report about a child at risk
    and the referrals have children to count. A generator of its own, so the rest of each demo
    case stays as it was."""
    with_her = [c for s in record.stays for c in s.children_named]
    if with_her:
        record.children = list(with_her)
        return
    if rng.random() < 0.5:
        return
    first = max(born.year + 18, today.year - 30)
    record.children = [
        rec.Child(rng.choice(CHILDREN), rng.randrange(first, today.year + 1))
        for _ in range(rng.randrange(1, 4))
    ]


def _add_incidents_and_police_consent(
    rng: random.Random, record: rec.CaseRecord, today: date
) -> None:
    """What brought her to the centre, and (for most cases with an order) her consent to tell
    the police: so the demo's letters, Today's rows and the incident log have something to show.
    A generator of its own, so the rest of each demo case stays as it was."""
    day = record.opened_on - timedelta(days=rng.randrange(0, 4))
    for _ in range(rng.randrange(1, 3)):
        record.incidents.append(
            rec.Incident(
                occurred_on=min(day, today),
                violence_types=sorted(rng.sample(record.violence_types, 1)),
                description="Fictitious incident (demo).",
                reported_to_police=bool(record.orders) or rng.random() < 0.3,
            )
        )
        day -= timedelta(days=rng.randrange(20, 90))
    if record.orders and rng.random() < 0.7:
        given = min(record.orders[0].issued_on, today)
        record.consents.append(
            rec.Consent(
                recipient_kind=RecipientKind.POLICE,
                given_on=given,
                expires_on=add_months(given, 6),
            )
        )


def _add_order(rng: random.Random, record: rec.CaseRecord, today: date, in_force: bool) -> None:
    if in_force:
        issued = today - timedelta(days=rng.randrange(0, 29))
    elif rng.random() < 0.3:
        issued = record.opened_on
    else:
        return
    issued = max(issued, record.opened_on)
    expires = issued + timedelta(days=30)
    order = rec.ProtectionOrder(
        number=f"ЗП-{rng.randrange(100, 9999)}",
        issued_on=issued,
        expires_on=expires,
        issued_by=rng.choice(UNITS),
        officer=f"ст. лейтенант {rng.choice(MEN)} (demo)",
        officer_phone=f"+7 727 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
        served_on=min(issued + timedelta(days=rng.randrange(0, 2)), today)
        if rng.random() < 0.85
        else None,
    )
    # The police check an order they have served: none on an unserved one, none before.
    day = (order.served_on or issued) + timedelta(days=rng.randrange(3, 9))
    last = min(today, expires) if order.served_on is not None else date.min
    while day <= last and rng.random() < 0.8:
        order.checks.append(
            rec.PoliceCheck(
                checked_on=day,
                outcome=rng.choice([CheckOutcome.COMPLIED] * 6 + list(CheckOutcome)),
                method=rng.choice(list(CheckMethod)),
                officer=order.officer,
            )
        )
        day += timedelta(days=rng.randrange(5, 10))
    record.orders.append(order)


def create_demo(
    db: Database,
    *,
    cases: int = 200,
    seed: int = 1,
    today: date | None = None,
    kdf: KdfParams | None = None,
) -> Workspace:
    """Set up a fictitious organisation with user 'demo' (password 'demo') and ``cases`` cases,
    in two offices: a city office and a rural branch with its own case worker."""
    workspace, _ = initialise(
        db,
        OrganisationDetails(
            name_ru="Кризисный центр «Демо» (вымышленный)",
            name_kk="«Демо» дағдарыс орталығы (ойдан шығарылған)",
            name_en="Demo Crisis Centre (fictitious)",
            address="г. Алматы, ул. Примерная, 1 (demo)",
            address_kk="Алматы қ., Үлгі к-сі, 1 (demo)",
            address_en="1 Example St, Almaty (demo)",
            phone="+7 727 000 0000",
            bin="000000000000",
            director="Директор Демо",
        ),
        DEMO_USER,
        DEMO_PASSWORD,
        full_name="Demo Administrator",
        kdf=kdf,
        check_password=False,
    )
    settings = get_settings(workspace)
    settings.bed_count = 24
    settings.case_visibility = CaseVisibility.OFFICE  # the branch's worker sees her office's cases
    update_settings(workspace, settings)
    main_office = list_offices(workspace)[0].office_id
    rename_office(workspace, main_office, "Алматы (demo)")
    branch = add_office(workspace, "Каскелен (demo)")
    lawyer = add_staff(
        workspace,
        "lawyer.demo",
        "demo-lawyer",
        Role.LAWYER,
        full_name="Юрист Демо",
        offices=[main_office, branch],
        kdf=kdf,
    )
    worker = add_staff(
        workspace,
        "worker.demo",
        "demo-worker",
        Role.CASE_WORKER,
        full_name="Социальный работник Демо",
        offices=[branch],
        shelter=True,  # she also keeps the shelter's rooms
        kdf=kdf,
    )
    today = today or date.today()
    from caseapp.services.demo_hotline import create_demo_calls, create_demo_districts

    districts = create_demo_districts(workspace)
    batch = 1000
    for start in range(0, cases, batch):
        records = demo_records(min(batch, cases - start), seed + start, today)
        for i, record in enumerate(records):  # a quarter of the cases at the rural branch
            record.office_id = branch if i % 4 == 3 else main_office
            record.district_id = districts[(start + i) % len(districts)] if i % 7 else None
            if record.office_id == branch:
                record.assigned_to = worker  # the branch's own case worker holds its cases
            for service in record.services:  # the lawyer's consultations, the worker's others
                legal = service.kind in (ServiceKind.LEGAL, ServiceKind.COURT_REPRESENTATION)
                local = worker if record.office_id == branch else workspace.actor.staff_id
                service.given_by = lawyer if legal else local
        with workspace.transaction() as session:
            numbers = add_cases(workspace, session, records)
        if start == 0:
            attach_demo_files(workspace, numbers[:2], today)
    create_demo_calls(workspace, today, seed, districts)
    from caseapp.services.demo_addressees import create_demo_addressees

    create_demo_addressees(workspace, {"Алматы (demo)": main_office, "Каскелен (demo)": branch})
    return workspace
