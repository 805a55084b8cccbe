"""caseapp: encrypted case management for crisis centres."""

from importlib.resources import files
from pathlib import Path

__version__ = "0.1.0"


def resource_path(*parts: str) -> Path:
    """A file or folder that ships in `caseapp.resources` (installed, editable or frozen)."""
    found = files("caseapp.resources")
    for part in parts:  # one at a time: a frozen program's joinpath takes one name
        found = found.joinpath(part)
    return Path(str(found))
