"""What goes on paper: aliases, dates and outcomes; never a name, an address, a phone, a room or
free text; and each printout is in the audit log."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta

import pytest

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, RecipientKind, Relation, Role, ViolenceType
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.cases import case_history, create_case
from caseapp.services.errors import AccessDenied
from caseapp.services.printouts import board_printout, case_summary, today_printout
from caseapp.storage.database import Database
from tests.conftest import CHEAP_KDF

TODAY = date.today()
SECRETS = (
    "Сапарова Айгерим",
    "850101400120",
    "+7 701 555 12 34",
    "ул. Тайная 5",
    "сестра Гаухар",
    "Серик Сапаров",
    "Комната Ромашка",
    "к тёте в Қонаев",
    "ударил в подъезде",
    "не приближаться к дому на Абая",
    "заметки о ходе дела",
    "капитан Иванов",
    "87015550000",
)


def _full_case(admin: ws.Workspace, assigned_to: str | None = None) -> str:
    order = rec.ProtectionOrder(
        issued_on=TODAY - timedelta(days=10),
        expires_on=TODAY + timedelta(days=20),
        number="ЗП-77",
        officer="капитан Иванов",
        officer_phone="87015550000",
        checks=[
            rec.PoliceCheck(TODAY - timedelta(days=3), CheckOutcome.COMPLIED, note="капитан Иванов")
        ],
    )
    record = rec.CaseRecord(
        rec.Client(
            "Сапарова Айгерим",
            alias="Гульнар",
            iin="850101400120",
            birth_date=date(1985, 1, 1),
            phone="+7 701 555 12 34",
            address="ул. Тайная 5",
            safe_contact="сестра Гаухар",
        ),
        opened_on=TODAY - timedelta(days=12),
        perpetrator=rec.Perpetrator("Серик Сапаров", Relation.SPOUSE),
        violence_types=[ViolenceType.PHYSICAL],
        orders=[order],
        requirements=[
            rec.SpecialRequirement(
                TODAY - timedelta(days=5),
                TODAY + timedelta(days=25),
                description="не приближаться к дому на Абая",
                court="Суд района Алмалы",
            )
        ],
        stays=[
            rec.ShelterStay(
                TODAY - timedelta(days=9),
                room="Комната Ромашка",
                children=2,
                destination="к тёте в Қонаев",
            )
        ],
        incidents=[
            rec.Incident(
                TODAY - timedelta(days=12),
                [ViolenceType.PHYSICAL],
                description="ударил в подъезде",
                reported_to_police=True,
            )
        ],
        consents=[
            rec.Consent(
                RecipientKind.POLICE, TODAY - timedelta(days=12), TODAY + timedelta(days=90)
            )
        ],
        notes="заметки о ходе дела",
        assigned_to=assigned_to,
    )
    return create_case(admin, record)


def test_a_case_summary_keeps_dates_and_drops_what_identifies_or_locates(
    admin: ws.Workspace,
) -> None:
    number = _full_case(admin, assigned_to=admin.actor.staff_id)
    summary = case_summary(admin, number)
    printed = repr(asdict(summary.record))
    for secret in SECRETS:
        assert secret not in printed, secret
    r = summary.record
    assert r.client.alias == "Гульнар" and r.client.birth_date is not None
    assert r.client.birth_date.year == 1985
    assert [o.number for o in r.orders] == ["ЗП-77"]
    assert [k.outcome for k in r.orders[0].checks] == [CheckOutcome.COMPLIED]
    assert [(s.admitted_on, s.children) for s in r.stays] == [(TODAY - timedelta(days=9), 2)]
    assert r.requirements[0].court == "Суд района Алмалы"
    assert r.perpetrator.relation == Relation.SPOUSE
    assert summary.responsible == admin.actor.username
    assert "case.print" in [what for _, _, what in case_history(admin, number)]


def test_today_and_the_board_print_aliases_never_names_or_rooms(admin: ws.Workspace) -> None:
    _full_case(admin)
    items = today_printout(admin, TODAY)
    assert items and {i.alias for i in items} == {"Гульнар"}
    assert all(i.name == "" for i in items)
    [row] = board_printout(admin, TODAY)
    assert (row.alias, row.room, row.children) == ("Гульнар", "", 2)


def test_the_board_is_printed_by_shelter_staff_only(db: Database, admin: ws.Workspace) -> None:
    accounts.add_staff(admin, "worker", "worker pass 1", Role.CASE_WORKER, kdf=CHEAP_KDF)
    worker = ws.unlock(db, "worker", "worker pass 1")
    with pytest.raises(AccessDenied, match="shelter staff"):
        board_printout(worker, TODAY)


def test_a_case_she_may_not_see_is_not_printed(db: Database, admin: ws.Workspace) -> None:
    accounts.add_staff(admin, "lawyer", "lawyer pass 1", Role.LAWYER, kdf=CHEAP_KDF)
    lawyer = ws.unlock(db, "lawyer", "lawyer pass 1")
    number = _full_case(admin)
    with pytest.raises(AccessDenied):
        case_summary(lawyer, number)


CARE_SECRETS = ("он знает, где живёт сестра", "кодовое слово Ромашка", "согласие-Сапарова")


def _care(admin: ws.Workspace, number: str) -> None:
    """Two assessments (the latest raised, with its reason), a plan, and three files."""
    from caseapp.domain.enums import RiskLevel
    from caseapp.domain.safety_plan import SafetyPlan
    from caseapp.services.attachments import add_attachment
    from caseapp.services.risk import record_assessment
    from caseapp.services.safety import record_plan

    record_assessment(admin, number, {"stalking": "yes"}, assessed_on=TODAY - timedelta(days=8))
    record_assessment(
        admin,
        number,
        {"strangulation": "yes"},
        assessed_on=TODAY - timedelta(days=2),
        raised_to=RiskLevel.HIGH,
        reason=CARE_SECRETS[0],
    )
    plan = SafetyPlan(
        TODAY - timedelta(days=1),
        TODAY + timedelta(days=29),
        parts={"code_word": CARE_SECRETS[1], "how_to_leave": "Комната Ромашка"},
    )
    record_plan(admin, number, plan)
    add_attachment(admin, number, f"{CARE_SECRETS[2]}.pdf", b"%PDF-1.4\n% scan\n")
    add_attachment(admin, number, "photo-1.png", b"\x89PNG\r\n\x1a\n" + b"1" * 40)
    add_attachment(admin, number, "photo-2.png", b"\x89PNG\r\n\x1a\n" + b"2" * 40)


def test_a_summary_lists_assessments_plans_and_files_by_dates_and_counts(
    admin: ws.Workspace,
) -> None:
    from caseapp.domain.enums import RiskLevel
    from caseapp.services.printouts import PrintedAssessment, PrintedPlan

    number = _full_case(admin)
    _care(admin, number)
    summary = case_summary(admin, number)
    assert summary.assessments == (
        PrintedAssessment(TODAY - timedelta(days=8), RiskLevel.STANDARD, False),
        PrintedAssessment(TODAY - timedelta(days=2), RiskLevel.HIGH, True),
    )
    assert summary.plans == (PrintedPlan(TODAY - timedelta(days=1), TODAY + timedelta(days=29)),)
    assert summary.files == (("image/png", 2), ("application/pdf", 1))
    printed = repr(summary)
    for secret in (*SECRETS, *CARE_SECRETS, "photo-1"):
        assert secret not in printed, secret
