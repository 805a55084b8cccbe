"""The report's figures against counts made here, independently, from the same fixture records."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from caseapp.domain import records as rec
from caseapp.domain.changes import RecordKind
from caseapp.domain.enums import CheckOutcome, RecipientKind, Relation, Role, ViolenceType
from caseapp.domain.statistics import Period
from caseapp.services import accounts, hotline, offices, reports_scope
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.corrections import delete_case, strike_out
from caseapp.services.errors import AccessDenied, InvalidInput
from caseapp.services.letters import issue_letter
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.reports import ReportRequest, make_report
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from tests.conftest import CHEAP_KDF
from tests.letters.sample import make_case, set_up_organisation

PERIOD = Period(date(2026, 3, 1), date(2026, 5, 31))
TODAY = date(2026, 11, 30)
PASSWORD = "worker password 1"


def _age_band(birth: date | None, on: date) -> str:
    if birth is None:
        return "unknown"
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    for code, top in (("under_18", 17), ("18_24", 24), ("25_34", 34), ("35_44", 44)):
        if years <= top:
            return code
    return "45_54" if years <= 54 else "55_64" if years <= 64 else "65_plus"


def _records(seed: int, n: int) -> list[rec.CaseRecord]:
    rnd = random.Random(seed)
    made = []
    for i in range(n):
        opened = date(2026, 1, 1) + timedelta(days=rnd.randrange(0, 200))
        birth = None if i % 7 == 0 else date(rnd.randrange(1950, 2012), rnd.randrange(1, 13), 15)
        relation = None if i % 9 == 0 else rnd.choice(list(Relation))
        types = rnd.sample(list(ViolenceType), rnd.randrange(0, 3))
        record = rec.CaseRecord(
            client=rec.Client(full_name=f"Canary Client {i}", birth_date=birth),
            opened_on=opened,
            perpetrator=rec.Perpetrator(
                full_name="" if relation is None else "X", relation=relation
            ),
            violence_types=types,
        )
        if i % 3 == 0:
            issued = opened + timedelta(days=rnd.randrange(0, 20))
            checks = [
                rec.PoliceCheck(issued + timedelta(days=d), rnd.choice(list(CheckOutcome)))
                for d in sorted(rnd.sample(range(1, 30), rnd.randrange(0, 4)))
            ]
            served = issued + timedelta(days=1) if i % 2 else None
            record.orders.append(
                rec.ProtectionOrder(
                    issued,
                    issued + timedelta(days=30),
                    number=f"PO-{i}",
                    served_on=served,
                    checks=checks,
                )
            )
        if i % 4 == 0:
            admitted = opened + timedelta(days=rnd.randrange(0, 10))
            left = admitted + timedelta(days=rnd.randrange(5, 90)) if i % 8 == 0 else None
            record.stays.append(
                rec.ShelterStay(admitted, left_on=left, children=rnd.randrange(0, 3))
            )
        if i % 5 == 0:
            starts = opened + timedelta(days=3)
            record.requirements.append(rec.SpecialRequirement(starts, starts + timedelta(60)))
        made.append(record)
    return made


def _by(report_tables: object, key: str) -> dict[str, float]:
    for table in report_tables:  # type: ignore[attr-defined]
        if table.key == key:
            return {row.code: row.value for row in table.rows}
    raise KeyError(key)


def _missed(order: rec.ProtectionOrder, period: Period) -> tuple[int, int]:
    """Day by day: a check is due seven days after the issue or the last check that counts;
    a due day without one is missed and the clock runs on from it."""
    counting = {c.checked_on for c in order.checks if c.outcome != CheckOutcome.NOT_REACHED}
    last = min(order.expires_on, period.end)
    clock, latest, due, missed = order.issued_on, None, 0, 0
    day = order.issued_on
    while day < last:
        day += timedelta(days=1)
        if day in counting:
            latest = day
        if day == clock + timedelta(days=7):
            met = latest is not None and latest > clock
            if period.start <= day <= period.end:
                due += 1
                missed += not met
            clock = latest if met and latest is not None else day
    return due, missed


@pytest.fixture
def fixture_cases(admin: ws.Workspace) -> list[rec.CaseRecord]:
    districts = [hotline.add_district(admin, name) for name in ("Алмалинский", "Медеуский")]
    records = _records(16, 48)
    for i, record in enumerate(records):
        record.district_id = [*districts, None][i % 3]
        create_case(admin, record)
    assert get_case(admin, records[0].number).district_id == districts[0]
    return records


def test_every_figure_matches_an_independent_count(
    admin: ws.Workspace, fixture_cases: list[rec.CaseRecord]
) -> None:
    report = make_report(admin, ReportRequest(PERIOD), today=TODAY)
    tables = report.tables
    inside = PERIOD.holds
    new = [r for r in fixture_cases if inside(r.opened_on)]

    assert _by(tables, "cases") == {
        "new": len(new),
        "open": len([r for r in fixture_cases if r.opened_on <= PERIOD.end]),
        "closed": 0,
    }
    violence = Counter(t.value for r in new for t in r.violence_types)
    violence["not_recorded"] = sum(1 for r in new if not r.violence_types)
    assert _by(tables, "violence") == {k: violence[k] for k in _by(tables, "violence")}
    relation = Counter(
        r.perpetrator.relation.value if r.perpetrator.relation else "not_recorded" for r in new
    )
    assert _by(tables, "relation") == {k: relation[k] for k in _by(tables, "relation")}
    ages = Counter(_age_band(r.client.birth_date, r.opened_on) for r in new)
    assert _by(tables, "age") == {k: ages[k] for k in _by(tables, "age")}
    assert sum(_by(tables, "age").values()) == len(new)
    by_district = Counter(r.district_id for r in new)
    [first, second] = hotline.list_districts(admin)
    assert _by(tables, "district") == {
        "district:1": by_district[first.district_id],
        "district:2": by_district[second.district_id],
        "not_recorded": by_district[None],
    }

    orders = [o for r in fixture_cases for o in r.orders]
    assert _by(tables, "orders") == {
        "issued": sum(1 for o in orders if inside(o.issued_on)),
        "served": sum(1 for o in orders if inside(o.served_on)),
        "violated": sum(
            1
            for o in orders
            if any(c.outcome == CheckOutcome.VIOLATED and inside(c.checked_on) for c in o.checks)
        ),
    }
    checks = Counter(c.outcome.value for o in orders for c in o.checks if inside(c.checked_on))
    due = missed = 0
    for order in orders:
        d, m = _missed(order, PERIOD)
        due, missed = due + d, missed + m
    assert _by(tables, "checks") == {
        "due": due,
        "done_in_time": due - missed,
        "missed": missed,
        "complied": checks["complied"],
        "violated": checks["violated"],
        "not_reached": checks["not_reached"],
    }

    requirements = [q for r in fixture_cases for q in r.requirements]
    assert _by(tables, "requirements") == {
        "started": sum(1 for q in requirements if inside(q.starts_on)),
        "in_force": sum(
            1 for q in requirements if q.starts_on <= PERIOD.end and q.ends_on >= PERIOD.start
        ),
    }

    stays = [s for r in fixture_cases for s in r.stays]
    nights = 0
    residents = 0
    for s in stays:
        days = [
            PERIOD.start + timedelta(days=k)
            for k in range(PERIOD.days)
            if s.admitted_on <= PERIOD.start + timedelta(days=k)
            and (s.left_on is None or PERIOD.start + timedelta(days=k) < s.left_on)
        ]
        nights += len(days)
        residents += bool(days)
    departed = [s for s in stays if inside(s.left_on)]
    shelter = _by(tables, "shelter")
    assert shelter["admissions"] == sum(1 for s in stays if inside(s.admitted_on))
    assert shelter["departures"] == len(departed)
    assert shelter["residents"] == residents
    assert shelter["bed_days"] == nights
    assert shelter["children"] == sum(s.children for s in stays if inside(s.admitted_on))
    if departed:
        average = sum((s.left_on - s.admitted_on).days for s in departed) / len(departed)
        assert shelter["average_stay"] == pytest.approx(average)


def test_refused_deleted_and_struck_out_are_not_counted(
    admin: ws.Workspace, fixture_cases: list[rec.CaseRecord]
) -> None:
    before = make_report(admin, ReportRequest(PERIOD), today=TODAY)
    [office] = offices.list_offices(admin)
    office_before = make_report(admin, ReportRequest(PERIOD, office.office_id), today=TODAY)
    assert office_before.tables == before.tables
    new = [r for r in fixture_cases if PERIOD.holds(r.opened_on)]
    refused, deleted = new[0], new[1]
    record = get_case(admin, refused.number)
    assert record.counted
    record.counted = False
    update_case(admin, record)
    assert not get_case(admin, refused.number).counted
    delete_case(admin, deleted.number, "opened twice by mistake")
    with_order = next(
        r
        for r in fixture_cases[2:]
        if r.orders
        and PERIOD.holds(r.orders[0].issued_on)
        and any(PERIOD.holds(c.checked_on) for c in r.orders[0].checks)
    )
    order = get_case(admin, with_order.number).orders[0]
    strike_out(admin, with_order.number, RecordKind.ORDER, order.id or "", "entered twice")

    after = make_report(admin, ReportRequest(PERIOD), today=TODAY)
    assert _by(after.tables, "cases")["new"] == _by(before.tables, "cases")["new"] - 2
    assert _by(after.tables, "orders")["issued"] == _by(before.tables, "orders")["issued"] - sum(
        1 for r in (refused, deleted, with_order) for o in r.orders if PERIOD.holds(o.issued_on)
    )
    # The checks of their orders (and of the order struck out) are no longer counted either.
    left = Counter(
        c.outcome.value
        for r in (refused, deleted, with_order)
        for o in r.orders
        for c in o.checks
        if PERIOD.holds(c.checked_on)
    )
    for outcome in ("complied", "violated", "not_reached"):
        assert _by(after.tables, "checks")[outcome] == (
            _by(before.tables, "checks")[outcome] - left[outcome]
        )
    # An office's report chooses its counted cases another way (from ix_case_office_counted):
    # every case here is the one office's, so its report leaves out the same ones.
    office_after = make_report(admin, ReportRequest(PERIOD, office.office_id), today=TODAY)
    assert office_after.tables == after.tables


def test_many_cases_left_out_are_chosen_the_same_way(
    admin: ws.Workspace, fixture_cases: list[rec.CaseRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A report sends the few cases left out as a list of ids, and chooses them in the query
    itself when there are more than ``LEFT_OUT_LISTED``: the figures are the same."""
    new = [r for r in fixture_cases if PERIOD.holds(r.opened_on)]
    record = get_case(admin, new[0].number)
    record.counted = False
    update_case(admin, record)
    delete_case(admin, new[1].number, "opened twice by mistake")
    listed = make_report(admin, ReportRequest(PERIOD), today=TODAY)
    monkeypatch.setattr(reports_scope, "LEFT_OUT_LISTED", 1)
    chosen_in_query = make_report(admin, ReportRequest(PERIOD), today=TODAY)
    assert chosen_in_query.tables == listed.tables
    assert _by(listed.tables, "cases")["new"] == len(new) - 2


