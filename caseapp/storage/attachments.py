"""Attachments' content, sealed in chunks.

A file is cut into pieces of ``CHUNK_SIZE`` bytes, each sealed with AES-256-GCM under the case's
attachment key (a sub-key of the case's own key) with a random nonce, and associated data naming
the case, the attachment, the piece's place and the number of pieces: a piece moved to another
attachment or place, a piece dropped, repeated or swapped, and a file cut short all fail to open.
The number of pieces is also in the attachment row, under that row's MAC. The last piece is
padded (0x80, then zeros) to a power of two of at least 4 KiB, so its sealed length tells the
file's size only roughly. Nothing here touches the disk: the caller stores the pieces in
``attachment_chunk`` rows.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseapp.storage.crypto import NONCE_BYTES, DecryptionFailed, derive

CHUNK_SIZE = 1024 * 1024
_MIN_LAST = 4096
_VERSION = b"\x01"


def attachment_aead(case_key: bytes) -> AESGCM:
    return AESGCM(derive(case_key, "attachments"))


def _aad(case_id: str, attachment_id: str, seq: int, count: int) -> bytes:
    return b"|".join(
        (b"caseapp-attachment/1", case_id.encode(), attachment_id.encode(), b"%d/%d" % (seq, count))
    )


def chunk_count(size: int) -> int:
    """How many pieces a file of ``size`` bytes takes (the last one padded, so a file filling
    its last piece exactly takes one more byte of padding room: a piece more)."""
    return size // CHUNK_SIZE + 1


def _pad(piece: bytes) -> bytes:
    length = _MIN_LAST
    while length < len(piece) + 1:
        length *= 2
    return piece + b"\x80" + b"\0" * (length - len(piece) - 1)


def _unpad(piece: bytes) -> bytes:
    end = piece.rstrip(b"\0")
    if not end.endswith(b"\x80"):
        raise DecryptionFailed("an attachment's last piece is not padded")
    return end[:-1]


def seal_chunks(
    aead: AESGCM, case_id: str, attachment_id: str, data: bytes
) -> Iterator[tuple[int, bytes]]:
    """(place, sealed piece) of each piece of ``data``."""
    count = chunk_count(len(data))
    view = memoryview(data)
    for seq in range(count):
        nonce = os.urandom(NONCE_BYTES)
        piece: bytes | memoryview = view[seq * CHUNK_SIZE : (seq + 1) * CHUNK_SIZE]
        if seq == count - 1:
            piece = _pad(bytes(piece))
        sealed = aead.encrypt(nonce, piece, _aad(case_id, attachment_id, seq, count))
        yield seq, _VERSION + nonce + sealed


def _opened(
    aead: AESGCM,
    case_id: str,
    attachment_id: str,
    count: int,
    pieces: Iterable[tuple[int, bytes]],
) -> Iterator[bytes]:
    """Each piece's plain bytes, in order; DecryptionFailed when one is damaged, moved, missing
    or extra (raised at the piece, or after the last one when the file was cut short)."""
    expected = 0
    for seq, blob in pieces:
        if seq != expected or seq >= count or blob[:1] != _VERSION:
            raise DecryptionFailed("an attachment's piece is missing, extra or out of place")
        nonce, sealed = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            piece = aead.decrypt(nonce, sealed, _aad(case_id, attachment_id, seq, count))
        except InvalidTag:
            raise DecryptionFailed("an attachment's piece does not authenticate") from None
        yield _unpad(piece) if seq == count - 1 else piece
        expected += 1
    if expected != count:
        raise DecryptionFailed("an attachment was cut short")


def open_chunks(
    aead: AESGCM,
    case_id: str,
    attachment_id: str,
    count: int,
    pieces: Iterable[tuple[int, bytes]],
) -> bytes:
    """The content from its sealed pieces, in order; DecryptionFailed when one is damaged,
    moved, missing or extra."""
    return b"".join(_opened(aead, case_id, attachment_id, count, pieces))


def content_digest(
    aead: AESGCM,
    case_id: str,
    attachment_id: str,
    count: int,
    pieces: Iterable[tuple[int, bytes]],
) -> str:
    """The SHA-256 (hex) of the content, opening one piece at a time (the check reads every
    file without holding one whole in memory); DecryptionFailed like ``open_chunks``."""
    digest = hashlib.sha256()
    for piece in _opened(aead, case_id, attachment_id, count, pieces):
        digest.update(piece)
    return digest.hexdigest()
