"""The database as a whole on the command line: check it, move it between a data folder and a
server, back it up and restore a backup. Each prints what it did and its integrity report."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from caseapp.cli.helpers import (
    EXIT_FAILED,
    Command,
    open_db,
    read_password,
    read_recovery_key,
    unlock,
    with_server_password,
)
from caseapp.cli.language import error_sentence
from caseapp.domain.errors import InvalidInput
from caseapp.services import at_rest, integrity
from caseapp.services import workspace as ws


def _scope(keyed: bool) -> str:
    if keyed:
        return "fields, audit chain and structure"
    return "structure only (give --user to verify every field and the audit chain)"


def cmd_check(args: argparse.Namespace) -> int:
    from caseapp.services.audit_anchor import remember_anchor
    from caseapp.services.server_address import config_folder

    # Before the database is opened here, which folds such a log into the file.
    left_beside = at_rest.log_left_beside(args.db)
    db = open_db(args)
    workspace = ws.unlock(db, args.user, read_password(args)) if args.user else None
    report = integrity.check_database(db, workspace)
    problems = list(report.problems)
    if left_beside is not None:
        problems.insert(0, error_sentence(left_beside))
    if workspace is not None:  # what this computer saw of the audit log before (any program)
        finding = remember_anchor(workspace, config_folder())
        if finding is not None:
            problems.append(finding.message)
    scope = _scope(report.keyed)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"No damage found in {report.records_checked} records ({scope}).")
        return 0
    print(f"{len(problems)} problem(s) found ({scope}).", file=sys.stderr)
    return EXIT_FAILED


def cmd_move(args: argparse.Namespace) -> int:
    from caseapp.services.move import move_database

    source = with_server_password(args.source, args)
    target = with_server_password(args.target, args)
    password = read_password(args) if args.user else None
    result = move_database(source, target, username=args.user, password=password)
    rows = sum(result.rows.values())
    print(
        f"Copied {rows} rows of {len(result.rows)} tables from {result.source} to {result.target}."
    )
    scope = _scope(result.report.keyed)
    for problem in result.report.problems:
        print(problem)
    if not result.report.ok:
        print(
            f"{len(result.report.problems)} problem(s) found in the copy ({scope}).",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(f"No damage found in the copy ({result.report.records_checked} records; {scope}).")
    print(
        f"{result.source} was left as it was: work in the copy from now on, and keep the old "
        "one only as a backup, locked away."
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from caseapp.services.backup import create_backup

    workspace = unlock(args)
    result = create_backup(workspace, Path(args.out).expanduser())
    print(f"Backup written to {result.path} ({result.info.file_size / 1_048_576:.1f} MiB).")
    print(
        "It opens with the recovery key or an administrator's password: "
        "keep it away from this computer."
    )
    if not result.recorded:
        print(
            "caseapp: The backup is complete, but its date could not be recorded.", file=sys.stderr
        )
    return 0


def cmd_reset_password(args: argparse.Namespace) -> int:
    """When every password is lost: the recovery key, then the administrator's new password,
    one per line on standard input (or asked for at the terminal)."""
    from caseapp.services.accounts import reset_password_with_recovery

    db = open_db(args)
    recovery_key = read_recovery_key(args)
    if args.recovery_key_stdin:
        line = sys.stdin.readline()
        if not line.rstrip("\r\n"):
            raise InvalidInput("password", "No new password was given on standard input.")
        password = line.rstrip("\r\n")
    else:
        password = getpass.getpass("New password: ")
        if getpass.getpass("Repeat the password: ") != password:
            raise InvalidInput("password", "The two passwords differ.")
    reset_password_with_recovery(db, recovery_key, args.user, password)
    print(f"{args.user} has a new password; her old one no longer opens anything.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from caseapp.services.audit_anchor import forget_anchor
    from caseapp.services.backup_restore import restore_backup
    from caseapp.services.server_address import config_folder

    if args.user and args.recovery_key_stdin:
        raise InvalidInput("user", "Give either --recovery-key-stdin or --user, not both.")
    if args.user:
        password = read_password(args)
        result = restore_backup(args.file, args.db, username=args.user, password=password)
    else:
        result = restore_backup(args.file, args.db, recovery_key=read_recovery_key(args))
    forget_anchor(result.info.database_id, config_folder())  # the older audit log is expected
    made = result.info.created_at.strftime("%Y-%m-%d %H:%M UTC")
    print(f"Restored the backup of {made} into {result.folder}.")
    for problem in result.report.problems:
        print(problem)
    if result.report.ok:
        print(f"No damage found in {result.report.records_checked} records.")
        return 0
    print(f"{len(result.report.problems)} problem(s) found in the restored copy.", file=sys.stderr)
    return EXIT_FAILED


def add_commands(command: Command, sub: argparse._SubParsersAction[Any]) -> None:
    """Register these commands with ``build_parser``'s ``command`` helper and subparsers."""
    p = command("check", cmd_check, "integrity report; exit 1 on damage", user=False)
    p.add_argument("--user", help="unlock to verify every field and the audit chain")
    p = sub.add_parser(
        "move",
        help="copy a database from a data folder to an empty PostgreSQL database, or back into a "
        "new folder, then check the copy",
    )
    p.add_argument("--from", dest="source", required=True, help="data folder or database URL")
    p.add_argument("--to", dest="target", required=True, help="database URL or a new data folder")
    p.add_argument("--user", help="a user of the database, to check every field of the copy")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    p.set_defaults(func=cmd_move)
    p = command("backup", cmd_backup, "write an encrypted backup of the whole database")
    p.add_argument("--out", required=True, help="the backup file to write (not replaced)")
    p = command(
        "reset-password",
        cmd_reset_password,
        "the recovery key sets a new password for an administrator (every password lost)",
        password=False,
    )
    p.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help="read the recovery key, then the new password, one per line from standard input",
    )
    p = command(
        "restore", cmd_restore, "restore a backup into a new folder, then check it", user=False
    )
    p.add_argument("file", help="the backup file")
    p.add_argument("--user", help="an administrator at the time of the backup")
    p.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help="read the recovery key from the first line of standard input",
    )
