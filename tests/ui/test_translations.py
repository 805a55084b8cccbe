"""The shipped Qt Linguist translations: complete, faithful to their sources, and compiled.

Every ``caseapp_<lang>.ts`` must hold the same messages, each one finished, with the same
placeholders and keyboard accelerators as its English source; plural messages need as many forms
as Qt's plural rule for the language; and the committed ``.qm`` files must be exactly what
``pyside6-lrelease`` makes of the ``.ts`` files (both are committed so that ``pip install .``
works without Qt's tools).
"""

from __future__ import annotations

import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from caseapp.ui.i18n import LANGUAGES, TRANSLATIONS

TS_FILES = sorted(TRANSLATIONS.glob("caseapp_*.ts"))
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

# Forms Qt's plural rules need (Qt's numerus.cpp, as used by lupdate and QTranslator): Russian
# one/few/many; English one/other. Qt 6 gives Kazakh the English-style two forms, not one: with a
# single form every count but 1 falls back to the English source at run time.
NUMERUS_FORMS = {"ru": 3, "kk": 2, "en": 2}

# Letters of the Kazakh Cyrillic alphabet that Russian does not have.
KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")

# {name} for str.format templates (the "errors" context), %1 for QString-style arguments, and %n
# for plural counts.
PLACEHOLDER = re.compile(r"\{\w+\}|%L?(?:\d+|n)")
DEAD = {"obsolete", "vanished"}  # kept by lupdate for reference, never compiled


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" once finished
    forms: tuple[str, ...]  # the translation, or one entry per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def live(self) -> bool:
        return self.kind not in DEAD

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def language(ts: Path) -> str:
    return ts.stem.removeprefix("caseapp_")


def read_ts(ts: Path) -> tuple[ET.Element, list[Message]]:
    root = ET.parse(ts).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: a message has no <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    kind=translation.get("type", ""),
                    forms=forms,
                )
            )
    return root, messages


def live_messages(ts: Path) -> list[Message]:
    return [m for m in read_ts(ts)[1] if m.live]


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    """How many '&' mark a keyboard accelerator ('&&' is a literal ampersand)."""
    return text.replace("&&", "").count("&")


def format_fields(text: str) -> set[str] | None:
    """The fields str.format would fill in, or None if the text is not a valid template."""
    try:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError:
        return None


def ts_ids(ts: Path) -> str:
    return language(ts)


def test_every_language_has_a_translation_file() -> None:
    assert {language(ts) for ts in TS_FILES} >= set(LANGUAGES), (
        f"missing .ts files for {set(LANGUAGES) - {language(ts) for ts in TS_FILES}}"
    )


def test_the_files_hold_the_same_messages() -> None:
    """Each live (context, source) pair of any file is live in every file, exactly once."""
    keys: dict[str, list[tuple[str, str, str]]] = {
        language(ts): [m.key for m in live_messages(ts)] for ts in TS_FILES
    }
    problems = []
    for lang, found in keys.items():
        repeated = {k for k in found if found.count(k) > 1}
        problems += [f"{lang}: repeated message {k[:2]}" for k in sorted(repeated)]
    every = set().union(*map(set, keys.values()))
    for lang, found in keys.items():
        missing = every - set(found)
        problems += [f"{lang}: no live message {k[:2]}" for k in sorted(missing)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=ts_ids)
def test_the_file_declares_its_language(ts: Path) -> None:
    root, _ = read_ts(ts)
    assert root.tag == "TS"
    assert (root.get("language") or "").split("_")[0] == language(ts)


@pytest.mark.parametrize("ts", TS_FILES, ids=ts_ids)
def test_every_message_is_translated_faithfully(ts: Path) -> None:
    lang = language(ts)
    assert lang in NUMERUS_FORMS, f"add {lang}'s number of plural forms to NUMERUS_FORMS"
    messages = live_messages(ts)
    assert messages, f"{ts.name} has no messages"
    problems: list[str] = []
    for m in messages:
        if m.kind:
            problems.append(f"{m}: translation is {m.kind}")
        if m.numerus and len(m.forms) != NUMERUS_FORMS[lang]:
            problems.append(f"{m}: {len(m.forms)} plural forms, {lang} needs {NUMERUS_FORMS[lang]}")
        if not m.numerus and lang == "en" and m.forms[0] != m.source:
            problems.append(f"{m}: the English translation differs from the source")
        for text in m.forms:
            if not text.strip():
                problems.append(f"{m}: empty translation")
                continue
            if placeholders(text) != placeholders(m.source):
                problems.append(
                    f"{m}: placeholders {sorted(placeholders(text))} in {text!r}, "
                    f"the source has {sorted(placeholders(m.source))}"
                )
            if accelerators(text) != accelerators(m.source):
                problems.append(f"{m}: {text!r} needs {accelerators(m.source)} accelerator(s) '&'")
            if m.source.endswith("…") and not text.endswith("…"):
                problems.append(f"{m}: {text!r} lost the closing '…'")
            if "{" in m.source and format_fields(text) != format_fields(m.source):
                problems.append(f"{m}: {text!r} is not a str.format template like its source")
    assert not problems, "\n".join(problems)


