"""Issue 8: encrypted backup and restore on real SQLite files.

The backup is the whole database encrypted as one stream of authenticated chunks; it restores into
a new folder with the recovery key alone or an administrator's password, refuses a truncated,
altered or reordered file before writing anything, and never overwrites a database.
"""

from __future__ import annotations

import secrets
import string
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseapp.domain import records as rec
from caseapp.domain.enums import Relation, Role
from caseapp.services import accounts, backup_errors, backup_restore
from caseapp.services import backup as bk
from caseapp.services import backup_schedule as sched
from caseapp.services import workspace as ws
from caseapp.services.cases import add_cases, create_case, get_case
from caseapp.services.errors import AccessDenied, InvalidInput
from caseapp.services.organisation import get_settings, update_settings
from caseapp.storage import backup as fmt
from caseapp.storage import sqlite_file
from caseapp.storage.crypto import DataKeys
from caseapp.storage.database import Database
from caseapp.storage.engine import DB_FILE_NAME
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF

# Backups are of the SQLite file; a server is backed up with its own tools (test_server.py).
pytestmark = pytest.mark.sqlite_only


def marker() -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(16))


def _record(name: str, notes: str = "") -> rec.CaseRecord:
    return rec.CaseRecord(
        client=rec.Client(full_name=name, address=f"address of {name}"),
        opened_on=date(2026, 3, 2),
        perpetrator=rec.Perpetrator(f"perpetrator of {name}", Relation.SPOUSE),
        orders=[
            rec.ProtectionOrder(
                issued_on=date(2026, 3, 3),
                expires_on=date(2026, 4, 1),
                number=f"order of {name}",
                officer=f"officer of {name}",
            )
        ],
        notes=notes or f"notes about {name}",
    )


@pytest.fixture
def unlocked(db: Database) -> tuple[ws.Workspace, str]:
    workspace, recovery_key = ws.initialise(
        db,
        ws.OrganisationDetails(name_ru="Центр Үміт", address="Алматы, ул. Абая 1"),
        "admin",
        ADMIN_PASSWORD,
        full_name="Director Test",
        kdf=CHEAP_KDF,
    )
    return workspace, recovery_key


@pytest.fixture
def markers(unlocked: tuple[ws.Workspace, str]) -> list[str]:
    workspace, _ = unlocked
    names = [marker() for _ in range(3)]
    for name in names:
        create_case(workspace, _record(name))
    return names


def _backup(workspace: ws.Workspace, tmp_path: Path, name: str = "b.caseapp-backup") -> Path:
    result = bk.create_backup(workspace, tmp_path / name)
    assert result.recorded
    return result.path


# --- round trip ---------------------------------------------------------------------------------


def test_round_trip_with_the_recovery_key_alone(
    unlocked: tuple[ws.Workspace, str], markers: list[str], tmp_path: Path
) -> None:
    admin, recovery_key = unlocked
    settings = get_settings(admin)
    settings.bed_count, settings.idle_lock_minutes = 12, 9
    update_settings(admin, settings)
    numbers = [f"2026-000{i}" for i in (1, 2, 3)]
    originals = [get_case(admin, n) for n in numbers]

    path = _backup(admin, tmp_path)
    result = backup_restore.restore_backup(path, tmp_path / "restored", recovery_key=recovery_key)

    assert result.report.ok, result.report.problems
    assert result.report.keyed and result.report.records_checked > 0
    assert result.info.administrators == ("admin",)
    assert result.info.opens_with_recovery_key
    restored = ws.open_database(tmp_path / "restored")
    try:
        again = ws.unlock(restored, "admin", ADMIN_PASSWORD)
        for number, original in zip(numbers, originals, strict=True):
            copy = get_case(again, number)
            assert copy.client == original.client
            assert copy.notes == original.notes
            assert [o.number for o in copy.orders] == [o.number for o in original.orders]
        # The organisation's details and settings come with the backup.
        copied = get_settings(again)
        assert copied.details.name_ru == "Центр Үміт"
        assert copied.details.address == "Алматы, ул. Абая 1"
        assert (copied.bed_count, copied.idle_lock_minutes) == (12, 9)
        # The recovery key still sets a new password on the restored copy.
        accounts.reset_password_with_recovery(
            restored, recovery_key, "admin", "a new long pass 7", kdf=CHEAP_KDF
        )
        assert ws.unlock(restored, "admin", "a new long pass 7").actor.username == "admin"
    finally:
        restored.close()


