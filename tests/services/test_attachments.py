"""Attachments: files kept with a case, sealed in pieces under the case's key in the database;
their names, types and sizes sealed too; opened only when looked at or copied out (each
audited); refused over 50 MB; struck out, never erased; in backups; a damaged piece is named."""

from __future__ import annotations

import secrets
import string
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, text

from caseapp.domain import records as rec
from caseapp.services import backup as bk
from caseapp.services import backup_restore
from caseapp.services import workspace as ws
from caseapp.services.attachments import (
    MAX_BYTES,
    add_attachment,
    list_attachments,
    open_attachment,
    save_copy,
)
from caseapp.services.cases import case_history, create_case, get_case
from caseapp.services.corrections import strike_out
from caseapp.services.errors import DamagedRecord, InvalidInput
from caseapp.services.move import move_database
from caseapp.storage.attachments import CHUNK_SIZE
from caseapp.storage.database import Database
from tests.conftest import ADMIN_PASSWORD


def marker() -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(16))


def a_case(admin: ws.Workspace) -> str:
    return create_case(admin, rec.CaseRecord(rec.Client("Жанар Тестова"), date(2026, 3, 1)))


def a_pdf(secret: str, size: int = 0) -> bytes:
    body = b"%PDF-1.4\n% " + secret.encode() + b"\n"
    return body + b"x" * max(0, size - len(body))


def test_a_file_is_kept_sealed_and_listed_by_its_sealed_name(
    db: Database, admin: ws.Workspace
) -> None:
    number = a_case(admin)
    secret, name = marker(), f"согласие-{marker()}.pdf"
    content = a_pdf(secret, 3 * CHUNK_SIZE + 17)
    attachment_id = add_attachment(admin, number, f"/home/worker/scans/{name}", content)
    [view] = list_attachments(admin, number)
    assert (view.id, view.name, view.type, view.size, view.added_on, view.added_by) == (
        attachment_id,
        name,
        "application/pdf",
        len(content),
        date.today(),
        "admin",
    )
    assert open_attachment(admin, number, attachment_id) == content
    with db.engine.connect() as conn:
        stored = b"".join(
            bytes(blob)
            for (blob,) in conn.execute(text("SELECT data FROM attachment_chunk ORDER BY seq"))
        )
        meta = bytes(conn.execute(text("SELECT meta FROM attachment")).scalar_one())
        count = conn.execute(text("SELECT count(*) FROM attachment_chunk")).scalar_one()
    assert count == 4
    for plain in (secret.encode(), b"%PDF", name.encode()):
        assert plain not in stored and plain not in meta
    actions = [a for _, _, a in case_history(admin, number)]
    assert "attachment.add" in actions and "attachment.view" in actions


def test_bad_files_are_refused_and_nothing_is_kept(admin: ws.Workspace) -> None:
    number = a_case(admin)
    for name, data in (("empty.pdf", b""), ("", b"x"), ("big.bin", b"\0" * (MAX_BYTES + 1))):
        with pytest.raises(InvalidInput) as refused:
            add_attachment(admin, number, name, data)
        assert refused.value.field == "file"
    assert list_attachments(admin, number) == []


def test_a_copy_out_is_explicit_whole_and_audited(admin: ws.Workspace, tmp_path: Path) -> None:
    number = a_case(admin)
    content = b"\x89PNG\r\n\x1a\n" + marker().encode()
    attachment_id = add_attachment(admin, number, "photo.png", content)
    assert list_attachments(admin, number)[0].type == "image/png"
    folder = tmp_path / "out"
    folder.mkdir()
    out = save_copy(admin, number, attachment_id, folder / "copy.png")
    assert out.read_bytes() == content
    assert [p.name for p in folder.iterdir()] == ["copy.png"]  # no part file left
    assert "attachment.save_copy" in [a for _, _, a in case_history(admin, number)]
    with pytest.raises(InvalidInput):
        save_copy(admin, number, attachment_id, tmp_path / "no-folder" / "x.png")


def test_striking_out_hides_it_and_keeps_it(db: Database, admin: ws.Workspace) -> None:
    number = a_case(admin)
    attachment_id = add_attachment(admin, number, "scan.pdf", a_pdf(marker()))
    strike_out(admin, number, "attachment", attachment_id, "attached to the wrong case")
    assert list_attachments(admin, number) == []
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM attachment")).scalar_one() == 1
    get_case(admin, number)  # the case still verifies whole


