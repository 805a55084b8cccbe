"""The import contract ``caseapp-cases/1``: a valid file is stored whole and reads back equal; a
bad record is named by index and field, its values are never repeated, and nothing is stored."""

from __future__ import annotations

import copy
import dataclasses
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from caseapp.cli import main
from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, RecipientKind, Relation, ViolenceType
from caseapp.domain.errors import InvalidInput
from caseapp.domain.interchange import parse_cases
from caseapp.services import workspace as ws
from caseapp.services.cases import get_case
from caseapp.services.importer import import_cases, read_import_file
from caseapp.storage.models import Case, Client, ProtectionOrder
from tests.conftest import ADMIN_PASSWORD

IMPORT_DAY = date(2026, 4, 1)  # the day the files below are imported: every event is before it
VALID_IIN = "950101400052"
BAD_IIN = "950101400053"  # same digits, wrong check digit

# Personal values of the bad record (index 1): none may appear in an error message.
SECRET_NAME = "Гүлназ Секретова"
SECRET_ALIAS = "Ласточка"
SECRET_PHONE = "+7 705 123 45 67"
SECRET_ADDRESS = "Алматы, ул. Тайная 13"
SECRET_CONTACT = "сестра Динара"
SECRET_NOTES = "ушла ночью к сестре"
SECRET_PERPETRATOR = "Ерлан Секретов"
SECRET_OFFICER = "капитан Сыздыков"
SECRET_ROOM = "комната 7"
PERSONAL_VALUES = [
    SECRET_NAME,
    "Гүлназ",
    "Секретова",
    SECRET_ALIAS,
    SECRET_PHONE,
    "1234567",
    SECRET_ADDRESS,
    "Тайная",
    SECRET_CONTACT,
    SECRET_NOTES,
    SECRET_PERPETRATOR,
    SECRET_OFFICER,
    "Сыздыков",
    SECRET_ROOM,
    VALID_IIN,
    BAD_IIN,
    "1988-04-17",  # the bad record's birth date
]


def good_case() -> dict[str, Any]:
    """A complete valid record, index 0 of every bad file."""
    return {
        "number": "2026-0101",
        "opened_on": "2026-03-01",
        "client": {
            "full_name": "Жанар Ахметова",
            "alias": "Ромашка",
            "iin": VALID_IIN,
            "birth_date": "1995-01-01",
            "phone": "+7 701 777 00 11",
            "address": "Астана, пр. Абая 1",
            "safe_contact": "мама",
        },
        "perpetrator": {"full_name": "Марат Ахметов", "relation": "spouse"},
        "violence_types": ["physical", "psychological"],
        "protection_orders": [
            {
                "number": "ЗП-17",
                "issued_on": "2026-03-02",
                "expires_on": "2026-04-01",
                "issued_by": "УП Есильского района",
                "officer": "ст. лейтенант Ким",
                "served_on": "2026-03-03",
                "revoked_on": None,
            }
        ],
        "police_checks": [
            {
                "order_number": "ЗП-17",
                "checked_on": "2026-03-09",
                "outcome": "complied",
                "officer": "Ким",
            }
        ],
        "shelter_stays": [
            {"admitted_on": "2026-03-01", "left_on": None, "room": "2Б", "children": 2}
        ],
        "consents": [
            {
                "recipient_kind": "police",
                "given_on": "2026-03-01",
                "expires_on": "2026-09-01",
                "withdrawn_on": None,
            }
        ],
        "notes": "Первичное обращение.",
    }


def secret_case() -> dict[str, Any]:
    """A complete valid record full of personal values; tests break one field of it."""
    return {
        "number": "2026-0102",
        "opened_on": "2026-03-05",
        "client": {
            "full_name": SECRET_NAME,
            "alias": SECRET_ALIAS,
            "iin": VALID_IIN,
            "birth_date": "1988-04-17",
            "phone": SECRET_PHONE,
            "address": SECRET_ADDRESS,
            "safe_contact": SECRET_CONTACT,
        },
        "perpetrator": {"full_name": SECRET_PERPETRATOR, "relation": "former_spouse"},
        "violence_types": ["economic"],
        "protection_orders": [
            {
                "number": "ЗП-18",
                "issued_on": "2026-03-05",
                "expires_on": "2026-03-20",
                "issued_by": "УП",
                "officer": SECRET_OFFICER,
                "served_on": None,
                "revoked_on": None,
            }
        ],
        "police_checks": [
            {
                "order_number": "ЗП-18",
                "checked_on": "2026-03-10",
                "outcome": "violated",
                "officer": SECRET_OFFICER,
            }
        ],
        "shelter_stays": [
            {"admitted_on": "2026-03-05", "left_on": "2026-03-15", "room": SECRET_ROOM}
        ],
        "consents": [
            {
                "recipient_kind": "court",
                "given_on": "2026-03-05",
                "expires_on": "2026-04-05",
                "withdrawn_on": None,
            }
        ],
        "notes": SECRET_NOTES,
    }


