"""The arrows point one way: ui and cli -> services -> domain, storage, letters."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import caseapp

PACKAGE = Path(caseapp.__file__).parent

# For each layer, the project modules and third-party roots it must never import.
FORBIDDEN = {
    "domain": (
        "caseapp.storage",
        "caseapp.services",
        "caseapp.ui",
        "caseapp.letters",
        "caseapp.cli",
        "PySide6",
        "sqlalchemy",
        "alembic",
    ),
    "storage": ("caseapp.services", "caseapp.ui", "caseapp.letters", "caseapp.cli", "PySide6"),
    "services": ("caseapp.ui", "caseapp.cli", "PySide6"),
}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_lower_layers_never_import_upper_layers_or_qt() -> None:
    offences = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in imported_modules(path):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offences == []


def test_importing_domain_storage_and_services_loads_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, caseapp\n"
        "for layer in ('domain', 'storage', 'services'):\n"
        "    pkg = importlib.import_module('caseapp.' + layer)\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'caseapp.ui'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
