"""The backup file: a snapshot of the database, encrypted as a whole.

Layout::

    MAGIC (16 bytes) | format version (2 bytes) | header length (4 bytes) | header (UTF-8 JSON)
    | chunk 0 | chunk 1 | ... | chunk n-1

The header holds no personal data: ids, the creation time, the schema revision, sizes, the audit
log's head at the time (compared at restore), and the keys. Each chunk is up to ``chunk_size``
bytes of the snapshot sealed with AES-256-GCM under a random backup key. A chunk's nonce is its
index and a final-chunk flag, and its associated data is the SHA-256 of the whole header, so an
altered header, a dropped, repeated or reordered chunk and a file cut short all fail to
authenticate.

Format 2 seals the backup key to the organisation root's public key (the header carries the root's
key pairs sealed under the recovery key, as the database does, so the backup opens on a new
computer with the recovery key alone) and to each administrator's public key (the header carries
her key pairs sealed under her password). Format 1 (the first design) wrapped it with the one data
key; such backups are still read, and the database they hold is upgraded at its first
administrator's unlock.
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
from caseapp.storage.keys import (
    KeyPairs,
    SealedKeyPairs,
    open_root,
    open_with_password_key,
    password_key,
    seal_to,
)

MAGIC = b"CASEAPP-BACKUP\n\x00"
FORMAT_VERSION = 2
FORMAT_NAMES = {1: "caseapp-backup/1", 2: "caseapp-backup/2"}
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
    """Format 1: an administrator's wrap of the data key, copied from the key vault."""

    username: str
    staff_id: str
    salt: bytes
    kdf: KdfParams
    wrapped: bytes


@dataclass(frozen=True)
class PersonKey:
    """Format 2: an administrator's key pairs as the database holds them (sealed under her
    password), and the backup key sealed to her."""

    username: str
    staff_id: str
    pairs: SealedKeyPairs
    key: bytes


