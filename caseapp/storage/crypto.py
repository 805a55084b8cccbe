"""Field encryption, key derivation and key wrapping.

Every key (a case's own key, a compartment's key) serves several purposes through HKDF sub-keys,
so one key never serves two. A field's ciphertext is ``version || key generation || nonce ||
AES-256-GCM(plaintext padded to 16 bytes)`` with associated data naming its table, column, row id
and the scope of its key (``case:<id>``, ``org``, ``shelter``): a ciphertext copied to another row,
column or case fails to decrypt.

Version 1 fields (the first design: one data key for everyone, no generation) are read only by the
upgrade to keys per person (``FieldCipher``, ``DataKeys``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FIELD_VERSION = 1  # the first design; read by the upgrade only
FIELD_V2 = 2
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32
_PAD_BLOCK = 16


class DecryptionFailed(Exception):
    """A ciphertext did not authenticate: damaged, truncated, moved, or under another key."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored beside every password wrap so it can be raised later."""

    iterations: int
    memory_kib: int
    lanes: int

    @classmethod
    def default(cls) -> KdfParams:
        """About 0.4 s on a two-core office machine; 128 MiB keeps peak memory modest."""
        return cls(iterations=6, memory_kib=128 * 1024, lanes=4)


def derive_password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(password.encode("utf-8"))


def subkey(data_key: bytes, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode()
    ).derive(data_key)


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def wrap_key(wrapping_key: bytes, key: bytes, context: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(wrapping_key).encrypt(nonce, key, b"caseapp-wrap/1\0" + context)


def unwrap_key(wrapping_key: bytes | AESGCM, wrapped: bytes, context: bytes) -> bytes:
    """The wrapped key; ``wrapping_key`` may be an AESGCM already made from it (many unwraps
    under one key: the day's reminders open thousands of case keys)."""
    if len(wrapped) < NONCE_BYTES + TAG_BYTES:  # a truncated wrap must not escape as ValueError
        raise DecryptionFailed("key wrap is truncated")
    nonce, body = wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:]
    aead = wrapping_key if isinstance(wrapping_key, AESGCM) else AESGCM(wrapping_key)
    try:
        return aead.decrypt(nonce, body, b"caseapp-wrap/1\0" + context)
    except InvalidTag as exc:
        raise DecryptionFailed("key wrap did not authenticate") from exc


# Recovery keys: 160 random bits in Crockford base32, eight groups of four characters. They are
# random, not chosen by a person, so HKDF is enough to turn them into a wrapping key.
_RECOVERY_BYTES = 20
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TO_CROCKFORD = str.maketrans(_B32, _CROCKFORD)
_FROM_CROCKFORD = str.maketrans(_CROCKFORD, _B32)


def new_recovery_key() -> str:
    text = base64.b32encode(secrets.token_bytes(_RECOVERY_BYTES)).decode().translate(_TO_CROCKFORD)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def recovery_key_bytes(text: str) -> bytes | None:
    """Decode a typed recovery key, forgiving case, spaces, dashes and O/I/L look-alikes."""
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != 32 or any(c not in _CROCKFORD for c in cleaned):
        return None
    return base64.b32decode(cleaned.translate(_FROM_CROCKFORD))


def recovery_wrapping_key(raw: bytes) -> bytes:
    return subkey(raw, "caseapp recovery key/1")


def is_field_ciphertext(blob: object) -> bool:
    """Whether bytes have the shape of a sealed field: version byte (and key generation), nonce,
    whole padded blocks and tag. Says nothing about authenticity; it keeps plaintext out of
    encrypted columns."""
    if not isinstance(blob, bytes) or not blob:
        return False
    overhead = {FIELD_VERSION: 1, FIELD_V2: 3}.get(blob[0])
    if overhead is None:
        return False
    overhead += NONCE_BYTES + TAG_BYTES
    return len(blob) >= overhead + _PAD_BLOCK and (len(blob) - overhead) % _PAD_BLOCK == 0


def derive(secret: bytes, purpose: str) -> bytes:
    """A sub-key of a case's or compartment's key for one purpose ("fields", "rows", "index",
    "wrap"): HMAC-SHA256 of the purpose under the key, which is uniformly random, so this is the
    one-block expand step of HKDF without its extract step. Cheap enough to run for every case
    whose order number the day's reminders show (and each case a year's report counts): the
    one-shot ``hmac.digest``, the same HMAC without an HMAC object per call."""
    return hmac.digest(secret, f"caseapp {purpose}/2".encode(), "sha256")


