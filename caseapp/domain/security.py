"""Rules about unlocking that do not depend on storage."""

from __future__ import annotations

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300
MIN_PASSWORD_LENGTH = 8


def unlock_delay_seconds(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passwords in a row: none for the first three,
    then doubling from 2 s up to five minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1)))


def password_problem(password: str) -> str | None:
    """Why a new password is too weak, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "short"
    if len(set(password)) < 4:
        return "repetitive"
    return None
