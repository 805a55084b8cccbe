"""The command line: the same services as the desktop window, headless.

Errors are one sentence on standard error, in the locale's language (``cli.language``): exit
code 2 for bad input, 1 for a failed operation. Each group of commands is a module of this package
and registers itself in ``build_parser``; what they share is in ``cli.helpers``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from caseapp import __version__
from caseapp.cli import addressees, attachments, cases, database, details, offices, reports
from caseapp.cli.helpers import EXIT_BAD_INPUT, EXIT_FAILED, Parser, UsageError, opened
from caseapp.cli.language import error_sentence
from caseapp.domain.errors import CaseappError, InvalidInput


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="caseapp", description="Case management for crisis centres.")
    parser.add_argument("--db", help="data folder or database URL (desktop window)")
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    parser.add_argument(
        "--check-window",
        action="store_true",
        help="open the desktop window and close it again: checks that it starts on this computer",
    )
    parser.set_defaults(func=cases.cmd_gui)
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    def command(
        name: str,
        func: Callable[[argparse.Namespace], int],
        help: str,
        user: bool = True,
        password: bool = True,
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
        p.add_argument("--db", required=True, help="data folder or database URL")
        if user:
            p.add_argument("--user", required=True)
        if password:
            p.add_argument(
                "--password-stdin",
                action="store_true",
                help="read the password from the first line of standard input",
            )
        p.set_defaults(func=func)
        return p

    cases.add_commands(command)
    database.add_commands(command, sub)
    offices.add_commands(command)
    reports.add_commands(command)
    attachments.add_commands(command)
    details.add_commands(command)
    addressees.add_commands(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    finally:
        # Every connection closed (and SQLite's log folded into the file) before returning:
        # a script, or a program running the command in-process, sees the file as left.
        while opened:
            opened.pop().close()


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
