"""The sentences a person sees when a service refuses."""

from __future__ import annotations

from caseapp.domain.errors import QT_TRANSLATE_NOOP, CaseappError, InvalidInput, OperationFailed

__all__ = [
    "AccessDenied",
    "CaseappError",
    "DamagedDatabase",
    "DamagedRecord",
    "InvalidInput",
    "NotFound",
    "OperationFailed",
    "TooManyAttempts",
    "VersionConflict",
    "WrongCredentials",
]


class WrongCredentials(OperationFailed):
    template = QT_TRANSLATE_NOOP("errors", "The user name or password is wrong.")


class TooManyAttempts(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "Too many wrong passwords: wait {seconds} s, then try again."
    )


class AccessDenied(OperationFailed):
    template = QT_TRANSLATE_NOOP("errors", "Your account is not allowed to do this.")


class NotFound(OperationFailed):
    template = QT_TRANSLATE_NOOP("errors", "There is no case {number}.")


class VersionConflict(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "This case was changed by {who} at {when}: reload it and make your change again."
    )


class DamagedRecord(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "Record {record} is damaged: its field '{column}' cannot be decrypted."
    )


class DamagedDatabase(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "The database file is damaged or is not a caseapp database."
    )
