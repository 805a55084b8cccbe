"""``caseapp attach`` and ``caseapp attachments`` (DESIGN.md section 4): a file added, listed
(name, size, added on, by whom), a copy written out with --save N --out FILE and audited; bad
input one sentence with exit code 2; and like the canary, the file's unique strings and its name
appear nowhere the program wrote."""

from __future__ import annotations

import json
import secrets
import sqlite3
import string
from datetime import date
from pathlib import Path
from typing import Any

from caseapp.storage.attachments import CHUNK_SIZE
from tests.cli.helpers import assert_one_sentence_error
from tests.test_no_plaintext_on_disk import scan


def marker() -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(16))


def test_attach_list_and_save_a_copy(cli: Any, tmp_path: Path) -> None:
    data, source, out = tmp_path / "data", tmp_path / "src", tmp_path / "out"
    source.mkdir()
    out.mkdir()
    inside, name_part = marker(), marker()
    scan_file = source / f"consent-{name_part}.pdf"
    content = b"%PDF-1.4\n" + inside.encode() * 1000
    scan_file.write_bytes(content)
    code, _, err = cli("init", "--db", str(data), "--org", "Центр", "--user", "admin",
                       "--password-stdin")  # fmt: skip
    assert code == 0, err
    case = {"opened_on": "2026-03-01", "client": {"full_name": "Жанар Тестова"}}
    (tmp_path / "in.json").write_text(
        json.dumps({"format": "caseapp-cases/1", "cases": [case]}), "utf-8"
    )
    assert cli("import", "--db", str(data), "--user", "admin", "--password-stdin",
               str(tmp_path / "in.json"))[0] == 0  # fmt: skip
    base = ("--db", str(data), "--user", "admin", "--password-stdin", "--case", "2026-0001")
    code, _, err = cli("attach", *base, str(scan_file))
    assert code == 0, err
    code, listed, err = cli("attachments", *base, "--json")
    assert code == 0, err
    assert json.loads(listed) == [
        {
            "n": 1,
            "name": scan_file.name,
            "type": "application/pdf",
            "size": len(content),
            "added_on": date.today().isoformat(),
            "added_by": "admin",
        }
    ]
    assert scan([data, tmp_path / "config"], [inside, name_part]) == []
    code, _, err = cli("attachments", *base, "--save", "1", "--out", str(out / "copy.pdf"))
    assert code == 0, err
    assert (out / "copy.pdf").read_bytes() == content


def test_bad_input_is_one_sentence(cli: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli("init", "--db", str(data), "--org", "Центр", "--user", "admin",
               "--password-stdin")[0] == 0  # fmt: skip
    base = ("--db", str(data), "--user", "admin", "--password-stdin", "--case", "2026-0001")
    code, _, err = cli("attach", *base, str(tmp_path / "missing.pdf"))
    assert code == 2
    assert_one_sentence_error(err)
    code, _, err = cli("attachments", *base, "--save", "1")
    assert code == 2
    assert_one_sentence_error(err)


def _flip_a_byte(sqlite_file: Path, seq: int) -> None:
    """A bit of a stored piece changed in the file, as a disk error or an editor would."""
    with sqlite3.connect(sqlite_file) as conn:
        (blob,) = conn.execute("SELECT data FROM attachment_chunk WHERE seq = ?", (seq,)).fetchone()
        damaged = bytearray(blob)
        damaged[len(damaged) // 2] ^= 0x01
        conn.execute("UPDATE attachment_chunk SET data = ? WHERE seq = ?", (bytes(damaged), seq))


def test_check_opens_every_piece_and_names_a_damaged_attachment(cli: Any, tmp_path: Path) -> None:
    data, name_part = tmp_path / "data", marker()
    assert cli("init", "--db", str(data), "--org", "Центр", "--user", "admin",
               "--password-stdin")[0] == 0  # fmt: skip
    case = {"opened_on": "2026-03-01", "client": {"full_name": "Жанар Тестова"}}
    (tmp_path / "in.json").write_text(
        json.dumps({"format": "caseapp-cases/1", "cases": [case]}), "utf-8"
    )
    base = ("--db", str(data), "--user", "admin", "--password-stdin")
    assert cli("import", *base, str(tmp_path / "in.json"))[0] == 0
    scan_file = tmp_path / f"photo-{name_part}.png"
    scan_file.write_bytes(b"\x89PNG\r\n\x1a\n" + marker().encode() * (CHUNK_SIZE // 8))
    assert cli("attach", *base, "--case", "2026-0001", str(scan_file))[0] == 0
    [sqlite_file] = data.glob("*.sqlite3")
    code, out, err = cli("check", *base)
    assert code == 0, out + err

    _flip_a_byte(sqlite_file, 1)  # the piece's tag no longer authenticates; every row MAC does
    code, out, err = cli("check", *base)
    assert code == 1
    [attachment_id] = sqlite3.connect(sqlite_file).execute("SELECT id FROM attachment").fetchone()
    [problem] = out.splitlines()
    assert problem.startswith(f"attachment {attachment_id} (case 2026-0001): ")
    assert problem.endswith(".") and problem.count(". ") == 0
    assert name_part not in out + err and "png" not in (out + err).lower()


def test_check_notices_a_piece_removed_or_put_out_of_order(cli: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli("init", "--db", str(data), "--org", "Центр", "--user", "admin",
               "--password-stdin")[0] == 0  # fmt: skip
    case = {"opened_on": "2026-03-01", "client": {"full_name": "Жанар Тестова"}}
    (tmp_path / "in.json").write_text(
        json.dumps({"format": "caseapp-cases/1", "cases": [case]}), "utf-8"
    )
    base = ("--db", str(data), "--user", "admin", "--password-stdin")
    assert cli("import", *base, str(tmp_path / "in.json"))[0] == 0
    for i in range(2):
        (tmp_path / f"scan{i}.pdf").write_bytes(b"%PDF-1.4\n" + b"x" * (2 * CHUNK_SIZE))
        assert cli("attach", *base, "--case", "2026-0001", str(tmp_path / f"scan{i}.pdf"))[0] == 0
    [sqlite_file] = data.glob("*.sqlite3")
    with sqlite3.connect(sqlite_file) as conn:
        first, second = (i for (i,) in conn.execute("SELECT id FROM attachment ORDER BY id"))
        conn.execute("DELETE FROM attachment_chunk WHERE attachment_id = ? AND seq = 2", (first,))
        for old, new in ((1, 99), (2, 1), (99, 2)):  # two pieces swapped
            conn.execute(
                "UPDATE attachment_chunk SET seq = ? WHERE attachment_id = ? AND seq = ?",
                (new, second, old),
            )
    code, out, _ = cli("check", *base)
    assert code == 1
    assert sorted(line.split(" ")[1] for line in out.splitlines()) == [first, second]
