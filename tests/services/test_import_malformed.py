"""Import refuses every malformed file (any nesting depth, invalid Unicode, duplicate keys, a wrong
top-level type) and every date that cannot have happened, with one sentence naming the record's
index and field, or the file; nothing is stored. It reads a stay's approved extension and court
special requirements, and refuses them when malformed."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseapp.cli import main
from caseapp.domain.errors import InvalidInput
from caseapp.services import workspace as ws
from caseapp.services.cases import get_case
from caseapp.services.importer import read_import_file
from tests.conftest import ADMIN_PASSWORD
from tests.services.test_import import (
    IMPORT_DAY,
    PERSONAL_VALUES,
    SECRET_NAME,
    SECRET_NOTES,
    assert_one_sentence,
    do_import,
    file_of,
    good_case,
    row_counts,
    secret_case,
)

GOOD = json.dumps(good_case(), ensure_ascii=False)


def refused_file(tmp_path: Path, text: str, today: date = IMPORT_DAY) -> InvalidInput:
    path = tmp_path / "cases.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as raised:
        read_import_file(path, today)
    assert_one_sentence(raised.value.message)
    for value in PERSONAL_VALUES:
        assert value not in raised.value.message, value
    return raised.value


def with_second_case(case_text: str) -> str:
    """A file whose record 1 is written by hand (JSON text), after a good record 0."""
    return f'{{"format": "caseapp-cases/1", "cases": [{GOOD}, {case_text}]}}'


def secret_case_text(**replace: str) -> str:
    """The secret case as JSON text, with some values replaced by raw JSON text."""
    text = json.dumps(secret_case(), ensure_ascii=False)
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new, 1)
    return text


# --- the file itself -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["[" * 200_000, "{" * 200_000, "[" + '{"a":' * 200_000])
def test_a_file_nested_any_depth_is_refused_as_a_file(tmp_path: Path, text: str) -> None:
    error = refused_file(tmp_path, text)
    assert error.field == "file"
    assert error.message == "The file nests lists and objects more than 32 levels deep."


def test_a_deep_object_is_named_by_its_path(tmp_path: Path) -> None:
    error = refused_file(tmp_path, '{"format": ' + '{"a": ' * 200_000)
    assert error.field == "format.a.a.a.a"
    assert error.message == "format.a.a.a.a nests lists and objects more than 32 levels deep."


def test_a_value_nested_too_deep_is_named_by_its_record_and_field(tmp_path: Path) -> None:
    deep = "[" * 200_000 + "]" * 200_000
    error = refused_file(tmp_path, with_second_case(secret_case_text(**{f'"{SECRET_NAME}"': deep})))
    assert error.field.startswith("cases[1].client.full_name")
    assert error.message.startswith("cases[1].client.full_name")
    assert error.message.endswith("nests lists and objects more than 32 levels deep.")


def test_brackets_inside_text_are_not_nesting(tmp_path: Path) -> None:
    case = secret_case()
    case["notes"] = "[" * 1000 + '"{' * 100
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(file_of(good_case(), case), ensure_ascii=False), encoding="utf-8")
    assert [r.notes for r in read_import_file(path, IMPORT_DAY)][1] == case["notes"]


@pytest.mark.parametrize("top", ["[]", '["cases"]', '"cases"', "3", "null", "true"])
def test_a_wrong_top_level_type_is_refused_as_a_file(tmp_path: Path, top: str) -> None:
    error = refused_file(tmp_path, top)
    assert error.field == "file"
    assert error.message == (
        'The file must hold one JSON object with the fields "format" and "cases".'
    )


def test_a_number_too_long_to_read_is_refused_as_a_file(tmp_path: Path) -> None:
    text = with_second_case(
        secret_case_text(**{'"room": ': '"children": ' + "9" * 5000 + ', "room": '})
    )
    assert refused_file(tmp_path, text).field == "file"


@pytest.mark.parametrize(
    ("replace", "field"),
    [
        ({f'"{SECRET_NAME}"': '"\\ud800 Ахметова"'}, "cases[1].client.full_name"),
        ({f'"{SECRET_NOTES}"': '"\\udfff"'}, "cases[1].notes"),
        ({'"2026-0102"': '"2026-\\ud83d"'}, "cases[1].number"),
    ],
)
def test_text_that_is_not_valid_unicode_is_refused_naming_the_field(
    tmp_path: Path, replace: dict[str, str], field: str
) -> None:
    error = refused_file(tmp_path, with_second_case(secret_case_text(**replace)))
    assert error.field == field
    assert error.message == f"{field} holds characters that are not valid Unicode text."


def test_an_unknown_key_that_is_not_valid_unicode_is_named_printably(tmp_path: Path) -> None:
    error = refused_file(
        tmp_path, with_second_case(secret_case_text(**{'"alias": ': '"\\ud800": 1, "alias": '}))
    )
    assert error.field == "cases[1].client.\\ud800"
    error.message.encode("utf-8")  # printable on any terminal


@pytest.mark.parametrize(
    ("replace", "field"),
    [
        ({'"alias": ': '"full_name": "Другое Имя", "alias": '}, "cases[1].client.full_name"),
        ({'"notes": ': '"opened_on": "2026-03-06", "notes": '}, "cases[1].opened_on"),
        (
            {'"outcome": "violated"': '"outcome": "violated", "outcome": "complied"'},
            "cases[1].police_checks[0].outcome",
        ),
    ],
)
def test_a_key_given_twice_is_refused_naming_it(
    tmp_path: Path, replace: dict[str, str], field: str
) -> None:
    error = refused_file(tmp_path, with_second_case(secret_case_text(**replace)))
    assert error.field == field
    assert error.message == f"{field} is given twice."


def test_a_top_level_key_given_twice_is_refused(tmp_path: Path) -> None:
    text = f'{{"format": "caseapp-cases/1", "cases": [{GOOD}], "format": "caseapp-cases/1"}}'
    error = refused_file(tmp_path, text)
    assert (error.field, error.message) == ("format", "format is given twice.")


# --- dates that cannot have happened -------------------------------------------------------------


def _set(case: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target: Any = case
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[last] = value


FUTURE = "2026-04-02"  # the day after the import


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        ("opened_on", "2099-01-01", "opened_on", "the opening date 2099-01-01 is in the future"),
        (
            "opened_on", "0001-01-01", "opened_on",
            "the opening date 0001-01-01 is before 1990-01-01",
        ),
        (
            "opened_on", "1989-12-31", "opened_on",
            "the opening date 1989-12-31 is before 1990-01-01",
        ),
        ("client.birth_date", "2099-01-01", "client.birth_date", "the birth date is in the future"),
        (
            "client.birth_date", "1900-01-01", "client.birth_date",
            "the birth date is more than 110 years ago",
        ),
        (
            "police_checks.0.checked_on", FUTURE, "police_checks[0].checked_on",
            f"the date of the police check {FUTURE} is in the future",
        ),
        (
            "protection_orders.0.served_on", FUTURE, "protection_orders[0].served_on",
            f"the date the order was served {FUTURE} is in the future",
        ),
        (
            "shelter_stays.0.left_on", FUTURE, "shelter_stays[0].left_on",
            f"the departure date {FUTURE} is in the future",
        ),
        (
            "consents.0.given_on", FUTURE, "consents[0].given_on",
            f"the date the consent was given {FUTURE} is in the future",
        ),
    ],
)  # fmt: skip
def test_a_date_that_cannot_have_happened_is_refused_and_nothing_is_stored(
    admin: ws.Workspace, path: str, value: str, field: str, words: str
) -> None:
    bad = secret_case()
    if path == "shelter_stays.0.left_on":
        bad["shelter_stays"][0]["admitted_on"] = "2026-03-05"
    if path == "protection_orders.0.served_on":
        bad["protection_orders"][0]["expires_on"] = "2026-04-04"
        bad["police_checks"] = []
    if path == "police_checks.0.checked_on":
        bad["protection_orders"][0]["expires_on"] = "2026-04-04"
    _set(bad, path, value)
    field = f"cases[1].{field}"
    with pytest.raises(InvalidInput) as raised:
        do_import(admin, file_of(good_case(), bad))
    assert raised.value.field == field
    assert raised.value.message == f"{field}: {words}."
    assert_one_sentence(raised.value.message)
    assert row_counts(admin) == (0, 0, 0)


def test_an_admission_after_the_import_day_is_refused(admin: ws.Workspace) -> None:
    bad = secret_case()
    bad["shelter_stays"][0] = {"admitted_on": "2026-04-02"}
    with pytest.raises(InvalidInput) as raised:
        do_import(admin, file_of(good_case(), bad))
    assert raised.value.field == "cases[1].shelter_stays[0].admitted_on"


def test_the_command_line_refuses_a_case_opened_in_2099(
    admin: ws.Workspace,
    db_target: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = secret_case()
    bad["opened_on"] = "2099-01-01"
    bad["number"] = "2099-0001"
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(file_of(good_case(), bad), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["import", "--db", db_target, "--user", "admin", "--password-stdin", str(path)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == "caseapp: cases[1].opened_on: the opening date 2099-01-01 is in the future.\n"
    assert row_counts(admin) == (0, 0, 0)


@pytest.mark.parametrize(
    "text",
    ["[" * 200_000, '{"format": "caseapp-cases/1", "cases": [{"\\ud800": 1}]}'],
    ids=["deep", "surrogate-key"],
)
def test_the_command_line_refuses_a_malformed_file_in_one_line(
    admin: ws.Workspace,
    db_target: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
) -> None:
    path = tmp_path / "cases.json"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["import", "--db", db_target, "--user", "admin", "--password-stdin", str(path)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and err.startswith("caseapp: ")
    assert "Traceback" not in err and "unexpected" not in err
    assert row_counts(admin) == (0, 0, 0)


# --- extensions and court requirements ------------------------------------------------------------


def test_an_extension_and_court_requirements_are_imported(admin: ws.Workspace) -> None:
    case = secret_case()
    case["shelter_stays"] = [
        {
            "admitted_on": "2025-06-01",
            "extended_to": "2026-03-01",
            "extension_reason": "Решение директора от 20.11.2025",
        }
    ]
    case["special_requirements"] = [
        {
            "starts_on": "2026-03-21",
            "ends_on": "2026-07-21",
            "court": "Суд Есильского района",
            "description": "Не приближаться к месту работы",
        },
        {"starts_on": "2026-08-01", "ends_on": "2026-08-01"},
    ]
    do_import(admin, file_of(good_case(), case))
    got = get_case(admin, "2026-0102")
    assert (got.stays[0].extended_to, got.stays[0].extension_reason) == (
        date(2026, 3, 1),
        "Решение директора от 20.11.2025",
    )
    first, second = got.requirements
    assert (first.starts_on, first.ends_on) == (date(2026, 3, 21), date(2026, 7, 21))
    assert (first.court, first.description) == (
        "Суд Есильского района",
        "Не приближаться к месту работы",
    )
    assert (second.starts_on, second.ends_on, second.court) == (date(2026, 8, 1),) * 2 + ("",)
    # A file without them stays valid: the good case has neither.
    assert get_case(admin, "2026-0101").requirements == []


def _extension(extended_to: Any = None, reason: Any = None) -> dict[str, Any]:
    stay = {"admitted_on": "2025-06-01", "extended_to": extended_to, "extension_reason": reason}
    return {"shelter_stays": [stay]}


def _requirement(value: Any) -> dict[str, Any]:
    return {"special_requirements": [value]}


MARCH = {"starts_on": "2026-03-01", "ends_on": "2026-04-01"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (_extension("2026-13-01", "x"), "shelter_stays[0].extended_to"),
        (_extension(20260301, "x"), "shelter_stays[0].extended_to"),
        (_extension("2026-03-01"), "shelter_stays[0].extension_reason"),
        (_extension(None, "без даты"), "shelter_stays[0].extended_to"),
        (_extension("2025-11-30", "x"), "shelter_stays[0].extended_to"),  # not past six months
        (_extension("2026-06-02", "x"), "shelter_stays[0].extended_to"),  # past twelve months
        (_extension("2026-03-01", ["x"]), "shelter_stays[0].extension_reason"),
        ({"special_requirements": MARCH}, "special_requirements"),
        (_requirement("2026-03-01"), "special_requirements[0]"),
        (_requirement({"ends_on": "2026-04-01"}), "special_requirements[0].starts_on"),
        (_requirement({"starts_on": "2026-03-01"}), "special_requirements[0].ends_on"),
        (_requirement({**MARCH, "ends_on": "2026-02-28"}), "special_requirements[0].ends_on"),
        (_requirement({**MARCH, "court": 7}), "special_requirements[0].court"),
        (_requirement({**MARCH, "judge": "x"}), "special_requirements[0].judge"),
    ],
)
def test_a_malformed_extension_or_requirement_is_refused(
    admin: ws.Workspace, change: dict[str, Any], field: str
) -> None:
    bad = secret_case()
    bad.update(change)
    field = f"cases[1].{field}"
    with pytest.raises(InvalidInput) as raised:
        do_import(admin, file_of(good_case(), bad))
    assert raised.value.field == field
    assert field in raised.value.message
    assert_one_sentence(raised.value.message)
    assert row_counts(admin) == (0, 0, 0)


def test_import_stores_nothing_when_the_last_record_is_bad(admin: ws.Workspace) -> None:
    """All or nothing, also for the new checks: good records, then one bad extension."""
    cases = [good_case()] + [{**secret_case(), "number": f"2026-02{i:02d}"} for i in range(5)]
    cases[-1].update(_extension("2026-03-01"))
    with pytest.raises(InvalidInput) as raised:
        do_import(admin, file_of(*cases))
    assert raised.value.field == "cases[5].shelter_stays[0].extension_reason"
    assert row_counts(admin) == (0, 0, 0)
