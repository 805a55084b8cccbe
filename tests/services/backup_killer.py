"""Helper process for test_backup_pending (not a test): makes a backup and is killed at a chosen
moment, as a power cut or SIGKILL would stop it: ``after_file`` once the backup file is complete
and in place but before it is recorded, ``mid_write`` half-way through writing it.

Usage: python backup_killer.py DATA_FOLDER OUT MOMENT  (the password is the first line of stdin)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from caseapp.services import backup
from caseapp.services import workspace as ws
from caseapp.storage import backup as fmt


def main(folder: str, out: str, moment: str) -> None:
    password = sys.stdin.readline().rstrip("\n")
    workspace = ws.unlock(ws.open_database(folder), "admin", password)
    if moment == "after_file":  # the rename is done and made durable: then nothing more
        backup.fsync_folder = lambda _folder: os._exit(9)  # type: ignore[assignment]
    else:
        write = fmt.write_backup

        def half(file: Any, *args: Any, **kwargs: Any) -> None:
            write(file, *args, **kwargs)
            file.flush()
            file.truncate(file.tell() // 2)
            os._exit(9)

        backup.fmt.write_backup = half  # type: ignore[assignment]
    backup.create_backup(workspace, Path(out))


if __name__ == "__main__":
    main(*sys.argv[1:4])