def test_a_damaged_or_swapped_piece_is_named(db: Database, admin: ws.Workspace) -> None:
    number = a_case(admin)
    attachment_id = add_attachment(admin, number, "scan.pdf", a_pdf(marker(), 2 * CHUNK_SIZE))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE attachment_chunk SET seq = 5 WHERE seq = 0"))
        conn.execute(text("UPDATE attachment_chunk SET seq = 0 WHERE seq = 1"))
        conn.execute(text("UPDATE attachment_chunk SET seq = 1 WHERE seq = 5"))
    with pytest.raises(DamagedRecord) as damaged:
        open_attachment(admin, number, attachment_id)
    assert attachment_id in str(damaged.value)
    assert [v.name for v in list_attachments(admin, number)] == ["scan.pdf"]


def test_opening_a_case_opens_no_content(db: Database, admin: ws.Workspace) -> None:
    number = a_case(admin)
    for i in range(10):
        add_attachment(admin, number, f"scan-{i}.pdf", a_pdf(marker(), CHUNK_SIZE // 2))
    statements: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        get_case(admin, number)
        assert len(list_attachments(admin, number)) == 10
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert statements and not any("attachment_chunk" in s for s in statements)


def test_a_backup_restored_or_a_database_moved_has_the_attachments(
    admin: ws.Workspace, db_kind: str, db_target: str, tmp_path: Path
) -> None:
    """On SQLite: a backup restored on another computer. On PostgreSQL (backed up with the
    server's tools): ``caseapp move`` into a data folder."""
    number = a_case(admin)
    content = a_pdf(marker(), CHUNK_SIZE + 5)
    attachment_id = add_attachment(admin, number, "consent.pdf", content)
    if db_kind == "sqlite":
        backup = bk.create_backup(admin, tmp_path / "b.caseapp-backup")
        restored = backup_restore.restore_backup(
            backup.path, tmp_path / "elsewhere", username="admin", password=ADMIN_PASSWORD
        )
        assert restored.report.ok
    else:
        admin.db.close()
        moved = move_database(
            db_target, tmp_path / "elsewhere", username="admin", password=ADMIN_PASSWORD
        )
        assert moved.report.ok
    copy = ws.open_database(tmp_path / "elsewhere")
    try:
        other = ws.unlock(copy, "admin", ADMIN_PASSWORD)
        assert open_attachment(other, number, attachment_id) == content
    finally:
        copy.close()


def test_the_check_after_unlock_counts_each_files_pieces(db: Database, admin: ws.Workspace) -> None:
    """Cheap enough for every unlock: no piece opened, but one dropped is named."""
    from caseapp.services.sweep import sweep

    number = a_case(admin)
    attachment_id = add_attachment(admin, number, "scan.pdf", a_pdf(marker(), CHUNK_SIZE + 1))
    assert sweep(admin) == []
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM attachment_chunk WHERE seq = 1"))
    [problem] = sweep(admin)
    assert problem.startswith(f"attachment {attachment_id} (case {number}): ")


def test_the_check_opens_every_piece_and_names_the_damaged_file(
    db: Database, admin: ws.Workspace
) -> None:
    """A bit changed in a stored piece: the rows' MACs and the piece count still hold, but
    ``caseapp check`` opens it and names the file (by id and case number, never by its name)."""
    from caseapp.services.integrity import check_database

    number = a_case(admin)
    secret = marker()
    kept = add_attachment(admin, number, f"{secret}.pdf", a_pdf(secret, CHUNK_SIZE + 10))
    add_attachment(admin, number, "other.pdf", a_pdf(marker()))
    assert check_database(db, admin).ok
    with db.engine.begin() as conn:
        blob = conn.execute(
            text("SELECT data FROM attachment_chunk WHERE attachment_id = :a AND seq = 1"),
            {"a": kept},
        ).scalar_one()
        damaged = bytearray(bytes(blob))
        damaged[-5] ^= 0x20
        conn.execute(
            text("UPDATE attachment_chunk SET data = :d WHERE attachment_id = :a AND seq = 1"),
            {"d": bytes(damaged), "a": kept},
        )
    report = check_database(db, admin)
    assert report.problems == [
        f"attachment {kept} (case {number}): its content is damaged, cut short or has pieces "
        "missing or out of place, so it does not open."
    ]
    assert secret not in report.problems[0]
