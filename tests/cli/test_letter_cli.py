"""``caseapp letter``: the PDF is written only when complete; a refusal is one sentence, no file."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain.enums import RecipientKind
from caseapp.services import workspace as ws
from caseapp.services.letter_register import letter_register
from tests.letters.sample import CLIENT, compact, make_case, pdf_text, set_up_organisation

TODAY = date.today()  # the command dates letters today


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    return folder


def one_sentence(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("caseapp: ") and lines[0].endswith("."), err
    assert "Traceback" not in err
    return lines[0]


def a_case(workspace: ws.Workspace, **kwargs: Any) -> str:
    """A case whose order, issued 20 days ago, missed the check due a week ago."""
    kwargs.setdefault("consent_from", TODAY - timedelta(days=30))
    kwargs.setdefault("consent_to", TODAY + timedelta(days=150))
    return make_case(workspace, issued_on=TODAY - timedelta(days=20), **kwargs)


def letter_args(data_folder: Path, number: str, out: Path, *extra: str) -> list[str]:
    return [
        "letter",
        "--db",
        str(data_folder),
        "--user",
        "admin",
        "--password-stdin",
        "--case",
        number,
        *extra,
        "--out",
        str(out),
    ]


def test_a_letter_is_written_to_the_chosen_file(
    cli: Any, org: ws.Workspace, data_folder: Path, out_dir: Path
) -> None:
    number = a_case(org)
    out = out_dir / "police-kk.pdf"
    code, stdout, err = cli(
        *letter_args(data_folder, number, out, "--kind", "police", "--lang", "kk")
    )
    assert code == 0, err
    assert f"Letter 1/{TODAY.year} saved to {out}" in stdout
    assert sorted(out_dir.iterdir()) == [out]  # no temporary file left behind
    text = pdf_text(out.read_bytes())
    assert CLIENT in text
    assert (TODAY - timedelta(days=7)).strftime("%d.%m.%Y") in compact(text)
    [entry] = letter_register(org)
    assert entry.sha256 in stdout


def test_a_refused_letter_writes_no_file(
    cli: Any, org: ws.Workspace, data_folder: Path, out_dir: Path
) -> None:
    number = a_case(org, consent_kinds=(RecipientKind.MEDICAL,))
    out = out_dir / "police.pdf"
    code, stdout, err = cli(
        *letter_args(data_folder, number, out, "--kind", "police", "--lang", "ru")
    )
    assert code == 1
    sentence = one_sentence(err)
    assert "no consent" in sentence and "the police" in sentence
    assert stdout == "" and list(out_dir.iterdir()) == []
    assert letter_register(org) == []


def test_a_refusal_leaves_an_existing_file_alone(
    cli: Any, org: ws.Workspace, data_folder: Path, out_dir: Path
) -> None:
    number = a_case(org, consent_kinds=())
    out = out_dir / "court.pdf"
    out.write_bytes(b"an earlier letter")
    code, _, err = cli(*letter_args(data_folder, number, out, "--kind", "court", "--lang", "en"))
    assert code == 1, err
    assert out.read_bytes() == b"an earlier letter"
    assert sorted(out_dir.iterdir()) == [out]


def test_the_emergency_override(
    cli: Any, org: ws.Workspace, data_folder: Path, out_dir: Path
) -> None:
    number = a_case(org, consent_kinds=())
    out = out_dir / "police.pdf"
    args = letter_args(data_folder, number, out, "--kind", "police", "--lang", "ru")
    code, _, err = cli(*args, "--override-reason", "urgent")
    assert code == 2 and "at least 10 characters" in one_sentence(err)
    assert not out.exists()

    code, _, err = cli(*args, "--override-reason", "He threatened to kill her tonight.")
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF-")
    [entry] = letter_register(org)
    assert entry.emergency_override


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (("--kind", "embassy", "--lang", "ru"), "invalid choice"),
        (("--kind", "police", "--lang", "de"), "invalid choice"),
        (("--kind", "police"), "required: --lang"),
    ],
)
def test_bad_arguments_exit_2(
    cli: Any,
    org: ws.Workspace,
    data_folder: Path,
    out_dir: Path,
    extra: tuple[str, ...],
    expected: str,
) -> None:
    number = a_case(org)
    code, _, err = cli(*letter_args(data_folder, number, out_dir / "x.pdf", *extra))
    assert code == 2 and expected in one_sentence(err)
    assert list(out_dir.iterdir()) == []


def test_an_output_folder_that_does_not_exist_is_bad_input(
    cli: Any, org: ws.Workspace, data_folder: Path, out_dir: Path
) -> None:
    number = a_case(org)
    out = out_dir / "missing" / "x.pdf"
    code, _, err = cli(*letter_args(data_folder, number, out, "--kind", "court", "--lang", "ru"))
    assert code == 2 and "--out" in one_sentence(err)
    code, _, err = cli(
        *letter_args(data_folder, number, out_dir, "--kind", "court", "--lang", "ru")
    )
    assert code == 2
    assert letter_register(org) == []


def test_an_unknown_case_exits_1(
    cli: Any, org: ws.Workspace, data_folder: Path, out_dir: Path
) -> None:
    out = out_dir / "x.pdf"
    code, _, err = cli(
        *letter_args(data_folder, "2026-9999", out, "--kind", "court", "--lang", "ru")
    )
    assert code == 1 and re.search(r"no case 2026-9999", one_sentence(err))
    assert list(out_dir.iterdir()) == []