def test_one_office_and_who_may_see_all(db: Database, admin: ws.Workspace) -> None:
    [main] = offices.list_offices(admin)
    branch = offices.add_office(admin, "Branch")
    create_case(admin, rec.CaseRecord(rec.Client("A One"), date(2026, 3, 2)))
    create_case(admin, rec.CaseRecord(rec.Client("B Two"), date(2026, 3, 3), office_id=branch))
    create_case(
        admin,
        rec.CaseRecord(
            rec.Client("B Three"),
            date(2026, 3, 4),
            office_id=branch,
            orders=[rec.ProtectionOrder(date(2026, 3, 5), date(2026, 4, 4), number="B-1")],
        ),
    )
    assert _by(make_report(admin, ReportRequest(PERIOD), TODAY).tables, "cases")["new"] == 3
    branch_report = make_report(admin, ReportRequest(PERIOD, branch), TODAY)
    assert _by(branch_report.tables, "cases")["new"] == 2
    assert branch_report.office == "Branch"
    assert _by(branch_report.tables, "orders")["issued"] == 1
    main_report = make_report(admin, ReportRequest(PERIOD, main.office_id), TODAY)
    assert _by(main_report.tables, "cases")["new"] == 1
    assert _by(main_report.tables, "orders")["issued"] == 0

    accounts.add_staff(
        admin, "worker", PASSWORD, Role.CASE_WORKER, offices=[main.office_id], kdf=CHEAP_KDF
    )
    worker = ws.unlock(db, "worker", PASSWORD)
    with pytest.raises(AccessDenied):
        make_report(worker, ReportRequest(PERIOD), TODAY)
    with pytest.raises(AccessDenied):
        make_report(worker, ReportRequest(PERIOD, branch), TODAY)
    with worker.session() as session:
        made = session.scalars(select(AuditEntry).where(AuditEntry.action == "report.make")).all()
    assert len(made) == 3  # the administrator's, never the refused ones


