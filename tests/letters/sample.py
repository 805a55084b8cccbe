"""Fictitious letter data shared by the letter tests, and ways to read a PDF back."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date, timedelta
from typing import Any

from pypdf import PdfReader

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, LetterKind, RecipientKind, Relation, ViolenceType
from caseapp.letters.builders import LetterFacts, LetterOrder, OrganisationFacts, StaffFacts
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.services.organisation import get_settings, update_settings

CLIENT = "Әйгерім Қасымова"
OFFENDER = "Ерлан Қасымов"
IIN = "900415400127"
BIRTH = date(1990, 4, 15)
ORDER = "ЗП-145"
POLICE_UNIT = "УП Алмалинского района г. Алматы"
ORG_NAMES = {
    "ru": "Кризисный центр «Шаңырақ»",
    "kk": "«Шаңырақ» дағдарыс орталығы",
    "en": "Shanyraq Crisis Centre",
}
OFFICE = "г. Алматы, пр. Абая, 10, офис 5"
ORG_PHONE = "+7 727 300 00 00"
BIN = "060540001234"
DIRECTOR = "Гүлнар Омарова"

# What must never reach a letter: where the client lives or stays, and the shelter stay itself.
SECRETS = {
    "client address": "Секретная улица 17 кв 3",
    "safe contact": "сестра Жанар +7 701 999 88 77",
    "room": "Бөлме Ж-14 төсек 2",
    "departure reason": "вернулась к мужу в Талдыкорган",
    "destination": "к тёте в Қонаев, ул. Тайная 5",
}

ALL_KINDS = tuple(LetterKind)
CONSENT_KINDS = tuple(RecipientKind)
LANGS = ("ru", "kk", "en")


def compact(text: str) -> str:
    """Text without any whitespace: line breaks and justification cannot hide a match."""
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: bytes) -> str:
    """The PDF's text as poppler's pdftotext reads it."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def font_dicts(pdf: bytes) -> list[dict[str, Any]]:
    """Every font used on every page, resolved, with its descendant (Type0) flattened in."""
    fonts: list[dict[str, Any]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", []):
                fonts.append(descendant.get_object())
            fonts.append(font)
    return fonts


def facts(on: date = date(2026, 3, 25), **changes: Any) -> LetterFacts:
    """Facts for a rendering test without a database."""
    base = LetterFacts(
        case_number="2026-0007",
        on=on,
        organisation=OrganisationFacts(ORG_NAMES["kk"], OFFICE, ORG_PHONE, BIN, DIRECTOR),
        author=StaffFacts("Динара Жұмабекова", "юрист", "+7 701 000 00 01"),
        client_name=CLIENT,
        iin=IIN,
        birth_date=BIRTH,
        offender=OFFENDER,
        violence_types=(ViolenceType.PHYSICAL, ViolenceType.PSYCHOLOGICAL),
        order=LetterOrder(
            ORDER, date(2026, 3, 2), date(2026, 3, 31), POLICE_UNIT, date(2026, 3, 3)
        ),
        order_in_force=True,
        missed_checks=(date(2026, 3, 15), date(2026, 3, 22)),
        violation_on=date(2026, 3, 20),
        incident_on=date(2026, 3, 1),
        children=(2019, 2022),
        minor_children=(2019, 2022),
    )
    return LetterFacts(**{**base.__dict__, **changes})


def set_up_organisation(workspace: ws.Workspace) -> None:
    settings = get_settings(workspace)
    d = settings.details
    d.name_ru, d.name_kk, d.name_en = ORG_NAMES["ru"], ORG_NAMES["kk"], ORG_NAMES["en"]
    d.address, d.phone, d.bin, d.director = OFFICE, ORG_PHONE, BIN, DIRECTOR
    update_settings(workspace, settings)


def case_record(
    issued_on: date = date(2026, 3, 2),
    consent_kinds: tuple[RecipientKind, ...] = CONSENT_KINDS,
    consent_from: date = date(2026, 3, 1),
    consent_to: date = date(2027, 2, 28),
    assigned_to: str | None = None,
) -> rec.CaseRecord:
    """A case with an order (issued `issued_on`, 29 days) checked once after six days, a shelter
    stay full of secrets, and consents for the given kinds."""
    return rec.CaseRecord(
        opened_on=issued_on - timedelta(days=1),
        client=rec.Client(
            full_name=CLIENT,
            alias="Ә.",
            iin=IIN,
            birth_date=BIRTH,
            phone="+7 701 111 22 33",
            address=SECRETS["client address"],
            safe_contact=SECRETS["safe contact"],
        ),
        perpetrator=rec.Perpetrator(OFFENDER, Relation.SPOUSE),
        violence_types=[ViolenceType.PHYSICAL, ViolenceType.PSYCHOLOGICAL],
        orders=[
            rec.ProtectionOrder(
                number=ORDER,
                issued_on=issued_on,
                expires_on=issued_on + timedelta(days=29),
                issued_by=POLICE_UNIT,
                officer="Сержант Тестов",
                served_on=issued_on + timedelta(days=1),
                checks=[
                    rec.PoliceCheck(issued_on + timedelta(days=6), CheckOutcome.COMPLIED),
                ],
            )
        ],
        stays=[
            rec.ShelterStay(
                admitted_on=issued_on,
                left_on=issued_on + timedelta(days=20),
                room=SECRETS["room"],
                children=1,
                departure_reason=SECRETS["departure reason"],
                destination=SECRETS["destination"],
            )
        ],
        consents=[rec.Consent(kind, consent_from, consent_to) for kind in consent_kinds],
        assigned_to=assigned_to,
    )


def make_case(workspace: ws.Workspace, **kwargs: Any) -> str:
    return create_case(workspace, case_record(**kwargs))