def test_the_kazakh_file_is_written_in_kazakh() -> None:
    """Kazakh letters in the Kazakh file (so it is not Russian), and none in the Russian file."""
    texts = {
        language(ts): "".join(t for m in live_messages(ts) for t in m.forms)
        for ts in TS_FILES
        if language(ts) in ("kk", "ru")
    }
    assert KAZAKH_LETTERS & set(texts["kk"]), "caseapp_kk.ts uses no Kazakh-specific letter"
    assert not KAZAKH_LETTERS & set(texts["ru"]), "caseapp_ru.ts contains Kazakh letters"


@pytest.mark.parametrize("ts", TS_FILES, ids=ts_ids)
def test_the_committed_qm_serves_every_translation(ts: Path) -> None:
    """Load the shipped .qm as the app does, and ask it for every message; each plural form must
    be reachable by some count, which also checks the number of forms against Qt's own rule."""
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm"))), f"cannot load {ts.with_suffix('.qm').name}"
    problems = []
    for m in live_messages(ts):
        comment = m.comment or None
        if m.numerus:
            served = {translator.translate(m.context, m.source, comment, n) for n in range(200)}
            if served != set(m.forms):
                problems.append(f"{m}: counts 0–199 give {sorted(served)}, not {list(m.forms)}")
        elif translator.translate(m.context, m.source, comment) != m.forms[0]:
            problems.append(f"{m}: the .qm does not give {m.forms[0]!r}")
    assert not problems, "\n".join(
        [f"{ts.with_suffix('.qm').name} is out of date or wrong:", *problems]
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=ts_ids)
def test_the_committed_qm_is_up_to_date(ts: Path, tmp_path: Path) -> None:
    assert LRELEASE.exists(), f"{LRELEASE} is missing: PySide6 ships it; reinstall it"
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run(
        [str(LRELEASE), "-silent", str(ts), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing: run `make translations`"
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} does not match {ts.name}: rebuild it with "
        f"`pyside6-lrelease -silent {ts.name} -qm {committed.name}` (or `make translations`)"
    )


LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
ROOT = Path(__file__).resolve().parents[2]


def translatable_sources() -> list[str]:
    """The files `make translations` hands to lupdate: the tracked caseapp/*.py files, minus the
    database migrations (every caseapp/**/*.py file when there is no git checkout)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "caseapp/*.py"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        listed = []
    if not listed:
        listed = [p.relative_to(ROOT).as_posix() for p in (ROOT / "caseapp").rglob("*.py")]
    return sorted(p for p in listed if "migrations" not in p)


def message_keys(ts: Path) -> set[tuple[str, str, str, bool]]:
    return {(m.context, m.source, m.comment, m.numerus) for m in live_messages(ts)}


def test_the_translation_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Every string the code marks for translation is in the .ts files, and nothing else is: a new
    `self.tr()` (or QT_TRANSLATE_NOOP) text fails here until it is extracted and translated."""
    assert LUPDATE.exists(), f"{LUPDATE} is missing: PySide6 ships it; reinstall it"
    sources = translatable_sources()
    assert sources, "found no caseapp/*.py files to scan"
    fresh = tmp_path / "caseapp_fresh.ts"
    run = subprocess.run(
        [str(LUPDATE), *sources, "-ts", str(fresh)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0 and fresh.exists(), f"pyside6-lupdate failed:\n{run.stderr}"
    in_code = message_keys(fresh)
    committed = TRANSLATIONS / "caseapp_en.ts"
    in_files = message_keys(committed)

    def show(keys: set[tuple[str, str, str, bool]]) -> list[str]:
        return [
            f"  [{c}] {s!r}" + (f" ({n})" if n else "") + (" (plural)" if p else "")
            for c, s, n, p in sorted(keys)
        ]

    new, gone = in_code - in_files, in_files - in_code
    assert not (new or gone), "\n".join(
        [
            f"the .ts files are out of date with the code ({len(new)} new, {len(gone)} no "
            "longer used): run `make translations`, translate every message it marks "
            "unfinished in caseapp_ru.ts and caseapp_kk.ts (caseapp_en.ts: the English source), "
            "then run `make translations` again to rebuild the .qm files.",
            *(["In the code but not in the .ts files:", *show(new)] if new else []),
            *(["In the .ts files but no longer in the code:", *show(gone)] if gone else []),
        ]
    )


def test_the_kazakh_file_dialog_says_look_in_in_kazakh(qapp: object) -> None:
    """Qt's Kazakh catalogue leaves the file dialog's labels in English; ours fills them in."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.i18n import install_language

    install_language("kk")
    try:
        look_in = QCoreApplication.translate("QFileDialog", "Look in:")
        types = QCoreApplication.translate("QFileDialog", "Files of type:")
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    finally:
        install_language("en")
    assert (look_in, types, cancel) == ("Қайда іздеу:", "Файл түрлері:", "Бас тарту")
