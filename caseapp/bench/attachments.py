"""Files kept with a case, measured: opening a case with ten attached files (their sealed names
listed, no content opened) and adding a 20 MB file, each beside plain SQLite doing the same work
(the case's rows and its files' names, sizes and types; one 20 MB blob inserted and committed)."""

from __future__ import annotations

import os
from collections.abc import Callable

from caseapp.bench.plain import PlainStore
from caseapp.services import workspace as ws
from caseapp.services.attachments import add_attachment, list_attachments
from caseapp.services.cases import get_case

FILES = 10
FILE_BYTES = 1024 * 1024  # each of the ten: a 1 MB scan
BIG_BYTES = 20 * 1024 * 1024

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pattachment (
    id INTEGER PRIMARY KEY, case_number TEXT, name TEXT, type TEXT, size INTEGER, data BLOB);
CREATE INDEX IF NOT EXISTS ix_pattachment_case ON pattachment (case_number);
"""

Timer = Callable[[Callable[[], object], int], list[float]]
Record = Callable[[str, list[float], list[float] | None], None]


def _scan(n: int, size: int) -> bytes:
    return b"%PDF-1.4\n% bench scan " + str(n).encode() + b"\n" + os.urandom(size)


def measure(
    workspace: ws.Workspace,
    plain: PlainStore,
    numbers: tuple[str, str],
    plain_number: str,
    timed: Timer,
    record: Record,
) -> None:
    """``numbers``: a case to hold the ten files, and another to receive the 20 MB ones."""
    with_files, receiving = numbers
    have = len(list_attachments(workspace, with_files))
    for n in range(have, FILES):  # a reused database has them already
        add_attachment(workspace, with_files, f"scan-{n}.pdf", _scan(n, FILE_BYTES))
    plain.db.executescript(_SCHEMA)
    stored = plain.db.execute(
        "SELECT count(*) FROM pattachment WHERE case_number = ?", (plain_number,)
    ).fetchone()[0]
    for n in range(stored, FILES):
        plain.db.execute(
            "INSERT INTO pattachment (case_number, name, type, size, data) VALUES (?, ?, ?, ?, ?)",
            (plain_number, f"scan-{n}.pdf", "application/pdf", FILE_BYTES, _scan(n, FILE_BYTES)),
        )
    plain.db.commit()

    def ours_open() -> None:
        get_case(workspace, with_files)
        assert len(list_attachments(workspace, with_files)) >= FILES

    def plain_open() -> None:
        plain.open_case(plain_number)
        plain.db.execute(
            "SELECT id, name, type, size FROM pattachment WHERE case_number = ?", (plain_number,)
        ).fetchall()

    record("open_case_10_attachments", timed(ours_open, 15), timed(plain_open, 15))
    big = _scan(99, BIG_BYTES)

    def plain_add() -> None:
        plain.db.execute(
            "INSERT INTO pattachment (case_number, name, type, size, data) VALUES (?, ?, ?, ?, ?)",
            (plain_number + "-big", "big.pdf", "application/pdf", len(big), big),
        )
        plain.db.commit()

    record(
        "add_20mb_attachment",
        timed(lambda: add_attachment(workspace, receiving, "big.pdf", big), 3),
        timed(plain_add, 3),
    )
