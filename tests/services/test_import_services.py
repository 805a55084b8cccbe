"""The import's ``services``, ``counted`` and ``district``: stored like the program's own and
counted by the report; malformed entries and unknown districts refused with their index and field,
and nothing of the file stored."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from caseapp.domain.errors import InvalidInput
from caseapp.domain.services_given import ServiceGiven, ServiceKind
from caseapp.domain.statistics import Period
from caseapp.services import hotline
from caseapp.services import workspace as ws
from caseapp.services.case_services import list_services
from caseapp.services.cases import get_case
from caseapp.services.reports import ReportRequest, make_report
from caseapp.storage.models import Case
from caseapp.storage.models import ServiceGiven as ServiceRow
from tests.services.test_import import do_import, file_of

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


def a_case(**more: Any) -> dict[str, Any]:
    return {
        "opened_on": "2026-03-01",
        "client": {"full_name": "Жанар Тестова"},
        "services": [
            {"given_on": "2026-03-02", "kind": "psychological", "minutes": 50, "note": "первая"},
            {"given_on": "2026-03-09", "kind": "accompany_police"},
        ],
        **more,
    }


def counts(admin: ws.Workspace) -> tuple[int, ...]:
    with admin.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Case, ServiceRow)
        )


def test_services_counted_and_district_are_imported(admin: ws.Workspace) -> None:
    north = hotline.add_district(admin, "Северный район")
    hotline.add_district(admin, "Южный район")
    first, second = do_import(
        admin,
        file_of(
            a_case(district="  северный   РАЙОН "),  # letter case and spaces do not matter
            a_case(counted=False, district="Южный район"),
        ),
    )
    record = get_case(admin, first)
    assert record.district_id == north and record.counted
    assert not get_case(admin, second).counted
    views = list_services(admin, first)
    assert [v.service for v in views] == [
        ServiceGiven(date(2026, 3, 9), ServiceKind.ACCOMPANY_POLICE, id=views[0].service.id),
        ServiceGiven(
            date(2026, 3, 2), ServiceKind.PSYCHOLOGICAL, 50, "первая", id=views[1].service.id
        ),
    ]
    assert {v.given_by for v in views} == {""}  # an imported service names nobody
    report = make_report(admin, ReportRequest(MARCH), today=date(2026, 4, 1))
    rows = {t.key: {r.code: r.value for r in t.rows} for t in report.tables}
    # the second case refused to be counted: only the first one's services and district
    assert rows["services"]["psychological"] == 1 and rows["services"]["accompany_police"] == 1
    assert rows["services_cases"]["any"] == 1
    assert rows["cases"]["new"] == 1
    assert rows["district"]["district:1"] == 1 and rows["district"]["district:2"] == 0


def test_a_file_without_them_counts_her_with_no_district(admin: ws.Workspace) -> None:
    [number] = do_import(admin, file_of({"opened_on": "2026-03-01", "client": {"full_name": "А"}}))
    record = get_case(admin, number)
    assert record.counted and record.district_id is None
    assert list_services(admin, number) == []


BAD = [
    ({"services": [{"kind": "legal"}]}, "cases[1].services[0].given_on"),
    ({"services": [{"given_on": "2026-03-02"}]}, "cases[1].services[0].kind"),
    ({"services": [{"given_on": "2026-03-02", "kind": "massage"}]}, "cases[1].services[0].kind"),
    (
        {"services": [{"given_on": "2026-05-02", "kind": "legal"}]},  # after the import's day
        "cases[1].services[0].given_on",
    ),
    (
        {"services": [{"given_on": "2026-03-02", "kind": "legal", "minutes": "an hour"}]},
        "cases[1].services[0].minutes",
    ),
    (
        {"services": [{"given_on": "2026-03-02", "kind": "legal", "minutes": 0}]},
        "cases[1].services[0].minutes",
    ),
    (
        {"services": [{"given_on": "2026-03-02", "kind": "legal", "given_by": "admin"}]},
        "cases[1].services[0].given_by",
    ),
    ({"services": {"given_on": "2026-03-02"}}, "cases[1].services"),
    ({"counted": "no"}, "cases[1].counted"),
    ({"district": "Западный район"}, "cases[1].district"),
    ({"district": 7}, "cases[1].district"),
]


@pytest.mark.parametrize(("change", "field"), BAD)
def test_malformed_entries_are_named_and_nothing_is_stored(
    admin: ws.Workspace, change: dict[str, Any], field: str
) -> None:
    hotline.add_district(admin, "Северный район")
    before = counts(admin)
    good = a_case(district="Северный район")
    bad = {"opened_on": "2026-03-01", "client": {"full_name": "Айгерим"}, **change}
    with pytest.raises(InvalidInput) as refused:
        do_import(admin, file_of(good, bad))
    assert refused.value.field == field
    assert counts(admin) == before