def _pad(text: str) -> bytes:
    data = text.encode("utf-8") + b"\x80"
    return data + b"\0" * (-len(data) % _PAD_BLOCK)


def _unpad(data: bytes) -> str:
    end = data.rstrip(b"\0")
    if not end.endswith(b"\x80"):
        raise DecryptionFailed("bad padding")
    try:
        return end[:-1].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecryptionFailed("not text") from exc


def _field_aad(table: str, column: str, row_id: str, scope: str) -> bytes:
    return f"caseapp-field/{FIELD_V2}\0{table}\0{column}\0{row_id}\0{scope}".encode()


def seal_field(
    aead: AESGCM, gen: int, table: str, column: str, row_id: str, scope: str, text: str
) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    body = aead.encrypt(nonce, _pad(text), _field_aad(table, column, row_id, scope))
    return bytes([FIELD_V2]) + gen.to_bytes(2, "big") + nonce + body


def field_generation(blob: bytes) -> int:
    """The generation of the compartment key a version 2 field was sealed under."""
    if len(blob) < 3 or blob[0] != FIELD_V2:
        raise DecryptionFailed("not a field ciphertext")
    return int.from_bytes(blob[1:3], "big")


def open_field(aead: AESGCM, table: str, column: str, row_id: str, scope: str, blob: bytes) -> str:
    if not is_field_ciphertext(blob) or blob[0] != FIELD_V2:
        raise DecryptionFailed("not a field ciphertext")
    nonce, body = blob[3 : 3 + NONCE_BYTES], blob[3 + NONCE_BYTES :]
    try:
        data = aead.decrypt(nonce, body, _field_aad(table, column, row_id, scope))
    except InvalidTag as exc:
        raise DecryptionFailed("field did not authenticate") from exc
    return _unpad(data)


class FieldCipher:
    """Version 1 fields (the first design), bound to table, column and row id."""

    def __init__(self, field_key: bytes) -> None:
        self._aead = AESGCM(field_key)

    @staticmethod
    def _aad(table: str, column: str, row_id: str) -> bytes:
        return f"caseapp-field/{FIELD_VERSION}\0{table}\0{column}\0{row_id}".encode()

    def seal(self, table: str, column: str, row_id: str, text: str) -> bytes:
        data = text.encode("utf-8") + b"\x80"
        data += b"\0" * (-len(data) % _PAD_BLOCK)
        nonce = os.urandom(NONCE_BYTES)
        body = self._aead.encrypt(nonce, data, self._aad(table, column, row_id))
        return bytes([FIELD_VERSION]) + nonce + body

    def open(self, table: str, column: str, row_id: str, blob: bytes) -> str:
        if len(blob) < 1 + NONCE_BYTES + TAG_BYTES + _PAD_BLOCK or blob[0] != FIELD_VERSION:
            raise DecryptionFailed("not a field ciphertext")
        nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            data = self._aead.decrypt(nonce, body, self._aad(table, column, row_id))
        except InvalidTag as exc:
            raise DecryptionFailed("field did not authenticate") from exc
        end = data.rstrip(b"\0")
        if not end.endswith(b"\x80"):
            raise DecryptionFailed("bad padding")
        return end[:-1].decode("utf-8")


def keyed_hash(key: bytes, *parts: bytes) -> bytes:
    """HMAC-SHA256 over length-prefixed parts, so no two part lists collide."""
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for part in parts:
        mac.update(len(part).to_bytes(4, "big"))
        mac.update(part)
    return mac.digest()


@dataclass(frozen=True)
class DataKeys:
    """The first design's keys, all from one data key: read by the upgrade only."""

    field: FieldCipher
    index_key: bytes
    audit_key: bytes
    data_key: bytes  # kept only to wrap it for a new account or a backup

    def __repr__(self) -> str:
        return "DataKeys(<hidden>)"

    @classmethod
    def from_data_key(cls, data_key: bytes) -> DataKeys:
        return cls(
            field=FieldCipher(subkey(data_key, "caseapp fields/1")),
            index_key=subkey(data_key, "caseapp blind index/1"),
            audit_key=subkey(data_key, "caseapp audit chain/1"),
            data_key=data_key,
        )