def file_of(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": "caseapp-cases/1", "cases": list(cases)}


def case_count(workspace: ws.Workspace) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0


def row_counts(workspace: ws.Workspace) -> tuple[int, int, int]:
    with workspace.session() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Case, Client, ProtectionOrder)
        )


def without_ids(record: rec.CaseRecord) -> rec.CaseRecord:
    """The record as the file described it: no row ids, assignment, office or version."""
    return dataclasses.replace(
        record,
        id=None,
        assigned_to=None,
        office_id=None,
        version=0,
        orders=[
            dataclasses.replace(
                o, id=None, checks=[dataclasses.replace(c, id=None) for c in o.checks]
            )
            for o in record.orders
        ],
        requirements=[dataclasses.replace(r, id=None) for r in record.requirements],
        stays=[dataclasses.replace(s, id=None) for s in record.stays],
        consents=[dataclasses.replace(c, id=None) for c in record.consents],
    )


def do_import(workspace: ws.Workspace, data: Any) -> list[str]:
    return import_cases(workspace, parse_cases(data, today=IMPORT_DAY))


# --- a valid file ------------------------------------------------------------------------------


def test_valid_file_imports_every_case_and_reads_back_equal(admin: ws.Workspace) -> None:
    first = good_case()
    second = secret_case()
    third = {"opened_on": "2025-12-30", "client": {"full_name": "Әйгерім Нұрланова"}}
    fourth = {"opened_on": "2026-01-15", "client": {"full_name": "Шұғыла Омарова"}}

    numbers = do_import(admin, file_of(first, second, third, fourth))

    assert numbers[:2] == ["2026-0101", "2026-0102"]
    assert re.fullmatch(r"2025-\d{4}", numbers[2])  # the year of opened_on
    assert numbers[2] == "2025-0001"
    assert re.fullmatch(r"2026-\d{4}", numbers[3])
    assert len(set(numbers)) == 4
    assert case_count(admin) == 4

    got = get_case(admin, "2026-0101")
    assert got.id and got.assigned_to == admin.actor.staff_id
    assert got.orders[0].id and got.orders[0].checks[0].id
    assert without_ids(got) == rec.CaseRecord(
        number="2026-0101",
        opened_on=date(2026, 3, 1),
        client=rec.Client(
            full_name="Жанар Ахметова",
            alias="Ромашка",
            iin=VALID_IIN,
            birth_date=date(1995, 1, 1),
            phone="+7 701 777 00 11",
            address="Астана, пр. Абая 1",
            safe_contact="мама",
        ),
        perpetrator=rec.Perpetrator(full_name="Марат Ахметов", relation=Relation.SPOUSE),
        violence_types=[ViolenceType.PHYSICAL, ViolenceType.PSYCHOLOGICAL],
        orders=[
            rec.ProtectionOrder(
                number="ЗП-17",
                issued_on=date(2026, 3, 2),
                expires_on=date(2026, 4, 1),
                issued_by="УП Есильского района",
                officer="ст. лейтенант Ким",
                served_on=date(2026, 3, 3),
                checks=[
                    rec.PoliceCheck(
                        checked_on=date(2026, 3, 9), outcome=CheckOutcome.COMPLIED, officer="Ким"
                    )
                ],
            )
        ],
        stays=[rec.ShelterStay(admitted_on=date(2026, 3, 1), room="2Б", children=2)],
        consents=[
            rec.Consent(
                recipient_kind=RecipientKind.POLICE,
                given_on=date(2026, 3, 1),
                expires_on=date(2026, 9, 1),
            )
        ],
        notes="Первичное обращение.",
    )

    # Every record equals what the file described, field for field.
    for number, parsed in zip(
        numbers, parse_cases(file_of(first, second, third, fourth), today=IMPORT_DAY), strict=True
    ):
        parsed.number = number
        assert without_ids(get_case(admin, number)) == parsed

    minimal = get_case(admin, numbers[2])
    assert minimal.client.full_name == "Әйгерім Нұрланова"
    assert minimal.orders == [] and minimal.stays == [] and minimal.consents == []


