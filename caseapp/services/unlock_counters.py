"""Wrong passwords, counted twice: in the account's row (shared by every computer) and on this
computer, outside the database. The wait follows the larger count, so deleting the counter from
the file does not make guessing faster on this computer. Accounts are named by their random id,
never by what was typed."""

from __future__ import annotations

import json
import math
from contextlib import suppress

from sqlalchemy.orm import Session

from caseapp.domain.security import unlock_delay_seconds
from caseapp.services import storage_errors
from caseapp.services.errors import OperationFailed
from caseapp.services.server_address import config_folder, write_private_json
from caseapp.storage.database import Database
from caseapp.storage.models import Staff

FILE_NAME = "unlock-failures.json"


def _read() -> dict[str, dict[str, list[float]]]:
    try:
        data = json.loads((config_folder() / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _local(database_id: str, staff_id: str) -> tuple[int, float]:
    entry = _read().get(database_id, {})
    value = entry.get(staff_id) if isinstance(entry, dict) else None
    if isinstance(value, list) and len(value) == 2:
        with suppress(TypeError, ValueError):
            return int(value[0]), float(value[1])
    return 0, 0.0


def _store(database_id: str, staff_id: str, value: tuple[int, float] | None) -> None:
    data = _read()
    accounts = data.setdefault(database_id, {})
    if not isinstance(accounts, dict):
        accounts = data[database_id] = {}
    if value is None:
        if staff_id not in accounts:
            return
        del accounts[staff_id]
    else:
        accounts[staff_id] = [value[0], value[1]]
    with suppress(OSError):  # a configuration folder that cannot be written keeps the database's
        write_private_json(config_folder(), FILE_NAME, data)


def seconds_to_wait(
    database_id: str, staff_id: str, counted: tuple[int, float | None], now: float
) -> int:
    local_count, local_last = _local(database_id, staff_id)
    count = max(counted[0] or 0, local_count)
    last = max(counted[1] or 0.0, local_last)
    delay = unlock_delay_seconds(count)
    if not delay or not last:
        return 0
    return max(0, math.ceil(last + delay - now))


def record_failure(db: Database, database_id: str, staff_id: str, now: float) -> None:
    """One more wrong password, in a short transaction of its own after the key derivation."""
    count, _ = _local(database_id, staff_id)
    try:
        with storage_errors.translated(db.server or ""), db.transaction() as session:
            staff = session.get(Staff, staff_id)
            if staff is not None:
                staff.failed_unlocks = (staff.failed_unlocks or 0) + 1
                staff.last_failed_at = now
                count = max(count, staff.failed_unlocks - 1)
    except OperationFailed:
        pass  # read-only or full: this computer's count still grows
    _store(database_id, staff_id, (count + 1, now))


def reset(session: Session, staff_id: str) -> None:
    staff = session.get(Staff, staff_id)
    if staff is not None and (staff.failed_unlocks or staff.last_failed_at is not None):
        staff.failed_unlocks, staff.last_failed_at = 0, None


def forget(database_id: str, staff_id: str) -> None:
    if _local(database_id, staff_id) != (0, 0.0):
        _store(database_id, staff_id, None)
