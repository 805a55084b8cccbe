"""Files kept with a case: scans, photos, PDFs, up to 50 MB each.

The content is sealed in pieces under the case's key (``storage.attachments``) and stored in the
database, never in a file; the name, type, size and SHA-256 are sealed too. Listing a case's
attachments opens only those; the content is opened when someone looks at it (one audit entry)
or saves a copy outside the program (an explicit act, one audit entry). A file added by mistake is
struck out like any record (``services.corrections``): it leaves the list, its row stays.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from sqlalchemy import select

from caseapp.domain.changes import Action, RecordChange, RecordKind, encode, label_of
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services.cases import visible_case
from caseapp.services.errors import DamagedRecord, InvalidInput, NotFound, OperationFailed
from caseapp.services.workspace import Workspace
from caseapp.storage.attachments import attachment_aead, chunk_count, open_chunks, seal_chunks
from caseapp.storage.crypto import DecryptionFailed
from caseapp.storage.fields import DamagedField, new_id
from caseapp.storage.models import Attachment, AttachmentChunk, Staff

MAX_BYTES: Final = 50 * 1024 * 1024
"""The largest file a case keeps: 50 MB."""
MAX_NAME: Final = 255
_MAGIC: Final = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
)


@dataclass(frozen=True)
class AttachmentView:
    id: str
    name: str
    type: str  # a MIME type: "application/pdf", "image/jpeg", ...
    size: int  # bytes
    added_on: date
    added_by: str  # user name
    sha256: str

    def as_json(self, number: int) -> dict[str, object]:
        """What ``caseapp attachments --json`` prints for it (``number`` is its place, from 1)."""
        return {
            "n": number,
            "name": self.name,
            "type": self.type,
            "size": self.size,
            "added_on": self.added_on.isoformat(),
            "added_by": self.added_by,
        }


def file_type(name: str, data: bytes) -> str:
    """The type by the content's first bytes, else by the name's extension."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


def _check(name: str, data: bytes) -> str:
    base = Path(name.replace("\\", "/")).name.strip()
    if not base:
        raise InvalidInput("file", QT_TRANSLATE_NOOP("errors", "The file has no name."))
    if len(base) > MAX_NAME:
        raise InvalidInput(
            "file",
            QT_TRANSLATE_NOOP("errors", "The file's name is longer than {high} characters."),
            high=MAX_NAME,
        )
    if not data:
        raise InvalidInput("file", QT_TRANSLATE_NOOP("errors", "The file is empty."))
    if len(data) > MAX_BYTES:
        raise InvalidInput(
            "file",
            QT_TRANSLATE_NOOP("errors", "The file is larger than {high} MB."),
            high=MAX_BYTES // (1024 * 1024),
        )
    return base


