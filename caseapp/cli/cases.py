"""The day's commands: a new database, the demo, import, search, reminders and letters."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from caseapp.cli.helpers import Command, UsageError, open_db, read_password, unlock
from caseapp.domain.dates import parse_date
from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import InvalidInput
from caseapp.domain.letters import ALIASES
from caseapp.services import workspace as ws
from caseapp.services.demo import DEMO_PASSWORD, DEMO_USER, create_demo
from caseapp.services.importer import import_cases, read_import_file
from caseapp.services.search import search_cases


def cmd_init(args: argparse.Namespace) -> int:
    password = read_password(args, "New password for the administrator: ", confirm=True)
    db = open_db(args, create=True)
    _, recovery_key = ws.initialise(
        db, ws.OrganisationDetails(name_ru=args.org), args.user, password
    )
    print("The database is ready.")
    print("Recovery key (shown only this once; print it and keep it locked away):")
    print()
    print("    " + recovery_key)
    print()
    print("With it the director can set a new password when all passwords are lost.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if args.cases < 0 or args.cases > 1_000_000:
        raise InvalidInput("cases", "--cases must be between 0 and 1000000.")
    db = open_db(args, create=True)
    create_demo(db, cases=args.cases, seed=args.seed)
    print(
        f"Demo database with {args.cases} fictitious cases in two offices. "
        f"User '{DEMO_USER}', password '{DEMO_PASSWORD}' (administrator); also 'worker.demo' / "
        "'demo-worker' (case worker at the branch) and 'lawyer.demo' / 'demo-lawyer'."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    workspace = unlock(args)
    records = read_import_file(Path(args.file))
    numbers = import_cases(workspace, records)
    print(f"Imported {len(numbers)} cases.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    workspace = unlock(args)
    hits = search_cases(workspace, args.query)
    if args.json:
        print(json.dumps([h.as_json() for h in hits], ensure_ascii=False))
    else:
        for hit in hits:
            print(f"{hit.number}\t{hit.client}")
        if not hits:
            print("No case found.", file=sys.stderr)
    return 0


def cmd_reminders(args: argparse.Namespace) -> int:
    from caseapp.services.reminders import format_table, reminders_for_day

    workspace = unlock(args)
    today = date.today()
    if args.today is not None:  # an empty --today is a bad date, not "today"
        try:
            today = parse_date(args.today, "today")
        except InvalidInput:  # strict: date.fromisoformat also takes 20260301 and 2026-W10-1
            raise InvalidInput("today", "--today must be a date in the form YYYY-MM-DD.") from None
    reminders = reminders_for_day(workspace, today)
    if args.json:
        print(json.dumps([r.as_json() for r in reminders], ensure_ascii=False))
    else:
        print(format_table(reminders, today))
    return 0


def _cli_date(value: str, field: str, option: str) -> date:
    try:
        return parse_date(value, field)
    except InvalidInput:
        raise InvalidInput(
            field, "{option} must be a date in the form YYYY-MM-DD.", option=option
        ) from None


def cmd_letter(args: argparse.Namespace) -> int:
    from caseapp.letters.builders import LetterOptions
    from caseapp.services.letter_file import save_letter

    target = Path(args.out).expanduser()
    if target.is_dir() or not target.parent.is_dir():
        raise InvalidInput("out", "--out must name a file in a folder that exists.")
    on = _cli_date(args.date, "date", "--date") if args.date is not None else None
    reply_date = (
        _cli_date(args.reply_date, "reply_date", "--reply-date") if args.reply_date else None
    )
    if args.to is not None and args.addressee is not None:
        raise UsageError("give --to or --addressee, not both")
    options = LetterOptions(
        addressee=(args.to or "").replace("\\n", "\n"),
        reply_number=args.reply_number or "",
        reply_date=reply_date,
        attachments=tuple(args.attach or ()),
        paragraph=args.paragraph or "",
        court_case=args.court_case or "",
    )
    workspace = unlock(args)
    if args.addressee is not None:
        from caseapp.services.address_book import entry_block

        options = replace(options, addressee=entry_block(workspace, args.addressee, args.lang))
    letter, recovered = save_letter(
        workspace,
        target,
        args.case,
        args.kind,
        args.lang,
        on=on,
        override_reason=args.override_reason,
        options=options,
        font=args.font,
    )
    for path in recovered:
        print(f"A letter an interrupted run had left unnamed was kept as {path}.")
    print(f"Letter {letter.register_number} saved to {target} (SHA-256 {letter.sha256}).")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from caseapp.ui.app import run

    return run(args.db, check_window=args.check_window)


def add_commands(command: Command) -> None:
    """Register these commands with ``build_parser``'s ``command`` helper."""
    p = command("init", cmd_init, "create a new database; prints the recovery key once")
    p.add_argument("--org", required=True, help="organisation name")
    p = command(
        "demo",
        cmd_demo,
        "create a fictitious demo database (user demo, password demo)",
        user=False,
    )
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p = command("import", cmd_import, "import a caseapp-cases/1 file, all or nothing")
    p.add_argument("file")
    p = command("search", cmd_search, "find cases by name, alias, IIN, phone or case number")
    p.add_argument("--json", action="store_true")
    p.add_argument("query")
    p = command("reminders", cmd_reminders, "what is due or overdue")
    p.add_argument("--today", help="replay a day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")
    p = command("letter", cmd_letter, "issue a referral letter as a PDF, numbered in the register")
    p.add_argument("--case", required=True, help="case number")
    p.add_argument("--kind", required=True, choices=[*(k.value for k in LetterKind), *ALIASES])
    p.add_argument("--lang", required=True, choices=["ru", "kk", "en"])
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--date", help="the letter's date (YYYY-MM-DD), today by default")
    p.add_argument("--to", help="the addressee as it is to print (\\n between lines)")
    p.add_argument(
        "--addressee",
        metavar="ID",
        help="an address book entry ('caseapp addressees' lists them), printed in --lang",
    )
    p.add_argument("--reply-number", help="the number of the letter this one answers")
    p.add_argument("--reply-date", help="the date of the letter this one answers (YYYY-MM-DD)")
    p.add_argument("--attach", action="append", help="an attachment to list (repeatable)")
    p.add_argument("--paragraph", help="a paragraph written for this case, printed as written")
    p.add_argument("--court-case", help="the court case number (court_requirements)")
    p.add_argument(
        "--override-reason",
        help="emergency override without consent (threat to life): the written reason",
    )
    p.add_argument(
        "--font",
        help="a TrueType font with every Kazakh letter instead of the Liberation Serif that "
        "ships with caseapp (its bold and italic files are found beside it by name)",
    )
