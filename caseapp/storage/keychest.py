"""The keys one unlocked person holds, and the contexts every sealed key is bound to.

A person reaches compartment keys through her grants (each generation's secret sealed to her
receiving key) and older generations through the newer ones; a case's own key through its office's
key or through a case grant made to her. Nothing here decides who *should* hold what: that is the
services' policy (``services.grants``). Dropped on lock.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.storage.crypto import DecryptionFailed, derive, unwrap_key, wrap_key
from caseapp.storage.keys import KeyPairs, box_private, box_public_of, open_sealed
from caseapp.storage.models import Case, CaseGrant, CompartmentKey, KeyGrant
from caseapp.storage.scopes import (  # noqa: F401 (re-exported for callers)
    OFFICE_PREFIX,
    ORG_COMPARTMENT,
    ROOT,
    SHELTER_COMPARTMENT,
    NoKey,
    WrongCaseKey,
    office_compartment,
)


def grant_context(holder: str, compartment: str, gen: int) -> bytes:
    return f"caseapp-grant/1\0{holder}\0{compartment}\0{gen}".encode()


def case_grant_context(holder: str, case_id: str) -> bytes:
    return f"caseapp-case-grant/1\0{holder}\0{case_id}".encode()


def case_key_context(case_id: str, office_id: str, gen: int) -> bytes:
    return f"caseapp-case-key/1\0{case_id}\0{office_id}\0{gen}".encode()


def previous_context(compartment: str, gen: int) -> bytes:
    return f"caseapp-previous/1\0{compartment}\0{gen}".encode()


CASE_KEYS_KEPT = 20_000
Value = TypeVar("Value")


class Bounded(OrderedDict[str, Value]):
    """A cache that forgets its oldest entries beyond ``size``: opening a case's key again costs
    microseconds, keeping every case's key of a big database in memory costs tens of MB."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __setitem__(self, key: str, value: Value) -> None:
        super().__setitem__(key, value)
        if len(self) > self.size:
            self.popitem(last=False)


