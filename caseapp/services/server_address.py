"""The server this computer connects to, remembered per machine, never with a password.

An organisation with several offices keeps its database on a PostgreSQL server; each computer
remembers the server's address (``postgresql://user@host/dbname``) in a small file in the user's
configuration folder, so the unlock screen can offer it. The database password is never written:
an address that holds one is refused (or, when asked, stored without it), and libpq finds the
password in the PostgreSQL password file (``~/.pgpass``, ``PGPASSFILE``) or the person types it,
for this run only.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import make_url

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services.errors import InvalidInput, OperationFailed
from caseapp.storage.engine import (
    SERVER_DRIVER,
    UnsupportedDatabase,
    database_url,
    has_password,
    is_server,
    is_url,
    server_parts,
    without_password,
)

FILE_NAME = "server.json"

PASSWORD_IN_ADDRESS = QT_TRANSLATE_NOOP(
    "errors",
    "The address holds a password, and caseapp never stores passwords: leave it out "
    "(postgresql://user@host/dbname) and put it in the PostgreSQL password file (~/.pgpass), "
    "or type it when asked.",
)
NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "errors",
    "That is not a PostgreSQL server's address; it looks like postgresql://user@host/dbname.",
)


def config_folder() -> Path:
    return Path(platformdirs.user_config_dir("caseapp", appauthor=False))


def write_private_json(folder: Path, name: str, data: object) -> None:
    """Replace ``folder/name`` with ``data`` as JSON, readable by this user only, whole or not at
    all (written beside it, then renamed). OSError when it cannot be written."""
    temp = folder / (name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, folder / name)
    except OSError:
        temp.unlink(missing_ok=True)
        raise


def check_server_url(url: str, *, strip_password: bool = False) -> str:
    """The address in its normal form (psycopg 3 driver), without a password. An address with a
    password is refused, or with ``strip_password`` returned without it."""
    url = url.strip()
    try:
        normal = database_url(url) if is_url(url) else None
    except UnsupportedDatabase:
        normal = None
    if normal is None or not is_server(normal) or not make_url(normal).database:
        raise InvalidInput("server", NOT_A_SERVER)
    if has_password(normal):
        if not strip_password:
            raise InvalidInput("server", PASSWORD_IN_ADDRESS)
        normal = without_password(normal)
    return normal


def server_place(target: str | None) -> tuple[str, str] | None:
    """``(database, host)`` of a server's address, for saying where the program is (no user, no
    password); None for a data folder or anything that is not a server's address."""
    if not target or not is_url(target):
        return None
    try:
        url = database_url(target)
    except UnsupportedDatabase:
        return None
    return server_parts(url) if is_server(url) else None


def shown_address(url: str) -> str:
    """A server's address as a person writes it (``postgresql://user@host/dbname``), without a
    password."""
    parsed = make_url(without_password(database_url(url)))
    if parsed.drivername == SERVER_DRIVER:
        parsed = parsed.set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


def remember_server_url(
    url: str, *, strip_password: bool = False, folder: Path | None = None
) -> str:
    """Remember the server for this computer (written only to this user's configuration folder,
    readable by this user only); returns the address as stored."""
    normal = check_server_url(url, strip_password=strip_password)
    try:
        write_private_json(folder or config_folder(), FILE_NAME, {"server": normal})
    except OSError:
        raise OperationFailed(
            QT_TRANSLATE_NOOP("errors", "The server's address could not be saved on this computer.")
        ) from None
    return normal


def remembered_server_url(folder: Path | None = None) -> str | None:
    """The remembered address, or None. A password found in the file (put there by hand) is
    dropped, never used."""
    path = (folder or config_folder()) / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("server") if isinstance(data, dict) else None
    if not isinstance(url, str):
        return None
    try:
        return check_server_url(url, strip_password=True)
    except InvalidInput:
        return None


def forget_server_url(folder: Path | None = None) -> None:
    (folder or config_folder()).joinpath(FILE_NAME).unlink(missing_ok=True)
