"""Letters need no system font: on a machine with none at all, ``caseapp letter`` still writes a
letter whose text (Kazakh letters included) reads back, in the font that ships with caseapp."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.letters.fonts import shipped_font_folder
from caseapp.services import workspace as ws
from tests.conftest import ADMIN_PASSWORD
from tests.letters.sample import CLIENT, font_dicts, make_case, pdf_text, set_up_organisation


def no_fonts_environment(tmp_path: Path) -> dict[str, str]:
    """Fontconfig pointed at an empty folder, and every XDG data folder and home empty too."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{empty}</dir>"
        f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = dict(os.environ)
    env.update(
        FONTCONFIG_FILE=str(config),
        FONTCONFIG_PATH=str(empty),
        HOME=str(empty),
        XDG_DATA_HOME=str(empty),
        XDG_DATA_DIRS=str(empty),
        CASEAPP_LANG="en",
    )
    return env


def test_a_letter_is_written_with_no_system_fonts(
    admin: ws.Workspace, data_folder: Path, tmp_path: Path
) -> None:
    set_up_organisation(admin)
    today = date.today()
    number = make_case(
        admin,
        issued_on=today - timedelta(days=20),
        consent_from=today - timedelta(days=30),
        consent_to=today + timedelta(days=150),
    )
    out = tmp_path / "police-kk.pdf"
    run = subprocess.run(
        [
            *(sys.executable, "-m", "caseapp", "letter", "--db", str(data_folder)),
            *("--user", "admin", "--password-stdin", "--case", number),
            *("--kind", "police", "--lang", "kk", "--out", str(out)),
        ],
        input=ADMIN_PASSWORD + "\n",
        env=no_fonts_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    pdf = out.read_bytes()
    text = pdf_text(pdf)
    assert CLIENT in text
    assert all(c in text or c.lower() in text for c in "ҚҰІ")
    fonts = {str(f.get("/BaseFont")) for f in font_dicts(pdf)}
    assert fonts and all("LiberationSerif" in name for name in fonts), fonts


def test_another_installed_font_may_be_chosen(
    admin: ws.Workspace, data_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up_organisation(admin)
    today = date.today()
    number = make_case(
        admin,
        issued_on=today - timedelta(days=20),
        consent_from=today - timedelta(days=30),
        consent_to=today + timedelta(days=150),
    )
    own = tmp_path / "fonts" / "OwnSerif-Regular.ttf"
    own.parent.mkdir()
    shutil.copy(shipped_font_folder() / "LiberationSerif-Regular.ttf", own)
    out = tmp_path / "court.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(
        [
            *("letter", "--db", str(data_folder), "--user", "admin", "--password-stdin"),
            *("--case", number, "--kind", "court", "--lang", "kk", "--out", str(out)),
            *("--font", str(own)),
        ]
    )
    assert code == 0
    assert CLIENT in pdf_text(out.read_bytes())
    # Its own file, embedded under the registered name (no bold sibling: bold prints regular).
    assert len({str(f.get("/BaseFont")) for f in font_dicts(out.read_bytes())}) == 1
