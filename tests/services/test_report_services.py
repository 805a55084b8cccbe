"""The report's services and consultations: by kind, and the cases served, against a count made
here from the same fixture records; struck out, refused and deleted left out; few women behind a
figure hidden, however many services they had."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import date, timedelta

import pytest

from caseapp.domain import records as rec
from caseapp.domain.changes import RecordKind
from caseapp.domain.services_given import ServiceGiven, ServiceKind
from caseapp.domain.statistics import Period
from caseapp.services import workspace as ws
from caseapp.services.case_services import add_service, list_services
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.corrections import delete_case, strike_out
from caseapp.services.reports import ReportRequest, make_report

PERIOD = Period(date(2026, 3, 1), date(2026, 5, 31))
TODAY = date(2026, 11, 30)


def _records(seed: int, n: int) -> list[rec.CaseRecord]:
    rnd = random.Random(seed)
    made = []
    for i in range(n):
        opened = date(2026, 1, 1) + timedelta(days=rnd.randrange(0, 150))
        record = rec.CaseRecord(client=rec.Client(f"Canary Served {i}"), opened_on=opened)
        for _ in range(rnd.randrange(0, 5)):
            record.services.append(
                ServiceGiven(
                    opened + timedelta(days=rnd.randrange(0, 90)),
                    rnd.choice([ServiceKind.PSYCHOLOGICAL] * 4 + list(ServiceKind)),
                    minutes=rnd.choice([None, 30, 60]),
                    note=rnd.choice(["", "Canary service note"]),
                )
            )
        made.append(record)
    return made


def _by(report: object, key: str) -> dict[str, float]:
    for table in report.tables:  # type: ignore[attr-defined]
        if table.key == key:
            return {row.code: row.value for row in table.rows}
    raise KeyError(key)


def _independent(records: list[rec.CaseRecord]) -> tuple[Counter[str], dict[str, set[str]]]:
    services: Counter[str] = Counter()
    cases: dict[str, set[str]] = defaultdict(set)
    for r in records:
        for s in r.services:
            if PERIOD.holds(s.given_on):
                services[s.kind.value] += 1
                cases[s.kind.value].add(r.number)
                cases["any"].add(r.number)
    return services, cases


@pytest.fixture
def served(admin: ws.Workspace) -> list[rec.CaseRecord]:
    records = _records(16, 40)
    for record in records:
        create_case(admin, record)
    return records


def test_services_by_kind_match_an_independent_count(
    admin: ws.Workspace, served: list[rec.CaseRecord]
) -> None:
    report = make_report(admin, ReportRequest(PERIOD), today=TODAY)
    services, cases = _independent(served)
    assert sum(services.values()) > 20  # the fixture has something to count
    assert _by(report, "services") == {k.value: services[k.value] for k in ServiceKind}
    assert _by(report, "services_cases") == {
        "any": len(cases["any"]),
        **{k.value: len(cases[k.value]) for k in ServiceKind},
    }
    shown = {s.table.key: s for s in report.shown()}["services"]
    assert shown.total is not None and shown.total.value == sum(services.values())
    data = report.as_json()
    assert [t["table"] for t in data["tables"]].count("services") == 1  # type: ignore[index, union-attr]


def test_struck_out_refused_and_deleted_are_left_out(
    admin: ws.Workspace, served: list[rec.CaseRecord]
) -> None:
    with_services = [r for r in served if any(PERIOD.holds(s.given_on) for s in r.services)]
    refused, deleted, corrected = with_services[:3]
    record = get_case(admin, refused.number)
    record.counted = False
    update_case(admin, record)
    delete_case(admin, deleted.number, "opened twice")
    first = next(
        v for v in list_services(admin, corrected.number) if PERIOD.holds(v.service.given_on)
    )
    assert first.service.id is not None
    strike_out(admin, corrected.number, RecordKind.SERVICE, first.service.id, "not given")
    # the fixture's record as the report should now count it
    corrected.services = [s for s in corrected.services if s.id != first.service.id]
    remaining = [r for r in served if r not in (refused, deleted)]
    services, cases = _independent(remaining)
    report = make_report(admin, ReportRequest(PERIOD), today=TODAY)
    assert _by(report, "services") == {k.value: services[k.value] for k in ServiceKind}
    assert _by(report, "services_cases")["any"] == len(cases["any"])


def test_many_services_to_few_women_are_hidden(admin: ws.Workspace) -> None:
    numbers = [
        create_case(admin, rec.CaseRecord(rec.Client(f"Woman {i}"), date(2026, 3, 1)))
        for i in range(7)
    ]
    for number in numbers:  # seven women, one psychological consultation each
        add_service(admin, number, ServiceGiven(date(2026, 3, 2), ServiceKind.PSYCHOLOGICAL))
    for _ in range(9):  # nine legal consultations, all to two women
        for number in numbers[:2]:
            add_service(admin, number, ServiceGiven(date(2026, 3, 3), ServiceKind.LEGAL))
    for number in numbers[:6]:  # six women accompanied to the police
        add_service(admin, number, ServiceGiven(date(2026, 3, 4), ServiceKind.ACCOMPANY_POLICE))
    data = make_report(admin, ReportRequest(PERIOD), today=TODAY).as_json()
    tables = {t["table"]: t for t in data["tables"]}  # type: ignore[index, union-attr]
    services = tables["services"]
    assert services["rows"]["legal"] == "<5"  # 18 services, but two women
    # The total would give the legal consultations back: the next smallest is hidden too.
    assert services["rows"]["accompany_police"] == "*"
    assert services["rows"]["psychological"] == 7
    assert services["total"] == 7 + 18 + 6
    assert tables["services_cases"]["rows"]["any"] == 7
    assert tables["services_cases"]["rows"]["legal"] == "<5"


def test_a_total_behind_few_women_is_hidden(admin: ws.Workspace) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Alone"), date(2026, 3, 1)))
    for _ in range(12):
        add_service(admin, number, ServiceGiven(date(2026, 3, 2), ServiceKind.PSYCHOLOGICAL))
    data = make_report(admin, ReportRequest(PERIOD), today=TODAY).as_json()
    services = next(t for t in data["tables"] if t["table"] == "services")  # type: ignore[index, union-attr]
    assert services["rows"]["psychological"] == "<5"
    assert services["total"] == "<5"
