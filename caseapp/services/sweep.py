"""The check that runs in the background after each unlock: every case this person can read,
row by row and against its signed audit entry; the shelter's placements when she holds its key;
the signed authority; and the audit log's entries that this computer has not verified yet (the
first time, all of them). What it finds is shown to her once; ``caseapp check`` lists the same."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import suppress

from caseapp.services.errors import OperationFailed
from caseapp.services.integrity import sweep_cases
from caseapp.services.pending import settle_pending
from caseapp.services.server_address import config_folder, write_private_json
from caseapp.services.workspace import Workspace
from caseapp.storage import audit
from caseapp.storage import authority as auth

FILE_NAME = "verified-audit.json"
Progress = Callable[[int, int], None]


def _verified(database_id: str) -> audit.AuditHead | None:
    try:
        data = json.loads((config_folder() / FILE_NAME).read_text(encoding="utf-8"))
        entry = data[database_id]
        return audit.AuditHead(int(entry["seq"]), bytes.fromhex(entry["mac"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _remember(database_id: str, head: audit.AuditHead) -> None:
    try:
        data = json.loads((config_folder() / FILE_NAME).read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data[database_id] = {"seq": head.seq, "mac": head.mac.hex()}
    with suppress(OSError):
        write_private_json(config_folder(), FILE_NAME, data)


def sweep(workspace: Workspace, progress: Progress | None = None) -> list[str]:
    """Every problem found, one sentence each, naming records by table and id only."""
    with workspace.session() as session:
        authority = auth.load(session)
        problems = list(authority.problems)
        problems += sweep_cases(workspace, session, progress)
        start = _verified(authority.org_id)
        head = audit.head(session)
        found = audit.verify(
            session,
            authority.signing_keys,
            unsigned_before=authority.upgrade_audit_seq,
            authority_head=authority.head_seq,
            start=start if start is not None and start.seq <= head.seq else None,
        )
        problems += found
    if not found:
        _remember(authority.org_id, head)
    if not workspace.read_only:
        with suppress(OperationFailed):  # busy, full, read-only: the next check settles them
            settle_pending(workspace)
    return problems
