"""Search by name (any of the three spellings), alias, IIN or phone through the blind index."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from caseapp.services.cases import visible_cases
from caseapp.services.workspace import Workspace
from caseapp.storage.fields import DamagedField
from caseapp.storage.models import Case, Client
from caseapp.storage.search_index import matching_client_ids


@dataclass(frozen=True)
class SearchHit:
    number: str
    client: str  # alias, or full name when there is none

    def as_json(self) -> dict[str, str]:
        return {"case": self.number, "client": self.client}


def search_cases(workspace: Workspace, query: str, *, limit: int = 200) -> list[SearchHit]:
    with workspace.session() as session:
        ids = matching_client_ids(session, workspace.keys.index_key, query)
        if not ids:
            return []
        rows = session.execute(
            select(Case.number, Client)
            .join(Client, Client.id == Case.client_id)
            .where(Case.client_id.in_(ids), visible_cases(workspace, session))
            .order_by(Case.opened_on.desc(), Case.number)
            .limit(limit)
        ).all()
        hits = []
        for number, client in rows:
            try:
                name = client.alias or client.full_name
            except DamagedField:
                name = "?"
            hits.append(SearchHit(number, name))
        return hits
