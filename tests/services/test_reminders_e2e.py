"""Acceptance: import a multi-case file through ``caseapp import`` and compare
``caseapp reminders --json`` on several days with lists written by hand from DESIGN.md section 2.

The file, case by case (dates in 2026 unless written otherwise):

2026-0001  order ZP-101 issued 03-02, expires 03-31, served 03-03; police checks on 03-06,
           03-15 (found it violated), 03-20 and 03-29 (not reached: no check) (irregular
           spacing; 03-15 is "recorded after" the 03-14 replay). Consent (court) given 03-02,
           expires 03-14, withdrawn 03-10.
2026-0002  order ZP-201 issued 03-10, expires 04-09 (exactly 30 days), never served, no checks;
           order ZP-202 issued 03-05, expires 03-20, never served, revoked 03-12.
           Consent (police) given 03-05, expires 03-15.
2026-0003  stay admitted 2025-08-31 (month end: limit 2026-02-28), never left;
           stay admitted 2025-08-01, left 2026-02-15 (limit 2026-02-01 would have passed).
2026-0004  stay admitted 2025-09-20 (limit 03-20), left 03-18.
           Consent (medical) given 03-01, expires 03-13.
(no number, opened 2026-03-01, so 2026-0005)
           stay admitted 2026-08-31 (limit 2027-02-28), never left;
           consent (social) given 2026-09-01, expires 2027-02-25.
2026-0006  order ZP-601 issued 04-01, expires 04-30, served 04-01; no check by 04-08 (missed),
           checks 04-10 violated, 04-13 and 04-14 not reached. A letter to the police about the
           violation (police_violation) is issued on 04-12, after the import, through the
           letters service. Consent (police) given 04-01, expires 05-01.
2026-0007  stay admitted 2025-10-01 (limit 2026-04-01), extended to 06-30, left 07-10. Court
           requirements 03-20 to 04-20, and 04-25 to 04-28.

Rules beyond DESIGN.md's first table (docs/reminders.md): a "not reached" visit is no check; a
violation shows for a week unless the order was revoked by then or a letter to the police about
the violation was issued since; an extension replaces the six-month limit; court requirements
expire like consents.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseapp.cli import main
from caseapp.domain.enums import LetterKind, Role
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.cases import get_case
from caseapp.services.letters import issue_letter
from caseapp.storage.crypto import KdfParams
from tests.conftest import ADMIN_PASSWORD

LAWYER_PASSWORD = "lawyer pass 1"


def _order(number: str, issued: str, expires: str, **extra: Any) -> dict[str, Any]:
    return {
        "number": number,
        "issued_on": issued,
        "expires_on": expires,
        "issued_by": "УП Алмалинского района",
        "officer": "майор Исаев",
        **extra,
    }


def _check(order: str, on: str, outcome: str = "complied") -> dict[str, Any]:
    return {"order_number": order, "checked_on": on, "outcome": outcome, "officer": "Исаев"}


CASES_FILE: dict[str, Any] = {
    "format": "caseapp-cases/1",
    "cases": [
        {
            "number": "2026-0001",
            "opened_on": "2026-03-02",
            "client": {"full_name": "Жанар Ахметова", "iin": "950101400052"},
            "perpetrator": {"full_name": "Марат Ахметов", "relation": "spouse"},
            "violence_types": ["physical"],
            "protection_orders": [
                _order("ZP-101", "2026-03-02", "2026-03-31", served_on="2026-03-03")
            ],
            "police_checks": [
                _check("ZP-101", "2026-03-06"),
                _check("ZP-101", "2026-03-20"),
                _check("ZP-101", "2026-03-15", "violated"),  # out of order in the file
                _check("ZP-101", "2026-03-29", "not_reached"),
            ],
            "consents": [
                {
                    "recipient_kind": "court",
                    "given_on": "2026-03-02",
                    "expires_on": "2026-03-14",
                    "withdrawn_on": "2026-03-10",
                }
            ],
        },
        {
            "number": "2026-0002",
            "opened_on": "2026-03-05",
            "client": {"full_name": "Шұғыла Омарова", "alias": "Ласточка"},
            "perpetrator": {"relation": "former_cohabitant"},
            "protection_orders": [
                _order("ZP-201", "2026-03-10", "2026-04-09", served_on=None),
                _order("ZP-202", "2026-03-05", "2026-03-20", revoked_on="2026-03-12"),
            ],
            "consents": [
                {"recipient_kind": "police", "given_on": "2026-03-05", "expires_on": "2026-03-15"}
            ],
        },
        {
            "number": "2026-0003",
            "opened_on": "2025-08-01",
            "client": {"full_name": "Әйгерім Нұрланова"},
            "shelter_stays": [
                {"admitted_on": "2025-08-01", "left_on": "2026-02-15", "room": "1А"},
                {"admitted_on": "2025-08-31", "left_on": None, "room": "3", "children": 1},
            ],
        },
        {
            "number": "2026-0004",
            "opened_on": "2025-09-20",
            "client": {"full_name": "Дина Серікова"},
            "shelter_stays": [{"admitted_on": "2025-09-20", "left_on": "2026-03-18"}],
            "consents": [
                {"recipient_kind": "medical", "given_on": "2026-03-01", "expires_on": "2026-03-13"}
            ],
        },
        {
            "opened_on": "2026-03-01",
            "client": {"full_name": "Қайрат Бекұлы"},
            "shelter_stays": [{"admitted_on": "2026-08-31", "children": 0}],
            "consents": [
                {"recipient_kind": "social", "given_on": "2026-09-01", "expires_on": "2027-02-25"}
            ],
        },
        {
            "number": "2026-0006",
            "opened_on": "2026-04-01",
            "client": {
                "full_name": "Гүлнар Сейітова",
                "iin": "950101400052",
                "birth_date": "1995-01-01",
            },
            "perpetrator": {"full_name": "Серік Сейітов", "relation": "spouse"},
            "violence_types": ["physical"],
            "protection_orders": [
                _order("ZP-601", "2026-04-01", "2026-04-30", served_on="2026-04-01")
            ],
            "police_checks": [
                _check("ZP-601", "2026-04-10", "violated"),
                _check("ZP-601", "2026-04-13", "not_reached"),
                _check("ZP-601", "2026-04-14", "not_reached"),
            ],
            "consents": [
                {"recipient_kind": "police", "given_on": "2026-04-01", "expires_on": "2026-05-01"}
            ],
        },
        {
            "number": "2026-0007",
            "opened_on": "2025-10-01",
            "client": {"full_name": "Мәдина Жұмабаева"},
            "shelter_stays": [
                {
                    "admitted_on": "2025-10-01",
                    "left_on": "2026-07-10",
                    "extended_to": "2026-06-30",
                    "extension_reason": "решение директора: ждёт жильё",
                }
            ],
            "special_requirements": [
                {
                    "starts_on": "2026-03-20",
                    "ends_on": "2026-04-20",
                    "court": "Суд района",
                    "description": "не приближаться",
                },
                {"starts_on": "2026-04-25", "ends_on": "2026-04-28"},
            ],
        },
    ],
}

# (due_on, case, kind, ref); ref None: a stay or consent, whose ref is an internal id.
Expected = list[tuple[str, str, str, str | None]]
PASSED_0003 = ("2026-02-28", "2026-0003", "shelter_limit_passed", None)

EXPECTED: dict[str, Expected] = {
    # ZP-101: last check 03-06, due 03-13 (5 days away). ZP-202 in force (revoked only on 03-12),
    # never served; its check is due 03-12 (4 days away). ZP-201 not issued yet. Court consent
    # withdrawn only on 03-10, so it still expires in 6 days.
    "2026-03-08": [
        PASSED_0003,
        ("2026-03-05", "2026-0002", "order_not_served", "ZP-202"),
        ("2026-03-13", "2026-0004", "consent_expiring", None),
        ("2026-03-14", "2026-0001", "consent_expiring", None),
        ("2026-03-15", "2026-0002", "consent_expiring", None),
        ("2026-03-20", "2026-0004", "shelter_limit_near", None),
    ],
    # ZP-202 revoked today: nothing from it. Court consent withdrawn. ZP-201 issued 03-10, not
    # served; its check is due 03-17 (5 days). ZP-101 check due tomorrow.
    "2026-03-12": [
        PASSED_0003,
        ("2026-03-10", "2026-0002", "order_not_served", "ZP-201"),
        ("2026-03-13", "2026-0001", "police_check_due", "ZP-101"),
        ("2026-03-13", "2026-0004", "consent_expiring", None),
        ("2026-03-15", "2026-0002", "consent_expiring", None),
        ("2026-03-20", "2026-0004", "shelter_limit_near", None),
    ],
    # The 03-15 check has not happened yet: ZP-101 overdue since 03-13. ZP-201's check is 3
    # days away (outside the 2-day window). Medical consent expired yesterday.
    "2026-03-14": [
        PASSED_0003,
        ("2026-03-10", "2026-0002", "order_not_served", "ZP-201"),
        ("2026-03-13", "2026-0001", "police_check_overdue", "ZP-101"),
        ("2026-03-15", "2026-0002", "consent_expiring", None),
        ("2026-03-20", "2026-0004", "shelter_limit_near", None),
    ],
    # ZP-101 checked 03-15 and found violated: the violation shows (no police letter), and the
    # check counts, so the next is due 03-22. ZP-201's first check is due today. The stay of
    # 2026-0004 ends tomorrow, so its limit (03-20) still shows.
    "2026-03-17": [
        PASSED_0003,
        ("2026-03-10", "2026-0002", "order_not_served", "ZP-201"),
        ("2026-03-15", "2026-0001", "order_violated", "ZP-101"),
        ("2026-03-17", "2026-0002", "police_check_due", "ZP-201"),
        ("2026-03-20", "2026-0004", "shelter_limit_near", None),
    ],
    # ZP-201 overdue; ZP-101's check 3 days away, its violation still within the week; the
    # 2026-0004 stay ended yesterday.
    "2026-03-19": [
        PASSED_0003,
        ("2026-03-10", "2026-0002", "order_not_served", "ZP-201"),
        ("2026-03-15", "2026-0001", "order_violated", "ZP-101"),
        ("2026-03-17", "2026-0002", "police_check_overdue", "ZP-201"),
    ],
    # The violation of 03-15 is more than a week old: gone.
    "2026-03-23": [
        PASSED_0003,
        ("2026-03-10", "2026-0002", "order_not_served", "ZP-201"),
        ("2026-03-17", "2026-0002", "police_check_overdue", "ZP-201"),
    ],
    # ZP-101: checks 03-06, 03-15, 03-20 count (03-29 not yet): overdue since 03-27; it expires
    # in 3 days. ZP-201 expires in 12 days. 2026-0007's stay would pass its six-month limit
    # (04-01) in 4 days, but it was extended to 06-30: nothing.
    "2026-03-28": [
        PASSED_0003,
        ("2026-03-10", "2026-0002", "order_not_served", "ZP-201"),
        ("2026-03-17", "2026-0002", "police_check_overdue", "ZP-201"),
        ("2026-03-27", "2026-0001", "police_check_overdue", "ZP-101"),
        ("2026-03-31", "2026-0001", "order_expiring", "ZP-101"),
    ],
    # ZP-101's visit today did not reach the offender: no check, still overdue since 03-27;
    # expiring in 2 days.
    "2026-03-29": [
        PASSED_0003,
        ("2026-03-10", "2026-0002", "order_not_served", "ZP-201"),
        ("2026-03-17", "2026-0002", "police_check_overdue", "ZP-201"),
        ("2026-03-27", "2026-0001", "police_check_overdue", "ZP-101"),
        ("2026-03-31", "2026-0001", "order_expiring", "ZP-101"),
    ],
    # ZP-601 found violated today: overdue at once. The check counts: next due 04-17.
    "2026-04-10": [PASSED_0003, ("2026-04-10", "2026-0006", "order_violated", "ZP-601")],
    # The police letter of 04-12 is after this day: replayed, the violation still shows.
    "2026-04-11": [PASSED_0003, ("2026-04-10", "2026-0006", "order_violated", "ZP-601")],
    # The letter to the police was issued today: the violation is dealt with.
    "2026-04-12": [PASSED_0003],
    # Two visits (04-13, 04-14) did not reach him: the check of 04-10 is the latest, so one is
    # due 04-17. The first court requirements end in 5 days.
    "2026-04-15": [
        PASSED_0003,
        ("2026-04-17", "2026-0006", "police_check_due", "ZP-601"),
        ("2026-04-20", "2026-0007", "requirement_expiring", None),
    ],
    "2026-04-18": [
        PASSED_0003,
        ("2026-04-17", "2026-0006", "police_check_overdue", "ZP-601"),
        ("2026-04-20", "2026-0007", "requirement_expiring", None),
    ],
    # The first requirements ended yesterday; the second end in 7 days but start on 04-25.
    "2026-04-21": [PASSED_0003, ("2026-04-17", "2026-0006", "police_check_overdue", "ZP-601")],
    # The second requirements have started; the police consent ends in 6 days.
    "2026-04-25": [
        PASSED_0003,
        ("2026-04-17", "2026-0006", "police_check_overdue", "ZP-601"),
        ("2026-04-28", "2026-0007", "requirement_expiring", None),
        ("2026-05-01", "2026-0006", "consent_expiring", None),
    ],
    # 2026-0007's extended stay: its limit is the extension's date.
    "2026-06-20": [PASSED_0003, ("2026-06-30", "2026-0007", "shelter_limit_near", None)],
    "2026-07-01": [PASSED_0003, ("2026-06-30", "2026-0007", "shelter_limit_passed", None)],
    "2026-07-10": [PASSED_0003],
    # Orders long expired. Admission 2026-08-31 + 6 months = 2027-02-28 (clamped), 8 days away.
    "2027-02-20": [
        PASSED_0003,
        ("2027-02-25", "2026-0005", "consent_expiring", None),
        ("2027-02-28", "2026-0005", "shelter_limit_near", None),
    ],
    "2027-03-01": [
        PASSED_0003,
        ("2027-02-28", "2026-0005", "shelter_limit_passed", None),
    ],
}


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    password: str = ADMIN_PASSWORD,
) -> str:
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    return out


@pytest.fixture
def imported(
    admin: ws.Workspace,
    db_target: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> ws.Workspace:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(CASES_FILE, ensure_ascii=False, indent=1), encoding="utf-8")
    out = run(
        monkeypatch, capsys,
        "import", "--db", db_target, "--user", "admin", "--password-stdin", str(path),
    )  # fmt: skip
    assert out.strip() == "Imported 7 cases."
    issue_letter(admin, "2026-0006", LetterKind.POLICE_VIOLATION, "ru", on=date(2026, 4, 12))
    return admin


def reminders_json(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    db_target: str,
    today: str,
    user: str = "admin",
    password: str = ADMIN_PASSWORD,
) -> list[dict[str, str]]:
    out = run(
        monkeypatch, capsys,
        "reminders", "--db", db_target, "--user", user, "--password-stdin",
        "--today", today, "--json",
        password=password,
    )  # fmt: skip
    result = json.loads(out)
    assert isinstance(result, list)
    return result


def test_the_file_was_imported_as_written(imported: ws.Workspace) -> None:
    assert get_case(imported, "2026-0005").client.full_name == "Қайрат Бекұлы"
    order = get_case(imported, "2026-0001").orders[0]
    assert [c.checked_on.isoformat() for c in order.checks] == [
        "2026-03-06",
        "2026-03-15",
        "2026-03-20",
        "2026-03-29",
    ]


@pytest.mark.parametrize("today", sorted(EXPECTED))
def test_reminders_json_on_replayed_days(
    imported: ws.Workspace,
    db_target: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    today: str,
) -> None:
    got = reminders_json(monkeypatch, capsys, db_target, today)

    for item in got:
        assert set(item) == {"case", "kind", "due_on", "ref"}
        assert isinstance(item["ref"], str) and item["ref"]
    assert [(r["due_on"], r["case"], r["kind"]) for r in got] == [
        (due_on, case, kind) for due_on, case, kind, _ in EXPECTED[today]
    ]
    for item, (_, _, _, ref) in zip(got, EXPECTED[today], strict=True):
        if ref is not None:
            assert item["ref"] == ref
        else:
            assert not item["ref"].startswith("ZP-")
    # Sorted by due_on, then case, then kind.
    keys = [(r["due_on"], r["case"], r["kind"]) for r in got]
    assert keys == sorted(keys)


def test_stay_and_consent_refs_are_stable_ids(
    imported: ws.Workspace,
    db_target: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def refs(today: str) -> dict[tuple[str, str], str]:
        return {
            (r["case"], r["kind"]): r["ref"]
            for r in reminders_json(monkeypatch, capsys, db_target, today)
        }

    early, late = refs("2026-03-08"), refs("2027-02-20")
    passed = early["2026-0003", "shelter_limit_passed"]
    assert passed == late["2026-0003", "shelter_limit_passed"]  # the same stay both days
    stay_ids = {s.id for s in get_case(imported, "2026-0003").stays}
    assert passed in stay_ids
    consent_ids = {c.id for c in get_case(imported, "2026-0004").consents}
    assert early["2026-0004", "consent_expiring"] in consent_ids
    # A ref never carries the client's data.
    for ref in [*early.values(), *late.values()]:
        for secret in ("Жанар", "Ахметова", "950101400052", "Ласточка", "Омарова"):
            assert secret not in ref


def test_reminders_table_groups_overdue_first(
    imported: ws.Workspace,
    db_target: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = run(
        monkeypatch, capsys,
        "reminders", "--db", db_target, "--user", "admin", "--password-stdin",
        "--today", "2026-03-12",
    )  # fmt: skip
    lines = out.splitlines()
    assert lines[0] == "Reminders for 2026-03-12"
    headers = [line for line in lines if line and not line.startswith(" ")][1:]
    assert headers == ["OVERDUE (1)", "DUE (2)", "EXPIRING (3)"]
    overdue, due, expiring = (lines.index(h) for h in headers)
    assert overdue < due < expiring

    def rows(start: int, end: int) -> list[str]:
        return [line for line in lines[start + 1 : end] if line.strip()]

    overdue_rows = rows(overdue, due)
    due_rows = rows(due, expiring)
    expiring_rows = rows(expiring, len(lines))
    assert len(overdue_rows) == 1
    assert "2026-0003" in overdue_rows[0] and "shelter limit passed" in overdue_rows[0]
    assert "2026-02-28" in overdue_rows[0] and "12 d ago" in overdue_rows[0]
    assert [("2026-0002" in r, "order not served" in r, "ZP-201" in r) for r in due_rows[:1]] == [
        (True, True, True)
    ]
    assert "2026-0001" in due_rows[1] and "police check due" in due_rows[1]
    assert "ZP-101" in due_rows[1] and "in 1 d" in due_rows[1]
    assert ["2026-0004" in r or "2026-0002" in r for r in expiring_rows] == [True] * 3
    assert all("consent expiring" in r or "shelter limit near" in r for r in expiring_rows), (
        expiring_rows
    )
    # No client data in the table.
    for secret in ("Жанар", "Шұғыла", "Ласточка", "Әйгерім", "Дина"):
        assert secret not in out


def test_reminders_table_on_a_quiet_day(
    imported: ws.Workspace,
    db_target: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = run(
        monkeypatch, capsys,
        "reminders", "--db", db_target, "--user", "admin", "--password-stdin",
        "--today", "2025-01-01",
    )  # fmt: skip
    assert out.strip() == "Nothing is due on 2025-01-01."
    assert reminders_json(monkeypatch, capsys, db_target, "2025-01-01") == []


def test_lawyer_sees_only_her_cases(
    imported: ws.Workspace,
    db_target: str,
    cheap_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    accounts.add_staff(imported, "lawyer1", LAWYER_PASSWORD, Role.LAWYER, kdf=cheap_kdf)

    def as_lawyer(*argv: str) -> str:
        return run(
            monkeypatch, capsys,
            *argv[:1], "--db", db_target, "--user", "lawyer1", "--password-stdin",
            *argv[1:],
            password=LAWYER_PASSWORD,
        )  # fmt: skip

    for today in EXPECTED:
        assert json.loads(as_lawyer("reminders", "--today", today, "--json")) == []
        # The administrator who imported them does see reminders on the same day.
        assert reminders_json(monkeypatch, capsys, db_target, today)
    for query in ("Жанар", "Ласточка", "Aigerim", "950101400052", "Бекұлы"):
        assert json.loads(as_lawyer("search", "--json", query)) == []
    assert as_lawyer("reminders", "--today", "2026-03-12").strip() == (
        "Nothing is due on 2026-03-12."
    )
    # The same searches find the cases for the administrator.
    out = run(
        monkeypatch, capsys,
        "search", "--db", db_target, "--user", "admin", "--password-stdin", "--json",
        "Жанар",
    )  # fmt: skip
    assert json.loads(out) == [{"case": "2026-0001", "client": "Жанар Ахметова"}]


def table_groups(out: str) -> dict[str, list[str]]:
    """The table's rows under each group heading ("OVERDUE", "DUE", "EXPIRING")."""
    groups: dict[str, list[str]] = {}
    current = ""
    for line in out.splitlines()[1:]:
        if line and not line.startswith(" "):
            current = line.split(" (")[0]
            groups[current] = []
        elif line.strip():
            groups[current].append(line)
    return groups


def test_an_order_unserved_for_three_days_is_overdue_and_violations_are_labelled(
    imported: ws.Workspace,
    db_target: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def table(today: str) -> dict[str, list[str]]:
        out = run(
            monkeypatch, capsys,
            "reminders", "--db", db_target, "--user", "admin", "--password-stdin",
            "--today", today,
        )  # fmt: skip
        return table_groups(out)

    # ZP-201 was issued on 03-10: two days later its serving is due, three days later overdue.
    assert any("order not served" in r and "ZP-201" in r for r in table("2026-03-12")["DUE"])
    on_13 = table("2026-03-13")
    assert any("order not served" in r and "ZP-201" in r for r in on_13["OVERDUE"])
    assert not any("order not served" in r for r in on_13.get("DUE", []))
    on_17 = table("2026-03-17")
    violated = [r for r in on_17["OVERDUE"] if "order violated" in r]
    assert len(violated) == 1 and "ZP-101" in violated[0] and "2026-03-15" in violated[0]
    expiring = table("2026-04-15")["EXPIRING"]
    assert len(expiring) == 1 and "requirement expiring" in expiring[0]
    assert "2026-0007" in expiring[0] and "in 5 d" in expiring[0]
