from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.address_book import AddresseeKind
from caseapp.domain.enums import CaseVisibility
from caseapp.services import workspace as ws
from caseapp.services.address_book import list_entries
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.demo import DEMO_PASSWORD, DEMO_USER, create_demo
from caseapp.services.offices import list_offices
from caseapp.services.organisation import get_settings
from caseapp.services.reminders import reminders_for_day
from caseapp.services.search import search_cases
from caseapp.storage.database import Database
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
