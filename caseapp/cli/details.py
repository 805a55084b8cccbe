"""What letters print, set from the command line: the organisation's details (administrators)
and one's own name, position and phone as a letter's executor; and the organisation's thresholds:
the risk assessment's scores for a medium and a high risk, and the smallest count reports show.

Without a setting each command shows the details; with ``--json`` as an object.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, fields

from caseapp.cli.helpers import Command, unlock
from caseapp.domain.risk import MAX_SCORE
from caseapp.domain.statistics import MAX_THRESHOLD, MIN_THRESHOLD
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.staff import get_staff_details, update_staff_details
from caseapp.services.workspace import OrganisationDetails

# The option of each organisation field, in the order they are shown.
_ORG_OPTIONS = {
    "name_ru": "--name-ru",
    "name_kk": "--name-kk",
    "name_en": "--name-en",
    "address": "--address-ru",
    "address_kk": "--address-kk",
    "address_en": "--address-en",
    "phone": "--phone",
    "bin": "--bin",
    "director": "--director",
}
_ORG_JSON = {"address": "address_ru"}  # the Russian address is `address` in the database
# The organisation's thresholds: the setting's name, its option and its name in the output.
_THRESHOLDS = (
    ("risk_medium_at", "--risk-medium", "risk_medium"),
    ("risk_high_at", "--risk-high", "risk_high"),
    ("report_threshold", "--report-threshold", "report_threshold"),
)


def _show(values: dict[str, str | int], as_json: bool) -> None:
    if as_json:
        print(json.dumps(values, ensure_ascii=False))
        return
    width = max(len(k) for k in values)
    for key, value in values.items():
        print(f"{key:<{width}}  {value}")


def cmd_organisation(args: argparse.Namespace) -> int:
    workspace = unlock(args)
    settings = get_settings(workspace)
    changes = {
        field: getattr(args, field) for field in _ORG_OPTIONS if getattr(args, field) is not None
    }
    numbers = {
        setting: getattr(args, setting)
        for setting, _, _ in _THRESHOLDS
        if getattr(args, setting) is not None
    }
    if changes or numbers:
        details = OrganisationDetails(**{**asdict(settings.details), **changes})
        settings.details = details
        for setting, value in numbers.items():
            setattr(settings, setting, value)
        # administrators only; checks the BIN, medium below high within the score's range, and
        # the reports' threshold; nothing is changed when one is wrong
        update_settings(workspace, settings)
        settings = get_settings(workspace)
    values: dict[str, str | int] = {
        _ORG_JSON.get(f.name, f.name): getattr(settings.details, f.name)
        for f in fields(OrganisationDetails)
    }
    values.update({shown: getattr(settings, setting) for setting, _, shown in _THRESHOLDS})
    _show(values, args.json)
    return 0


def cmd_my_details(args: argparse.Namespace) -> int:
    workspace = unlock(args)
    mine = get_staff_details(workspace)
    if any(v is not None for v in (args.full_name, args.position, args.phone)):
        update_staff_details(
            workspace,
            mine.staff_id,
            full_name=mine.full_name if args.full_name is None else args.full_name,
            position=mine.position if args.position is None else args.position,
            phone=mine.phone if args.phone is None else args.phone,
        )
        mine = get_staff_details(workspace)
    values: dict[str, str | int] = {
        "user": mine.username,
        "full_name": mine.full_name,
        "position": mine.position,
        "phone": mine.phone,
    }
    _show(values, args.json)
    return 0


def add_commands(command: Command) -> None:
    p = command(
        "organisation",
        cmd_organisation,
        "show or set the organisation's details that letters print, the risk thresholds and "
        "the smallest count reports show (administrators set them)",
    )
    for field, option in _ORG_OPTIONS.items():
        p.add_argument(option, dest=field, metavar="T")
    p.add_argument(
        "--risk-medium", dest="risk_medium_at", type=int, metavar="N",
        help=f"the score from which a risk assessment is medium (1 to {MAX_SCORE - 1})",
    )  # fmt: skip
    p.add_argument(
        "--risk-high", dest="risk_high_at", type=int, metavar="N",
        help=f"the score from which it is high (above --risk-medium, at most {MAX_SCORE})",
    )  # fmt: skip
    p.add_argument(
        "--report-threshold", dest="report_threshold", type=int, metavar="N",
        help=f"reports show a smaller count as '<N' ({MIN_THRESHOLD} to {MAX_THRESHOLD})",
    )  # fmt: skip
    p.add_argument("--json", action="store_true")
    p = command(
        "my-details",
        cmd_my_details,
        "show or set your full name, position and phone, which letters print as the executor",
    )
    p.add_argument("--full-name", metavar="T")
    p.add_argument("--position", metavar="T")
    p.add_argument("--phone", metavar="T")
    p.add_argument("--json", action="store_true")