def test_assigned_numbers_continue_after_existing_ones(admin: ws.Workspace) -> None:
    do_import(admin, file_of({"opened_on": "2026-02-01", "client": {"full_name": "А Б"}}))
    numbers = do_import(
        admin,
        file_of(
            {"opened_on": "2026-02-02", "client": {"full_name": "В Г"}},
            {"opened_on": "2025-01-03", "client": {"full_name": "Д Е"}},
        ),
    )
    assert numbers == ["2026-0002", "2025-0001"]


def test_assigned_number_avoids_a_number_written_later_in_the_file(admin: ws.Workspace) -> None:
    do_import(admin, file_of({"opened_on": "2026-02-01", "client": {"full_name": "А Б"}}))
    assert get_case(admin, "2026-0001").client.full_name == "А Б"
    numbers = do_import(
        admin,
        file_of(
            {"opened_on": "2026-02-02", "client": {"full_name": "В Г"}},
            {"number": "2026-0002", "opened_on": "2026-02-03", "client": {"full_name": "Д Е"}},
        ),
    )
    assert numbers[1] == "2026-0002"
    assert numbers[0] not in {"2026-0001", "2026-0002"}
    assert get_case(admin, "2026-0002").client.full_name == "Д Е"
    assert get_case(admin, numbers[0]).client.full_name == "В Г"


def test_order_of_exactly_30_days_is_accepted(admin: ws.Workspace) -> None:
    bad = secret_case()
    bad["protection_orders"][0]["expires_on"] = "2026-04-04"  # issued 2026-03-05 + 30 days
    do_import(admin, file_of(good_case(), bad))
    assert get_case(admin, "2026-0102").orders[0].expires_on == date(2026, 4, 4)


def test_empty_case_list_imports_nothing(admin: ws.Workspace) -> None:
    assert do_import(admin, file_of()) == []
    assert case_count(admin) == 0


# --- bad records: index and field named, nothing stored ------------------------------------------