def test_small_counts_are_hidden_with_the_threshold_set(admin: ws.Workspace) -> None:
    create_case(
        admin,
        rec.CaseRecord(
            rec.Client("Only One"),
            date(2026, 3, 2),
            perpetrator=rec.Perpetrator("X", Relation.SPOUSE),
        ),
    )
    for i in range(6):
        create_case(
            admin,
            rec.CaseRecord(
                rec.Client(f"Many {i}"),
                date(2026, 3, 3),
                perpetrator=rec.Perpetrator("X", Relation.FORMER_SPOUSE),
            ),
        )
    report = make_report(admin, ReportRequest(PERIOD), TODAY)
    shown = {s.table.key: s for s in report.shown()}["relation"]
    data = report.as_json()
    relation = next(t for t in data["tables"] if t["table"] == "relation")  # type: ignore[index, union-attr]
    assert relation["rows"]["spouse"] == "<5"
    # The total would give the spouse's one back: the next cell is hidden too.
    assert relation["rows"]["former_spouse"] == "*"
    assert relation["total"] == 7
    assert shown.total is not None and shown.total.value == 7
    settings = get_settings(admin)
    settings.report_threshold = 1
    with pytest.raises(InvalidInput):
        update_settings(admin, settings)
    settings.report_threshold = 10
    update_settings(admin, settings)
    report = make_report(admin, ReportRequest(PERIOD), TODAY)
    relation = next(t for t in report.as_json()["tables"] if t["table"] == "relation")  # type: ignore[index, union-attr]
    assert relation["total"] == "<10"


def test_letters_are_counted_by_recipient(admin: ws.Workspace) -> None:
    set_up_organisation(admin)
    number = make_case(admin)
    for kind in (RecipientKind.COURT, RecipientKind.COURT, RecipientKind.LEGAL_AID):
        issue_letter(admin, number, kind, "ru", on=date(2026, 3, 25))
    report = make_report(admin, ReportRequest(PERIOD), TODAY)
    letters = _by(report.tables, "letters")
    assert letters["court"] == 2 and letters["legal_aid"] == 1 and letters["police"] == 0