def test_round_trip_with_an_administrators_password(
    unlocked: tuple[ws.Workspace, str], markers: list[str], tmp_path: Path
) -> None:
    admin, _ = unlocked
    path = _backup(admin, tmp_path)
    result = backup_restore.restore_backup(
        path, tmp_path / "restored", username="admin", password=ADMIN_PASSWORD
    )
    assert result.report.ok, result.report.problems
    restored = ws.open_database(tmp_path / "restored")
    try:
        again = ws.unlock(restored, "admin", ADMIN_PASSWORD)
        assert get_case(again, "2026-0001").client.full_name == markers[0]
    finally:
        restored.close()


def test_the_restore_is_recorded_in_the_restored_audit_log(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    admin, recovery_key = unlocked
    path = _backup(admin, tmp_path)
    result = backup_restore.restore_backup(path, tmp_path / "restored", recovery_key=recovery_key)
    restored = Database(tmp_path / "restored")
    try:
        with restored.engine.connect() as conn:
            actions = conn.exec_driver_sql(
                "SELECT action, entity_id FROM audit_entry ORDER BY seq DESC LIMIT 1"
            ).one()
        assert tuple(actions) == ("database.restore", result.info.backup_id)
    finally:
        restored.close()


def test_a_backup_spanning_many_chunks_round_trips(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    admin, recovery_key = unlocked
    with admin.transaction() as session:
        add_cases(admin, session, [_record(f"Client {i}", "x" * 3000) for i in range(500)])
    path = _backup(admin, tmp_path)
    with path.open("rb") as file:
        header, _ = fmt.read_header(file)
    assert header.chunk_count >= 2
    result = backup_restore.restore_backup(path, tmp_path / "restored", recovery_key=recovery_key)
    assert result.report.ok, result.report.problems
    restored = ws.open_database(tmp_path / "restored")
    try:
        again = ws.unlock(restored, "admin", ADMIN_PASSWORD)
        assert get_case(again, "2026-0500").client.full_name == "Client 499"
    finally:
        restored.close()


# --- encrypted as a whole, nothing in clear -----------------------------------------------------


def _scan(roots: list[Path], needles: list[bytes]) -> list[str]:
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                hits.extend(f"{path.name}: {n!r}" for n in needles if n in data)
    return hits


def test_the_backup_is_encrypted_as_a_whole_and_the_restore_writes_nothing_in_clear(
    unlocked: tuple[ws.Workspace, str],
    markers: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin, recovery_key = unlocked
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    for variable in ("HOME", "TMPDIR", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    out = tmp_path / "out"
    out.mkdir()
    path = _backup(admin, out)

    data = path.read_bytes()
    for clear in (sqlite_file.SQLITE_MAGIC, b"case_file", b"audit_entry", b"CREATE TABLE"):
        assert clear not in data  # not a SQLite file with encrypted fields: one sealed stream
    personal = [m.encode() for m in markers] + ["Центр Үміт".encode(), b"Director Test"]
    assert _scan([out], personal) == []

    backup_restore.restore_backup(path, tmp_path / "restored", recovery_key=recovery_key)
    assert _scan([tmp_path / "restored", scratch, out], personal) == []
    assert sorted(p.name for p in (tmp_path / "restored").iterdir()) == [DB_FILE_NAME]
    assert [p.name for p in out.iterdir()] == [path.name]  # no partial files left behind
    assert path.stat().st_mode & 0o077 == 0


# --- refusals -----------------------------------------------------------------------------------


@pytest.fixture
def big_backup(unlocked: tuple[ws.Workspace, str], tmp_path: Path) -> tuple[Path, str, int, int]:
    """A backup of three chunks or more: (path, recovery key, header length, chunk size)."""
    admin, recovery_key = unlocked
    with admin.transaction() as session:
        add_cases(admin, session, [_record(f"Client {i}", "y" * 3000) for i in range(500)])
    path = _backup(admin, tmp_path)
    with path.open("rb") as file:
        header, _ = fmt.read_header(file)
        start = file.tell()
    assert header.chunk_count >= 3
    return path, recovery_key, start, header.chunk_size + 16


def _damaged_copies(path: Path, start: int, sealed: int) -> Iterator[tuple[str, bytes]]:
    data = path.read_bytes()
    middle = start + sealed + sealed // 2
    yield "a flipped bit in a chunk", data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :]
    yield "the last byte missing", data[:-1]
    yield "the last chunk missing", data[: start + 2 * sealed]
    yield "cut at a chunk boundary", data[: start + sealed]
    yield "only the header", data[:start]
    yield "half of the header", data[: start // 2]
    yield "bytes appended", data + b"\0" * 16
    yield "a chunk appended twice", data + data[start : start + sealed]
    yield (
        "two chunks swapped",
        (
            data[:start]
            + data[start + sealed : start + 2 * sealed]
            + data[start : start + sealed]
            + data[start + 2 * sealed :]
        ),
    )
    yield "a chunk dropped", data[: start + sealed] + data[start + 2 * sealed :]
    header = data[:start]
    altered = header.replace(b'"created_at":"20', b'"created_at":"19')
    assert altered != header
    yield "an altered header", altered + data[start:]


def test_a_damaged_backup_is_refused_and_nothing_is_written(
    big_backup: tuple[Path, str, int, int], tmp_path: Path
) -> None:
    path, recovery_key, start, sealed = big_backup
    for what, content in _damaged_copies(path, start, sealed):
        copy = tmp_path / "damaged.caseapp-backup"
        copy.write_bytes(content)
        target = tmp_path / "restored"
        with pytest.raises(backup_errors.DamagedBackup) as raised:
            backup_restore.restore_backup(copy, target, recovery_key=recovery_key)
        assert raised.value.message == (
            "The backup file is damaged, cut short or was altered, so nothing was restored."
        ), what
        assert not target.exists(), what


def test_a_file_that_is_no_backup_is_refused(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    _, recovery_key = unlocked
    for content in (b"", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), b"just some text\n" * 9):
        path = tmp_path / "file.bin"
        path.write_bytes(content)
        with pytest.raises(backup_errors.NotABackup):
            backup_restore.restore_backup(path, tmp_path / "restored", recovery_key=recovery_key)
        with pytest.raises(backup_errors.NotABackup):
            bk.read_backup_info(path)
    assert not (tmp_path / "restored").exists()


def test_wrong_keys_and_accounts_are_refused(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    admin, recovery_key = unlocked
    accounts.add_staff(admin, "worker", "worker pass 123", Role.CASE_WORKER, kdf=CHEAP_KDF)
    path = _backup(admin, tmp_path)
    target = tmp_path / "restored"
    other_key = ws.initialise(
        Database(tmp_path / "other", create=True),
        ws.OrganisationDetails(name_ru="Другой центр"),
        "admin",
        ADMIN_PASSWORD,
        kdf=CHEAP_KDF,
    )[1]
    with pytest.raises(backup_errors.WrongRecoveryKey):
        backup_restore.restore_backup(path, target, recovery_key=other_key)
    with pytest.raises(backup_errors.WrongRecoveryKey):
        backup_restore.restore_backup(path, target, recovery_key="not a key")
    with pytest.raises(backup_errors.WrongBackupPassword):
        backup_restore.restore_backup(path, target, username="admin", password="wrong horse 1")
    # Only administrators' passwords open a backup.
    with pytest.raises(backup_errors.WrongBackupPassword):
        backup_restore.restore_backup(path, target, username="worker", password="worker pass 123")
    with pytest.raises(InvalidInput):
        backup_restore.restore_backup(path, target)
    with pytest.raises(InvalidInput):
        backup_restore.restore_backup(
            path, target, recovery_key=recovery_key, username="admin", password=ADMIN_PASSWORD
        )
    assert not target.exists()
    assert backup_restore.restore_backup(path, target, recovery_key=recovery_key.lower()).report.ok


def test_an_existing_database_is_never_overwritten(
    unlocked: tuple[ws.Workspace, str], markers: list[str], tmp_path: Path
) -> None:
    admin, recovery_key = unlocked
    path = _backup(admin, tmp_path)
    assert admin.db.path is not None
    before = admin.db.path.read_bytes()
    with pytest.raises(backup_errors.DatabaseExists) as raised:
        backup_restore.restore_backup(path, admin.db.path.parent, recovery_key=recovery_key)
    assert "never overwrites" in raised.value.message
    assert admin.db.path.read_bytes() == before
    # A left-over write-ahead log counts as a database too.
    stray = tmp_path / "stray"
    stray.mkdir()
    (stray / f"{DB_FILE_NAME}-wal").write_bytes(b"\0" * 32)
    with pytest.raises(backup_errors.DatabaseExists):
        backup_restore.restore_backup(path, stray, recovery_key=recovery_key)
    with pytest.raises(InvalidInput):
        backup_restore.restore_backup(
            path, "postgresql://server/caseapp", recovery_key=recovery_key
        )


def test_a_backup_from_a_newer_schema_is_refused_before_writing(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    admin, recovery_key = unlocked
    ordinary = _backup(admin, tmp_path)
    with ordinary.open("rb") as file:
        header, _ = fmt.read_header(file)
    snapshot = sqlite_file.snapshot(admin.db.engine)
    backup_key = fmt.new_backup_key()
    newer = fmt.BackupHeader(
        **{
            **header.__dict__,
            "schema": "9999",
            "size": len(snapshot),
            "root_key": fmt.seal_backup_key(
                header.root_box_pub, backup_key, header.backup_id, "root"
            ),
            "people": (),
        }
    )
    path = tmp_path / "newer.caseapp-backup"
    with path.open("wb") as file:
        fmt.write_backup(file, newer, backup_key, snapshot)
    with pytest.raises(backup_errors.NewerBackup):
        backup_restore.restore_backup(path, tmp_path / "restored", recovery_key=recovery_key)
    assert not (tmp_path / "restored").exists()


# --- making backups -----------------------------------------------------------------------------


def test_only_an_administrator_makes_a_backup(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    admin, _ = unlocked
    accounts.add_staff(admin, "worker", "worker pass 123", Role.CASE_WORKER, kdf=CHEAP_KDF)
    worker = ws.unlock(admin.db, "worker", "worker pass 123")
    with pytest.raises(AccessDenied):
        bk.create_backup(worker, tmp_path / "b.caseapp-backup")
    with pytest.raises(AccessDenied):
        sched.set_backup_every_days(worker, 3)
    assert not (tmp_path / "b.caseapp-backup").exists()


def test_an_existing_file_is_replaced_only_when_asked(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    admin, _ = unlocked
    target = tmp_path / "b.caseapp-backup"
    target.write_bytes(b"an older backup")
    with pytest.raises(backup_errors.BackupFileExists):
        bk.create_backup(admin, target)
    assert target.read_bytes() == b"an older backup"
    result = bk.create_backup(admin, target, overwrite=True)
    assert bk.read_backup_info(target).backup_id == result.info.backup_id
    with pytest.raises(InvalidInput):
        bk.create_backup(admin, tmp_path)  # a folder
    assert admin.db.path is not None
    with pytest.raises(InvalidInput):
        bk.create_backup(admin, admin.db.path, overwrite=True)


def test_verify_a_backup_of_this_database(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    admin, _ = unlocked
    path = _backup(admin, tmp_path)
    bk.verify_backup(admin, path)
    other_db = Database(tmp_path / "other", create=True)
    other, _ = ws.initialise(
        other_db, ws.OrganisationDetails(name_ru="Другой"), "admin", ADMIN_PASSWORD, kdf=CHEAP_KDF
    )
    with pytest.raises(backup_errors.ForeignBackup):
        bk.verify_backup(other, path)
    data = path.read_bytes()
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    with pytest.raises(backup_errors.DamagedBackup):
        bk.verify_backup(admin, path)


def test_the_header_says_what_the_backup_is_without_a_key(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    admin, _ = unlocked
    result = bk.create_backup(admin, tmp_path / bk.suggested_name(date(2026, 3, 1)))
    assert result.path.name == "caseapp-2026-03-01.caseapp-backup"
    info = bk.read_backup_info(result.path)
    assert info == result.info
    with admin.session() as session:
        assert info.database_id == admin.organisation(session).id
    assert info.file_size == result.path.stat().st_size
    assert info.database_size < info.file_size


# --- the reminder -------------------------------------------------------------------------------


def test_backup_due_follows_the_last_backup_and_the_setting(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    admin, _ = unlocked
    created = date.today()
    # Never backed up: due from the day after the database was made, not in its first minute.
    assert sched.backup_due(admin, created) is None
    assert sched.backup_due(admin, created + timedelta(days=1)) == created + timedelta(days=1)

    monday = date(2030, 3, 4)
    bk.create_backup(admin, tmp_path / "1.caseapp-backup", today=monday)
    assert sched.backup_every_days(admin) == 7
    for offset in range(7):
        assert sched.backup_due(admin, monday + timedelta(days=offset)) is None
    assert sched.backup_due(admin, monday + timedelta(days=7)) == monday + timedelta(days=7)
    assert sched.backup_due(admin, monday + timedelta(days=30)) == monday + timedelta(days=7)

    sched.set_backup_every_days(admin, 3)
    assert sched.backup_due(admin, monday + timedelta(days=2)) is None
    assert sched.backup_due(admin, monday + timedelta(days=3)) == monday + timedelta(days=3)
    for bad in (0, 366):
        with pytest.raises(InvalidInput):
            sched.set_backup_every_days(admin, bad)

    bk.create_backup(admin, tmp_path / "2.caseapp-backup", today=monday + timedelta(days=5))
    assert sched.backup_due(admin, monday + timedelta(days=7)) is None
    history = sched.backup_history(admin)
    assert [h.made_on for h in history] == [monday + timedelta(days=5), monday]
    assert {h.made_by for h in history} == {"admin"}
    status = sched.backup_status(admin)
    assert status.last == history[0] and status.every_days == 3


def test_a_backup_is_recorded_only_when_it_is_complete(
    unlocked: tuple[ws.Workspace, str], tmp_path: Path
) -> None:
    admin, _ = unlocked
    with pytest.raises(backup_errors.FileNotWritten):
        bk.create_backup(admin, tmp_path / "missing folder" / "sub" / "b.caseapp-backup")
    assert sched.backup_history(admin) == []


def test_format_chunks_bind_index_and_final_flag() -> None:
    """Below the service: the same chunk under another index, or as the last one, is refused."""
    import io

    keys = DataKeys.from_data_key(bytes(32))
    backup_key = fmt.new_backup_key()
    snapshot = bytes(range(256)) * 64  # 16 KiB: four chunks of 4 KiB
    header = fmt.BackupHeader(
        backup_id="b" * 32,
        database_id="d" * 32,
        created_at="2026-03-01T10:00:00+00:00",
        schema=None,
        app_version="test",
        size=len(snapshot),
        chunk_size=4096,
        version=1,
        data_wrap=fmt.wrap_backup_key(keys.data_key, backup_key, "b" * 32),
        recovery_wrap=None,
        password_wraps=(),
    )
    buffer = io.BytesIO()
    fmt.write_backup(buffer, header, backup_key, snapshot)
    source = io.BytesIO(buffer.getvalue())
    read, aad = fmt.read_header(source)
    assert read == header
    key = fmt.backup_key_from_data_key(read, keys.data_key)
    assert b"".join(fmt.iter_chunks(source, read, aad, key)) == snapshot
    # A header claiming one chunk fewer (as if the file ended there) changes the associated data,
    # and the chunk that is not sealed as the last one would not pass as the last anyway.
    data = buffer.getvalue()
    start = len(data) - 4 * (4096 + 16)
    short = fmt.BackupHeader(**{**header.__dict__, "size": 3 * 4096})
    short_head = fmt._header_bytes(short)
    forged = io.BytesIO(short_head + data[start : start + 3 * (4096 + 16)])
    read_short, aad_short = fmt.read_header(forged)
    with pytest.raises(fmt.BackupFormatError):
        list(fmt.iter_chunks(forged, read_short, aad_short, key))