def add_attachment(
    workspace: Workspace, number: str, name: str, data: bytes, *, added_on: date | None = None
) -> str:
    """Keep a file with the case, sealed; returns its id. One audit entry. ``added_on``: today
    unless the demo makes a database as of another day (never after today)."""
    added_on = min(added_on or date.today(), date.today())
    base = _check(name, data)
    meta = {
        "name": base,
        "type": file_type(base, data),
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    with workspace.transaction() as session:
        case = visible_case(workspace, session, number, write=True)
        row = Attachment(
            id=new_id(),
            case_id=case.id,
            added_on=added_on,
            added_by=workspace.actor.staff_id or None,
            chunks=chunk_count(len(data)),
        )
        session.add(row)
        row.meta = json.dumps(meta, ensure_ascii=False)
        aead = attachment_aead(workspace.chest.case_key(session, case.id))
        for seq, sealed in seal_chunks(aead, case.id, row.id, data):
            session.add(AttachmentChunk(attachment_id=row.id, seq=seq, data=sealed))
        session.flush()
        added = RecordChange(
            RecordKind.ATTACHMENT, Action.ADDED, label_of(RecordKind.ATTACHMENT, row)
        )
        workspace.audit(session, "attachment.add", "attachment", row.id, case.id, encode([added]))
        return row.id


def _view(row: Attachment, names: dict[str, str], number: str) -> AttachmentView:
    try:
        meta = json.loads(row.meta or "{}")
    except DamagedField as exc:
        raise DamagedRecord(
            record=f"{exc.table} {exc.row_id} (case {number})", column=exc.column
        ) from None
    return AttachmentView(
        id=row.id,
        name=str(meta.get("name", "")),
        type=str(meta.get("type", "")),
        size=int(meta.get("size", 0)),
        added_on=row.added_on,
        added_by=names.get(row.added_by or "", ""),
        sha256=str(meta.get("sha256", "")),
    )


def list_attachments(workspace: Workspace, number: str) -> list[AttachmentView]:
    """The case's files not struck out, oldest first (one day's by name): their names, types and
    sizes only (the content stays sealed)."""
    with workspace.session() as session:
        case = visible_case(workspace, session, number)
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.case_id == case.id, Attachment.struck_out_on.is_(None))
            .order_by(Attachment.added_on, Attachment.id)
        ).all()
        names: dict[str, str] = {i: u for i, u in session.execute(select(Staff.id, Staff.username))}
        views = [_view(row, names, number) for row in rows]
    # One day's files by name (their ids are random): the same order on every screen.
    views.sort(key=lambda v: (v.added_on, v.name.casefold(), v.id))
    return views


def _content(workspace: Workspace, number: str, attachment_id: str) -> tuple[str, bytes, str]:
    """(case id, content, name) of a live attachment of the case, its content authenticated."""
    with workspace.session() as session:
        case = visible_case(workspace, session, number)
        row = session.get(Attachment, attachment_id)
        if row is None or row.case_id != case.id or row.struck_out_on is not None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "Case {number} has no such attachment."),
                number=number,
            )
        view = _view(row, {}, number)
        pieces = session.execute(
            select(AttachmentChunk.seq, AttachmentChunk.data)
            .where(AttachmentChunk.attachment_id == row.id)
            .order_by(AttachmentChunk.seq)
        )
        aead = attachment_aead(workspace.chest.case_key(session, case.id))
        try:
            data = open_chunks(
                aead, case.id, row.id, row.chunks, ((s, bytes(d)) for s, d in pieces)
            )
        except DecryptionFailed:
            data = b""
        if not data or hashlib.sha256(data).hexdigest() != view.sha256:
            raise DamagedRecord(record=f"attachment {row.id} (case {number})", column="content")
        return case.id, data, view.name


def open_attachment(workspace: Workspace, number: str, attachment_id: str) -> bytes:
    """The content, for a preview in memory; one audit entry of her looking at it."""
    case_id, data, _ = _content(workspace, number, attachment_id)
    with workspace.transaction() as session:
        workspace.audit(
            session, "attachment.view", "attachment", attachment_id, case_id, changed=False
        )
    return data


def save_copy(workspace: Workspace, number: str, attachment_id: str, target: Path) -> Path:
    """Write the content to ``target`` (a copy outside the program, in clear: the person was
    warned), whole or not at all; one audit entry."""
    target = Path(target).expanduser()
    if target.is_dir() or not target.parent.is_dir():
        raise InvalidInput(
            "out", QT_TRANSLATE_NOOP("errors", "The copy must be a file in a folder that exists.")
        )
    case_id, data, _ = _content(workspace, number, attachment_id)
    with workspace.transaction() as session:  # recorded before the copy exists
        workspace.audit(
            session, "attachment.save_copy", "attachment", attachment_id, case_id, changed=False
        )
    try:
        handle, part = tempfile.mkstemp(prefix=".caseapp-copy-", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, target)
        except BaseException:
            Path(part).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OperationFailed(
            QT_TRANSLATE_NOOP("errors", "The copy could not be written ({reason})."),
            reason=exc.strerror or type(exc).__name__,
        ) from None
    return target
