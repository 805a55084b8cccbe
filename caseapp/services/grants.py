"""Who holds which key: the policy, applied after every change of authority.

- The organisation's compartment (its details, office names, staff details, letter texts): every
  active member of staff.
- The shelter's compartment (rooms, destinations): administrators and shelter staff.
- Each office's compartment (the keys of its cases, its search tokens): administrators; and, as
  the organisation chose in Settings, every member of staff ("all"), the office's members
  ("office"), or nobody else ("assigned").
- A case's own key: also the person it is assigned to, through a case grant.
- The root (the recovery key) holds every compartment.

When someone holds a compartment she should no longer hold, its key is *rotated*: a new
generation, granted to the rightful holders only, carrying the old one; an office's case keys are
re-wrapped under it (no field is re-encrypted). Her grants are deleted. What she could read before
stays readable to her in any copy she kept; nothing written after is.
"""

from __future__ import annotations

import os
from collections import defaultdict

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.orm import Session

from caseapp.storage import authority as auth
from caseapp.storage.crypto import DecryptionFailed, derive, unwrap_key, wrap_key
from caseapp.storage.keychest import (
    KeyChest,
    case_grant_context,
    case_key_context,
    grant_context,
    previous_context,
)
from caseapp.storage.keys import box_private, box_public_of, open_sealed, seal_to
from caseapp.storage.models import Case, CaseGrant, CompartmentKey, KeyGrant
from caseapp.storage.scopes import (
    OFFICE_PREFIX,
    ORG_COMPARTMENT,
    ROOT,
    SHELTER_COMPARTMENT,
    office_compartment,
)

Members = dict[str, auth.Member]


def holder_public(
    authority: auth.Authority, holder: str, members: Members | None = None
) -> bytes | None:
    if holder == ROOT:
        return authority.root_box_pub
    member = (members or authority.members).get(holder)
    return member.box_pub if member is not None and member.active else None


def desired_holders(
    authority: auth.Authority, compartment: str, everyone: Members | None = None
) -> set[str]:
    members = [
        m for m in (everyone or authority.members).values() if m.active and m.box_pub is not None
    ]
    admins = {m.staff_id for m in members if m.role == "admin"}
    wanted = {ROOT} | admins
    if compartment == ORG_COMPARTMENT:
        wanted |= {m.staff_id for m in members}
    elif compartment == SHELTER_COMPARTMENT:
        wanted |= {m.staff_id for m in members if m.shelter}
    elif compartment.startswith(OFFICE_PREFIX):
        office = compartment[len(OFFICE_PREFIX) :]
        if authority.visibility == "all":
            wanted |= {m.staff_id for m in members}
        elif authority.visibility == "office":
            wanted |= {m.staff_id for m in members if office in m.offices}
    return wanted


def grant(
    session: Session,
    authority: auth.Authority,
    holder: str,
    compartment: str,
    gen: int,
    secret: bytes,
    members: Members | None = None,
) -> None:
    public = holder_public(authority, holder, members)
    if public is None:
        return
    sealed = seal_to(public, secret, grant_context(holder, compartment, gen))
    session.merge(KeyGrant(holder=holder, compartment=compartment, gen=gen, sealed=sealed))


def new_generation(
    session: Session, authority: auth.Authority, chest: KeyChest, compartment: str
) -> int:
    """A new generation of a compartment's key (the first one for a new compartment), certified
    in the authority chain, carrying the one before it; in ``chest`` from now on."""
    gen = authority.newest_generation(compartment) + 1
    secret = os.urandom(32)
    previous = None
    if gen > 1:
        previous = wrap_key(
            derive(secret, "wrap"),
            chest.secret(compartment, gen - 1),
            previous_context(compartment, gen),
        )
    public = box_public_of(secret)
    session.add(
        CompartmentKey(compartment=compartment, gen=gen, box_pub=public, prev_sealed=previous)
    )
    body = {"compartment": compartment, "gen": gen, "box_pub": public.hex()}
    auth.append(session, authority, auth.COMPARTMENT, body, chest.holder, chest.pairs)
    chest.add_secret(compartment, gen, secret)
    return gen


def open_compartment(
    session: Session, authority: auth.Authority, chest: KeyChest, compartment: str
) -> None:
    """A new compartment (a new office), granted to its holders."""
    gen = new_generation(session, authority, chest, compartment)
    for holder in desired_holders(authority, compartment):
        grant(session, authority, holder, compartment, gen, chest.secret(compartment, gen))


