"""Finding a serif TrueType font with every Kazakh letter, on Windows, macOS and Linux.

Letters embed the font (a subset), so the PDF reads the same on any computer. The order of
preference: a configured path, then Times New Roman (Windows, macOS), Liberation Serif (its
metric twin on Linux) and DejaVu Serif. Each candidate's character map is checked, so a font
without Ә Ғ Қ Ң Ө Ұ Ү Һ І is never chosen.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from caseapp.domain.errors import QT_TRANSLATE_NOOP, OperationFailed

KAZAKH_LETTERS: Final = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
REQUIRED_CHARACTERS: Final = (
    KAZAKH_LETTERS
    + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    + "«»№–—“”"
)
"""Every character a letter may need beyond ASCII: Kazakh and Russian Cyrillic and punctuation."""

# (regular, bold) file names, best first; names are matched case-insensitively.
FAMILIES: Final = (
    ("times.ttf", "timesbd.ttf"),  # Windows
    ("Times New Roman.ttf", "Times New Roman Bold.ttf"),  # macOS
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
)

_INSTALL_HINT = QT_TRANSLATE_NOOP(
    "errors",
    "install Liberation Serif or DejaVu Serif (on Debian and Ubuntu the packages "
    "fonts-liberation2 and fonts-dejavu-core)",
)


class FontNotFound(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No serif font with every Kazakh letter was found for letters: {hint}, or configure the "
        "path of a TrueType font that has them.",
    )

    def __init__(self, template: str | None = None, **params: object) -> None:
        params.setdefault("hint", _INSTALL_HINT)
        super().__init__(template, **params)


@dataclass(frozen=True)
class LetterFonts:
    """Registered ReportLab font names, and the files they come from."""

    regular: str
    bold: str
    regular_path: Path
    bold_path: Path


def font_dirs() -> list[Path]:
    """The folders where this platform keeps fonts, the user's own first."""
    home = Path.home()
    if sys.platform == "win32":
        dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.insert(0, Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [
            home / "Library" / "Fonts",
            Path("/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/System/Library/Fonts"),
        ]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    data_dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    dirs = [data_home / "fonts", home / ".fonts"]
    dirs += [Path(d) / "fonts" for d in data_dirs.split(os.pathsep) if d]
    return list(dict.fromkeys(dirs))


def _files_by_name(dirs: Iterable[Path]) -> dict[str, Path]:
    """Lower-case file name -> first path with it, searching each folder's whole tree."""
    found: dict[str, Path] = {}
    for root in dirs:
        if not root.is_dir():
            continue
        for folder, _, names in os.walk(root):
            for name in names:
                if name.lower().endswith(".ttf"):
                    found.setdefault(name.lower(), Path(folder) / name)
    return found


def _load(path: Path) -> TTFont | None:
    """The font, or None when it cannot be read or lacks a character letters need."""
    name = "CaseappLetter-" + hashlib.sha256(str(path).encode()).hexdigest()[:12]
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        try:
            font = TTFont(name, str(path))
        except Exception:  # unreadable, not TrueType outlines, a collection, ...
            return None
    if not isinstance(font, TTFont):
        return None
    glyphs = font.face.charToGlyph
    if any(ord(c) not in glyphs for c in REQUIRED_CHARACTERS):
        return None
    pdfmetrics.registerFont(font)
    return font


def _bold_sibling(regular: Path) -> Iterator[Path]:
    stem, suffix = regular.stem, regular.suffix
    for candidate in (
        stem.replace("Regular", "Bold"),
        stem.replace("regular", "bold"),
        stem + "-Bold",
        stem + " Bold",
        stem + "bd",
    ):
        if candidate != stem:
            yield regular.with_name(candidate + suffix)


def _pair(regular: Path, bold: Path | None) -> LetterFonts | None:
    font = _load(regular)
    if font is None:
        return None
    bold_font = _load(bold) if bold is not None and bold.is_file() else None
    if bold_font is None or bold is None:
        bold_font, bold = font, regular  # a family without a usable bold prints bold as regular
    return LetterFonts(font.fontName, bold_font.fontName, regular, bold)


@cache
def _configured(path: Path) -> LetterFonts:
    if not path.is_file():
        raise FontNotFound(
            QT_TRANSLATE_NOOP("errors", "The configured letter font {path} does not exist."),
            path=str(path),
        )
    bold = next((p for p in _bold_sibling(path) if p.is_file()), None)
    fonts = _pair(path, bold)
    if fonts is None:
        raise FontNotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "The configured letter font {path} is not a TrueType font with every Kazakh "
                "letter: choose another one, or {hint}.",
            ),
            path=str(path),
        )
    return fonts


@cache
def _system(dirs: tuple[Path, ...]) -> LetterFonts:
    files = _files_by_name(dirs)
    for regular_name, bold_name in FAMILIES:
        regular = files.get(regular_name.lower())
        if regular is None:
            continue
        fonts = _pair(regular, files.get(bold_name.lower()))
        if fonts is not None:
            return fonts
    raise FontNotFound()


def find_fonts(configured: str | os.PathLike[str] | None = None) -> LetterFonts:
    """The letter fonts, registered with ReportLab: the configured TrueType file when given (its
    bold sibling found by name), else the best system serif with every Kazakh letter.

    Raises `FontNotFound`, one sentence naming what to install, when there is none. The result
    is cached for the life of the program.
    """
    if configured is not None and str(configured):
        return _configured(Path(configured).expanduser().resolve())
    return _system(tuple(font_dirs()))
