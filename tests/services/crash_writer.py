"""Helper process for test_crash_safety (not a test): writes cases through the services in a loop
and reports each committed write on standard output, flushed, until it is killed.

Usage: python crash_writer.py DATA_FOLDER START  (the password is the first line of stdin)
Output lines: "created NUMBER I" after a new case is committed, "updated NUMBER VERSION I" after
an edit is committed.
"""

from __future__ import annotations

import sys
from datetime import date

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case, update_case


def main(folder: str, start: int) -> None:
    password = sys.stdin.readline().rstrip("\n")
    db = ws.open_database(folder)
    workspace = ws.unlock(db, "admin", password)
    i = start
    while True:
        i += 1
        record = rec.CaseRecord(
            client=rec.Client(full_name=f"Crash Client {i}", phone=f"+7 701 {i:07d}"),
            opened_on=date(2026, 3, 1),
            notes=f"note {i} " * (1 + i % 400),  # some writes span several pages
        )
        number = create_case(workspace, record)
        print(f"created {number} {i}", flush=True)
        if i % 3 == 0:
            edited = get_case(workspace, number)
            edited.notes = f"edited {i}"
            version = update_case(workspace, edited)
            print(f"updated {number} {version} {i}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
