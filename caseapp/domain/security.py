"""Rules about unlocking that do not depend on storage."""

from __future__ import annotations

import re
from functools import cache

from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300
MIN_PASSWORD_LENGTH = 10
_TRAILING = re.compile(r"[\W\d_]+$")


@cache
def common_passwords() -> frozenset[str]:
    """The 30,000 commonest passwords, from the list zxcvbn (Dropbox's password-strength
    estimator) ships and keeps, lower-cased."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(word.lower() for word in FREQUENCY_LISTS["passwords"])


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
    folded = password.strip().lower()
    stem = _TRAILING.sub("", folded)  # "Qwerty123456!" is "qwerty" with digits
    common = common_passwords()
    if folded in common or folded.replace(" ", "") in common or (len(stem) >= 4 and stem in common):
        return "common"
    return None


def check_new_password(password: str) -> None:
    """One sentence when a new password is too short or too simple."""
    problem = password_problem(password)
    if problem == "short":
        raise InvalidInput(
            "password",
            QT_TRANSLATE_NOOP("errors", "The password must have at least 10 characters."),
        )
    if problem == "common":
        raise InvalidInput(
            "password",
            QT_TRANSLATE_NOOP(
                "errors",
                "This password is among the commonest ones and is guessed first: choose another, "
                "for example a few unrelated words.",
            ),
        )
    if problem:
        raise InvalidInput(
            "password",
            QT_TRANSLATE_NOOP(
                "errors", "The password is too simple: use more different characters."
            ),
        )


def check_username(username: str) -> None:
    """One sentence when a user name holds what it may not."""
    if not (1 <= len(username) <= 64) or not all(c.isalnum() or c in "._-@" for c in username):
        raise InvalidInput(
            "user",
            QT_TRANSLATE_NOOP(
                "errors", "A user name may hold only letters, digits and . _ - @ (at most 64)."
            ),
        )
