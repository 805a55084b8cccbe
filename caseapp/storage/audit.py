"""Append-only audit log: each entry signed by the person who made it, in a hash chain.

An entry's hash covers its fields, its signature and the previous entry's hash; the organisation
row keeps the head as a hint, and each computer remembers the head it last saw
(``services.audit_anchor``), as does each backup. Dropping, editing or inserting an entry in the
middle breaks the chain and re-chaining needs every later signer's key; cutting the end off shows
against those anchors and against the authority chain's length each entry names.

Entries written before the upgrade to keys per person have no signature: the chain's hashes up
to the signed upgrade entry vouch for them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.storage.keys import canonical, verify_signature
from caseapp.storage.models import AuditEntry, Organisation

GENESIS = b"\0" * 32
Signer = Callable[[bytes], bytes]


def _fields(entry: AuditEntry) -> list[object]:
    return [
        entry.seq,
        entry.at,
        entry.actor_id,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.case_id,
        bytes(entry.detail_ct).hex() if entry.detail_ct is not None else None,
        bytes(entry.case_seal).hex() if entry.case_seal is not None else None,
        entry.authority_seq,
        entry.signer,
    ]


def signed_message(entry: AuditEntry, previous: bytes) -> bytes:
    return b"caseapp-audit/2\0" + canonical(_fields(entry)) + previous


def entry_hash(entry: AuditEntry, previous: bytes) -> bytes:
    signature = bytes(entry.signature) if entry.signature is not None else b""
    return hashlib.sha256(signed_message(entry, previous) + signature).digest()


@dataclass(frozen=True)
class AuditHead:
    seq: int
    mac: bytes


def head(session: Session) -> AuditHead:
    org = session.scalars(select(Organisation)).one()
    return AuditHead(org.audit_head_seq, bytes(org.audit_head_mac))


def append(
    session: Session,
    *,
    signer: str,
    sign: Signer,
    actor_id: str | None,
    action: str,
    entity: str,
    entity_id: str | None = None,
    case_id: str | None = None,
    detail: str = "",
    case_seal: bytes | None = None,
    authority_seq: int | None = None,
) -> AuditEntry:
    """Add one signed entry in the caller's transaction; the head moves with it.

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
        case_seal=case_seal,
        authority_seq=authority_seq,
        signer=signer,
    )
    session.add(entry)
    entry.detail = detail
    previous = bytes(org.audit_head_mac)
    entry.signature = sign(signed_message(entry, previous))
    entry.mac = entry_hash(entry, previous)
    org.audit_head_seq = entry.seq
    org.audit_head_mac = entry.mac
    return entry


KeysOf = Callable[[str, int | None], set[bytes]]


def entry_problem(entry: AuditEntry, previous: bytes, keys_of: KeysOf) -> str | None:
    """Why one signed entry does not stand, or None."""
    if entry.signature is None or entry.signer is None:
        return f"Audit entry {entry.seq} is not signed."
    keys = keys_of(entry.signer, entry.authority_seq)
    message = signed_message(entry, previous)
    if not any(verify_signature(k, bytes(entry.signature), message) for k in keys):
        return f"Audit entry {entry.seq} is not signed by someone entitled to write it."
    if entry.actor_id is not None and entry.actor_id != entry.signer:
        return f"Audit entry {entry.seq} names another person than the one who signed it."
    return None


def verify(
    session: Session,
    keys_of: KeysOf,
    *,
    unsigned_before: int | None = None,
    authority_head: int | None = None,
    start: AuditHead | None = None,
) -> list[str]:
    """Every break in the chain, as one sentence each (no personal data). Entries before
    ``unsigned_before`` (the signed upgrade entry) may be unsigned. ``start``: a head verified
    before (by this computer), to check only what came after it."""
    problems: list[str] = []
    previous, expected_seq = GENESIS, 1
    last_authority = 0
    query = select(AuditEntry).order_by(AuditEntry.seq)
    if start is not None and start.seq > 0:
        query = query.where(AuditEntry.seq > start.seq)
        previous, expected_seq = start.mac, start.seq + 1
    for entry in session.scalars(query).yield_per(2000):
        if entry.seq != expected_seq:
            problems.append(f"Audit entries {expected_seq} to {entry.seq - 1} are missing.")
        legacy = unsigned_before is not None and entry.seq < unsigned_before
        if bytes(entry.mac) != entry_hash(entry, previous):
            problems.append(f"Audit entry {entry.seq} was altered or is out of place.")
        elif not (legacy and entry.signature is None):
            problem = entry_problem(entry, previous, keys_of)
            if problem is not None:
                problems.append(problem)
        if entry.authority_seq is not None:
            if entry.authority_seq < last_authority or (
                authority_head is not None and entry.authority_seq > authority_head
            ):
                problems.append(
                    f"Audit entry {entry.seq} does not match the signed authority records: "
                    "records were removed from their end."
                )
            last_authority = max(last_authority, entry.authority_seq)
        previous, expected_seq = bytes(entry.mac), entry.seq + 1
        session.expunge(entry)
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
    elif bytes(org.audit_head_mac) != previous:
        problems.append("The last audit entry does not match the recorded head of the chain.")
    return problems


def latest_for_case(session: Session, case_id: str) -> tuple[AuditEntry, bytes] | None:
    """The newest entry about a case and the hash of the entry before it."""
    entry = session.scalar(
        select(AuditEntry)
        .where(AuditEntry.case_id == case_id)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    )
    if entry is None:
        return None
    previous = session.scalar(select(AuditEntry.mac).where(AuditEntry.seq == entry.seq - 1))
    return entry, bytes(previous) if previous is not None else GENESIS


def verify_all(session: Session) -> list[str]:
    """``verify`` against the signed authority as the database holds it."""
    from caseapp.storage.authority import load

    authority = load(session)
    return verify(
        session,
        authority.signing_keys,
        unsigned_before=authority.upgrade_audit_seq,
        authority_head=authority.head_seq,
    )
