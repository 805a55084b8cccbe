"""Attachments in the integrity check: their pieces' count and order for every file (cheap, no
content read: the check after each unlock), and with ``caseapp check`` their content too: every
piece opened with its AES-GCM tag, in order, none missing or extra, and the whole file against
the SHA-256 sealed with its name. Each problem is one sentence naming the attachment by its
random id and its case by number, never by its name, type or content."""

from __future__ import annotations

import json

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.storage.attachments import attachment_aead, content_digest
from caseapp.storage.crypto import DecryptionFailed
from caseapp.storage.fields import DamagedField
from caseapp.storage.keychest import KeyChest
from caseapp.storage.models import Attachment, AttachmentChunk, Case

_PIECES_AT_ONCE = 4  # pieces of 1 MiB read from the database at a time


def damaged(attachment_id: str, number: str) -> str:
    return (
        f"attachment {attachment_id} (case {number}): its content is damaged, cut short or has "
        "pieces missing or out of place, so it does not open."
    )


def piece_problems(session: Session, cases: list[Case]) -> list[str]:
    """Attachments whose stored pieces are not exactly 0 .. n-1 for the n their row records
    (a piece deleted, added or renumbered outside the program), by one grouped query."""
    numbers = {case.id: case.number for case in cases}
    if not numbers:
        return []
    counted = (
        select(
            AttachmentChunk.attachment_id.label("aid"),
            func.count().label("n"),
            func.min(AttachmentChunk.seq).label("low"),
            func.max(AttachmentChunk.seq).label("high"),
        )
        .group_by(AttachmentChunk.attachment_id)
        .subquery()
    )
    query = (
        select(
            Attachment.id,
            Attachment.case_id,
            Attachment.chunks,
            counted.c.n,
            counted.c.low,
            counted.c.high,
        )
        .outerjoin(counted, counted.c.aid == Attachment.id)
        .where(Attachment.case_id.in_(list(numbers)))
        .order_by(Attachment.case_id, Attachment.id)
    )
    problems = []
    for attachment_id, case_id, chunks, n, low, high in session.execute(query):
        if (n or 0, low, high) != (chunks, 0, chunks - 1):
            problems.append(damaged(attachment_id, numbers[case_id]))
    return problems


def content_problems(session: Session, chest: KeyChest, cases: list[Case]) -> list[str]:
    """Every attachment of these cases opened piece by piece and its digest compared with the
    sealed one (struck-out files too: they are kept). One file in memory a few pieces at a time."""
    by_id = {case.id: case for case in cases}
    problems = []
    aeads: dict[str, AESGCM] = {}
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.case_id.in_(list(by_id)))
        .order_by(Attachment.case_id, Attachment.id)
    ).all()
    for row in rows:
        case, attachment_id = by_id[row.case_id], row.id
        if case.id not in aeads:
            aeads[case.id] = attachment_aead(chest.case_key(session, case.id))
        aead = aeads[case.id]
        try:
            sealed = str(json.loads(row.meta or "{}").get("sha256", ""))
        except (DamagedField, ValueError):
            sealed = ""  # the field check names the field itself
        pieces = session.execute(
            select(AttachmentChunk.seq, AttachmentChunk.data)
            .where(AttachmentChunk.attachment_id == attachment_id)
            .order_by(AttachmentChunk.seq),
            execution_options={"yield_per": _PIECES_AT_ONCE},
        )
        try:
            digest = content_digest(
                aead, case.id, attachment_id, row.chunks, ((s, bytes(d)) for s, d in pieces)
            )
        except DecryptionFailed:
            digest = ""
        finally:
            pieces.close()
        if not digest or digest != sealed:
            problems.append(damaged(attachment_id, case.number))
    return problems
