"""The command line: the same services as the desktop window, headless.

Errors are one sentence on standard error, in the locale's language (``cli_language``): exit
code 2 for bad input, 1 for a failed operation.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp import __version__
from caseapp.cli_language import error_sentence
from caseapp.domain.dates import parse_date
from caseapp.domain.enums import RecipientKind
from caseapp.domain.errors import CaseappError, InvalidInput
from caseapp.services import workspace as ws
from caseapp.services.demo import DEMO_PASSWORD, DEMO_USER, create_demo
from caseapp.services.importer import import_cases, read_import_file
from caseapp.services.search import search_cases
from caseapp.services.storage_errors import ServerPasswordNeeded

if TYPE_CHECKING:
    from caseapp.storage.database import Database

EXIT_FAILED, EXIT_BAD_INPUT = 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _read_password(
    args: argparse.Namespace, prompt: str = "Password: ", confirm: bool = False
) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise InvalidInput("password", "No password was given on standard input.")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InvalidInput("password", "No terminal to ask for the password: use --password-stdin.")
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the password: ") != password:
        raise InvalidInput("password", "The two passwords differ.")
    return password


def _with_server_password(target: str, args: argparse.Namespace) -> str:
    """The target, with the database account's password typed in when the server asks for one
    and the PostgreSQL password file has none; it lives in memory for this run only."""
    try:
        ws.check_server(target)  # nothing to do for a data folder
    except ServerPasswordNeeded as exc:
        if getattr(args, "password_stdin", False) or not sys.stdin.isatty():
            raise
        server = exc.params["server"]
        password = getpass.getpass(f"Password of the database account ({server}): ")
        target = ws.with_server_password(target, password)
        ws.check_server(target)
    return target


_opened: list[Database] = []  # closed when the command ends, whatever way it ends


def _open(args: argparse.Namespace, *, create: bool = False) -> Database:
    db = ws.open_database(_with_server_password(args.db, args), create=create)
    _opened.append(db)
    return db


def _unlock(args: argparse.Namespace) -> ws.Workspace:
    db = _open(args)
    return ws.unlock(db, args.user, _read_password(args))


def cmd_init(args: argparse.Namespace) -> int:
    password = _read_password(args, "New password for the administrator: ", confirm=True)
    db = _open(args, create=True)
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
    db = _open(args, create=True)
    create_demo(db, cases=args.cases, seed=args.seed)
    print(
        f"Demo database with {args.cases} fictitious cases in two offices. "
        f"User '{DEMO_USER}', password '{DEMO_PASSWORD}' (administrator); also 'worker.demo' / "
        "'demo-worker' (case worker at the branch) and 'lawyer.demo' / 'demo-lawyer'."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    workspace = _unlock(args)
    records = read_import_file(Path(args.file))
    numbers = import_cases(workspace, records)
    print(f"Imported {len(numbers)} cases.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    workspace = _unlock(args)
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

    workspace = _unlock(args)
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


def cmd_letter(args: argparse.Namespace) -> int:
    from caseapp.services.letter_file import save_letter

    target = Path(args.out).expanduser()
    if target.is_dir() or not target.parent.is_dir():
        raise InvalidInput("out", "--out must name a file in a folder that exists.")
    workspace = _unlock(args)
    letter, recovered = save_letter(
        workspace,
        target,
        args.case,
        args.kind,
        args.lang,
        override_reason=args.override_reason,
        font=args.font,
    )
    for path in recovered:
        print(f"A letter an interrupted run had left unnamed was kept as {path}.")
    print(f"Letter {letter.register_number} saved to {target} (SHA-256 {letter.sha256}).")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from caseapp.ui.app import run

    return run(args.db, check_window=args.check_window)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="caseapp", description="Case management for crisis centres.")
    parser.add_argument("--db", help="data folder or database URL (desktop window)")
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    parser.add_argument(
        "--check-window",
        action="store_true",
        help="open the desktop window and close it again: checks that it starts on this computer",
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(
        name: str, func: Callable[[argparse.Namespace], int], help: str, user: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
        p.add_argument("--db", required=True, help="data folder or database URL")
        if user:
            p.add_argument("--user", required=True)
        p.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the password from the first line of standard input",
        )
        p.set_defaults(func=func)
        return p

    p = command("init", cmd_init, "create a new database; prints the recovery key once")
    p.add_argument("--org", required=True, help="organisation name")
    p = command(
        "demo", cmd_demo, "create a fictitious demo database (user demo, password demo)", user=False
    )
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p = command("import", cmd_import, "import a caseapp-cases/1 file, all or nothing")
    p.add_argument("file")
    p = command("search", cmd_search, "find cases by name, alias, IIN or phone")
    p.add_argument("--json", action="store_true")
    p.add_argument("query")
    p = command("reminders", cmd_reminders, "what is due or overdue")
    p.add_argument("--today", help="replay a day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")
    p = command("letter", cmd_letter, "issue a referral letter as a PDF, numbered in the register")
    p.add_argument("--case", required=True, help="case number")
    p.add_argument("--kind", required=True, choices=[k.value for k in RecipientKind])
    p.add_argument("--lang", required=True, choices=["ru", "kk", "en"])
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument(
        "--override-reason",
        help="emergency override without consent (threat to life): the written reason",
    )
    p.add_argument(
        "--font",
        help="a TrueType font with every Kazakh letter instead of the Liberation Serif that "
        "ships with caseapp (its bold and italic files are found beside it by name)",
    )
    # These modules import this one: registered once it is loaded.
    from caseapp import cli_database, cli_offices

    cli_database.add_commands(command, sub)
    cli_offices.add_commands(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    finally:
        # Every connection closed (and SQLite's log folded into the file) before returning:
        # a script, or a program running the command in-process, sees the file as left.
        while _opened:
            _opened.pop().close()


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        result: int = args.func(args)
        return result
    except UsageError as exc:
        print(f"caseapp: {exc}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except InvalidInput as exc:
        print(f"caseapp: {error_sentence(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CaseappError as exc:
        print(f"caseapp: {error_sentence(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`caseapp reminders | head`): not an error of ours. Point stdout
        # at nothing so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # never a traceback, never data: the type only
        print(
            f"caseapp: an unexpected error stopped the operation ({type(exc).__name__}); "
            "nothing was changed.",
            file=sys.stderr,
        )
        return EXIT_FAILED
