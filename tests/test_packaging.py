"""The package as installed finds what ships with it: every subpackage is listed for packaging,
and `caseapp.resources` (sources at the top of the tree in resources/) is importable."""

from __future__ import annotations

import tomllib
from pathlib import Path

import caseapp
from caseapp import resource_path

ROOT = Path(__file__).resolve().parents[1]


def test_every_folder_that_ships_is_listed_for_packaging() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    code = {
        ".".join(folder.relative_to(ROOT).parts)
        for folder in (ROOT / "caseapp").rglob("*")
        if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py"))
    }
    data = {
        ".".join(("caseapp", *folder.relative_to(ROOT).parts))
        for folder in [ROOT / "resources", *(ROOT / "resources").rglob("*")]
        if folder.is_dir() and folder.name != "__pycache__"
    }
    assert set(setuptools["packages"]) == code | {"caseapp"} | data


def test_the_resources_are_found_where_the_package_is_installed() -> None:
    assert Path(caseapp.__file__).parent.joinpath("ui").is_dir()
    assert resource_path("translations", "caseapp_kk.qm").is_file()
    assert resource_path("letters", "police_checks.ru.toml").is_file()
