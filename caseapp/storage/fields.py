"""Encrypted attributes on ORM models.

A model maps each personal column as raw ciphertext (``Ciphertext`` column type) and exposes the
plaintext through an ``Encrypted`` descriptor. Encryption needs the row id for its associated data,
which a plain TypeDecorator never sees; the descriptor has the row at hand. The keys come from the
SQLAlchemy session the object belongs to (``session.info["chest"]``), so a locked store cannot
read. Which key: the model's ``__scope__`` (``models.CASE``, ``ORG``, ``SHELTER``, ``AUDIT``).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, overload

from sqlalchemy import LargeBinary
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session, object_session
from sqlalchemy.types import TypeDecorator

from caseapp.storage.crypto import (
    DecryptionFailed,
    field_generation,
    is_field_ciphertext,
    open_field,
    seal_field,
)
from caseapp.storage.scopes import ORG_COMPARTMENT, SHELTER_COMPARTMENT, NoKey, WrongCaseKey

if TYPE_CHECKING:
    from caseapp.storage.keychest import KeyChest


def new_id() -> str:
    """A random row id: reveals neither order nor count."""
    return uuid.uuid4().hex


class DamagedField(Exception):
    """A stored ciphertext did not decrypt. Names the record, never its content."""

    def __init__(self, table: str, column: str, row_id: str) -> None:
        self.table, self.column, self.row_id = table, column, row_id
        super().__init__(f"{table} {row_id}: field '{column}' is damaged or was moved")


class Ciphertext(TypeDecorator[bytes]):
    """Bytes column for field ciphertexts; refuses to store anything that is not one."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        if value is not None and not is_field_ciphertext(value):
            raise TypeError("only sealed ciphertext may be stored in an encrypted column")
        return value


class Locked(Exception):
    """An encrypted attribute was touched without an unlocked session."""


def chest_of(obj: object) -> tuple[KeyChest, Session]:
    session = object_session(obj)
    chest = session.info.get("chest") if session is not None else None
    if chest is None or session is None:
        raise Locked("the database is locked")
    return chest, session


def case_id_of(obj: object) -> str | None:
    """The case a row belongs to: a case row's own id, or the row's ``case_id``."""
    if getattr(type(obj), "__tablename__", "") == "case_file":
        return obj.id  # type: ignore[attr-defined, no-any-return]
    return getattr(obj, "case_id", None)


def _scope(obj: object) -> str:
    """``case:<id>``, ``org`` or ``shelter``: whose key seals this row's fields."""
    kind = getattr(type(obj), "__scope__", "")
    if kind == "shelter":
        return SHELTER_COMPARTMENT
    if kind in ("case", "audit"):
        case_id = case_id_of(obj)
        if case_id:
            return f"case:{case_id}"
        if kind == "case":
            raise ValueError("a case's row must name its case before its fields are set")
    return ORG_COMPARTMENT


def seal_text(obj: object, table: str, column: str, text: str) -> bytes:
    chest, session = chest_of(obj)
    scope = _scope(obj)
    row_id: str = obj.id  # type: ignore[attr-defined]
    if scope.startswith("case:"):
        return seal_field(
            chest.case_aead(session, scope[5:]), 0, table, column, row_id, scope, text
        )
    gen = chest.newest_gen(scope)
    return seal_field(chest.aead(scope, gen), gen, table, column, row_id, scope, text)


def open_text(obj: object, table: str, column: str, blob: bytes) -> str:
    """The plaintext; DecryptionFailed when damaged or moved, NoKey when not hers to read."""
    chest, session = chest_of(obj)
    scope = _scope(obj)
    row_id: str = obj.id  # type: ignore[attr-defined]
    if scope.startswith("case:"):
        try:
            aead = chest.case_aead(session, scope[5:])
        except WrongCaseKey:
            raise DecryptionFailed("the case's key was replaced") from None
        return open_field(aead, table, column, row_id, scope, blob)
    gen = field_generation(blob)
    return open_field(chest.aead(scope, gen), table, column, row_id, scope, blob)


class Encrypted:
    """Plaintext view of the ciphertext attribute ``<name>_ct``; empty text is stored as NULL."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.ct_attr = f"{name}_ct"
        self.table: str = owner.__dict__.get("__tablename__", owner.__name__.lower())

    @overload
    def __get__(self, obj: None, owner: type) -> Encrypted: ...
    @overload
    def __get__(self, obj: object, owner: type) -> str: ...
    def __get__(self, obj: object | None, owner: type) -> Encrypted | str:
        if obj is None:
            return self
        pending: dict[str, str] = obj.__dict__.get("_pending_plain", {})
        if self.name in pending:
            return pending[self.name]
        blob: bytes | None = getattr(obj, self.ct_attr)
        if blob is None:
            return ""
        cache: dict[str, tuple[bytes, str]] = obj.__dict__.setdefault("_plain_cache", {})
        hit = cache.get(self.name)
        if hit is not None and hit[0] == blob:
            return hit[1]
        row_id: str = obj.id  # type: ignore[attr-defined]
        try:
            text = open_text(obj, self.table, self.name, bytes(blob))
        except (DecryptionFailed, NoKey, WrongCaseKey):
            # Damaged, moved, or (a grant someone put in the file) not hers to read: the same
            # to whoever shows it, which names the record and carries on.
            raise DamagedField(self.table, self.name, row_id) from None
        cache[self.name] = (blob, text)
        return text

    def __set__(self, obj: object, value: str | None) -> None:
        text = value or ""
        if getattr(obj, "id", None) is None:
            obj.id = new_id()  # type: ignore[attr-defined]
        if object_session(obj) is None:
            obj.__dict__.setdefault("_pending_plain", {})[self.name] = text
            return
        self._seal_into(obj, text)

    def _seal_into(self, obj: object, text: str) -> None:
        blob = seal_text(obj, self.table, self.name, text) if text else None
        setattr(obj, self.ct_attr, blob)
        obj.__dict__.get("_pending_plain", {}).pop(self.name, None)
        if blob is not None:
            obj.__dict__.setdefault("_plain_cache", {})[self.name] = (blob, text)


def encrypted_fields(cls: type) -> list[Encrypted]:
    return [v for k in dir(cls) if isinstance(v := getattr(cls, k, None), Encrypted)]


def seal_pending(session: Session) -> None:
    """Seal plaintext set on objects before they joined the session (called before each flush,
    by ``rowseal``, ahead of the rows' MACs)."""
    for obj in list(session.new) + list(session.dirty):
        pending: dict[str, str] | None = obj.__dict__.get("_pending_plain")
        if not pending:
            continue
        descriptors = {d.name: d for d in encrypted_fields(type(obj))}
        for name, text in list(pending.items()):
            descriptors[name]._seal_into(obj, text)
