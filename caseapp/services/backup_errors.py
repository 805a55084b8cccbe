"""What a person is told when a backup cannot be made, read or restored: one sentence each."""

from __future__ import annotations

import errno

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services.errors import OperationFailed
from caseapp.storage import backup as fmt


class NotABackup(OperationFailed):
    template = QT_TRANSLATE_NOOP("errors", "This file is not a caseapp backup.")


class DamagedBackup(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup file is damaged, cut short or was altered, so nothing was restored.",
    )


class NewerBackup(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This backup was made by a newer version of caseapp; update caseapp to restore it.",
    )


class WrongRecoveryKey(OperationFailed):
    template = QT_TRANSLATE_NOOP("errors", "The recovery key does not open this backup.")


class WrongBackupPassword(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The user name or password does not open this backup (only the passwords administrators "
        "had when it was made do).",
    )


class ForeignBackup(OperationFailed):
    template = QT_TRANSLATE_NOOP("errors", "This backup belongs to another database.")


class DatabaseExists(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "There is already a caseapp database in that folder; restore into a new, empty folder, "
        "as a restore never overwrites a database.",
    )


class BackupFileExists(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "A file of that name exists already; choose another name for the backup."
    )


class NotEnoughSpace(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is not enough space on that disk, so nothing was written."
    )


class FolderNotWritable(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "You may not write to that folder; choose another place, nothing was written."
    )


class FileNotWritten(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "The file could not be written there; choose another place, nothing was written."
    )


class BackupUnreadable(OperationFailed):
    template = QT_TRANSLATE_NOOP("errors", "The backup file cannot be read.")


class ServerDatabase(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "A database on a server is backed up with the server's own tools; this backup is for a "
        "database in a data folder.",
    )


def format_failure(exc: fmt.BackupFormatError) -> OperationFailed:
    if exc.reason == "not_backup":
        return NotABackup()
    if exc.reason == "version":
        return NewerBackup()
    return DamagedBackup()


def write_failure(exc: OSError) -> OperationFailed:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return NotEnoughSpace()
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FolderNotWritable()
    return FileNotWritten()
