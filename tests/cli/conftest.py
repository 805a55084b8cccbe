"""Running ``caseapp`` in-process, as a script would: one fixture for every command-line test."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from caseapp.cli import main
from tests.cli.helpers import Run
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """``cli(*argv, password=...)`` (or ``stdin=`` for another first line of standard input)
    returns (exit code, stdout, stderr); English and a throwaway configuration folder come from
    ``plain_machine`` in tests/conftest.py."""

    def run(*argv: str, password: str = ADMIN_PASSWORD, stdin: str | None = None) -> Run:
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.StringIO((password if stdin is None else stdin) + "\n"))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run
