"""Her children in a ``caseapp-cases/1`` case entry: a list of {"name", "birth_year"} stored
under the case's key and read back equal (the stay's own list keeps working); a wrong entry is
refused naming its index and field, never the child's name, and nothing is stored."""

from __future__ import annotations

from typing import Any

import pytest

from caseapp.domain import records as rec
from caseapp.domain.errors import InvalidInput
from caseapp.services import workspace as ws
from caseapp.services.cases import get_case
from tests.services.test_import import (
    PERSONAL_VALUES,
    assert_one_sentence,
    do_import,
    file_of,
    good_case,
    row_counts,
    secret_case,
)

CHILD = "Айымжан"


def test_her_children_are_imported_with_the_case(admin: ws.Workspace) -> None:
    case = good_case()
    case["children"] = [{"name": CHILD, "birth_year": 2019}, {"birth_year": 2022}, {}]
    case["shelter_stays"][0]["children"] = [{"name": CHILD, "birth_year": 2019}]
    numbers = do_import(admin, file_of(case))
    record = get_case(admin, numbers[0])
    assert record.children == [rec.Child(CHILD, 2019), rec.Child("", 2022), rec.Child()]
    assert record.stays[0].children_named == [rec.Child(CHILD, 2019)]


def test_a_case_without_children_imports_as_before(admin: ws.Workspace) -> None:
    numbers = do_import(admin, file_of(good_case()))
    assert get_case(admin, numbers[0]).children == []


@pytest.mark.parametrize(
    ("children", "field", "why"),
    [
        (2, "cases[1].children", "must be a list of the children"),
        ([{"name": CHILD, "age": 7}], "cases[1].children[0].age", "not a known field"),
        ([{"name": CHILD, "birth_year": "2019"}], "cases[1].children[0].birth_year", "a year"),
        ([{"name": CHILD, "birth_year": 2030}], "cases[1].children[0].birth_year", "to come"),
        ([{"name": CHILD, "birth_year": 1980}], "cases[1].children[0].birth_year", "older"),
        ([{"name": 7}], "cases[1].children[0].name", ""),
        ([{"birth_year": 2019}] * 21, "cases[1].children", "more than 20"),
        (["Айымжан, 2019"], "cases[1].children[0]", ""),
    ],
)
def test_wrong_children_are_named_by_index_and_field(
    admin: ws.Workspace, children: Any, field: str, why: str
) -> None:
    bad = secret_case()
    bad["children"] = children
    with pytest.raises(InvalidInput) as raised:
        do_import(admin, file_of(good_case(), bad))
    message = raised.value.message
    assert raised.value.field == field and field in message and why in message
    assert_one_sentence(message)
    for value in [*PERSONAL_VALUES, CHILD]:
        assert value not in message, value
    assert row_counts(admin) == (0, 0, 0)
