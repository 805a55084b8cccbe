"""The backup file: a snapshot of the database, encrypted as a whole.

Layout::

    MAGIC (16 bytes) | format version (2 bytes) | header length (4 bytes) | header (UTF-8 JSON)
    | chunk 0 | chunk 1 | ... | chunk n-1

The header holds no personal data: ids, the creation time, the schema revision, sizes and the key
wraps. Each chunk is up to ``chunk_size`` bytes of the snapshot sealed with AES-256-GCM under a
random backup key. A chunk's nonce is its index and a final-chunk flag, and its associated data is
the SHA-256 of the whole header, so an altered header, a dropped, repeated or reordered chunk and a
file cut short all fail to authenticate.

The backup key is wrapped by a key derived from the data key. The header also carries the
database's own wraps of the data key: the recovery wrap (so the backup opens on a new computer
with the recovery key alone) and the password wraps of the administrators. Each wrap only ever
yields the data key, and the data key only the backup key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseapp.storage import vault
from caseapp.storage.crypto import (
    KEY_BYTES,
    TAG_BYTES,
    DecryptionFailed,
    KdfParams,
    derive_password_key,
    recovery_key_bytes,
    recovery_wrapping_key,
    subkey,
    unwrap_key,
    wrap_key,
)

MAGIC = b"CASEAPP-BACKUP\n\x00"
FORMAT_VERSION = 1
FORMAT_NAME = "caseapp-backup/1"
CHUNK_SIZE = 1024 * 1024
_MAX_HEADER = 1024 * 1024
_MAX_CHUNK = 64 * 1024 * 1024
# A header is read before anything authenticates it: its key-derivation cost is bounded, so a
# forged file cannot make the restore use a lot of memory or time.
_MAX_KDF_MEMORY_KIB = 4 * 1024 * 1024
_MAX_KDF_ITERATIONS = 64
_MAX_KDF_LANES = 64

Progress = Callable[[int, int], None]


class BackupFormatError(Exception):
    """The file is not a backup, is damaged, cut short, altered, or of an unknown version."""

    def __init__(self, reason: str) -> None:
        self.reason = reason  # "not_backup", "damaged", "version"
        super().__init__(reason)


@dataclass(frozen=True)
class PasswordWrap:
    """An administrator's wrap of the data key, copied from the key vault."""

    username: str
    staff_id: str
    salt: bytes
    kdf: KdfParams
    wrapped: bytes


