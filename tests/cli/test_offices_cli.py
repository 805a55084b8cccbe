"""Offices on the command line: `offices` (also --json), `office-add`, `office-rename`,
`staff-offices` and `move-case`; administrators only, except listing; errors are one sentence
with exit code 2 for bad input and 1 for a refusal."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from caseapp.domain import records as rec
from caseapp.domain.enums import CaseVisibility, Role
from caseapp.services import accounts, offices
from caseapp.services import workspace as ws
from caseapp.services.cases import case_history, create_case, get_case
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.staff import list_staff
from tests.cli.helpers import Run, assert_one_sentence_error
from tests.conftest import CHEAP_KDF

WORKER_PASSWORD = "worker pass 123"


def _as(user: str, folder: Path, *argv: str) -> list[str]:
    return [argv[0], "--db", str(folder), "--user", user, "--password-stdin", *argv[1:]]


def test_listing_adding_and_renaming_offices(
    admin: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    [main_office] = offices.list_offices(admin)
    code, out, err = cli(*_as("admin", data_folder, "offices"))
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"1\tMain office (no name yet)\t{main_office.office_id}"]

    code, out, err = cli(*_as("admin", data_folder, "office-add", "Филиал  Шымкент"))
    assert (code, out, err) == (0, "Office 2 'Филиал Шымкент' added.\n", "")
    code, out, err = cli(*_as("admin", data_folder, "office-rename", "--office", "1", "Алматы"))
    assert (code, out, err) == (0, "Office 1 is now called 'Алматы'.\n", "")
    # By name, in any letter case.
    code, out, _ = cli(
        *_as("admin", data_folder, "office-rename", "--office", "филиал шымкент", "Шымкент")
    )
    assert (code, out) == (0, "Office 2 is now called 'Шымкент'.\n")

    code, out, err = cli(*_as("admin", data_folder, "offices", "--json"))
    assert (code, err) == (0, "")
    listed = json.loads(out)
    branch = offices.list_offices(admin)[1].office_id
    assert listed == [
        {"number": 1, "id": main_office.office_id, "name": "Алматы"},
        {"number": 2, "id": branch, "name": "Шымкент"},
    ]
    # By id as well.
    code, out, _ = cli(*_as("admin", data_folder, "office-rename", "--office", branch, "Туркестан"))
    assert (code, out) == (0, "Office 2 is now called 'Туркестан'.\n")
    assert [o.name for o in offices.list_offices(admin)] == ["Алматы", "Туркестан"]


def test_bad_input_is_one_sentence_with_exit_2(
    admin: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    offices.add_office(admin, "Branch")
    code, out, err = cli(*_as("admin", data_folder, "office-add", "branch"))
    assert (code, out) == (2, "")
    assert err == "caseapp: There is already an office named 'branch'.\n"
    code, out, err = cli(*_as("admin", data_folder, "office-rename", "--office", "7", "X"))
    assert (code, out) == (2, "")
    assert_one_sentence_error(err)
    assert "'7'" in err and "caseapp offices" in err
    code, _, err = cli(*_as("admin", data_folder, "staff-offices", "nobody", "1"))
    assert (code, err) == (2, "caseapp: There is no user 'nobody'.\n")
    code, _, err = cli(*_as("admin", data_folder, "staff-offices", "admin"))
    assert code == 2
    assert_one_sentence_error(err)  # argparse: at least one office
    code, _, err = cli(*_as("admin", data_folder, "office-add", " "))
    assert (code, err) == (2, "caseapp: The office needs a name.\n")


def test_choosing_staff_offices_and_moving_a_case(
    admin: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    [main_office] = offices.list_offices(admin)
    branch = offices.add_office(admin, "Branch")
    accounts.add_staff(admin, "worker", WORKER_PASSWORD, Role.CASE_WORKER, kdf=CHEAP_KDF)
    number = create_case(
        admin, rec.CaseRecord(client=rec.Client(full_name="Zhanar"), opened_on=date(2026, 3, 1))
    )

    code, out, err = cli(*_as("admin", data_folder, "staff-offices", "worker", "branch", "1"))
    assert (code, out, err) == (0, "worker works in: Main office (no name yet), Branch.\n", "")
    worker = next(a for a in list_staff(admin) if a.username == "worker")
    assert worker.offices == (main_office.office_id, branch)

    code, out, err = cli(*_as("admin", data_folder, "move-case", "--case", number, "--office", "2"))
    assert (code, out, err) == (0, f"Case {number} is now in office 2 'Branch'.\n", "")
    assert get_case(admin, number).office_id == branch
    assert "case.move_office" in [action for _, _, action in case_history(admin, number)]

    code, out, err = cli(
        *_as("admin", data_folder, "move-case", "--case", "2026-9999", "--office", "1")
    )
    assert (code, out, err) == (1, "", "caseapp: There is no case 2026-9999.\n")


def test_staff_may_list_offices_but_change_nothing(
    admin: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    accounts.add_staff(admin, "worker", WORKER_PASSWORD, Role.CASE_WORKER, kdf=CHEAP_KDF)
    offices.add_office(admin, "Branch")
    number = create_case(
        admin, rec.CaseRecord(client=rec.Client(full_name="Zhanar"), opened_on=date(2026, 3, 1))
    )
    before = offices.list_offices(admin)

    def as_worker(*argv: str) -> Run:
        result: Run = cli(*_as("worker", data_folder, *argv), password=WORKER_PASSWORD)
        return result

    code, out, _ = as_worker("offices")
    assert code == 0 and len(out.splitlines()) == 2
    refused = "caseapp: Your account is not allowed to do this.\n"
    assert as_worker("office-add", "Mine") == (1, "", refused)
    assert as_worker("office-rename", "--office", "1", "Mine") == (1, "", refused)
    assert as_worker("staff-offices", "worker", "2") == (1, "", refused)
    # A case she cannot see, then one she can: refused either way.
    assert as_worker("move-case", "--case", number, "--office", "2") == (
        1,
        "",
        f"caseapp: Case {number} is not assigned to you.\n",
    )
    settings = get_settings(admin)
    settings.case_visibility = CaseVisibility.ALL
    update_settings(admin, settings)
    assert as_worker("move-case", "--case", number, "--office", "2") == (
        1,
        "",
        "caseapp: Only an administrator can move a case to another office.\n",
    )
    assert offices.list_offices(admin) == before
    assert get_case(admin, number).office_id == before[0].office_id
