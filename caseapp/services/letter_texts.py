"""The organisation's own letter texts and letter settings, edited by administrators.

Each kind and language of letter uses the shipped text unless the organisation stored its own
copy (encrypted). The settings say how register numbers are written.
"""

from __future__ import annotations

from string import Formatter
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.enums import LetterKind, Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.letters.text_check import check_for_kind
from caseapp.letters.texts import (
    LetterText,
    check_kind,
    check_lang,
    parse_letter_text,
    shipped_source,
    shipped_text,
)
from caseapp.services.errors import InvalidInput, OperationFailed
from caseapp.services.workspace import Workspace
from caseapp.storage.models import EditedLetterText, LetterSettings

DEFAULT_NUMBER_FORMAT: Final = "{n}/{year}"


def _edited_row(session: Session, kind: LetterKind, lang: str) -> EditedLetterText | None:
    return session.scalar(
        select(EditedLetterText).where(
            EditedLetterText.kind == kind.value, EditedLetterText.lang == lang
        )
    )


def text_in_use(session: Session, kind: LetterKind, lang: str) -> LetterText:
    """The text a letter is built from: the organisation's copy, else the shipped one. A stored
    copy that no longer passes the checks fails the letter rather than falling back."""
    row = _edited_row(session, kind, lang)
    if row is None:
        return shipped_text(kind, lang)
    try:
        return parse_letter_text(row.body)
    except InvalidInput as exc:
        raise OperationFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The organisation's own text for this letter no longer passes the checks "
                "({problem}): an administrator must correct it.",
            ),
            problem=exc.message.rstrip("."),
        ) from None


def number_format_in(session: Session) -> str:
    """The register number format, read in the caller's transaction."""
    settings = session.scalar(select(LetterSettings))
    return settings.number_format if settings is not None else DEFAULT_NUMBER_FORMAT


def letter_text_source(workspace: Workspace, kind: LetterKind | str, lang: str) -> str:
    """The TOML source of the text in use: the organisation's copy, else the shipped one."""
    letter_kind, lang = check_kind(str(kind)), check_lang(lang)
    with workspace.session() as session:
        row = _edited_row(session, letter_kind, lang)
        return row.body if row is not None else shipped_source(letter_kind, lang)


def set_letter_text(
    workspace: Workspace, kind: LetterKind | str, lang: str, text: str | LetterText
) -> None:
    """Store the organisation's own text for a kind and language (encrypted). `text` is TOML
    source like the shipped files, or a `LetterText`. A placeholder outside the allow-list --
    ``{room}``, ``{address}`` -- or one this kind of letter cannot fill is refused with one
    sentence naming the part, and nothing is stored."""
    workspace.require_role(Role.ADMIN)
    letter_kind, lang = check_kind(str(kind)), check_lang(lang)
    source = text if isinstance(text, str) else text.to_toml()
    check_for_kind(letter_kind, parse_letter_text(source))
    with workspace.transaction() as session:
        workspace.require_admin(session)
        row = _edited_row(session, letter_kind, lang)
        if row is None:
            row = EditedLetterText(kind=letter_kind.value, lang=lang)
            session.add(row)
        row.body = source
        session.flush()
        workspace.audit(
            session,
            "letter_text.update",
            "letter_text",
            row.id,
            detail=f"{letter_kind.value} {lang}",
        )


def reset_letter_text(workspace: Workspace, kind: LetterKind | str, lang: str) -> None:
    """Drop the organisation's copy: the shipped text is used again."""
    workspace.require_role(Role.ADMIN)
    letter_kind, lang = check_kind(str(kind)), check_lang(lang)
    with workspace.transaction() as session:
        workspace.require_admin(session)
        row = _edited_row(session, letter_kind, lang)
        if row is not None:
            session.delete(row)
            workspace.audit(
                session,
                "letter_text.reset",
                "letter_text",
                row.id,
                detail=f"{letter_kind.value} {lang}",
            )


def number_format(workspace: Workspace) -> str:
    with workspace.session() as session:
        return number_format_in(session)


def set_number_format(workspace: Workspace, fmt: str) -> None:
    """How register numbers are written: `{n}` (required) and `{year}`, e.g. ``{n}/{year}`` or
    ``04-{year}/{n}``. Applies to letters issued from now on."""
    workspace.require_role(Role.ADMIN)
    fmt = fmt.strip()
    try:
        names = [name for _, name, _, _ in Formatter().parse(fmt) if name is not None]
        longest = fmt.format(n=999_999, year=9999) if set(names) <= {"n", "year"} else None
    except (ValueError, IndexError, KeyError):
        longest = None
    if longest is None or "n" not in names or len(longest) > 32 or "\n" in fmt:
        raise InvalidInput(
            "number_format",
            QT_TRANSLATE_NOOP(
                "errors",
                "The register number format must contain {n} and may contain {year}, in at most "
                "32 characters.",
            ),
            n="{n}",
            year="{year}",
        )
    with workspace.transaction() as session:
        workspace.require_admin(session)
        settings = session.scalar(select(LetterSettings))
        if settings is None:
            settings = LetterSettings()
            session.add(settings)
        settings.number_format = fmt
        session.flush()
        workspace.audit(session, "letter_settings.update", "letter_settings", settings.id)
