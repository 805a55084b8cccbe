"""Append-only audit log with a keyed hash chain.

Each entry's MAC covers its own fields and the previous entry's MAC; the organisation row keeps the
chain's head. An edited, inserted or deleted entry (the last one included) breaks the chain.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.storage.crypto import DataKeys, keyed_hash
from caseapp.storage.models import AuditEntry, Organisation

GENESIS = b"\0" * 32


def _mac(keys: DataKeys, previous: bytes, entry: AuditEntry) -> bytes:
    fields = (
        str(entry.seq),
        entry.at,
        entry.actor_id or "",
        entry.action,
        entry.entity,
        entry.entity_id or "",
        entry.case_id or "",
    )
    return keyed_hash(
        keys.audit_key, previous, *(f.encode() for f in fields), entry.detail_ct or b""
    )


def append(
    session: Session,
    keys: DataKeys,
    *,
    actor_id: str | None,
    action: str,
    entity: str,
    entity_id: str | None = None,
    case_id: str | None = None,
    detail: str = "",
) -> AuditEntry:
    """Add one entry in the caller's transaction; the head moves with it.

    The organisation row is locked (FOR UPDATE: a row lock on PostgreSQL, which holds the other
    writers until this transaction ends; SQLite's write lock is already held) and read afresh:
    an earlier read of it in this session may predate another writer's commit."""
    org = session.scalars(
        select(Organisation).with_for_update().execution_options(populate_existing=True)
    ).one()
    entry = AuditEntry(
        seq=org.audit_head_seq + 1,
        at=datetime.now(UTC).isoformat(timespec="seconds"),
        actor_id=actor_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
    )
    session.add(entry)
    entry.detail = detail
    entry.mac = _mac(keys, org.audit_head_mac, entry)
    org.audit_head_seq = entry.seq
    org.audit_head_mac = entry.mac
    return entry


def verify(session: Session, keys: DataKeys) -> list[str]:
    """Every break in the chain, as one sentence each (no personal data)."""
    problems: list[str] = []
    previous, expected_seq = GENESIS, 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if entry.seq != expected_seq:
            problems.append(f"Audit entries {expected_seq} to {entry.seq - 1} are missing.")
        if _mac(keys, previous, entry) != entry.mac:
            problems.append(f"Audit entry {entry.seq} was altered or is out of place.")
        previous, expected_seq = entry.mac, entry.seq + 1
    org = session.scalars(select(Organisation)).one()
    last = expected_seq - 1
    if org.audit_head_seq > last:
        problems.append(
            f"The audit log ends at entry {last} but should end at "
            f"{org.audit_head_seq}: entries were deleted."
        )
    elif org.audit_head_seq < last:
        problems.append(
            f"The audit log runs to entry {last} but should end at "
            f"{org.audit_head_seq}: entries were added outside the program."
        )
    elif org.audit_head_mac != previous:
        problems.append("The last audit entry does not match the recorded head of the chain.")
    return problems
