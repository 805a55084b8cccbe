"""Encrypted attributes on ORM models.

A model maps each personal column as raw ciphertext (``Ciphertext`` column type) and exposes the
plaintext through an ``Encrypted`` descriptor. Encryption needs the row id for its associated data,
which a plain TypeDecorator never sees; the descriptor has the row at hand. The keys come from the
SQLAlchemy session the object belongs to (``session.info["keys"]``), so a locked store cannot read.
"""

from __future__ import annotations

import uuid
from typing import Any, overload

from sqlalchemy import LargeBinary, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session, object_session
from sqlalchemy.types import TypeDecorator

from caseapp.storage.crypto import DataKeys, DecryptionFailed, is_field_ciphertext


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


def keys_of(obj: object) -> DataKeys:
    session = object_session(obj)
    keys = session.info.get("keys") if session is not None else None
    if keys is None:
        raise Locked("the database is locked")
    assert isinstance(keys, DataKeys)
    return keys


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
            text = keys_of(obj).field.open(self.table, self.name, row_id, blob)
        except DecryptionFailed:
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
        blob = keys_of(obj).field.seal(self.table, self.name, obj.id, text) if text else None  # type: ignore[attr-defined]
        setattr(obj, self.ct_attr, blob)
        obj.__dict__.get("_pending_plain", {}).pop(self.name, None)
        if blob is not None:
            obj.__dict__.setdefault("_plain_cache", {})[self.name] = (blob, text)


def encrypted_fields(cls: type) -> list[Encrypted]:
    return [v for k in dir(cls) if isinstance(v := getattr(cls, k, None), Encrypted)]


@event.listens_for(Session, "before_flush")
def _seal_pending(session: Session, flush_context: Any, instances: Any) -> None:
    """Seal plaintext set on objects before they joined the session."""
    for obj in list(session.new) + list(session.dirty):
        pending: dict[str, str] | None = obj.__dict__.get("_pending_plain")
        if not pending:
            continue
        descriptors = {d.name: d for d in encrypted_fields(type(obj))}
        for name, text in list(pending.items()):
            descriptors[name]._seal_into(obj, text)