def reconcile(
    session: Session,
    authority: auth.Authority,
    chest: KeyChest,
    pending: auth.Member | None = None,
) -> list[str]:
    """Make the grants follow the policy; returns the compartments whose key was rotated. Run by
    an administrator's or the root's session (they hold every compartment). ``pending``: an
    account's record as it is about to be signed, so that an administrator who steps down signs
    the rotations while she still may; the caller appends that record afterwards."""
    members = dict(authority.members)
    if pending is not None:
        members[pending.staff_id] = pending
    held: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for holder, compartment, gen in session.execute(
        select(KeyGrant.holder, KeyGrant.compartment, KeyGrant.gen)
    ):
        held[compartment][holder].add(gen)
    rotated = []
    for compartment in sorted(authority.compartments):
        desired = desired_holders(authority, compartment, members)
        holders = held.get(compartment, {})
        stale = {h for h in holders if h not in desired}
        if stale:
            old_gen = authority.newest_generation(compartment)
            gen = new_generation(session, authority, chest, compartment)
            for holder in desired:
                secret = chest.secret(compartment, gen)
                grant(session, authority, holder, compartment, gen, secret, members)
            session.execute(
                delete(KeyGrant).where(
                    KeyGrant.compartment == compartment, KeyGrant.holder.in_(sorted(stale))
                )
            )
            if compartment.startswith(OFFICE_PREFIX):
                rewrap_case_keys(session, chest, compartment[len(OFFICE_PREFIX) :], old_gen, gen)
            rotated.append(compartment)
            continue
        newest = authority.newest_generation(compartment)
        for holder in sorted(desired):
            if newest not in holders.get(holder, set()):
                secret = chest.secret(compartment, newest)
                grant(session, authority, holder, compartment, newest, secret, members)
    gone = [
        staff_id
        for staff_id, member in members.items()
        if not member.active or member.box_pub is None
    ]
    if gone:
        session.execute(delete(CaseGrant).where(CaseGrant.holder.in_(gone)))
    return rotated


def rewrap_case_keys(
    session: Session, chest: KeyChest, office_id: str, old_gen: int, new_gen: int
) -> int:
    """Wrap the keys of the office's cases under the new generation; no field changes."""
    compartment = office_compartment(office_id)
    old_wrap = chest.key(compartment, old_gen, "wrap")
    new_wrap = chest.key(compartment, new_gen, "wrap")
    old_private = box_private(chest.secret(compartment, old_gen))
    changes = []
    rows = session.execute(
        select(Case.id, Case.key_wrap, Case.key_box, Case.key_gen).where(
            Case.office_id == office_id
        )
    ).all()
    for case_id, wrapped, boxed, gen in rows:
        try:
            if gen != old_gen:
                raise DecryptionFailed("wrapped under another generation")
            context = case_key_context(case_id, office_id, old_gen)
            if wrapped is not None:
                key = unwrap_key(old_wrap, bytes(wrapped), context)
            elif boxed is not None:
                key = open_sealed(old_private, bytes(boxed), context)
            else:
                continue
        except DecryptionFailed:
            continue  # a case key someone replaced: left for the check to name
        changes.append(
            {
                "b_id": case_id,
                "wrap": wrap_key(new_wrap, key, case_key_context(case_id, office_id, new_gen)),
                "gen": new_gen,
            }
        )
    if changes:
        table = Case.__table__
        assert isinstance(table, Table)
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(key_wrap=bindparam("wrap"), key_gen=bindparam("gen"), key_box=None),
            changes,
        )
    return len(changes)


def grant_case(
    session: Session,
    authority: auth.Authority,
    holder: str,
    case_id: str,
    key: bytes,
    *,
    new: bool = False,
) -> None:
    """Give the person a case is assigned to the case's own key (``new``: a case made in this
    session, which has no grant yet)."""
    public = holder_public(authority, holder)
    if public is None:
        return
    grant = CaseGrant(
        holder=holder,
        case_id=case_id,
        sealed=seal_to(public, key, case_grant_context(holder, case_id)),
    )
    if new:
        session.add(grant)
    else:
        session.merge(grant)


def take_back_case(session: Session, holder: str, case_id: str) -> None:
    session.execute(
        delete(CaseGrant).where(CaseGrant.holder == holder, CaseGrant.case_id == case_id)
    )


def founding_compartments(office_id: str) -> list[str]:
    return [ORG_COMPARTMENT, SHELTER_COMPARTMENT, office_compartment(office_id)]
