"""Children as people with their mother's stay: named or not, a child's birth year, as many as
the stay counts; the import takes the number (the contract) or the children themselves."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from caseapp.domain import records as rec
from caseapp.domain.errors import InvalidInput
from caseapp.domain.interchange import parse_cases
from caseapp.domain.rules import validate_children

TODAY = date(2026, 11, 30)
ADMITTED = date(2026, 10, 1)


def stay(*children: rec.Child, count: int | None = None) -> rec.ShelterStay:
    named = list(children)
    return rec.ShelterStay(
        ADMITTED, children=len(named) if count is None else count, children_named=named
    )


def test_named_children_with_years_pass() -> None:
    validate_children(
        stay(rec.Child("Айым", 2019), rec.Child("", 2026), rec.Child("Н.")), "", TODAY
    )


@pytest.mark.parametrize(
    ("bad", "field", "words"),
    [
        (stay(rec.Child("Айым", 2027)), "children[0].birth_year", "still to come"),
        (stay(rec.Child("Айым", 2007)), "children[0].birth_year", "over 18"),
        (stay(rec.Child("x" * 101)), "children[0].name", "longer than"),
        (stay(rec.Child("Айым"), count=3), "children", "counted"),
    ],
)
def test_impossible_children_are_refused(bad: rec.ShelterStay, field: str, words: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        validate_children(bad, "", TODAY)
    assert refused.value.field == field
    assert words in refused.value.template.format(
        field="", year=0, age=18, count=3, named=1, chars=100
    )


def parse_stay(children: Any) -> rec.ShelterStay:
    data = {
        "format": "caseapp-cases/1",
        "cases": [
            {
                "opened_on": "2026-10-01",
                "client": {"full_name": "Клиент"},
                "shelter_stays": [{"admitted_on": "2026-10-01", "children": children}],
            }
        ],
    }
    return parse_cases(data, today=TODAY)[0].stays[0]


def test_the_import_takes_a_number_or_the_children() -> None:
    assert (parse_stay(2).children, parse_stay(2).children_named) == (2, [])
    named = parse_stay([{"name": "Айым", "birth_year": 2019}, {"birth_year": 2022}])
    assert named.children == 2
    assert named.children_named == [rec.Child("Айым", 2019), rec.Child("", 2022)]


@pytest.mark.parametrize(
    ("children", "field"),
    [
        (
            [{"name": "Айым", "birth_year": "2019"}],
            "cases[0].shelter_stays[0].children[0].birth_year",
        ),
        ([{"name": "Айым", "age": 7}], "cases[0].shelter_stays[0].children[0].age"),
        ([{"birth_year": 2030}], "cases[0].shelter_stays[0].children[0].birth_year"),
        ([{}] * 21, "cases[0].shelter_stays[0].children"),
        ("two", "cases[0].shelter_stays[0].children"),
        (True, "cases[0].shelter_stays[0].children"),
    ],
)
def test_the_import_refuses_malformed_children(children: Any, field: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_stay(children)
    assert refused.value.field == field
