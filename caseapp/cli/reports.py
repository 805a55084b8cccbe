"""``caseapp report``: the statistics of a period, counts only with small counts hidden, as a
PDF, XLSX or CSV file, or as JSON on standard output. An office is named as for ``caseapp
offices``; without ``--office`` the report covers every office (for those who see every case)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from caseapp.cli.helpers import Command, unlock
from caseapp.cli.language import language, report_words
from caseapp.cli.offices import find_office
from caseapp.domain.dates import parse_date
from caseapp.domain.errors import InvalidInput
from caseapp.domain.statistics import Period


def add_commands(command: Command) -> None:
    p = command("report", cmd_report, "statistics for a period: counts only, small ones hidden")
    p.add_argument("--from", dest="start", required=True, help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", required=True, help="last day (YYYY-MM-DD)")
    p.add_argument("--office", help="one office, by name or number (default: every office)")
    p.add_argument("--format", choices=["pdf", "xlsx", "csv"], help="the file's format")
    p.add_argument("--out", help="the file to write")
    p.add_argument("--lang", choices=["ru", "kk", "en"], help="the file's language")
    p.add_argument("--json", action="store_true", help="print the tables as JSON")


def _day(text: str, option: str) -> date:
    try:
        return parse_date(text, option)
    except InvalidInput:
        raise InvalidInput(option, f"--{option} must be a date in the form YYYY-MM-DD.") from None


def _target(args: argparse.Namespace) -> Path | None:
    if args.json:
        if args.format or args.out:
            raise InvalidInput("json", "--json prints the tables: leave out --format and --out.")
        return None
    if not args.format or not args.out:
        raise InvalidInput("format", "Say --format pdf|xlsx|csv and --out FILE, or --json.")
    target = Path(args.out).expanduser()
    if target.is_dir() or not target.parent.is_dir():
        raise InvalidInput("out", "--out must name a file in a folder that exists.")
    return target


def cmd_report(args: argparse.Namespace) -> int:
    from caseapp.services import report_files
    from caseapp.services.offices import list_offices
    from caseapp.services.reports import ReportRequest, make_report

    period = Period(_day(args.start, "from"), _day(args.end, "to"))
    target = _target(args)
    workspace = unlock(args)
    office_id = None
    if args.office is not None:
        office_id = find_office(list_offices(workspace), args.office).office_id
    report = make_report(workspace, ReportRequest(period, office_id))
    if target is None:
        print(json.dumps(report.as_json(), ensure_ascii=False))
        return 0
    lang = args.lang or language()
    text = report_files.report_text(
        report,
        report_files.letterhead(workspace, lang),
        report_words(lang),
        lang,
        date.today(),
    )
    report_files.write_file(target, report_files.render(text, args.format))
    return 0
