"""Search by name (any of the three spellings), alias, IIN, phone (whole, or its last four digits
or more) through the blind index, and by case number.

Under each office key she holds, the database matches the tokens. Cases she reads through a case
grant only (assigned to her in an office whose key she does not hold), and cases whose tokens a
holder has not written yet (or wrote before they covered a phone's last digits), are matched in
memory: their names are decrypted with the case's key, folded and compared, never written
anywhere.

Case numbers are in clear in ``case_file.number`` already (letters, Today and the register speak
in them), so a number is matched on that column: the whole number (``2026-0086``), or the digits
after the dash (``0086``, ``86``). No token is needed, nothing about the client is learnt from it,
and it stays right when a number is assigned or a case moves office. Need-to-know holds as for
every other search: only cases in ``visible_cases`` are returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from caseapp.services.cases import live_case, visible_cases
from caseapp.services.workspace import Workspace
from caseapp.storage import search_index
from caseapp.storage.crypto import DecryptionFailed, open_field
from caseapp.storage.fields import DamagedField
from caseapp.storage.keychest import KeyChest
from caseapp.storage.models import Case, CaseGrant, Client
from caseapp.storage.scopes import NoKey, WrongCaseKey

_MEMORY_KEY = b"\x01" * 32  # tokens compared in memory only, never stored
_WHOLE_NUMBER = re.compile(r"(\d{4})-(\d{1,9})")
_NUMBER_TAIL = re.compile(r"\d{1,9}")
MAX_NUMBER_LENGTH = 32


@dataclass(frozen=True)
class SearchHit:
    number: str
    client: str  # alias, or full name when there is none

    def as_json(self) -> dict[str, str]:
        return {"case": self.number, "client": self.client}


def held_index_keys(workspace: Workspace) -> list[bytes]:
    chest = workspace.chest
    return [key for office in chest.held_offices() for key in chest.index_keys(office)]


def _memory_candidates(workspace: Workspace, session: Session, query: str) -> list[str]:
    """Cases matched in memory: granted ones outside her offices, and any not yet indexed in
    hers (for the last digits of a phone, also those indexed before such tokens existed). Index
    lookups, never a scan: someone who holds every office has no case outside, and clients
    waiting for their tokens are few."""
    chest = workspace.chest
    offices = chest.held_offices()
    every = {
        c[len("office:") :] for c in workspace.authority.compartments if c.startswith("office:")
    }
    found: list[str] = []
    if offices:
        waiting: ColumnElement[bool] = Client.index_pending.is_(True)
        if search_index.needs_suffix_tokens(query):
            waiting = or_(waiting, Client.index_version < search_index.TOKENS_VERSION)
        found += session.scalars(
            select(Client.case_id)
            .join(Case, Case.id == Client.case_id)
            # Not through an office index: SQLite would then walk all of the office's cases
            # (10,000 at 100,000) to find the few clients waiting, where the client's own
            # index finds those at once.
            .where(waiting, func.coalesce(Case.office_id, "").in_(offices))
        )
    if not every <= set(offices):
        granted = select(CaseGrant.case_id).where(CaseGrant.holder == chest.holder)
        outside = select(Case.id).where(Case.id.in_(granted))
        if offices:
            outside = outside.where(Case.office_id.not_in(offices))
        found += session.scalars(outside)
    return [case_id for case_id in dict.fromkeys(found) if case_id]


def memory_matches(workspace: Workspace, session: Session, query: str) -> list[str]:
    """Ids of the cases matched in memory."""
    groups = search_index.query_token_groups(_MEMORY_KEY, query)
    if not groups:
        return []
    candidates = _memory_candidates(workspace, session, query)
    if not candidates:
        return []
    found = []
    for case_id, client in session.execute(
        select(Case.id, Client)
        .join(Client, Client.id == Case.client_id)
        .where(Case.id.in_(candidates))
    ):
        try:
            tokens = search_index.client_tokens(
                _MEMORY_KEY, [client.full_name, client.alias], client.iin, client.phone
            )
        except (DamagedField, NoKey, WrongCaseKey):
            continue
        if search_index.matches(tokens, groups):
            found.append(case_id)
    return found


def _number_conditions(query: str) -> list[ColumnElement[bool]]:
    """Conditions on ``Case.number`` for a query that is a case number: whole (``2026-0086``,
    ``2026-86``), or the digits after the dash (``0086``, ``86``), padded to four digits as
    numbers are given, and as typed."""
    text = query.strip()
    if not text or len(text) > MAX_NUMBER_LENGTH:
        return []
    exact = {text}
    tails: set[str] = set()
    whole = _WHOLE_NUMBER.fullmatch(text)
    if whole is not None:
        exact.add(f"{whole[1]}-{int(whole[2]):04d}")
    elif _NUMBER_TAIL.fullmatch(text):
        tails = {f"-{int(text):04d}", f"-{text}"}  # digits and a dash: nothing to escape
    conditions: list[ColumnElement[bool]] = [Case.number.in_(sorted(exact))]
    conditions += [Case.number.like(f"%{tail}") for tail in sorted(tails)]
    return conditions


def is_number_query(query: str) -> bool:
    """Whether the query can only be (part of) a case number: a few digits, or YYYY-N."""
    text = query.strip()
    return bool(_NUMBER_TAIL.fullmatch(text) or _WHOLE_NUMBER.fullmatch(text))


def number_matches(workspace: Workspace, session: Session, query: str) -> list[str]:
    """Ids of the cases she may see whose number the query names (a few at most)."""
    conditions = _number_conditions(query)
    if not conditions:
        return []
    return list(
        session.scalars(
            select(Case.id).where(or_(*conditions), visible_cases(workspace, session)).limit(1000)
        )
    )


def matching_condition(
    workspace: Workspace, session: Session, query: str
) -> ColumnElement[bool] | None:
    """A condition on ``Case`` for the cases matching the query; None when it has no searchable
    term."""
    by_number = number_matches(workspace, session, query)
    searchable = search_index.is_searchable(query)
    if not searchable and not by_number and not is_number_query(query):
        return None
    conditions: list[ColumnElement[bool]] = []
    if searchable:
        indexed = search_index.matching_clients(held_index_keys(workspace), query)
        if indexed is not None:
            conditions.append(Case.client_id.in_(indexed))
        in_memory = memory_matches(workspace, session, query)
        if in_memory:
            conditions.append(Case.id.in_(in_memory))
    if by_number:
        conditions.append(Case.id.in_(by_number))
    if not conditions:
        return Case.id.is_(None)
    return or_(*conditions)


def search_cases(workspace: Workspace, query: str, *, limit: int = 200) -> list[SearchHit]:
    """Newest cases first; the database intersects and limits, and only the names of the rows
    returned are decrypted."""
    with workspace.session() as session:
        matching = matching_condition(workspace, session, query)
        if matching is None:
            return []
        # First the newest matching cases, from the (client_id, opened_on, number) index alone;
        # then the client rows of just those.
        newest = (
            select(Case.number, Case.client_id, Case.opened_on)
            .where(matching, visible_cases(workspace, session), live_case())
            .order_by(Case.opened_on.desc(), Case.number)
            .limit(limit)
            .subquery()
        )
        # The case's id from the client row: the index above covers number, client and date.
        rows = session.execute(
            select(Client.case_id, newest.c.number, Client.id, Client.alias_ct, Client.full_name_ct)
            .join(Client, Client.id == newest.c.client_id)
            .order_by(newest.c.opened_on.desc(), newest.c.number)
        ).all()
        chest = workspace.chest
        return [
            SearchHit(number, display_name(chest, session, case_id, client_id, alias, full_name))
            for case_id, number, client_id, alias, full_name in rows
        ]


def display_name(
    chest: KeyChest,
    session: Session,
    case_id: str,
    client_id: str,
    alias: bytes | None,
    full_name: bytes | None,
) -> str:
    """The alias, or the full name when there is none; "?" when the field is damaged or not
    hers to read."""
    scope = f"case:{case_id}"
    try:
        aead = chest.case_aead(session, case_id)
        if alias is not None:
            return open_field(aead, Client.__tablename__, "alias", client_id, scope, bytes(alias))
        if full_name is not None:
            blob = bytes(full_name)
            return open_field(aead, Client.__tablename__, "full_name", client_id, scope, blob)
    except (DecryptionFailed, NoKey, WrongCaseKey):
        return "?"
    return ""
