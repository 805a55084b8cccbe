"""Offices on the command line: list them, add and rename them, choose where a staff member works,
and move a case to another office. The services check that the person is an administrator (only
listing is open to everyone) and write the audit entries.

An office is named on the command line by its name (letter case and extra spaces do not matter),
by the number `caseapp offices` shows, or by its id. The unnamed main office of an upgraded
database is "1" until an administrator names it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

from caseapp.cli.helpers import Command, unlock
from caseapp.domain.errors import InvalidInput
from caseapp.services import offices
from caseapp.services.cases import move_case
from caseapp.services.offices import OfficeInfo
from caseapp.services.staff import list_staff


def _shown(office: OfficeInfo) -> str:
    return office.name or "Main office (no name yet)"


def find_office(all_offices: Sequence[OfficeInfo], ref: str) -> OfficeInfo:
    """The office a person means by ``ref``: a name first, then a number, then an id."""
    wanted = " ".join(ref.split()).casefold()
    for office in all_offices:
        if office.name and office.name.casefold() == wanted:
            return office
    for office in all_offices:
        if wanted in (str(office.seq), office.office_id.casefold()):
            return office
    raise InvalidInput(
        "office",
        "There is no office named or numbered '{ref}': 'caseapp offices' lists them.",
        ref=ref,
    )


def cmd_offices(args: argparse.Namespace) -> int:
    workspace = unlock(args)
    all_offices = offices.list_offices(workspace)
    if args.json:
        rows = [{"number": o.seq, "id": o.office_id, "name": o.name} for o in all_offices]
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for office in all_offices:
            print(f"{office.seq}\t{_shown(office)}\t{office.office_id}")
    return 0


def cmd_office_add(args: argparse.Namespace) -> int:
    workspace = unlock(args)
    office_id = offices.add_office(workspace, args.name)
    office = next(o for o in offices.list_offices(workspace) if o.office_id == office_id)
    print(f"Office {office.seq} '{office.name}' added.")
    return 0


def cmd_office_rename(args: argparse.Namespace) -> int:
    workspace = unlock(args)
    office = find_office(offices.list_offices(workspace), args.office)
    offices.rename_office(workspace, office.office_id, args.name)
    renamed = next(o for o in offices.list_offices(workspace) if o.office_id == office.office_id)
    print(f"Office {renamed.seq} is now called '{renamed.name}'.")
    return 0


def cmd_staff_offices(args: argparse.Namespace) -> int:
    workspace = unlock(args)
    account = next((a for a in list_staff(workspace) if a.username == args.username), None)
    if account is None:
        raise InvalidInput("user", "There is no user '{name}'.", name=args.username)
    all_offices = offices.list_offices(workspace)
    chosen = [find_office(all_offices, ref) for ref in args.offices]
    offices.set_staff_offices(workspace, account.staff_id, [o.office_id for o in chosen])
    names = ", ".join(_shown(o) for o in sorted(set(chosen), key=lambda o: o.seq))
    print(f"{account.username} works in: {names}.")
    return 0


def cmd_move_case(args: argparse.Namespace) -> int:
    workspace = unlock(args)
    office = find_office(offices.list_offices(workspace), args.office)
    move_case(workspace, args.case, office.office_id)
    print(f"Case {args.case} is now in office {office.seq} '{_shown(office)}'.")
    return 0


def add_commands(command: Command) -> None:
    """Register the office commands with ``build_parser``'s ``command`` helper."""
    p = command("offices", cmd_offices, "list the organisation's offices")
    p.add_argument("--json", action="store_true")
    p = command("office-add", cmd_office_add, "add an office (administrators)")
    p.add_argument("name", help="the new office's name")
    p = command("office-rename", cmd_office_rename, "rename an office (administrators)")
    p.add_argument("--office", required=True, help="the office: its name, number or id")
    p.add_argument("name", help="the new name")
    p = command(
        "staff-offices",
        cmd_staff_offices,
        "choose the offices a staff member works in (administrators)",
    )
    p.add_argument("username", help="the staff member's user name")
    p.add_argument("offices", nargs="+", metavar="OFFICE", help="an office's name, number or id")
    p = command("move-case", cmd_move_case, "move a case to another office (administrators)")
    p.add_argument("--case", required=True, help="case number")
    p.add_argument("--office", required=True, help="the office: its name, number or id")
