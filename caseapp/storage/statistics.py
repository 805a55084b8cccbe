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
    open_case_key = chest.open_case_key
    with session.no_autoflush:
        for row in session.execute(query):
            case_id, opened, office_id, _, gen, _, district_ct, client_id, birth_ct = row
            if birth_ct is None and district_ct is None:
                found.append((opened, None, None))
                continue
            key = open_case_key(case_id, office_id, gen, row)
            if key is None:
                found.append((opened, None, None))
                continue
            aead, scope = AESGCM(derive(key, "fields")), "case:" + case_id
            found.append(
                (
                    opened,
                    _birth(aead, client_id, scope, birth_ct),
                    _district(aead, case_id, scope, district_ct),
                )
            )
    return found


def _birth(aead: AESGCM, client_id: str, scope: str, sealed: bytes | None) -> date | None:
    if sealed is None:
        return None
    try:
        text = open_field(aead, "client", "birth_date", client_id, scope, bytes(sealed))
        return date.fromisoformat(text)
    except (DecryptionFailed, ValueError):
        return None


def _district(aead: AESGCM, case_id: str, scope: str, sealed: bytes | None) -> str | None:
    if sealed is None:
        return None
    try:
        return open_field(aead, "case_file", "district", case_id, scope, bytes(sealed))
    except DecryptionFailed:
        return None
