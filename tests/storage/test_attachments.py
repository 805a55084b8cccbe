"""Sealed pieces of an attached file: whole files of every edge size come back; a piece moved to
another file or place, dropped or added fails; the last piece's length tells the size roughly."""

from __future__ import annotations

import os

import pytest

from caseapp.storage.attachments import CHUNK_SIZE, attachment_aead, open_chunks, seal_chunks
from caseapp.storage.crypto import DecryptionFailed

AEAD = attachment_aead(os.urandom(32))


@pytest.mark.parametrize("size", [1, 4094, 4095, 5000, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1])
def test_every_size_comes_back_whole(size: int) -> None:
    data = os.urandom(size)
    pieces = list(seal_chunks(AEAD, "case", "file", data))
    assert open_chunks(AEAD, "case", "file", len(pieces), pieces) == data
    last = len(pieces[-1][1]) - 1 - 12 - 16  # version, nonce, tag
    assert last >= 4096 and last & (last - 1) == 0


def test_moved_dropped_or_added_pieces_fail() -> None:
    pieces = list(seal_chunks(AEAD, "case", "file", os.urandom(CHUNK_SIZE + 10)))
    for bad, count in (
        (pieces, 2),
        (pieces[:1], 2),
        (pieces[::-1], 2),
        ([*pieces, (2, pieces[1][1])], 3),
    ):
        with pytest.raises(DecryptionFailed):
            open_chunks(AEAD, "case", "other-file" if bad is pieces else "file", count, bad)
    with pytest.raises(DecryptionFailed):
        open_chunks(AEAD, "case", "file", 2, pieces[:1])
    with pytest.raises(DecryptionFailed):
        open_chunks(attachment_aead(os.urandom(32)), "case", "file", 2, pieces)
