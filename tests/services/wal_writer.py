"""Helper process for test_one_file_at_rest (not a test): saves cases through the services,
says so, and then waits with the database open until standard input closes or it is killed.

Usage: python wal_writer.py DATA_FOLDER COUNT  (the password is the first line of stdin)
"""

from __future__ import annotations

import sys
from datetime import date

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case


def main(folder: str, count: int) -> None:
    password = sys.stdin.readline().rstrip("\n")
    db = ws.open_database(folder)
    workspace = ws.unlock(db, "admin", password)
    for i in range(count):
        record = rec.CaseRecord(
            client=rec.Client(full_name=f"Wal Client {i}"), opened_on=date(2026, 3, 1)
        )
        create_case(workspace, record)
    print("saved", flush=True)
    sys.stdin.read()  # until the test closes standard input (or kills this process)
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
