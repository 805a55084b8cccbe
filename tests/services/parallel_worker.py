"""Helper process for test_server (not a test): one person at another computer, editing the same
case and issuing letters as fast as she can.

Usage: python parallel_worker.py DB USER CASE ROUNDS TAG; the first input line is the password,
the second "go" (so that every worker starts at the same moment). Each round reads the case,
appends " TAG-i" to its notes and saves (refused when someone saved in between), then issues one
letter. Prints one JSON line: {"saved": [tags], "refused": n, "letters": [numbers]}.
"""

from __future__ import annotations

import json
import sys
from datetime import date

from caseapp.domain.enums import RecipientKind
from caseapp.services import workspace as ws
from caseapp.services.cases import get_case, update_case
from caseapp.services.errors import VersionConflict
from caseapp.services.letters import issue_letter

ON = date(2026, 3, 25)


def main(target: str, user: str, number: str, rounds: int, tag: str) -> None:
    password = sys.stdin.readline().rstrip("\n")
    db = ws.open_database(target)
    workspace = ws.unlock(db, user, password)
    print("ready", flush=True)
    assert sys.stdin.readline().strip() == "go"
    saved: list[str] = []
    refused = 0
    letters: list[str] = []
    for i in range(rounds):
        record = get_case(workspace, number)
        record.notes = f"{record.notes} {tag}-{i}"
        try:
            update_case(workspace, record)
            saved.append(f"{tag}-{i}")
        except VersionConflict:
            refused += 1
        letter = issue_letter(workspace, number, RecipientKind.COURT, "ru", on=ON)
        letters.append(letter.register_number)
    print(json.dumps({"saved": saved, "refused": refused, "letters": letters}), flush=True)
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
