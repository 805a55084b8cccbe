"""What the reports must decrypt, and nothing more: the birth dates of the cases a report counts
(for the age bands). One query reads each case's key wrap beside its client's sealed birth date;
no other column of the client's row is read, and the keys opened are not kept."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from caseapp.storage.crypto import DecryptionFailed, derive, open_field
from caseapp.storage.keychest import KeyChest
from caseapp.storage.models import Case, Client


def birth_dates(
    session: Session, chest: KeyChest, conditions: Sequence[ColumnElement[bool]]
) -> list[tuple[date, date | None]]:
    """(opened on, birth date) of each case matching ``conditions``; the birth date None where
    none is recorded, she does not hold the case's key, or the field is damaged (age unknown)."""
    query = (
        select(
            Case.id,
            Case.opened_on,
            Case.office_id,
            Case.key_wrap,
            Case.key_gen,
            Case.key_box,
            Client.id.label("client_id"),
            Client.birth_date_ct,
        )
        .join(Client, Client.id == Case.client_id)
        .where(*conditions)
    )
    found: list[tuple[date, date | None]] = []
    with session.no_autoflush:
        for row in session.execute(query):
            found.append((row.opened_on, None))
            if row.birth_date_ct is None:
                continue
            key = chest.open_case_key(row.id, row.office_id, row.key_gen, row)
            if key is None:
                continue
            try:
                aead = AESGCM(derive(key, "fields"))
                text = open_field(
                    aead, "client", "birth_date", row.client_id, f"case:{row.id}",
                    bytes(row.birth_date_ct),
                )  # fmt: skip
                found[-1] = (row.opened_on, date.fromisoformat(text))
            except (DecryptionFailed, ValueError):
                continue
    return found