@dataclass(frozen=True)
class BackupHeader:
    backup_id: str
    database_id: str
    created_at: str  # ISO 8601, UTC
    schema: str | None  # Alembic revision of the snapshot
    app_version: str
    size: int  # bytes of the snapshot
    chunk_size: int
    version: int = FORMAT_VERSION
    audit_seq: int = 0  # the audit log's head when the snapshot was taken (format 2)
    audit_mac: bytes = b""
    root_sign_pub: bytes = b""
    root_box_pub: bytes = b""
    root_sealed: bytes = b""  # the root's key pairs under the recovery key
    root_key: bytes = b""  # the backup key sealed to the root
    people: tuple[PersonKey, ...] = ()
    data_wrap: bytes = b""  # format 1: the backup key under the data key
    recovery_wrap: bytes | None = None  # format 1: the data key under the recovery key
    password_wraps: tuple[PasswordWrap, ...] = ()

    @property
    def chunk_count(self) -> int:
        return max(1, -(-self.size // self.chunk_size))

    @property
    def administrators(self) -> tuple[str, ...]:
        if self.version == 1:
            return tuple(w.username for w in self.password_wraps)
        return tuple(p.username for p in self.people)

    @property
    def opens_with_recovery_key(self) -> bool:
        return bool(self.root_sealed) if self.version != 1 else self.recovery_wrap is not None

    def to_json(self) -> dict[str, Any]:
        top: dict[str, Any] = {
            "format": FORMAT_NAMES[self.version],
            "backup_id": self.backup_id,
            "database_id": self.database_id,
            "created_at": self.created_at,
            "schema": self.schema,
            "app_version": self.app_version,
            "size": self.size,
            "chunk_size": self.chunk_size,
        }
        if self.version == 1:
            top["wraps"] = {
                "data": _b64(self.data_wrap),
                "recovery": _b64(self.recovery_wrap) if self.recovery_wrap else None,
                "passwords": [
                    {
                        "user": w.username,
                        "staff_id": w.staff_id,
                        "salt": _b64(w.salt),
                        "iterations": w.kdf.iterations,
                        "memory_kib": w.kdf.memory_kib,
                        "lanes": w.kdf.lanes,
                        "wrapped": _b64(w.wrapped),
                    }
                    for w in self.password_wraps
                ],
            }
            return top
        top["audit_head"] = {"seq": self.audit_seq, "mac": _b64(self.audit_mac)}
        top["keys"] = {
            "root": {
                "sign_pub": _b64(self.root_sign_pub),
                "box_pub": _b64(self.root_box_pub),
                "sealed": _b64(self.root_sealed),
                "key": _b64(self.root_key),
            },
            "people": [
                {
                    "user": p.username,
                    "staff_id": p.staff_id,
                    "box_pub": _b64(p.pairs.box_public),
                    "sign_pub": _b64(p.pairs.sign_public),
                    "salt": _b64(p.pairs.salt),
                    "iterations": p.pairs.kdf.iterations,
                    "memory_kib": p.pairs.kdf.memory_kib,
                    "lanes": p.pairs.kdf.lanes,
                    "sealed": _b64(p.pairs.sealed),
                    "key": _b64(p.key),
                }
                for p in self.people
            ],
        }
        return top

    @classmethod
    def from_json(cls, data: object) -> BackupHeader:
        """Strict: any missing, extra or mistyped field is damage."""
        try:
            return _parse_header(data)
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise BackupFormatError("damaged") from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _obj(value: object, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise ValueError("fields")
    return value


def _text(value: object, optional: bool = False) -> Any:
    if (value is None and optional) or isinstance(value, str):
        return value
    raise TypeError("text")


def _number(value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError("number")
    return value


def _raw(value: object) -> bytes:
    return base64.b64decode(_text(value), validate=True)


def _kdf(item: dict[str, Any]) -> KdfParams:
    return KdfParams(
        _number(item["iterations"], 1, _MAX_KDF_ITERATIONS),
        _number(item["memory_kib"], 8, _MAX_KDF_MEMORY_KIB),
        _number(item["lanes"], 1, _MAX_KDF_LANES),
    )


_COMMON = {"format", "backup_id", "database_id", "created_at", "schema", "app_version", "size",
           "chunk_size"}  # fmt: skip


def _parse_header(data: object) -> BackupHeader:
    if not isinstance(data, dict):
        raise TypeError("header")
    version = {v: k for k, v in FORMAT_NAMES.items()}.get(data.get("format"))  # type: ignore[arg-type]
    if version is None:
        raise ValueError("format")
    extra = {"wraps"} if version == 1 else {"audit_head", "keys"}
    top = _obj(data, _COMMON | extra)
    common = {
        "backup_id": _text(top["backup_id"]),
        "database_id": _text(top["database_id"]),
        "created_at": _text(top["created_at"]),
        "schema": _text(top["schema"], optional=True),
        "app_version": _text(top["app_version"]),
        "size": _number(top["size"], 0, 2**62),
        "chunk_size": _number(top["chunk_size"], 4096, _MAX_CHUNK),
    }
    if version == 1:
        wraps = _obj(top["wraps"], {"data", "recovery", "passwords"})
        if not isinstance(wraps["passwords"], list):
            raise TypeError("passwords")
        password_wraps = []
        for item in wraps["passwords"]:
            w = _obj(item, {"user", "staff_id", "salt", "iterations", "memory_kib", "lanes",
                            "wrapped"})  # fmt: skip
            password_wraps.append(
                PasswordWrap(
                    _text(w["user"]),
                    _text(w["staff_id"]),
                    _raw(w["salt"]),
                    _kdf(w),
                    _raw(w["wrapped"]),
                )
            )
        return BackupHeader(
            **common,
            version=1,
            data_wrap=_raw(wraps["data"]),
            recovery_wrap=_raw(wraps["recovery"]) if wraps["recovery"] is not None else None,
            password_wraps=tuple(password_wraps),
        )
    head = _obj(top["audit_head"], {"seq", "mac"})
    keys = _obj(top["keys"], {"root", "people"})
    root = _obj(keys["root"], {"sign_pub", "box_pub", "sealed", "key"})
    if not isinstance(keys["people"], list):
        raise TypeError("people")
    people = []
    for item in keys["people"]:
        p = _obj(item, {"user", "staff_id", "box_pub", "sign_pub", "salt", "iterations",
                        "memory_kib", "lanes", "sealed", "key"})  # fmt: skip
        publics = _raw(p["box_pub"]), _raw(p["sign_pub"])
        pairs = SealedKeyPairs(*publics, _raw(p["salt"]), _kdf(p), _raw(p["sealed"]))
        people.append(PersonKey(_text(p["user"]), _text(p["staff_id"]), pairs, _raw(p["key"])))
    return BackupHeader(
        **common,
        version=2,
        audit_seq=_number(head["seq"], 0, 2**62),
        audit_mac=_raw(head["mac"]),
        root_sign_pub=_raw(root["sign_pub"]),
        root_box_pub=_raw(root["box_pub"]),
        root_sealed=_raw(root["sealed"]),
        root_key=_raw(root["key"]),
        people=tuple(people),
    )


def _header_bytes(header: BackupHeader) -> bytes:
    body = json.dumps(header.to_json(), sort_keys=True, separators=(",", ":")).encode()
    return MAGIC + header.version.to_bytes(2, "big") + len(body).to_bytes(4, "big") + body


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _backup_key_context(backup_id: str) -> bytes:
    return f"backup\0{backup_id}".encode()


def _sealed_key_context(backup_id: str, holder: str) -> bytes:
    return f"caseapp-backup/2\0{backup_id}\0{holder}".encode()


def new_backup_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def seal_backup_key(box_public: bytes, backup_key: bytes, backup_id: str, holder: str) -> bytes:
    """The backup key sealed to the root ("root") or an administrator (her staff id)."""
    return seal_to(box_public, backup_key, _sealed_key_context(backup_id, holder))


def backup_key_with_pairs(header: BackupHeader, pairs: KeyPairs, holder: str) -> bytes:
    """The backup key for the root or an administrator whose key pairs are at hand;
    DecryptionFailed when she had no share of it."""
    if holder == "root":
        sealed = header.root_key
    else:
        sealed = next((p.key for p in header.people if p.staff_id == holder), b"")
    if not sealed:
        raise DecryptionFailed("not one of this backup's holders")
    return pairs.open(sealed, _sealed_key_context(header.backup_id, holder))


def backup_key_from_recovery_key(header: BackupHeader, recovery_key: str) -> bytes:
    """The backup key of a format 2 backup, or DecryptionFailed."""
    pairs = open_root(header.root_sealed, recovery_key, header.root_box_pub, header.root_sign_pub)
    return backup_key_with_pairs(header, pairs, "root")


def backup_key_from_password(header: BackupHeader, username: str, password: str) -> bytes:
    """The backup key of a format 2 backup for an administrator at the time, or
    DecryptionFailed."""
    for person in header.people:
        if person.username == username:
            try:
                key = password_key(person.pairs, password)
            except ValueError:  # cost parameters Argon2id refuses (lanes vs memory)
                raise DecryptionFailed("unusable key-derivation parameters") from None
            pairs = open_with_password_key(person.pairs, person.staff_id, key)
            return backup_key_with_pairs(header, pairs, person.staff_id)
    raise DecryptionFailed("no such administrator in this backup")


def _data_wrapping_key(data_key: bytes) -> bytes:
    return subkey(data_key, "caseapp backup key/1")


def backup_key_from_data_key(header: BackupHeader, data_key: bytes) -> bytes:
    """Format 1: the backup key, or DecryptionFailed when the data key is not this database's."""
    return unwrap_key(
        _data_wrapping_key(data_key), header.data_wrap, _backup_key_context(header.backup_id)
    )


def wrap_backup_key(data_key: bytes, backup_key: bytes, backup_id: str) -> bytes:
    """Format 1 (kept for tests of old backups)."""
    return wrap_key(_data_wrapping_key(data_key), backup_key, _backup_key_context(backup_id))


def data_key_from_recovery_key(header: BackupHeader, recovery_key: str) -> bytes:
    """Format 1: the data key, or DecryptionFailed when the recovery key does not fit."""
    raw = recovery_key_bytes(recovery_key)
    if raw is None or header.recovery_wrap is None:
        raise DecryptionFailed("recovery key does not fit")
    # Same wrap and context as the key vault's recovery wrap: it is a copy of it.
    return unwrap_key(
        recovery_wrapping_key(raw), header.recovery_wrap, vault._context(vault.RECOVERY, None)
    )


def data_key_from_password(header: BackupHeader, username: str, password: str) -> bytes:
    """Format 1: the data key, or DecryptionFailed when there is no such administrator or the
    password is wrong."""
    for wrap in header.password_wraps:
        if wrap.username == username:
            try:
                key = derive_password_key(password, wrap.salt, wrap.kdf)
            except ValueError:
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
    if version not in FORMAT_NAMES:
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
    header = BackupHeader.from_json(data)
    if header.version != version:
        raise BackupFormatError("damaged")
    return header, hashlib.sha256(start + body).digest()


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
