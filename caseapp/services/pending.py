"""Work a case worker could not finish for lack of a key, finished by a holder of it.

A case opened by someone who holds no key of its office has its key sealed to the office's public
key, and its client's search tokens unwritten (``index_pending``). The next holder of that office's
key to run the check after unlock wraps the case key under the office key and writes the tokens,
so the office's search finds the case by its tokens and nobody decrypts it in memory any more.

The same holder writes again the tokens of clients indexed by an older version
(``index_version`` below ``search_index.TOKENS_VERSION``: a database from before phones were
found by their last digits), so their new tokens exist without a migration holding any key.
"""

from __future__ import annotations

from sqlalchemy import or_, select

from caseapp.services.workspace import Workspace
from caseapp.storage import case_repo, search_index
from caseapp.storage.fields import DamagedField
from caseapp.storage.models import Case, Client
from caseapp.storage.scopes import NoKey, WrongCaseKey

BATCH = 200


def settle_pending(workspace: Workspace) -> int:
    """Wrap boxed case keys and write pending tokens in the offices she holds; returns how many
    cases were settled. Nothing to do, nothing written."""
    chest = workspace.chest
    offices = chest.held_offices()
    if not offices:
        return 0
    done = 0
    with workspace.session() as session:
        ids = list(
            session.scalars(
                select(Case.id)
                .join(Client, Client.id == Case.client_id)
                .where(
                    Case.office_id.in_(offices),
                    or_(
                        Case.key_box.is_not(None),
                        Client.index_pending.is_(True),
                        Client.index_version < search_index.TOKENS_VERSION,
                    ),
                )
            )
        )
    for start in range(0, len(ids), BATCH):
        with workspace.transaction() as session:
            for case in session.scalars(
                select(Case).where(Case.id.in_(ids[start : start + BATCH]))
            ):
                if case.office_id is None:
                    continue
                try:
                    key = chest.case_key(session, case.id)
                    if case.key_box is not None:
                        case.key_wrap, case.key_gen = chest.wrap_case_key(
                            case.id, case.office_id, key
                        )
                        case.key_box = None
                    client = case.client
                    if client.index_pending or client.index_version < search_index.TOKENS_VERSION:
                        index = chest.index_keys(case.office_id)[-1]
                        names = [client.full_name, client.alias]
                        case_repo.index_client(
                            session, client, names, client.iin, client.phone, index
                        )
                except (NoKey, WrongCaseKey, DamagedField):
                    continue  # the check names what is wrong with it
                done += 1
    return done
