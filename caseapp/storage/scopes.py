"""Names of the keys' scopes, and the two ways a key can be missing. No imports of the schema,
so the encrypted-field machinery and the schema can both use them."""

from __future__ import annotations

ROOT = "root"
ORG_COMPARTMENT = "org"
SHELTER_COMPARTMENT = "shelter"
OFFICE_PREFIX = "office:"


def office_compartment(office_id: str) -> str:
    return OFFICE_PREFIX + office_id


class NoKey(Exception):
    """This person holds no key for what was asked (a compartment or a case)."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(what)


class WrongCaseKey(Exception):
    """A case's key is wrapped under a retired generation of its office's key, or does not open:
    someone without the office's current key put it there."""

    def __init__(self, case_id: str) -> None:
        self.case_id = case_id
        super().__init__(case_id)
