"""What the reports must decrypt, and nothing more: the birth dates of the cases a report counts
(for the age bands) and their districts. One query reads each case's key wrap and sealed district
beside its client's sealed birth date; no other column is read, and the keys opened are not
kept."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from caseapp.storage.crypto import DecryptionFailed, derive, open_field
from caseapp.storage.keychest import KeyChest
from caseapp.storage.models import Case, Client


def ages_and_districts(
    session: Session, chest: KeyChest, conditions: Sequence[ColumnElement[bool]]
) -> list[tuple[date, date | None, str | None]]:
    """(opened on, birth date, district id) of each case matching ``conditions``; None where none
    is recorded, she does not hold the case's key, or the field is damaged (unknown)."""
    query = (
        select(
            Case.id,
            Case.opened_on,
            Case.office_id,
            Case.key_wrap,
            Case.key_gen,
            Case.key_box,
            Case.district_ct,
            Client.id.label("client_id"),
            Client.birth_date_ct,
        )
        .join(Client, Client.id == Case.client_id)
        .where(*conditions)
    )
    found: list[tuple[date, date | None, str | None]] = []
    with session.no_autoflush:
        for row in session.execute(query):
            birth: date | None = None
            district: str | None = None
            key = None
            if row.birth_date_ct is not None or row.district_ct is not None:
                key = chest.open_case_key(row.id, row.office_id, row.key_gen, row)
            if key is not None:
                aead, scope = AESGCM(derive(key, "fields")), f"case:{row.id}"
                try:
                    if row.birth_date_ct is not None:
                        text = open_field(
                            aead, "client", "birth_date", row.client_id, scope,
                            bytes(row.birth_date_ct),
                        )  # fmt: skip
                        birth = date.fromisoformat(text)
                except (DecryptionFailed, ValueError):
                    birth = None
                try:
                    if row.district_ct is not None:
                        district = open_field(
                            aead, "case_file", "district", row.id, scope, bytes(row.district_ct)
                        )
                except DecryptionFailed:
                    district = None
            found.append((row.opened_on, birth, district))
    return found
