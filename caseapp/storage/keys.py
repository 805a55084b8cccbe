"""Key pairs: a person's (or the organisation root's) key for receiving keys and key for signing.

- **Receiving** is X25519: a key is *sealed to* a public key (an ephemeral key exchange, HKDF and
  AES-256-GCM), so anyone can give a key to a person but only she can take it out.
- **Signing** is Ed25519: authority records and audit entries name who signed them.

A person's two private keys are sealed together under a key derived from her password (Argon2id,
parameters stored beside them); the root's under the recovery key. The public halves are in clear
and authenticated as associated data, so a swapped public key makes the private keys unusable.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from caseapp.storage.crypto import (
    NONCE_BYTES,
    TAG_BYTES,
    DecryptionFailed,
    KdfParams,
    derive_password_key,
    recovery_key_bytes,
    recovery_wrapping_key,
    unwrap_key,
    wrap_key,
)

PUBLIC_BYTES = 32
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()


def canonical(value: Any) -> bytes:
    """One byte string per value: JSON with sorted keys and no spaces (bytes as hex)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def public_bytes(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(_RAW, _RAW_PUBLIC)


def box_private(secret: bytes) -> X25519PrivateKey:
    """A compartment's secret is also the private half of its receiving key pair."""
    return X25519PrivateKey.from_private_bytes(secret)


def box_public_of(secret: bytes) -> bytes:
    return public_bytes(box_private(secret).public_key())


def seal_to(recipient_public: bytes, plaintext: bytes, context: bytes) -> bytes:
    """Seal ``plaintext`` so that only the holder of ``recipient_public``'s private key opens it:
    ephemeral public key (32) || nonce (12) || AES-256-GCM ciphertext and tag."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _box_key(shared, ephemeral_public, recipient_public, context)
    nonce = os.urandom(NONCE_BYTES)
    return ephemeral_public + nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def open_sealed(recipient: X25519PrivateKey, sealed: bytes, context: bytes) -> bytes:
    if len(sealed) < PUBLIC_BYTES + NONCE_BYTES + TAG_BYTES:
        raise DecryptionFailed("sealed key is truncated")
    ephemeral_public = sealed[:PUBLIC_BYTES]
    nonce = sealed[PUBLIC_BYTES : PUBLIC_BYTES + NONCE_BYTES]
    body = sealed[PUBLIC_BYTES + NONCE_BYTES :]
    try:
        shared = recipient.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:  # a low-order point: not something we sealed
        raise DecryptionFailed("sealed key is not valid") from exc
    recipient_public = public_bytes(recipient.public_key())
    key = _box_key(shared, ephemeral_public, recipient_public, context)
    try:
        return AESGCM(key).decrypt(nonce, body, context)
    except InvalidTag as exc:
        raise DecryptionFailed("sealed key did not authenticate") from exc


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes, context: bytes) -> bytes:
    info = b"caseapp-box/1\0" + context + b"\0" + ephemeral + recipient
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def verify_signature(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class KeyPairs:
    """A receiving key pair and a signing key pair: a person's, or the organisation root's."""

    box: X25519PrivateKey
    signing: Ed25519PrivateKey

    def __repr__(self) -> str:
        return "KeyPairs(<hidden>)"

    @classmethod
    def generate(cls) -> KeyPairs:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    @property
    def box_public(self) -> bytes:
        return public_bytes(self.box.public_key())

    @property
    def sign_public(self) -> bytes:
        return public_bytes(self.signing.public_key())

    def sign(self, message: bytes) -> bytes:
        return self.signing.sign(message)

    def open(self, sealed: bytes, context: bytes) -> bytes:
        return open_sealed(self.box, sealed, context)

    def private_bytes(self) -> bytes:
        return self.box.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION) + (
            self.signing.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION)
        )

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> KeyPairs:
        if len(raw) != 64:
            raise DecryptionFailed("key pairs have the wrong length")
        return cls(
            X25519PrivateKey.from_private_bytes(raw[:32]),
            Ed25519PrivateKey.from_private_bytes(raw[32:]),
        )


def _pairs_context(owner: str, box_public: bytes, sign_public: bytes) -> bytes:
    return b"caseapp-keypairs/1\0" + owner.encode() + b"\0" + box_public + sign_public


@dataclass(frozen=True)
class SealedKeyPairs:
    """A person's key pairs as stored: public halves in clear, private halves sealed under her
    password."""

    box_public: bytes
    sign_public: bytes
    salt: bytes
    kdf: KdfParams
    sealed: bytes


def seal_with_password(
    pairs: KeyPairs, owner: str, password: str, params: KdfParams
) -> SealedKeyPairs:
    salt = os.urandom(16)
    key = derive_password_key(password, salt, params)
    context = _pairs_context(owner, pairs.box_public, pairs.sign_public)
    return SealedKeyPairs(
        pairs.box_public,
        pairs.sign_public,
        salt,
        params,
        wrap_key(key, pairs.private_bytes(), context),
    )


def password_key(stored: SealedKeyPairs, password: str) -> bytes:
    """The slow part of unlocking (Argon2id): run it outside any transaction or lock."""
    return derive_password_key(password, stored.salt, stored.kdf)


def open_with_password_key(stored: SealedKeyPairs, owner: str, key: bytes) -> KeyPairs:
    """The key pairs, or DecryptionFailed when the password was wrong or the public halves were
    swapped."""
    context = _pairs_context(owner, stored.box_public, stored.sign_public)
    pairs = KeyPairs.from_private_bytes(unwrap_key(key, stored.sealed, context))
    if (pairs.box_public, pairs.sign_public) != (stored.box_public, stored.sign_public):
        raise DecryptionFailed("key pairs do not match their public halves")
    return pairs


def seal_root(pairs: KeyPairs, recovery_key: str) -> bytes:
    raw = recovery_key_bytes(recovery_key)
    if raw is None:
        raise ValueError("malformed recovery key")
    context = _pairs_context("root", pairs.box_public, pairs.sign_public)
    return wrap_key(recovery_wrapping_key(raw), pairs.private_bytes(), context)


def open_root(sealed: bytes, recovery_key: str, box_public: bytes, sign_public: bytes) -> KeyPairs:
    """The root's key pairs, or DecryptionFailed when the recovery key does not fit."""
    raw = recovery_key_bytes(recovery_key)
    if raw is None:
        raise DecryptionFailed("malformed recovery key")
    context = _pairs_context("root", box_public, sign_public)
    pairs = KeyPairs.from_private_bytes(unwrap_key(recovery_wrapping_key(raw), sealed, context))
    if (pairs.box_public, pairs.sign_public) != (box_public, sign_public):
        raise DecryptionFailed("root keys do not match the organisation's public keys")
    return pairs


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def root_fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """The organisation root's short fingerprint (80 bits), printed on the recovery sheet and
    remembered by each computer: ``XXXX-XXXX-XXXX-XXXX``."""
    digest = hashlib.sha256(b"caseapp-root/1\0" + sign_public + box_public).digest()[:10]
    text = base64.b32encode(digest).decode().translate(str.maketrans(_B32, _CROCKFORD))
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))
