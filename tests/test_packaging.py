"""The package as installed finds what ships with it: every subpackage is listed for packaging,
and `caseapp.resources` (sources at the top of the tree in resources/) is importable."""

from __future__ import annotations

import tomllib
from pathlib import Path

import caseapp
from caseapp import resource_path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_for_packaging() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "caseapp").rglob("__init__.py")
    }
    assert on_disk | {"caseapp.resources"} == listed


def test_the_resources_are_found_where_the_package_is_installed() -> None:
    assert Path(caseapp.__file__).parent.joinpath("ui").is_dir()
    assert resource_path("translations", "caseapp_kk.qm").is_file()
    assert resource_path("letters", "police.ru.toml").is_file()
