"""Tamper-evident case records.

Every row of a case (the case itself, its client, orders, checks, stays, consents, incidents,
notes, letters, services given) carries a MAC under the case's own key over *all* its columns:
clear dates, codes, links to its case and the ciphertexts together. The case row also carries a
manifest, a MAC of the set of its rows' (table, id, MAC), and its own MAC covers the manifest:
that MAC is the case's *seal*, which the signed audit entry of each change repeats
(``services.casecheck``). So a row edited, moved to another case, deleted, inserted, or put back to
an older version is detected, and so is a whole case put back to an older state.

Shelter placements (room, destination) are sealed the same way under the shelter compartment's key,
and the address book's entries under the organisation compartment's.

The MACs are written in one place, before every flush of a session that carries keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Final

from sqlalchemy import event, literal, select, union_all
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from caseapp.storage.crypto import keyed_hash
from caseapp.storage.fields import case_id_of, new_id, seal_pending
from caseapp.storage.keychest import KeyChest
from caseapp.storage.keys import canonical
from caseapp.storage.models import (
    AddressBookEntry,
    Attachment,
    Case,
    Client,
    Consent,
    Incident,
    Note,
    OutgoingLetter,
    Perpetrator,
    PoliceCheck,
    ProtectionOrder,
    RiskAssessment,
    SafetyPlan,
    ServiceGiven,
    ShelterPlace,
    ShelterStay,
    SpecialRequirement,
)
from caseapp.storage.scopes import ORG_COMPARTMENT, SHELTER_COMPARTMENT

# The rows of a case, each naming it in ``case_id``.
CASE_CHILDREN: tuple[type[Any], ...] = (
    Client,
    Perpetrator,
    ProtectionOrder,
    PoliceCheck,
    SpecialRequirement,
    ShelterStay,
    Consent,
    Incident,
    Note,
    OutgoingLetter,
    RiskAssessment,
    SafetyPlan,
    Attachment,
    ServiceGiven,
)
# Rows of no case, each sealed under a compartment's key of the generation in ``key_gen``.
COMPARTMENT_SEALED: Final[Mapping[type[Any], str]] = {
    ShelterPlace: SHELTER_COMPARTMENT,
    AddressBookEntry: ORG_COMPARTMENT,
}
SEALED: tuple[type[Any], ...] = (Case, ShelterPlace, AddressBookEntry, *CASE_CHILDREN)
# Not covered by a row's MAC: the MAC itself; the case key's wraps, which authenticate themselves
# and are re-wrapped when an office's key is rotated; the search index's to-do flag and version;
# an issued letter's PDF (outgoing_letter.pdf), authenticated by its AEAD binding to its row and
# by the sealed SHA-256 it must match when opened, and left out so that checking a case never
# reads every letter it ever had.
_UNSEALED = frozenset(
    {"mac", "key_wrap", "key_gen", "key_box", "index_pending", "index_version", "pdf"}
)
# Changing these does not make a new version of the case (the version is what a colleague's open
# window compares when she saves).
_NOT_A_NEW_VERSION = frozenset({"manifest", "mac", "key_wrap", "key_gen", "key_box", "version"})


def _plain(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, date):
        return value.isoformat()
    return value


# Columns added to a sealed table after rows were sealed (table, column): they count in the MAC
# only when set, so the rows sealed before them keep their MACs, and setting, changing or
# clearing one is still detected.
_ADDED_LATER = frozenset(
    {
        ("shelter_stay", "extended_to"),
        ("shelter_stay", "extension_reason"),
        ("case_file", "closing_reason"),
        ("case_file", "closing_outcome"),
        ("shelter_stay", "children_named"),
        ("case_file", "stats_refused"),
        ("case_file", "district"),
        ("case_file", "children"),
    }
)


def row_values(obj: object) -> dict[str, object]:
    mapper = sa_inspect(type(obj))
    table = mapper.local_table.name
    values: dict[str, object] = {}
    for attr in mapper.column_attrs:
        name = attr.columns[0].name
        if name in _UNSEALED:
            continue
        value = getattr(obj, attr.key)
        if value is None and (table, name) in _ADDED_LATER:
            continue
        values[name] = _plain(value)
    return values


def row_mac(key: bytes, obj: object) -> bytes:
    table: str = type(obj).__tablename__  # type: ignore[attr-defined]
    return keyed_hash(key, b"caseapp-row/1", table.encode(), canonical(row_values(obj)))


def mac_key(chest: KeyChest, session: Session, obj: object) -> bytes:
    compartment = COMPARTMENT_SEALED.get(type(obj))
    if compartment is not None:
        key_gen: int | None = getattr(obj, "key_gen", None)
        gen = key_gen if key_gen is not None else chest.newest_gen(compartment)
        return chest.key(compartment, gen, "rows")
    case_id = case_id_of(obj)
    if not case_id:
        raise ValueError(f"a row of {type(obj).__name__} must name its case")
    return chest.case_rows_key(session, case_id)


def _materialise_defaults(obj: object) -> None:
    """Give a new row the values its columns' defaults would get at INSERT, so the MAC covers
    what the database will hold."""
    if getattr(obj, "id", None) is None:
        obj.id = new_id()  # type: ignore[attr-defined]
    for attr in sa_inspect(type(obj)).column_attrs:
        column = attr.columns[0]
        default = column.default
        if getattr(obj, attr.key) is None and default is not None and default.is_scalar:
            setattr(obj, attr.key, default.arg)


def _changed(obj: object) -> set[str]:
    state = sa_inspect(obj)
    return {
        attr.key
        for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    }


@event.listens_for(Session, "before_flush")
def _seal_rows(session: Session, flush_context: Any, instances: Any) -> None:
    chest = session.info.get("chest")
    if chest is None:
        return
    seal_pending(session)
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, SEALED):
            continue
        is_new = obj in session.new
        if not is_new:
            changed = _changed(obj)
            if not changed:
                continue
            if isinstance(obj, Case | AddressBookEntry) and changed - _NOT_A_NEW_VERSION:
                obj.version = (obj.version or 0) + 1
        else:
            _materialise_defaults(obj)
        compartment = COMPARTMENT_SEALED.get(type(obj))
        if compartment is not None:
            obj.key_gen = chest.newest_gen(compartment)
        elif is_new and not isinstance(obj, Case):
            session.info.setdefault("new_rows", {}).setdefault(case_id_of(obj), []).append(obj)
        obj.mac = row_mac(mac_key(chest, session, obj), obj)


def child_rows(session: Session, case_id: str) -> list[tuple[str, str, bytes | None]]:
    """(table, id, MAC) of every row naming this case, as the database holds them."""
    query = union_all(
        *(
            select(literal(model.__tablename__).label("t"), model.id, model.mac).where(
                model.case_id == case_id
            )
            for model in CASE_CHILDREN
        )
    )
    with session.no_autoflush:
        return [(t, i, bytes(m) if m is not None else None) for t, i, m in session.execute(query)]


def manifest_of(key: bytes, rows: list[tuple[str, str, bytes | None]]) -> bytes:
    listed = sorted([t, i, m.hex() if m is not None else None] for t, i, m in rows)
    return keyed_hash(key, b"caseapp-manifest/1", canonical(listed))


def rows_in_memory(session: Session, case_id: str) -> list[tuple[str, str, bytes | None]]:
    """(table, id, MAC) of the rows of a case made in this session, as its flushes wrote them,
    without asking the database (a new case's rows are all new)."""
    made = session.info.get("new_rows", {}).pop(case_id, [])
    return [(type(r).__tablename__, r.id, r.mac) for r in made]


def reseal_case(
    session: Session,
    chest: KeyChest,
    case_id: str,
    rows: list[tuple[str, str, bytes | None]] | None = None,
) -> bytes:
    """Bring the case's manifest and seal up to date after its rows changed; returns the seal.
    ``rows``: the case's rows when the caller knows them all (a case made in this session)."""
    session.flush()
    case = session.get(Case, case_id)
    if case is None:
        raise ValueError("no such case")
    if rows is None:
        rows = child_rows(session, case_id)
    manifest = manifest_of(chest.case_rows_key(session, case_id), rows)
    if case.manifest is None or bytes(case.manifest) != manifest or case.mac is None:
        case.manifest = manifest
        session.flush()
    assert case.mac is not None
    return bytes(case.mac)


def case_problems(session: Session, chest: KeyChest, case: Case) -> list[str]:
    """Each row of the case whose MAC does not match, and a changed set of rows; one sentence
    each, naming records by table and id, never by content."""
    key = chest.case_rows_key(session, case.id)
    problems = []
    if case.mac is None or bytes(case.mac) != row_mac(key, case):
        problems.append(f"case_file {case.id}: the record was changed outside the program.")
    found: list[tuple[str, str, bytes | None]] = []
    with session.no_autoflush:
        for model in CASE_CHILDREN:
            for row in session.scalars(select(model).where(model.case_id == case.id)):
                mac = bytes(row.mac) if row.mac is not None else None
                found.append((model.__tablename__, row.id, mac))
                if mac is None or mac != row_mac(key, row):
                    problems.append(
                        f"{model.__tablename__} {row.id}: the record was changed outside the "
                        "program or moved from another case."
                    )
    if case.manifest is None or bytes(case.manifest) != manifest_of(key, found):
        problems.append(
            f"case_file {case.id}: records were added to or removed from the case outside the "
            "program, or put back to an older version."
        )
    return problems


def place_problem(chest: KeyChest, session: Session, place: ShelterPlace) -> str | None:
    if place.mac is None or bytes(place.mac) != row_mac(mac_key(chest, session, place), place):
        return f"shelter_place {place.id}: the record was changed outside the program."
    return None


def entry_problem(chest: KeyChest, session: Session, entry: AddressBookEntry) -> str | None:
    """One sentence naming an address book entry changed outside the program, else None."""
    if entry.mac is None or bytes(entry.mac) != row_mac(mac_key(chest, session, entry), entry):
        return f"address_book_entry {entry.id}: the record was changed outside the program."
    return None


def chunk_problems(session: Session, chest: KeyChest, cases: list[Case]) -> list[str]:
    """``case_problems`` for many cases with one query per table (the sweep after unlock and
    ``check``); the cases' keys are best opened beforehand (``KeyChest.prefetch_case_keys``)."""
    by_id = {case.id: case for case in cases}
    found: dict[str, list[tuple[str, str, bytes | None]]] = {case_id: [] for case_id in by_id}
    problems = []
    keys = {case_id: chest.case_rows_key(session, case_id) for case_id in by_id}
    for case_id, case in by_id.items():
        if case.mac is None or bytes(case.mac) != row_mac(keys[case_id], case):
            problems.append(f"case_file {case_id}: the record was changed outside the program.")
    with session.no_autoflush:
        for model in CASE_CHILDREN:
            for row in session.scalars(select(model).where(model.case_id.in_(list(by_id)))):
                mac = bytes(row.mac) if row.mac is not None else None
                found[row.case_id].append((model.__tablename__, row.id, mac))
                if mac is None or mac != row_mac(keys[row.case_id], row):
                    problems.append(
                        f"{model.__tablename__} {row.id}: the record was changed outside the "
                        "program or moved from another case."
                    )
    for case_id, case in by_id.items():
        manifest = manifest_of(keys[case_id], found[case_id])
        if case.manifest is None or bytes(case.manifest) != manifest:
            problems.append(
                f"case_file {case_id}: records were added to or removed from the case outside "
                "the program, or put back to an older version."
            )
    return problems