def _set(path: str, value: Any) -> Any:
    """A mutation of the secret case: set a dotted path (list indexes as numbers)."""

    def mutate(case: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = case
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return mutate


def _delete(path: str) -> Any:
    def mutate(case: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = case
        for part in parents:
            target = target[part]
        del target[last]

    return mutate


BAD_RECORDS = [
    pytest.param(_set("colour", "red"), "cases[1].colour", id="unknown-case-key"),
    pytest.param(_set("client.nickname", "x"), "cases[1].client.nickname", id="unknown-client-key"),
    pytest.param(
        _set("protection_orders.0.court", "x"),
        "cases[1].protection_orders[0].court",
        id="unknown-order-key",
    ),
    pytest.param(
        _set("shelter_stays.0.bed", 3), "cases[1].shelter_stays[0].bed", id="unknown-stay-key"
    ),
    pytest.param(_set("opened_on", "2026-02-30"), "cases[1].opened_on", id="impossible-date"),
    pytest.param(
        _set("client.birth_date", "1988-02-30"),
        "cases[1].client.birth_date",
        id="impossible-birth-date",
    ),
    pytest.param(_set("opened_on", "05.03.2026"), "cases[1].opened_on", id="malformed-date"),
    pytest.param(_set("opened_on", "2026-3-5"), "cases[1].opened_on", id="unpadded-date"),
    pytest.param(_set("opened_on", 20260305), "cases[1].opened_on", id="date-as-number"),
    pytest.param(
        _set("client.birth_date", SECRET_NAME),
        "cases[1].client.birth_date",
        id="name-in-date-column",
    ),
    pytest.param(_set("client.iin", BAD_IIN), "cases[1].client.iin", id="iin-check-digit"),
    pytest.param(_set("client.iin", "95010140005"), "cases[1].client.iin", id="iin-11-digits"),
    pytest.param(
        _set("protection_orders.0.expires_on", "2026-04-05"),  # issued 2026-03-05 + 31 days
        "cases[1].protection_orders[0].expires_on",
        id="order-31-days",
    ),
    pytest.param(
        _set("police_checks.0.checked_on", "2026-03-04"),
        "cases[1].police_checks[0].checked_on",
        id="check-before-order",
    ),
    pytest.param(
        _set("shelter_stays.0.left_on", "2026-03-04"),
        "cases[1].shelter_stays[0].left_on",
        id="departure-before-admission",
    ),
    pytest.param(
        _set("perpetrator.relation", "neighbour"),
        "cases[1].perpetrator.relation",
        id="unknown-relation",
    ),
    pytest.param(
        _set("violence_types", ["economic", "verbal"]),
        "cases[1].violence_types[1]",
        id="unknown-violence-type",
    ),
    pytest.param(
        _set("police_checks.0.outcome", "ok"),
        "cases[1].police_checks[0].outcome",
        id="unknown-outcome",
    ),
    pytest.param(
        _set("consents.0.recipient_kind", "employer"),
        "cases[1].consents[0].recipient_kind",
        id="unknown-recipient-kind",
    ),
    pytest.param(_delete("opened_on"), "cases[1].opened_on", id="missing-opened-on"),
    pytest.param(_delete("client.full_name"), "cases[1].client.full_name", id="missing-full-name"),
    pytest.param(_set("client.full_name", "   "), "cases[1].client.full_name", id="blank-name"),
    pytest.param(_delete("client"), "cases[1].client", id="missing-client"),
    pytest.param(_set("number", "2026-0101"), "cases[1].number", id="duplicate-in-file"),
]


@pytest.mark.parametrize(("mutate", "field"), BAD_RECORDS)
def test_bad_record_is_named_and_nothing_is_stored(
    admin: ws.Workspace, mutate: Any, field: str
) -> None:
    bad = secret_case()
    mutate(bad)
    before = row_counts(admin)

    with pytest.raises(InvalidInput) as raised:
        do_import(admin, file_of(good_case(), bad))

    assert raised.value.field == field
    message = raised.value.message
    assert field in message
    assert_one_sentence(message)
    for value in PERSONAL_VALUES:
        assert value not in message, value
    assert row_counts(admin) == before == (0, 0, 0)


def assert_one_sentence(message: str) -> None:
    assert message.strip() == message
    assert "\n" not in message
    assert message.endswith(".")
    # No second sentence: a full stop followed by a space and a capital letter.
    assert not re.search(r"\.\s+[A-ZА-ЯЁ]", message), message


def test_unknown_top_level_key_is_refused(admin: ws.Workspace) -> None:
    data = file_of(good_case(), secret_case())
    data["source"] = "old spreadsheet"
    with pytest.raises(InvalidInput) as raised:
        do_import(admin, data)
    assert raised.value.field == "source"
    assert "source" in raised.value.message
    assert case_count(admin) == 0


@pytest.mark.parametrize("fmt", ["caseapp-cases/2", "caseapp-cases", "", None, 1], ids=repr)
def test_wrong_format_string_is_refused(admin: ws.Workspace, fmt: Any) -> None:
    data = file_of(good_case(), secret_case())
    data["format"] = fmt
    with pytest.raises(InvalidInput) as raised:
        do_import(admin, data)
    assert raised.value.field == "format"
    assert "caseapp-cases/1" in raised.value.message
    assert case_count(admin) == 0


def test_missing_format_is_refused(admin: ws.Workspace) -> None:
    with pytest.raises(InvalidInput) as raised:
        do_import(admin, {"cases": [good_case()]})
    assert raised.value.field == "format"
    assert case_count(admin) == 0


@pytest.mark.parametrize("data", [[], "cases", {"format": "caseapp-cases/1", "cases": {}}])
def test_wrong_shapes_are_refused(admin: ws.Workspace, data: Any) -> None:
    with pytest.raises(InvalidInput):
        do_import(admin, data)
    assert case_count(admin) == 0


def test_number_already_in_the_database_is_named_and_nothing_is_stored(
    admin: ws.Workspace,
) -> None:
    do_import(admin, file_of(good_case()))
    assert case_count(admin) == 1
    bad = secret_case()
    bad["number"] = "2026-0101"
    third = copy.deepcopy(secret_case())
    third["number"] = "2026-0103"
    fresh = good_case()
    fresh["number"] = "2026-0100"

    with pytest.raises(InvalidInput) as raised:
        do_import(admin, file_of(fresh, bad, third))

    assert raised.value.field == "cases[1].number"
    assert "cases[1].number" in raised.value.message
    assert_one_sentence(raised.value.message)
    for value in PERSONAL_VALUES:
        assert value not in raised.value.message
    assert case_count(admin) == 1
    assert get_case(admin, "2026-0101").client.full_name == "Жанар Ахметова"


def test_failed_import_leaves_the_database_usable(admin: ws.Workspace) -> None:
    bad = secret_case()
    bad["client"]["iin"] = BAD_IIN
    with pytest.raises(InvalidInput):
        do_import(admin, file_of(good_case(), bad))
    # The same file, corrected, imports whole: no half-written rows block it.
    bad["client"]["iin"] = VALID_IIN
    assert do_import(admin, file_of(good_case(), bad)) == ["2026-0101", "2026-0102"]
    assert case_count(admin) == 2


# --- reading the file ---------------------------------------------------------------------------


def test_read_import_file_parses_utf8_json(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(file_of(good_case()), ensure_ascii=False), encoding="utf-8")
    records = read_import_file(path)
    assert [r.client.full_name for r in records] == ["Жанар Ахметова"]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b'{"format": "caseapp-cases/1"', "Жанар".encode("cp1251"), b""],
    ids=["broken-json", "truncated", "not-utf8", "empty"],
)
def test_read_import_file_refuses_unreadable_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "cases.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as raised:
        read_import_file(path)
    assert raised.value.field == "file"
    assert_one_sentence(raised.value.message)