@dataclass(frozen=True)
class BackupHeader:
    backup_id: str
    database_id: str
    created_at: str  # ISO 8601, UTC
    schema: str | None  # Alembic revision of the snapshot
    app_version: str
    size: int  # bytes of the snapshot
    chunk_size: int
    data_wrap: bytes  # the backup key, wrapped by a key derived from the data key
    recovery_wrap: bytes | None  # the data key, wrapped by the recovery key
    password_wraps: tuple[PasswordWrap, ...]

    @property
    def chunk_count(self) -> int:
        return max(1, -(-self.size // self.chunk_size))

    def to_json(self) -> dict[str, Any]:
        def b64(data: bytes) -> str:
            return base64.b64encode(data).decode("ascii")

        return {
            "format": FORMAT_NAME,
            "backup_id": self.backup_id,
            "database_id": self.database_id,
            "created_at": self.created_at,
            "schema": self.schema,
            "app_version": self.app_version,
            "size": self.size,
            "chunk_size": self.chunk_size,
            "wraps": {
                "data": b64(self.data_wrap),
                "recovery": b64(self.recovery_wrap) if self.recovery_wrap else None,
                "passwords": [
                    {
                        "user": w.username,
                        "staff_id": w.staff_id,
                        "salt": b64(w.salt),
                        "iterations": w.kdf.iterations,
                        "memory_kib": w.kdf.memory_kib,
                        "lanes": w.kdf.lanes,
                        "wrapped": b64(w.wrapped),
                    }
                    for w in self.password_wraps
                ],
            },
        }

    @classmethod
    def from_json(cls, data: object) -> BackupHeader:
        """Strict: any missing, extra or mistyped field is damage."""
        try:
            return _parse_header(data)
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise BackupFormatError("damaged") from None


def _parse_header(data: object) -> BackupHeader:
    def obj(value: object, keys: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict) or set(value) != keys:
            raise ValueError("fields")
        return value

    def text(value: object, optional: bool = False) -> Any:
        if (value is None and optional) or isinstance(value, str):
            return value
        raise TypeError("text")

    def number(value: object, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError("number")
        return value

    def raw(value: object) -> bytes:
        return base64.b64decode(text(value), validate=True)

    top = obj(
        data,
        {"format", "backup_id", "database_id", "created_at", "schema", "app_version", "size",
         "chunk_size", "wraps"},
    )  # fmt: skip
    if top["format"] != FORMAT_NAME:
        raise ValueError("format")
    wraps = obj(top["wraps"], {"data", "recovery", "passwords"})
    passwords = wraps["passwords"]
    if not isinstance(passwords, list):
        raise TypeError("passwords")
    password_wraps = []
    for item in passwords:
        w = obj(item, {"user", "staff_id", "salt", "iterations", "memory_kib", "lanes", "wrapped"})
        password_wraps.append(
            PasswordWrap(
                username=text(w["user"]),
                staff_id=text(w["staff_id"]),
                salt=raw(w["salt"]),
                kdf=KdfParams(
                    number(w["iterations"], 1, _MAX_KDF_ITERATIONS),
                    number(w["memory_kib"], 8, _MAX_KDF_MEMORY_KIB),
                    number(w["lanes"], 1, _MAX_KDF_LANES),
                ),
                wrapped=raw(w["wrapped"]),
            )
        )
    return BackupHeader(
        backup_id=text(top["backup_id"]),
        database_id=text(top["database_id"]),
        created_at=text(top["created_at"]),
        schema=text(top["schema"], optional=True),
        app_version=text(top["app_version"]),
        size=number(top["size"], 0, 2**62),
        chunk_size=number(top["chunk_size"], 4096, _MAX_CHUNK),
        data_wrap=raw(wraps["data"]),
        recovery_wrap=raw(wraps["recovery"]) if wraps["recovery"] is not None else None,
        password_wraps=tuple(password_wraps),
    )


def _header_bytes(header: BackupHeader) -> bytes:
    body = json.dumps(header.to_json(), sort_keys=True, separators=(",", ":")).encode()
    return MAGIC + FORMAT_VERSION.to_bytes(2, "big") + len(body).to_bytes(4, "big") + body


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _backup_key_context(backup_id: str) -> bytes:
    return f"backup\0{backup_id}".encode()


def _data_wrapping_key(data_key: bytes) -> bytes:
    return subkey(data_key, "caseapp backup key/1")


def new_backup_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def wrap_backup_key(data_key: bytes, backup_key: bytes, backup_id: str) -> bytes:
    return wrap_key(_data_wrapping_key(data_key), backup_key, _backup_key_context(backup_id))


def backup_key_from_data_key(header: BackupHeader, data_key: bytes) -> bytes:
    """The backup key, or DecryptionFailed when the data key is not this database's."""
    return unwrap_key(
        _data_wrapping_key(data_key), header.data_wrap, _backup_key_context(header.backup_id)
    )


def data_key_from_recovery_key(header: BackupHeader, recovery_key: str) -> bytes:
    """The data key, or DecryptionFailed when the recovery key does not fit."""
    raw = recovery_key_bytes(recovery_key)
    if raw is None or header.recovery_wrap is None:
        raise DecryptionFailed("recovery key does not fit")
    # Same wrap and context as the key vault's recovery wrap: it is a copy of it.
    return unwrap_key(
        recovery_wrapping_key(raw), header.recovery_wrap, vault._context(vault.RECOVERY, None)
    )


def data_key_from_password(header: BackupHeader, username: str, password: str) -> bytes:
    """The data key, or DecryptionFailed when there is no such administrator or the password is
    wrong."""
    for wrap in header.password_wraps:
        if wrap.username == username:
            try:
                key = derive_password_key(password, wrap.salt, wrap.kdf)
            except ValueError:  # cost parameters Argon2id refuses (lanes vs memory)
                raise DecryptionFailed("unusable key-derivation parameters") from None
            context = vault._context(vault.PASSWORD, wrap.staff_id)
            return unwrap_key(key, wrap.wrapped, context)
    raise DecryptionFailed("no such administrator in this backup")


def write_backup(
    out: IO[bytes],
    header: BackupHeader,
    backup_key: bytes,
    snapshot: bytes,
    progress: Progress | None = None,
) -> None:
    """Seal the snapshot chunk by chunk into ``out``; nothing of it is written in clear."""
    if header.size != len(snapshot):
        raise ValueError("header size does not match the snapshot")
    head = _header_bytes(header)
    aad = hashlib.sha256(head).digest()
    aead = AESGCM(backup_key)
    out.write(head)
    view = memoryview(snapshot)
    count = header.chunk_count
    for index in range(count):
        piece = view[index * header.chunk_size : (index + 1) * header.chunk_size]
        out.write(aead.encrypt(_nonce(index, index == count - 1), piece, aad))
        if progress is not None:
            progress(index + 1, count)


def read_header(source: IO[bytes]) -> tuple[BackupHeader, bytes]:
    """The header and its digest (the chunks' associated data); the stream is left at chunk 0."""
    start = source.read(len(MAGIC) + 6)
    if len(start) < len(MAGIC) or start[: len(MAGIC)] != MAGIC:
        raise BackupFormatError("not_backup")
    if len(start) < len(MAGIC) + 6:
        raise BackupFormatError("damaged")
    version = int.from_bytes(start[len(MAGIC) : len(MAGIC) + 2], "big")
    if version != FORMAT_VERSION:
        raise BackupFormatError("version")
    length = int.from_bytes(start[len(MAGIC) + 2 :], "big")
    if length > _MAX_HEADER:
        raise BackupFormatError("damaged")
    body = source.read(length)
    if len(body) != length:
        raise BackupFormatError("damaged")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BackupFormatError("damaged") from None
    return BackupHeader.from_json(data), hashlib.sha256(start + body).digest()


def iter_chunks(
    source: IO[bytes],
    header: BackupHeader,
    aad: bytes,
    backup_key: bytes,
    progress: Progress | None = None,
) -> Iterator[bytes]:
    """The snapshot's chunks in order, each authenticated before it is yielded; BackupFormatError
    ("damaged") as soon as one does not authenticate, is missing, or data follows the last."""
    aead = AESGCM(backup_key)
    count = header.chunk_count
    for index in range(count):
        length = min(header.chunk_size, header.size - index * header.chunk_size) + TAG_BYTES
        sealed = source.read(length)
        if len(sealed) != length:
            raise BackupFormatError("damaged")
        try:
            plain = aead.decrypt(_nonce(index, index == count - 1), sealed, aad)
        except InvalidTag:
            raise BackupFormatError("damaged") from None
        if progress is not None:
            progress(index + 1, count)
        yield plain
    if source.read(1):
        raise BackupFormatError("damaged")


def new_backup_id() -> str:
    return os.urandom(16).hex()
