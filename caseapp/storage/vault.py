"""The key vault: the data key wrapped once per account password and once for the recovery key.

Changing a password rewraps the data key; no data is re-encrypted.
"""

from __future__ import annotations

import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.storage.crypto import (
    DecryptionFailed,
    KdfParams,
    derive_password_key,
    recovery_key_bytes,
    recovery_wrapping_key,
    unwrap_key,
    wrap_key,
)
from caseapp.storage.models import KeyWrap

PASSWORD = "password"
RECOVERY = "recovery"


def _context(kind: str, staff_id: str | None) -> bytes:
    return f"{kind}\0{staff_id or ''}".encode()


def set_password_wrap(
    session: Session, staff_id: str, data_key: bytes, password: str, params: KdfParams
) -> None:
    """Wrap the data key for an account, replacing any earlier wrap of that account."""
    salt = os.urandom(16)
    wrapped = wrap_key(
        derive_password_key(password, salt, params), data_key, _context(PASSWORD, staff_id)
    )
    wrap = session.scalar(select(KeyWrap).where(KeyWrap.staff_id == staff_id))
    if wrap is None:
        wrap = KeyWrap(kind=PASSWORD, staff_id=staff_id)
        session.add(wrap)
    wrap.salt = salt
    wrap.kdf_iterations = params.iterations
    wrap.kdf_memory_kib = params.memory_kib
    wrap.kdf_lanes = params.lanes
    wrap.wrapped_key = wrapped


def set_recovery_wrap(session: Session, data_key: bytes, recovery_key: str) -> None:
    raw = recovery_key_bytes(recovery_key)
    if raw is None:
        raise ValueError("malformed recovery key")
    wrapped = wrap_key(recovery_wrapping_key(raw), data_key, _context(RECOVERY, None))
    wrap = session.scalar(select(KeyWrap).where(KeyWrap.kind == RECOVERY))
    if wrap is None:
        wrap = KeyWrap(kind=RECOVERY, staff_id=None, salt=b"")
        session.add(wrap)
    wrap.wrapped_key = wrapped


def unwrap_with_password(session: Session, staff_id: str, password: str) -> bytes:
    """The data key, or DecryptionFailed when the password is wrong."""
    wrap = session.scalar(select(KeyWrap).where(KeyWrap.staff_id == staff_id))
    if wrap is None:
        raise DecryptionFailed("no key wrap for this account")
    params = KdfParams(wrap.kdf_iterations, wrap.kdf_memory_kib, wrap.kdf_lanes)
    key = derive_password_key(password, wrap.salt, params)
    return unwrap_key(key, wrap.wrapped_key, _context(PASSWORD, staff_id))


def unwrap_with_recovery(session: Session, recovery_key: str) -> bytes:
    raw = recovery_key_bytes(recovery_key)
    wrap = session.scalar(select(KeyWrap).where(KeyWrap.kind == RECOVERY))
    if raw is None or wrap is None:
        raise DecryptionFailed("recovery key does not fit")
    return unwrap_key(recovery_wrapping_key(raw), wrap.wrapped_key, _context(RECOVERY, None))
