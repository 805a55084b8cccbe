"""caseapp: encrypted case management for crisis centres."""

from importlib.resources import files
from pathlib import Path

__version__ = "0.1.0"


def resource_path(*parts: str) -> Path:
    """A file or folder that ships in `caseapp.resources` (installed, editable or frozen)."""
    return Path(str(files("caseapp.resources").joinpath(*parts)))