@dataclass
class KeyChest:
    """``holder`` is a staff id, or ``ROOT`` for a session opened with the recovery key."""

    holder: str
    pairs: KeyPairs
    secrets: dict[tuple[str, int], bytes] = field(default_factory=dict)
    newest: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    _aead: dict[tuple[str, int, str], AESGCM] = field(default_factory=dict)
    _derived: dict[tuple[str, int, str], bytes] = field(default_factory=dict)
    _case_keys: Bounded[bytes] = field(default_factory=lambda: Bounded(CASE_KEYS_KEPT))
    _case_aead: Bounded[AESGCM] = field(default_factory=lambda: Bounded(CASE_KEYS_KEPT))

    def __repr__(self) -> str:
        return f"KeyChest({self.holder}, <hidden>)"

    # Compartments -----------------------------------------------------------------------------

    def load(self, session: Session, certified: dict[str, dict[int, bytes]]) -> None:
        """Open this holder's grants, keeping only secrets whose public half is the one the
        authority chain certifies, then older generations through the newer ones."""
        self.secrets.clear()
        self.newest.clear()
        self.problems.clear()
        self._derived.clear()
        self._aead.clear()
        for grant in session.scalars(select(KeyGrant).where(KeyGrant.holder == self.holder)):
            public = certified.get(grant.compartment, {}).get(grant.gen)
            try:
                secret = self.pairs.open(
                    grant.sealed, grant_context(self.holder, grant.compartment, grant.gen)
                )
            except DecryptionFailed:
                self.problems.append(f"key grant {grant.compartment}/{grant.gen}")
                continue
            if public is None or box_public_of(secret) != public:
                self.problems.append(f"key grant {grant.compartment}/{grant.gen}")
                continue
            self.add_secret(grant.compartment, grant.gen, secret)
        rows = {
            (row.compartment, row.gen): row
            for row in session.scalars(
                select(CompartmentKey).where(CompartmentKey.compartment.in_(list(self.newest)))
            )
        }
        for compartment, newest in list(self.newest.items()):
            gen = newest
            while gen > 1 and (compartment, gen - 1) not in self.secrets:
                row = rows.get((compartment, gen))
                if row is None or row.prev_sealed is None:
                    break
                try:
                    older = unwrap_key(
                        derive(self.secrets[(compartment, gen)], "wrap"),
                        row.prev_sealed,
                        previous_context(compartment, gen),
                    )
                except DecryptionFailed:
                    self.problems.append(f"key history {compartment}/{gen}")
                    break
                gen -= 1
                self.secrets[(compartment, gen)] = older

    def add_secret(self, compartment: str, gen: int, secret: bytes) -> None:
        self.secrets[(compartment, gen)] = secret
        if gen > self.newest.get(compartment, 0):
            self.newest[compartment] = gen

    def holds(self, compartment: str) -> bool:
        return compartment in self.newest

    def secret(self, compartment: str, gen: int | None = None) -> bytes:
        gen = self.newest.get(compartment) if gen is None else gen
        found = self.secrets.get((compartment, gen)) if gen is not None else None
        if found is None:
            raise NoKey(compartment)
        return found

    def newest_gen(self, compartment: str) -> int:
        if compartment not in self.newest:
            raise NoKey(compartment)
        return self.newest[compartment]

    def aead(self, compartment: str, gen: int, purpose: str = "fields") -> AESGCM:
        cached = self._aead.get((compartment, gen, purpose))
        if cached is None:
            cached = AESGCM(derive(self.secret(compartment, gen), purpose))
            self._aead[(compartment, gen, purpose)] = cached
        return cached

    def key(self, compartment: str, gen: int, purpose: str) -> bytes:
        cached = self._derived.get((compartment, gen, purpose))
        if cached is None:
            cached = derive(self.secret(compartment, gen), purpose)
            self._derived[(compartment, gen, purpose)] = cached
        return cached

    def held_offices(self) -> list[str]:
        return [c[len(OFFICE_PREFIX) :] for c in self.newest if c.startswith(OFFICE_PREFIX)]

    def index_keys(self, office_id: str) -> list[bytes]:
        """Every generation's search key of an office this person holds (tokens written before a
        rotation stay findable)."""
        compartment = office_compartment(office_id)
        return [
            derive(secret, "index")
            for (name, _gen), secret in sorted(self.secrets.items())
            if name == compartment
        ]

    # Cases ------------------------------------------------------------------------------------

    def remember_case_key(self, case_id: str, key: bytes) -> None:
        self._case_keys[case_id] = key

    def case_key(self, session: Session, case_id: str) -> bytes:
        """The case's own key: through its office's key when held, else through a case grant."""
        cached = self._case_keys.get(case_id)
        if cached is not None:
            return cached
        with session.no_autoflush:
            row = session.execute(
                select(Case.office_id, Case.key_wrap, Case.key_gen, Case.key_box).where(
                    Case.id == case_id
                )
            ).one_or_none()
            key = None
            if row is not None and row.office_id is not None:
                compartment = office_compartment(row.office_id)
                if self.holds(compartment):
                    key = self._office_case_key(case_id, row.office_id, row.key_gen, row)
            if key is None:
                sealed = session.scalar(
                    select(CaseGrant.sealed).where(
                        CaseGrant.holder == self.holder, CaseGrant.case_id == case_id
                    )
                )
                if sealed is None:
                    raise NoKey(f"case:{case_id}")
                try:
                    key = self.pairs.open(bytes(sealed), case_grant_context(self.holder, case_id))
                except DecryptionFailed:
                    raise NoKey(f"case:{case_id}") from None
        self._case_keys[case_id] = key
        return key

    def _office_case_key(self, case_id: str, office_id: str, gen: int | None, row: object) -> bytes:
        compartment = office_compartment(office_id)
        if gen is None or gen != self.newest.get(compartment):
            raise WrongCaseKey(case_id)
        context = case_key_context(case_id, office_id, gen)
        try:
            wrap = getattr(row, "key_wrap", None)
            if wrap is not None:
                return unwrap_key(self.aead(compartment, gen, "wrap"), bytes(wrap), context)
            box = getattr(row, "key_box", None)
            if box is not None:
                private = box_private(self.secret(compartment, gen))
                return open_sealed(private, bytes(box), context)
        except DecryptionFailed:
            raise WrongCaseKey(case_id) from None
        raise WrongCaseKey(case_id)

    def open_case_key(
        self, case_id: str, office_id: str | None, gen: int | None, row: object
    ) -> bytes | None:
        """A case's key from its row's wrap (``key_wrap`` or ``key_box``) read by the caller, when
        she holds its office's key; None otherwise. Not kept: for one pass over many cases (the
        statistics), which would only push the open windows' keys out of the cache."""
        cached = self._case_keys.get(case_id)
        if cached is not None:
            return cached
        if office_id is None or not self.holds(office_compartment(office_id)):
            return None
        try:
            return self._office_case_key(case_id, office_id, gen, row)
        except WrongCaseKey:
            return None

    def prefetch_case_keys(self, session: Session, case_ids: Iterable[str]) -> None:
        """Open many cases' keys with a few queries (the day's reminders, a page of the list);
        a key that does not open is left out, for ``case_key`` to raise about."""
        wanted = [c for c in dict.fromkeys(case_ids) if c not in self._case_keys]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            missing = set(chunk)
            with session.no_autoflush:
                rows = session.execute(
                    select(
                        Case.id, Case.office_id, Case.key_wrap, Case.key_gen, Case.key_box
                    ).where(Case.id.in_(chunk))
                ).all()
                for row in rows:
                    if row.office_id is None or not self.holds(office_compartment(row.office_id)):
                        continue
                    try:
                        key = self._office_case_key(row.id, row.office_id, row.key_gen, row)
                    except WrongCaseKey:
                        continue
                    self._case_keys[row.id] = key
                    missing.discard(row.id)
                if not missing:
                    continue
                for case_id, sealed in session.execute(
                    select(CaseGrant.case_id, CaseGrant.sealed).where(
                        CaseGrant.holder == self.holder, CaseGrant.case_id.in_(sorted(missing))
                    )
                ):
                    try:
                        context = case_grant_context(self.holder, case_id)
                        self._case_keys[case_id] = self.pairs.open(bytes(sealed), context)
                    except DecryptionFailed:
                        continue

    def case_aead(self, session: Session, case_id: str) -> AESGCM:
        cached = self._case_aead.get(case_id)
        if cached is None:
            cached = AESGCM(derive(self.case_key(session, case_id), "fields"))
            self._case_aead[case_id] = cached
        return cached

    def case_rows_key(self, session: Session, case_id: str) -> bytes:
        return derive(self.case_key(session, case_id), "rows")

    def forget_case(self, case_id: str) -> None:
        self._case_keys.pop(case_id, None)
        self._case_aead.pop(case_id, None)

    def wrap_case_key(self, case_id: str, office_id: str, key: bytes) -> tuple[bytes, int]:
        """The case key wrapped under the office's newest generation (NoKey if not held)."""
        compartment = office_compartment(office_id)
        gen = self.newest_gen(compartment)
        context = case_key_context(case_id, office_id, gen)
        return wrap_key(self.key(compartment, gen, "wrap"), key, context), gen

    def known_case_ids(self) -> Iterable[str]:
        return self._case_keys.keys()
