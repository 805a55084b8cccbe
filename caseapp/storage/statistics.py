"""What the reports must decrypt, and nothing more: the birth dates of the cases a report counts
(for the age bands), read as ciphertext with their row ids and opened with each case's key. No
other column of the client's row is read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.storage.crypto import DecryptionFailed, open_field
from caseapp.storage.keychest import KeyChest
from caseapp.storage.models import Client
from caseapp.storage.scopes import NoKey, WrongCaseKey

_CHUNK = 500


def birth_dates(session: Session, chest: KeyChest, case_ids: Sequence[str]) -> dict[str, date]:
    """Each case's client's birth date, where one is recorded and opens; a case whose key she
    does not hold or whose field is damaged is left out (counted as age unknown)."""
    found: dict[str, date] = {}
    for start in range(0, len(case_ids), _CHUNK):
        chunk = list(case_ids[start : start + _CHUNK])
        rows = session.execute(
            select(Client.id, Client.case_id, Client.birth_date_ct).where(
                Client.case_id.in_(chunk), Client.birth_date_ct.is_not(None)
            )
        ).all()
        chest.prefetch_case_keys(session, [row.case_id for row in rows])
        for client_id, case_id, blob in rows:
            if case_id is None or blob is None:
                continue
            try:
                aead = chest.case_aead(session, case_id)
                text = open_field(
                    aead, "client", "birth_date", client_id, f"case:{case_id}", bytes(blob)
                )
                found[case_id] = date.fromisoformat(text)
            except (DecryptionFailed, NoKey, WrongCaseKey, ValueError):
                continue
    return found