def test_read_import_file_missing(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as raised:
        read_import_file(tmp_path / "nope.json")
    assert raised.value.field == "file"
    assert "does not exist" in raised.value.message


# --- through the command line -------------------------------------------------------------------


def run_import(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    db_target: str,
    file: Path,
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["import", "--db", db_target, "--user", "admin", "--password-stdin", str(file)])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(err: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("caseapp: ")
    assert "Traceback" not in err


def test_cli_import_valid_file(
    admin: ws.Workspace,
    db_target: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "cases.json"
    path.write_text(
        json.dumps(file_of(good_case(), secret_case()), ensure_ascii=False), encoding="utf-8"
    )
    code, out, err = run_import(monkeypatch, capsys, db_target, path)
    assert (code, err) == (0, "")
    assert out.strip() == "Imported 2 cases."
    assert case_count(admin) == 2


def test_cli_import_bad_record_exits_2_with_one_line(
    admin: ws.Workspace,
    db_target: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = secret_case()
    bad["client"]["iin"] = BAD_IIN
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(file_of(good_case(), bad), ensure_ascii=False), encoding="utf-8")

    code, out, err = run_import(monkeypatch, capsys, db_target, path)

    assert code == 2
    assert out == ""
    assert_one_error_line(err)
    assert "cases[1].client.iin" in err
    for value in PERSONAL_VALUES:
        assert value not in err
    assert case_count(admin) == 0


@pytest.mark.parametrize(
    "content",
    [b'{"format": "caseapp-cases/1", "cases": [', "Жанар".encode("cp1251"), b"\xff\xfe{}"],
    ids=["not-json", "not-utf8", "utf16-bom"],
)
def test_cli_import_unreadable_file_exits_2(
    admin: ws.Workspace,
    db_target: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
) -> None:
    path = tmp_path / "cases.json"
    path.write_bytes(content)
    code, out, err = run_import(monkeypatch, capsys, db_target, path)
    assert code == 2
    assert out == ""
    assert_one_error_line(err)
    assert case_count(admin) == 0


def test_cli_import_missing_file_exits_2(
    admin: ws.Workspace,
    db_target: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_import(monkeypatch, capsys, db_target, tmp_path / "missing.json")
    assert code == 2
    assert out == ""
    assert_one_error_line(err)
    assert "does not exist" in err
    assert case_count(admin) == 0
