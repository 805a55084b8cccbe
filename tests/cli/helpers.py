"""Shared checks of the command line's output."""

from __future__ import annotations

import re

Run = tuple[int, str, str]


def assert_one_sentence_error(err: str) -> None:
    """One line on standard error, "caseapp: " and one sentence, never a traceback."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("caseapp: ") and lines[0].endswith("."), err
    assert "Traceback" not in err
    assert not re.search(r"\.\s+[A-Z]", lines[0][len("caseapp: ") :]), err
