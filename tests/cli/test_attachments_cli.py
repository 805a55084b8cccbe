"""``caseapp attach`` and ``caseapp attachments`` (DESIGN.md section 4): a file added, listed
(name, size, added on, by whom), a copy written out with --save N --out FILE and audited; bad
input one sentence with exit code 2; and like the canary, the file's unique strings and its name
appear nowhere the program wrote."""

from __future__ import annotations

import json
import secrets
import string
from datetime import date
from pathlib import Path
from typing import Any

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
