"""A letter saved to a file either exists or takes no number.

The PDF is written to a hidden temporary file in the target's folder and flushed to disk before
its register entry commits; if that fails (a full disk, a read-only folder) the transaction is
rolled back and nothing is registered. Once committed, the file is renamed into place. The
temporary file is named ``.caseapp-letter-<random>.part``: no name, no case number.

A program killed on the way leaves such a file behind. The next letter saved in that folder
tidies up: a file the register knows (killed after the commit, before the rename) is kept as
``letter-<number>.pdf``; any other is removed. A file that another program is writing right now
is left alone: it is locked while written, and young.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import IO, Final

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.letters.builders import LetterOptions
from caseapp.services.errors import OperationFailed
from caseapp.services.letter_register import find_in_register
from caseapp.services.letters import IssuedLetter, issue_letter
from caseapp.services.workspace import Workspace

PREFIX: Final = ".caseapp-letter-"
SUFFIX: Final = ".part"
STALE_AFTER_SECONDS: Final = 60.0
"""A temporary letter file younger than this may belong to a program still writing it."""


class LetterNotWritten(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The letter could not be written in that folder ({reason}): it was not registered and "
        "took no number.",
    )


class LetterNotRenamed(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Letter {number} was registered and written to {part}, but could not be renamed to the "
        "chosen file ({reason}): rename it by hand.",
    )


def _lock(handle: IO[bytes], wait: bool) -> bool:
    """An exclusive lock on the open file (POSIX); False when another process holds it."""
    if sys.platform == "win32":  # an open file cannot be removed there: nothing to lock
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder handles to sync)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _recovered_name(folder: Path, number: str) -> Path | None:
    safe = re.sub(r"[^0-9A-Za-z]+", "-", number).strip("-") or "letter"
    path = folder / f"letter-{safe}.pdf"
    return None if path.exists() else path


def tidy_folder(workspace: Workspace, folder: Path, *, now: float | None = None) -> list[Path]:
    """Deal with temporary letter files that a killed program left in `folder`: a registered
    letter is renamed to ``letter-<number>.pdf`` (returned), anything else removed."""
    now = time.time() if now is None else now
    kept: list[Path] = []
    for part in sorted(folder.glob(f"{PREFIX}*{SUFFIX}")):
        with contextlib.suppress(OSError):
            if now - part.stat().st_mtime < STALE_AFTER_SECONDS:
                continue
            with part.open("rb") as handle:
                if not _lock(handle, wait=False):
                    continue  # another program is writing it
                data = handle.read()
            entry = find_in_register(workspace, data) if data else None
            target = _recovered_name(folder, entry.number) if entry is not None else None
            if target is not None:
                os.replace(part, target)
                kept.append(target)
            else:
                part.unlink()
    return kept


class _PartFile:
    """The hidden temporary file in the target's folder, locked while it is written."""

    def __init__(self, folder: Path) -> None:
        try:
            fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=SUFFIX, dir=folder)
        except OSError as exc:
            raise LetterNotWritten(reason=exc.strerror or type(exc).__name__) from None
        self.path = Path(name)
        self.handle = os.fdopen(fd, "wb")
        _lock(self.handle, wait=True)

    def write(self, letter: IssuedLetter) -> None:
        try:
            self.handle.write(letter.pdf)
            self.handle.flush()
            os.fsync(self.handle.fileno())
        except OSError as exc:
            raise LetterNotWritten(reason=exc.strerror or type(exc).__name__) from None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.handle.close()

    def discard(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)


def save_letter(
    workspace: Workspace,
    target: Path,
    number: str,
    kind: LetterKind | str,
    lang: str,
    *,
    on: date | None = None,
    override_reason: str | None = None,
    options: LetterOptions | None = None,
    font: str | os.PathLike[str] | None = None,
) -> tuple[IssuedLetter, list[Path]]:
    """Issue a letter (see `issue_letter`) straight into the file `target`: written and flushed
    to disk before the register entry commits, renamed into place after. Returns the letter, and
    the letters recovered from an earlier run's leftovers in the same folder (`tidy_folder`)."""
    folder = target.parent
    recovered = tidy_folder(workspace, folder)
    part = _PartFile(folder)
    try:
        letter = issue_letter(
            workspace,
            number,
            kind,
            lang,
            on=on,
            override_reason=override_reason,
            options=options,
            font=font,
            before_commit=part.write,
        )
    except BaseException:
        part.discard()
        raise
    part.close()
    try:
        os.replace(part.path, target)
    except OSError as exc:
        raise LetterNotRenamed(
            number=letter.register_number,
            part=str(part.path),
            reason=exc.strerror or type(exc).__name__,
        ) from None
    with contextlib.suppress(OSError):
        _sync_folder(folder)
    return letter, recovered
