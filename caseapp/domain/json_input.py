"""Decoding an import file's JSON text so that every malformed file is one clear refusal.

The standard decoder recurses once per level of nesting (a file nested 200,000 deep ends in a
RecursionError), lets the last of two equal keys win silently, and accepts a lone surrogate
(``"\\ud800"``) that no UTF-8 text can hold. Here the depth is measured first, without recursion;
objects remember a key given twice, for the format's reader to name (``interchange``); and the
reader refuses text that is not valid Unicode, naming its field.
"""

from __future__ import annotations

import json
import re
from typing import Any

from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput

MAX_DEPTH = 32
"""Lists and objects nest at most this deep; the format itself needs six levels."""

# A JSON string, as the decoder reads one (an unrolled loop: no backtracking on long strings).
_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_STRINGS = re.compile(_STRING, re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")
_TOKENS = re.compile(_STRING + r"|[\[\]{},:]", re.DOTALL)
_SHOWN_KEY_CHARS = 40


class JsonObject(dict[str, Any]):
    """A decoded JSON object; ``duplicate`` is the first key the file gave twice in it."""

    duplicate: str | None = None


def _object_from_pairs(pairs: list[tuple[str, Any]]) -> JsonObject:
    obj = JsonObject()
    for key, value in pairs:
        if key in obj and obj.duplicate is None:
            obj.duplicate = key
        obj[key] = value
    return obj


def shown_key(key: str) -> str:
    """A key from the file as it may appear in a message: printable, valid Unicode, short."""
    text = key.encode("utf-8", "backslashreplace").decode("utf-8")
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= _SHOWN_KEY_CHARS else text[:_SHOWN_KEY_CHARS] + "…"


def is_valid_text(text: str) -> bool:
    """Whether the text can be written as UTF-8: no lone surrogate."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def decode(text: str) -> Any:
    """The decoded file, its objects as ``JsonObject``; ``InvalidInput`` naming the file, or the
    deepest field that can be named, otherwise."""
    _check_depth(text)
    try:
        return json.loads(text, object_pairs_hook=_object_from_pairs)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            "file",
            QT_TRANSLATE_NOOP(
                "errors", "The file is not valid JSON (line {line}, column {column})."
            ),
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:  # not reached after the depth check; never a traceback all the same
        raise _too_deep("file") from None
    except ValueError:  # an integer of more digits than Python converts
        raise InvalidInput(
            "file", QT_TRANSLATE_NOOP("errors", "The file holds a number with too many digits.")
        ) from None


def _too_deep(field: str) -> InvalidInput:
    if field == "file":
        return InvalidInput(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "The file nests lists and objects more than {depth} levels deep."
            ),
            depth=MAX_DEPTH,
        )
    return InvalidInput(
        field,
        QT_TRANSLATE_NOOP(
            "errors", "{field} nests lists and objects more than {depth} levels deep."
        ),
        depth=MAX_DEPTH,
    )


def _check_depth(text: str) -> None:
    """Refuse nesting deeper than ``MAX_DEPTH``, counting brackets outside strings; nothing
    recurses. Only a file that is too deep is read a second time, to name where."""
    depth = 0
    for match in _BRACKETS.finditer(_STRINGS.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(_where_too_deep(text))
        else:
            depth -= 1


def _where_too_deep(text: str) -> str:
    """The path of the field whose value nests too deep (``cases[3].client.full_name``), or
    "file" when the file's top level is not an object."""
    frames: list[list[Any]] = []  # [kind, key or index] per open container
    last_string: str | None = None
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] == '"':
            last_string = token
        elif token == ":":
            if frames and frames[-1][0] == "{" and last_string is not None:
                frames[-1][1] = _key(last_string)
        elif token == ",":
            if frames and frames[-1][0] == "[":
                frames[-1][1] += 1
        elif token in "[{":
            frames.append([token, 0 if token == "[" else None])
            if len(frames) > MAX_DEPTH:
                break
        elif frames:
            frames.pop()
    if not frames or frames[0][0] != "{":
        return "file"
    path = ""
    for kind, key in frames[:5]:
        if kind == "{":
            if key is None:
                break
            path = f"{path}.{key}" if path else key
        else:
            path += f"[{key}]"
    return path or "file"


def _key(token: str) -> str:
    try:
        key = json.loads(token)
    except ValueError:
        key = token.strip('"')
    return shown_key(str(key))
