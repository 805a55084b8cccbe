"""Search by name (any of the three spellings), alias, IIN or phone through the blind index."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from caseapp.services.cases import visible_cases
from caseapp.services.workspace import Workspace
from caseapp.storage.crypto import DataKeys, DecryptionFailed
from caseapp.storage.models import Case, Client
from caseapp.storage.search_index import matching_clients


@dataclass(frozen=True)
class SearchHit:
    number: str
    client: str  # alias, or full name when there is none

    def as_json(self) -> dict[str, str]:
        return {"case": self.number, "client": self.client}


def search_cases(workspace: Workspace, query: str, *, limit: int = 200) -> list[SearchHit]:
    """Newest cases first; the database intersects and limits, and only the names of the rows
    returned are decrypted."""
    keys = workspace.keys
    matching = matching_clients(keys.index_key, query)
    if matching is None:
        return []
    with workspace.session() as session:
        # First the newest matching cases, from the (client_id, opened_on, number) index alone;
        # then the client rows of just those.
        newest = (
            select(Case.number, Case.client_id, Case.opened_on)
            .where(Case.client_id.in_(matching), visible_cases(workspace, session))
            .order_by(Case.opened_on.desc(), Case.number)
            .limit(limit)
            .subquery()
        )
        rows = session.execute(
            select(newest.c.number, Client.id, Client.alias_ct, Client.full_name_ct)
            .join(Client, Client.id == newest.c.client_id)
            .order_by(newest.c.opened_on.desc(), newest.c.number)
        ).all()
    return [
        SearchHit(number, display_name(keys, client_id, alias, full_name))
        for number, client_id, alias, full_name in rows
    ]


def display_name(
    keys: DataKeys, client_id: str, alias: bytes | None, full_name: bytes | None
) -> str:
    """The alias, or the full name when there is none; "?" when the field is damaged."""
    try:
        if alias is not None:
            return keys.field.open(Client.__tablename__, "alias", client_id, alias)
        if full_name is not None:
            return keys.field.open(Client.__tablename__, "full_name", client_id, full_name)
    except DecryptionFailed:
        return "?"
    return ""
