"""Signed authority: who is a member of staff, with which role, offices, keys, whether she is
active, who sees which cases, and each compartment key's public half.

Records form a chain: each names the hash of the last valid record before it and is signed by the
organisation root or by an administrator who is active at that point of the chain. The first
record binds the root's public keys to the organisation. A record that is not properly signed,
or does not follow the record before it, counts as absent and is named in ``problems`` (so
``check --user`` names it). The clear columns elsewhere (``staff.role``, ``staff.active``,
``staff_office``, ``organisation.case_visibility``) are a copy for lists and queries; decisions
are taken from this chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.storage.keys import KeyPairs, canonical, verify_signature
from caseapp.storage.models import AuthorityRecord, Organisation

ROOT = "root"
ORGANISATION, MEMBER, VISIBILITY, COMPARTMENT, UPGRADE = (
    "organisation",
    "member",
    "visibility",
    "compartment",
    "upgrade",
)
GENESIS = b"\0" * 32


@dataclass(frozen=True)
class Member:
    staff_id: str
    username: str
    role: str
    active: bool
    offices: tuple[str, ...] = ()
    shelter: bool = False  # holds the shelter's compartment (rooms, destinations)
    box_pub: bytes | None = None  # None: no keys (a new password is needed)
    sign_pub: bytes | None = None

    @property
    def is_admin(self) -> bool:
        return self.active and self.role == "admin" and self.sign_pub is not None

    def body(self) -> dict[str, Any]:
        return {
            "staff": self.staff_id,
            "username": self.username,
            "role": self.role,
            "active": self.active,
            "offices": list(self.offices),
            "shelter": self.shelter,
            "box_pub": self.box_pub.hex() if self.box_pub else None,
            "sign_pub": self.sign_pub.hex() if self.sign_pub else None,
        }

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> Member:
        return cls(
            staff_id=str(body["staff"]),
            username=str(body["username"]),
            role=str(body["role"]),
            active=bool(body["active"]),
            offices=tuple(str(o) for o in body["offices"]),
            shelter=bool(body["shelter"]),
            box_pub=bytes.fromhex(body["box_pub"]) if body["box_pub"] else None,
            sign_pub=bytes.fromhex(body["sign_pub"]) if body["sign_pub"] else None,
        )


@dataclass
class Authority:
    org_id: str = ""
    root_sign_pub: bytes = b""
    root_box_pub: bytes = b""
    members: dict[str, Member] = field(default_factory=dict)
    # Each person's signing keys with the span of the chain in which each was hers and she was
    # active: (key, from seq, until seq or None). Older audit entries stay verifiable; what she
    # signs after she was deactivated does not.
    key_periods: dict[str, list[tuple[bytes, int, int | None]]] = field(default_factory=dict)
    visibility: str = "assigned"
    compartments: dict[str, dict[int, bytes]] = field(default_factory=dict)
    upgrade_audit_seq: int | None = None
    head_seq: int = 0
    head_hash: bytes = GENESIS
    problems: list[str] = field(default_factory=list)

    def signing_keys(self, signer: str, at_seq: int | None = None) -> set[bytes]:
        """The keys that could sign for ``signer`` when the chain was ``at_seq`` records long
        (None: at any time)."""
        if signer == ROOT:
            return {self.root_sign_pub}
        return {
            key
            for key, start, end in self.key_periods.get(signer, [])
            if at_seq is None or (start <= at_seq and (end is None or at_seq < end))
        }

    def newest_generation(self, compartment: str) -> int:
        return max(self.compartments.get(compartment, {0: b""}))

    def certified_public(self, compartment: str, gen: int | None = None) -> bytes | None:
        gens = self.compartments.get(compartment, {})
        if not gens:
            return None
        return gens.get(max(gens) if gen is None else gen)

    def active_members(self) -> list[Member]:
        return [m for m in self.members.values() if m.active]


def _message(seq: int, kind: str, body: dict[str, Any], signer: str, prev: bytes) -> bytes:
    head = {"seq": seq, "kind": kind, "body": body, "signer": signer}
    return b"caseapp-authority/1\0" + canonical(head) + prev


def record_hash(record: AuthorityRecord, body: dict[str, Any]) -> bytes:
    message = _message(record.seq, record.kind, body, record.signer, bytes(record.prev))
    return hashlib.sha256(message + bytes(record.signature)).digest()


def load(session: Session) -> Authority:
    """The authority as the valid records say, with every invalid record named."""
    org = session.scalars(select(Organisation)).one()
    authority = Authority(
        org_id=org.id,
        root_sign_pub=bytes(org.root_sign_pub or b""),
        root_box_pub=bytes(org.root_box_pub or b""),
    )
    for record in session.scalars(select(AuthorityRecord).order_by(AuthorityRecord.seq)):
        _apply(authority, record)
    if authority.head_seq == 0:
        authority.problems.append("The organisation's signed authority records are missing.")
    return authority


def _apply(authority: Authority, record: AuthorityRecord) -> None:
    what = f"Authority record {record.seq} ({record.kind})"
    try:
        body = json.loads(record.body)
        if not isinstance(body, dict):
            raise ValueError
    except ValueError:
        authority.problems.append(f"{what} is not readable: it is ignored.")
        return
    if bytes(record.prev) != authority.head_hash or record.seq <= authority.head_seq:
        authority.problems.append(
            f"{what} does not follow the record before it (a record was removed or put in): "
            "it is ignored."
        )
        return
    first = authority.head_seq == 0
    if first != (record.kind == ORGANISATION) or (first and record.signer != ROOT):
        authority.problems.append(f"{what} is out of place: it is ignored.")
        return
    keys = {authority.root_sign_pub} if record.signer == ROOT else set()
    signer = authority.members.get(record.signer)
    if record.signer != ROOT and signer is not None and signer.is_admin:
        keys = {signer.sign_pub} if signer.sign_pub else set()
    message = _message(record.seq, record.kind, body, record.signer, bytes(record.prev))
    if not any(verify_signature(k, bytes(record.signature), message) for k in keys if k):
        authority.problems.append(f"{what} is not properly signed: it is ignored.")
        return
    try:
        _take(authority, record.kind, body, record.seq)
    except (KeyError, ValueError, TypeError):
        authority.problems.append(f"{what} is not readable: it is ignored.")
        return
    authority.head_seq = record.seq
    authority.head_hash = record_hash(record, body)


def _take(authority: Authority, kind: str, body: dict[str, Any], seq: int) -> None:
    if kind == ORGANISATION:
        if (
            body["org"] != authority.org_id
            or bytes.fromhex(body["root_sign_pub"]) != authority.root_sign_pub
            or bytes.fromhex(body["root_box_pub"]) != authority.root_box_pub
        ):
            raise ValueError("another organisation's root")
    elif kind == MEMBER:
        member = Member.from_body(body)
        authority.members[member.staff_id] = member
        periods = authority.key_periods.setdefault(member.staff_id, [])
        current = periods[-1] if periods and periods[-1][2] is None else None
        if current is not None and (not member.active or current[0] != member.sign_pub):
            periods[-1] = (current[0], current[1], seq)
            current = None
        if current is None and member.active and member.sign_pub is not None:
            periods.append((member.sign_pub, seq, None))
    elif kind == VISIBILITY:
        authority.visibility = str(body["visibility"])
    elif kind == COMPARTMENT:
        gens = authority.compartments.setdefault(str(body["compartment"]), {})
        gen = int(body["gen"])
        if gen in gens or (gens and gen != max(gens) + 1) or (not gens and gen != 1):
            raise ValueError("generation out of order")
        gens[gen] = bytes.fromhex(body["box_pub"])
    elif kind == UPGRADE:
        authority.upgrade_audit_seq = int(body["audit_seq"])
    else:
        raise ValueError(kind)


def append(
    session: Session,
    authority: Authority,
    kind: str,
    body: dict[str, Any],
    signer: str,
    pairs: KeyPairs,
) -> None:
    """Sign and add one record after the last valid one; ``authority`` follows it. The caller
    holds the database's write lock and loaded ``authority`` inside the same transaction."""
    last = session.scalar(select(func.max(AuthorityRecord.seq))) or 0
    seq = max(last, authority.head_seq) + 1
    prev = authority.head_hash
    record = AuthorityRecord(
        seq=seq,
        kind=kind,
        body=canonical(body).decode(),
        signer=signer,
        prev=prev,
        signature=pairs.sign(_message(seq, kind, body, signer, prev)),
    )
    session.add(record)
    before = len(authority.problems)
    _apply(authority, record)
    if len(authority.problems) != before:
        raise ValueError("the record did not take: its signer has no authority")


def member_record(
    session: Session, authority: Authority, member: Member, signer: str, pairs: KeyPairs
) -> None:
    append(session, authority, MEMBER, member.body(), signer, pairs)


def changed(member: Member, **changes: Any) -> Member:
    return replace(member, **changes)
