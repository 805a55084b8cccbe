from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from caseapp.domain.address_book import AddresseeKind
from caseapp.domain.enums import CaseVisibility
from caseapp.domain.statistics import Period
from caseapp.services import workspace as ws
from caseapp.services.address_book import list_entries
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.demo import DEMO_PASSWORD, DEMO_USER, create_demo
from caseapp.services.offices import list_offices
from caseapp.services.organisation import get_settings
from caseapp.services.reminders import reminders_for_day
from caseapp.services.reports import ReportRequest, make_report
from caseapp.services.search import search_cases
from caseapp.storage.database import Database
from caseapp.storage.models import ServiceGiven as ServiceRow
from tests.conftest import CHEAP_KDF


# Today itself too: the demo never records an event after the day it is made.
@pytest.mark.parametrize(
    "today", [date(2026, 1, 1), date(2026, 2, 28), date(2026, 11, 25), date.today()]
)
def test_demo_database_is_varied_and_alive(db: Database, today: date) -> None:
    create_demo(db, cases=300, seed=5, today=today, kdf=CHEAP_KDF)
    demo = ws.unlock(db, DEMO_USER, DEMO_PASSWORD)
    assert CaseQuery(demo, CaseFilter(), today).count() == 300
    assert CaseQuery(demo, CaseFilter(order_in_force=True), today).count() > 20
    assert CaseQuery(demo, CaseFilter(in_shelter=True), today).count() > 0
    kinds = {r.kind for r in reminders_for_day(demo, today)}
    assert len(kinds) >= 3
    # Names in Kazakh, Russian and Latin spelling meet in search.
    assert search_cases(demo, "Aigerim") and search_cases(demo, "Жанар")
    # Two offices; the branch's case worker sees her office's cases only.
    offices = list_offices(demo)
    assert [o.name for o in offices] == ["Алматы (demo)", "Каскелен (demo)"]
    branch = CaseQuery(demo, CaseFilter(office_id=offices[1].office_id), today).count()
    assert branch == 75
    assert get_settings(demo).case_visibility == CaseVisibility.OFFICE
    worker = ws.unlock(db, "worker.demo", "demo-worker")
    assert CaseQuery(worker, CaseFilter(), today).count() == branch
    # A few fictitious addressees per office, in every letter language, for the letter dialog.
    for office in offices:
        entries = list_entries(demo, office.office_id)
        assert len(entries) >= 3 and len({e.kind for e in entries}) >= 3
        assert all(e.has_language(lang) for e in entries for lang in ("ru", "kk", "en"))
        assert all("(demo)" in e.text("ru", "name") for e in entries)
    assert list_entries(demo, offices[1].office_id, (AddresseeKind.POLICE,))


def test_the_demo_has_services_given_for_the_report(db: Database) -> None:
    today = date(2026, 11, 25)
    create_demo(db, cases=120, seed=5, today=today, kdf=CHEAP_KDF)
    demo = ws.unlock(db, DEMO_USER, DEMO_PASSWORD)
    report = make_report(demo, ReportRequest(Period(date(2025, 11, 26), today)), today=today)
    services = next(t for t in report.tables if t.key == "services")
    by_kind = {row.code: row.value for row in services.rows}
    assert by_kind["psychological"] > 20 and by_kind["legal"] > 10
    # The lawyer gave the legal consultations; the worker the branch's other services.
    with demo.session() as session:
        givers = set(session.scalars(select(ServiceRow.given_by).distinct()))
    assert len(givers) == 3


def test_demo_shows_every_screen_and_checks_only_served_orders(db: Database) -> None:
    """Risk assessments (some raised with a reason), safety plans (one due for review so Today
    shows it, each printable for her), files to preview; and the police check only an order
    they have served, never before they served it."""
    from sqlalchemy import select

    from caseapp.services.attachments import list_attachments, open_attachment
    from caseapp.services.caselist import CaseQuery as Query
    from caseapp.services.risk import list_assessments
    from caseapp.services.safety import list_plans, plan_pdf
    from caseapp.storage.models import PoliceCheck, ProtectionOrder, RiskAssessment, SafetyPlan

    today = date(2026, 11, 25)
    create_demo(db, cases=120, seed=3, today=today, kdf=CHEAP_KDF)
    demo = ws.unlock(db, DEMO_USER, DEMO_PASSWORD)
    with demo.session() as session:
        checks = session.execute(
            select(PoliceCheck.checked_on, ProtectionOrder.served_on).join(
                ProtectionOrder, ProtectionOrder.id == PoliceCheck.order_id
            )
        ).all()
        assessed = set(session.scalars(select(RiskAssessment.case_id)))
        planned = set(session.scalars(select(SafetyPlan.case_id)))
    assert checks and all(served is not None and served <= d for d, served in checks)
    assert len(assessed) > 20 and len(planned) > 10
    numbers = [row.number for row in Query(demo, CaseFilter(), today).page(0, 120)]
    views = [v for n in numbers for v in list_assessments(demo, n)]
    assert any(v.raised_to is not None and v.reason for v in views)
    kinds = {r.kind.value for r in reminders_for_day(demo, today)}
    assert {"safety_plan_review_due", "risk_reassessment_due"} <= kinds
    files = [(n, v) for n in numbers for v in list_attachments(demo, n)]
    assert sorted(v.type for _, v in files) == ["application/pdf", "application/pdf", "image/png"]
    for number, view in files:
        assert open_attachment(demo, number, view.id).startswith((b"%PDF", b"\x89PNG"))
        assert view.added_on == today
    [due] = [
        r
        for r in reminders_for_day(demo, today)
        if r.kind.value == "safety_plan_review_due" and r.due_on == today + timedelta(days=1)
    ]
    [plan] = list_plans(demo, due.case)
    assert plan_pdf(demo, due.case, plan.plan.id or "", plan.plan.lang).startswith(b"%PDF")


def test_demo_cases_record_her_children_for_some(db: Database) -> None:
    """About half the demo's women have children on the case, minors and now and then a grown
    one, none older than their mother; those with her in the shelter are on the case too."""
    from caseapp.domain.case_rules import validate_case
    from caseapp.services.demo import demo_records

    today = date(2026, 11, 25)
    records = demo_records(200, seed=5, today=today)
    with_children = [r for r in records if r.children]
    assert 40 < len(with_children) < 160
    years = [c.birth_year for r in with_children for c in r.children if c.birth_year]
    assert any(today.year - y < 18 for y in years) and any(today.year - y >= 18 for y in years)
    for record in records:
        validate_case(record, today)
    for record in with_children:
        if record.stays and record.stays[0].children_named:
            assert record.children == record.stays[0].children_named
