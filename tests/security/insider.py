"""The insider's tools: only the database (through its tables), her own password and the project's
own code. Nothing here goes through the services: she reads the tables as a SQLite browser would
and tries every key her password reaches on every ciphertext."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, text

from caseapp.storage.crypto import (
    DecryptionFailed,
    KdfParams,
    derive,
    is_field_ciphertext,
    open_field,
    unwrap_key,
)
from caseapp.storage.keychest import (
    case_grant_context,
    case_key_context,
    grant_context,
    previous_context,
)
from caseapp.storage.keys import (
    KeyPairs,
    SealedKeyPairs,
    box_private,
    open_sealed,
    open_with_password_key,
    password_key,
)

# Every encrypted column of every table, as the schema names them.
ENCRYPTED = {
    "organisation": ["name_ru", "name_kk", "name_en", "address", "address_kk", "address_en",
                     "phone", "bin", "director"],
    "office": ["name"],
    "staff": ["full_name", "phone", "position"],
    "client": ["full_name", "alias", "iin", "birth_date", "phone", "address", "safe_contact"],
    "case_file": ["notes"],
    "perpetrator": ["full_name"],
    "protection_order": ["number", "issued_by", "officer", "officer_phone", "violations"],
    "police_check": ["officer", "note"],
    "special_requirement": ["description", "court"],
    "shelter_stay": ["room", "departure_reason", "destination"],
    "shelter_place": ["room", "destination"],
    "incident": ["description"],
    "note": ["body"],
    "letter_text": ["body"],
    "outgoing_letter": ["recipient"],
    "audit_entry": ["detail"],
}  # fmt: skip


@dataclass
class Loot:
    """Every key her password reaches, and every field those keys open."""

    pairs: KeyPairs | None = None
    secrets: set[bytes] = field(default_factory=set)
    case_keys: set[bytes] = field(default_factory=set)
    opened: dict[tuple[str, str, str], str] = field(default_factory=dict)


def _rows(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def her_key_pairs(engine: Engine, username: str, password: str) -> KeyPairs | None:
    found = _rows(
        engine,
        "SELECT k.staff_id, k.box_pub, k.sign_pub, k.salt, k.kdf_iterations, k.kdf_memory_kib, "
        f"k.kdf_lanes, k.sealed FROM staff_key k JOIN staff s ON s.id = k.staff_id "
        f"WHERE s.username = '{username}'",
    )
    if not found:
        return None
    staff_id, box, sign, salt, it, mem, lanes, sealed = found[0]
    stored = SealedKeyPairs(
        bytes(box),
        bytes(sign),
        bytes(salt),
        KdfParams(it, mem, lanes),
        bytes(sealed),
    )
    try:
        return open_with_password_key(stored, str(staff_id), password_key(stored, password))
    except DecryptionFailed:
        return None


def loot(engine: Engine, username: str, password: str, pairs: KeyPairs | None = None) -> Loot:
    """Everything her password (or key pairs she kept) opens in this database."""
    found = Loot(pairs=pairs or her_key_pairs(engine, username, password))
    if found.pairs is None:
        return found
    mine = found.pairs
    # Every grant in the file, whoever it names: try her key on each.
    for holder, compartment, gen, sealed in _rows(
        engine, "SELECT holder, compartment, gen, sealed FROM key_grant"
    ):
        with suppress(DecryptionFailed):
            context = grant_context(str(holder), str(compartment), int(gen))
            found.secrets.add(mine.open(bytes(sealed), context))
    generations = _rows(engine, "SELECT compartment, gen, prev_sealed FROM compartment_key")
    changed = True
    while changed:  # older generations through newer ones
        changed = False
        for compartment, gen, prev in generations:
            if prev is None:
                continue
            for secret in list(found.secrets):
                try:
                    older = unwrap_key(
                        derive(secret, "wrap"),
                        bytes(prev),
                        previous_context(str(compartment), int(gen)),
                    )
                except DecryptionFailed:
                    continue
                if older not in found.secrets:
                    found.secrets.add(older)
                    changed = True
    for holder, case_id, sealed in _rows(engine, "SELECT holder, case_id, sealed FROM case_grant"):
        with suppress(DecryptionFailed):
            context = case_grant_context(str(holder), str(case_id))
            found.case_keys.add(mine.open(bytes(sealed), context))
    for case_id, office_id, wrap, gen, box in _rows(
        engine, "SELECT id, office_id, key_wrap, key_gen, key_box FROM case_file"
    ):
        context = case_key_context(str(case_id), str(office_id), int(gen or 0))
        for secret in found.secrets:
            try:
                if wrap is not None:
                    found.case_keys.add(unwrap_key(derive(secret, "wrap"), bytes(wrap), context))
                elif box is not None:
                    found.case_keys.add(open_sealed(box_private(secret), bytes(box), context))
            except DecryptionFailed:
                pass
    _open_every_field(engine, found)
    return found


def _open_every_field(engine: Engine, found: Loot) -> None:
    keys = [AESGCM(derive(k, "fields")) for k in found.secrets | found.case_keys]
    case_ids = [str(r[0]) for r in _rows(engine, "SELECT id FROM case_file")]
    scopes_everywhere = ["org", "shelter"]
    for table, columns in ENCRYPTED.items():
        id_column = "seq" if table == "audit_entry" else "id"
        rows = _rows(engine, f"SELECT {id_column}, {', '.join(columns)} FROM {table}")
        for row in rows:
            row_id = f"audit-{row[0]}" if table == "audit_entry" else str(row[0])
            for column, blob in zip(columns, row[1:], strict=True):
                if blob is None or not is_field_ciphertext(bytes(blob)):
                    continue
                # She does not know which case a row belongs to: every case's scope is tried.
                for scope in scopes_everywhere + [f"case:{c}" for c in case_ids]:
                    text_ = _try(keys, table, column, row_id, scope, bytes(blob))
                    if text_ is not None:
                        found.opened[(table, row_id, column)] = text_
                        break


def _try(
    keys: list[AESGCM], table: str, column: str, row_id: str, scope: str, blob: bytes
) -> str | None:
    for aead in keys:
        try:
            return open_field(aead, table, column, row_id, scope, blob)
        except DecryptionFailed:
            continue
    return None
