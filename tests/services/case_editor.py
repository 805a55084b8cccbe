"""Helper process for test_concurrency (not a test): one person editing a case in another
program instance, driven line by line through standard input.

Usage: python case_editor.py DATA_FOLDER_OR_URL USER; the first input line is the password, then:
  load NUMBER    -> "loaded VERSION"
  save NOTES     -> "saved VERSION" or "refused SENTENCE"
  quit
"""

from __future__ import annotations

import sys

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import get_case, update_case
from caseapp.services.errors import CaseappError


def main(folder: str, user: str) -> None:
    password = sys.stdin.readline().rstrip("\n")
    db = ws.open_database(folder)
    workspace = ws.unlock(db, user, password)
    record: rec.CaseRecord | None = None
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.rstrip("\n").partition(" ")
        if command == "load":
            record = get_case(workspace, argument)
            print(f"loaded {record.version}", flush=True)
        elif command == "save" and record is not None:
            record.notes = argument
            try:
                print(f"saved {update_case(workspace, record)}", flush=True)
            except CaseappError as exc:
                print(f"refused {exc.message}", flush=True)
        elif command == "quit":
            break
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
