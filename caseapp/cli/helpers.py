"""What every command shares: reading a password or the recovery key, opening and unlocking the
database (every one opened is closed when the command ends), and the exit codes."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from caseapp.domain.errors import InvalidInput
from caseapp.services import workspace as ws
from caseapp.services.storage_errors import ServerPasswordNeeded

if TYPE_CHECKING:
    from caseapp.storage.database import Database

Command = Callable[..., argparse.ArgumentParser]

EXIT_FAILED, EXIT_BAD_INPUT = 1, 2


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def read_password(
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


def with_server_password(target: str, args: argparse.Namespace) -> str:
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


opened: list[Database] = []  # closed when the command ends, whatever way it ends


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    db = ws.open_database(with_server_password(args.db, args), create=create)
    opened.append(db)
    return db


def unlock(args: argparse.Namespace) -> ws.Workspace:
    db = open_db(args)
    workspace = ws.unlock(db, args.user, read_password(args))
    compare_anchor(workspace)
    return workspace


def compare_anchor(workspace: ws.Workspace) -> None:
    """As the desktop program does at each unlock: compare the audit log with what this computer
    saw last, say once (on standard error) when it is shorter or rewritten, and remember it."""
    from caseapp.cli.language import translated
    from caseapp.services.audit_anchor import accept_anchor, remember_anchor
    from caseapp.services.server_address import config_folder

    finding = remember_anchor(workspace, config_folder())
    if finding is not None:
        print(f"caseapp: {translated(finding.template, finding.params)}", file=sys.stderr)
        accept_anchor(workspace, config_folder())


def read_recovery_key(args: argparse.Namespace) -> str:
    if args.recovery_key_stdin:
        line = sys.stdin.readline()
        if not line.strip():
            raise InvalidInput("recovery_key", "No recovery key was given on standard input.")
        return line.strip()
    if not sys.stdin.isatty():
        raise InvalidInput(
            "recovery_key",
            "No terminal to ask for the recovery key: use --recovery-key-stdin.",
        )
    return getpass.getpass("Recovery key: ")
