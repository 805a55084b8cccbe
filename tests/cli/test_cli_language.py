"""The command line's error sentences follow the locale: Russian, Kazakh, or English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.services import workspace as ws
from tests.cli.helpers import Run

ENGLISH = "caseapp: The user name or password is wrong."


def _wrong_password(cli: Callable[..., Run], folder: Path) -> Run:
    return cli(
        "search", "--db", str(folder), "--user", "admin", "--password-stdin", "Ай",
        password="not the password",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"CASEAPP_LANG": "ru"}, "caseapp: Неверное имя пользователя или пароль."),
        ({"CASEAPP_LANG": "", "LANG": "kk_KZ.UTF-8"}, "kk"),
        ({"CASEAPP_LANG": "", "LC_ALL": "ru_RU.UTF-8", "LANG": "en_GB.UTF-8"}, "ru"),
        ({"CASEAPP_LANG": "", "LC_ALL": "", "LANG": "C.UTF-8"}, ENGLISH),
    ],
)
def test_a_wrong_password_is_said_in_the_locales_language(
    cli: Callable[..., Run],
    admin: ws.Workspace,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    variables: dict[str, str],
    expected: str,
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    code, out, err = _wrong_password(cli, data_folder)
    assert code == 1 and out == ""
    (line,) = err.splitlines()
    if expected == "ru":
        assert line == "caseapp: Неверное имя пользователя или пароль."
    elif expected == "kk":
        assert line.startswith("caseapp: ") and line != ENGLISH
        assert any(letter in line for letter in "әіңғүұқөһ")  # Kazakh, not Russian
    else:
        assert line == expected
    # No bare QCoreApplication is left behind: a later QApplication (the desktop window in the
    # same process, the UI tests) could not be made.
    assert type(QCoreApplication.instance()) is not QCoreApplication
