"""Blind index: search without a plaintext index on disk.

Each client row gets keyed HMAC tokens for its normalised name words and their prefixes (two
letters and up), its full IIN, its phone digits and their last four digits and more, under the
search key of its case's office (each generation of each office's key has its own), so tokens say
nothing across offices. A query is folded the same way and looked up under every key the searcher
holds; the keys never leave memory.

``TOKENS_VERSION`` counts what a client's tokens cover: a client whose tokens were written by an
older version (``client.index_version``) lacks the phone-suffix tokens until a holder of the
office's key writes them again (``services.pending``); meanwhile search matches it in memory for
the queries that need them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, delete, intersect, select
from sqlalchemy.orm import Session

from caseapp.domain.names import digits_only, name_keys, phone_key
from caseapp.storage.crypto import keyed_hash
from caseapp.storage.models import SearchToken

TOKEN_BYTES = 16
MIN_PREFIX = 2
MIN_PHONE_SUFFIX = 4
"""A phone is found by its last four digits or more."""
TOKENS_VERSION = 1
"""0: names, IIN, whole phone; 1: and the phone's last digits."""


def _token(index_key: bytes, kind: bytes, value: str) -> bytes:
    return keyed_hash(index_key, kind, value.encode())[:TOKEN_BYTES]


def client_tokens(index_key: bytes, names: Iterable[str], iin: str, phone: str) -> set[bytes]:
    tokens: set[bytes] = set()
    for name in names:
        for key in name_keys(name):
            for end in range(MIN_PREFIX, len(key) + 1):
                tokens.add(_token(index_key, b"n", key[:end]))
    if iin:
        tokens.add(_token(index_key, b"i", digits_only(iin)))
    key = phone_key(phone) if phone else ""
    if len(key) >= 5:
        tokens.add(_token(index_key, b"p", key))
        for length in range(MIN_PHONE_SUFFIX, len(key)):
            tokens.add(_token(index_key, b"s", key[-length:]))
    return tokens


def query_token_groups_for(index_keys: list[bytes], query: str) -> list[set[bytes]]:
    """As ``query_token_groups`` under several keys: each term's alternatives under each."""
    merged: list[set[bytes]] = []
    for key in index_keys:
        for i, group in enumerate(query_token_groups(key, query)):
            if i == len(merged):
                merged.append(set())
            merged[i] |= group
    return merged


def query_token_groups(index_key: bytes, query: str) -> list[set[bytes]]:
    """One set of alternatives per query term; a client must match every term.

    A query without letters is a number: a 12-digit IIN, a phone number, or the last four digits
    of a phone or more. Otherwise each word of two or more folded letters is a name prefix.
    """
    if not any(c.isalpha() for c in query):
        digits = digits_only(query)
        if len(digits) < MIN_PHONE_SUFFIX:
            return []
        key = phone_key(digits)
        group = {_token(index_key, b"s", key)} if len(key) < 10 else set()
        if len(key) >= 5:
            group.add(_token(index_key, b"p", key))
        if len(digits) == 12:
            group.add(_token(index_key, b"i", digits))
        return [group]
    keys = [k for k in name_keys(query) if len(k) >= MIN_PREFIX]
    return [{_token(index_key, b"n", k)} for k in keys]


def reindex(
    session: Session, index_key: bytes, client_id: str, tokens: set[bytes], *, new: bool = False
) -> None:
    """The client's tokens replaced (``new``: a client with none yet, nothing to delete)."""
    if not new:
        session.execute(delete(SearchToken).where(SearchToken.client_id == client_id))
    session.add_all(SearchToken(token=t, client_id=client_id) for t in tokens)


def is_searchable(query: str) -> bool:
    return bool(query_token_groups(b"\0" * 32, query))


def needs_suffix_tokens(query: str) -> bool:
    """Whether the query is the last digits of a phone: tokens written before
    ``TOKENS_VERSION`` 1 cannot answer it."""
    if any(c.isalpha() for c in query):
        return False
    return MIN_PHONE_SUFFIX <= len(phone_key(digits_only(query))) < 10


def matches(tokens: set[bytes], groups: list[set[bytes]]) -> bool:
    """Whether a client's tokens (computed in memory) answer every term."""
    return bool(groups) and all(group & tokens for group in groups)


def matching_clients(index_keys: list[bytes], query: str) -> Select[Any] | None:
    """A subquery of the client ids matching every term, for the database to intersect and
    limit; None when the query has no searchable term or there is no key to search under."""
    groups = query_token_groups_for(index_keys, query)
    if not groups:
        return None
    selects = [
        select(SearchToken.client_id).where(SearchToken.token.in_(group)) for group in groups
    ]
    if len(selects) == 1:
        return selects[0]
    return select(intersect(*selects).subquery().c.client_id)


def matching_client_ids(session: Session, index_keys: list[bytes], query: str) -> set[str] | None:
    """Client ids matching every term; None when the query has no searchable term."""
    groups = query_token_groups_for(index_keys, query)
    if not groups:
        return None
    result: set[str] | None = None
    for group in sorted(groups, key=len):
        ids = set(
            session.scalars(select(SearchToken.client_id).where(SearchToken.token.in_(group)))
        )
        result = ids if result is None else result & ids
        if not result:
            return set()
    return result
