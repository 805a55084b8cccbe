"""Unlock attempts under a user name with no active account behave like attempts on a real one:
the same key-derivation work, and the same growing wait after wrong passwords. Otherwise the
unlock screen would tell whoever tries which user names exist (a real one soon says "wait").

The failures of unknown names are kept in memory only, for this process: writing them to the
database would store whatever was typed into the user-name field, a password typed there by
mistake included.
"""

from __future__ import annotations

import math
import threading

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.security import unlock_delay_seconds
from caseapp.storage.crypto import KdfParams
from caseapp.storage.models import KeyWrap, Organisation, StaffKey

_lock = threading.Lock()
_failures: dict[tuple[str, str], tuple[int, float]] = {}  # (database, name) -> (count, last)


def database_key(session: Session) -> str:
    """Which database: its organisation's random id (the same database under two addresses is
    one; two databases at one address, one after the other, are two)."""
    return session.scalar(select(Organisation.id)) or ""


def _key(database: str, username: str) -> tuple[str, str]:
    return database, username.strip().casefold()


def seconds_to_wait(database: str, username: str, now: float) -> int:
    with _lock:
        count, last = _failures.get(_key(database, username), (0, 0.0))
    delay = unlock_delay_seconds(count)
    return max(0, math.ceil(last + delay - now)) if delay else 0


def record_failure(database: str, username: str, now: float) -> None:
    with _lock:
        count, _ = _failures.get(_key(database, username), (0, 0.0))
        _failures[_key(database, username)] = (count + 1, now)


def decoy_params(session: Session) -> KdfParams:
    """The key-derivation cost of a real account in this database, so a wrong name takes as long
    as a wrong password; the program's default when there is none."""
    keys = session.scalar(select(StaffKey).order_by(StaffKey.staff_id).limit(1))
    if keys is not None:
        return KdfParams(keys.kdf_iterations, keys.kdf_memory_kib, keys.kdf_lanes)
    wrap = session.scalar(  # a database of the first design
        select(KeyWrap).where(KeyWrap.kind == "password").order_by(KeyWrap.id).limit(1)
    )
    if wrap is None or not wrap.kdf_iterations:
        return KdfParams.default()
    return KdfParams(wrap.kdf_iterations, wrap.kdf_memory_kib, wrap.kdf_lanes)
