"""The children a letter may speak of: their number and birth years, never their names."""

from __future__ import annotations

from datetime import date

from caseapp.domain.rules import MAX_CHILD_AGE
from caseapp.storage.case_repo import children_from_text, live
from caseapp.storage.models import Case


def children_with_her(case: Case, on: date) -> tuple[int | None, ...] | None:
    """The birth years of the children with her (never their names, never the stay's room or
    place): those of her latest stay by `on` when she has had one, else the case's children
    under 18 on `on` (or of no recorded year); None when it records neither."""
    stays = [s for s in case.stays if live(s) and s.admitted_on <= on]
    if not stays:
        own = children_from_text(case.children)
        young = [c.birth_year for c in own if c.birth_year is None or _minor(c.birth_year, on)]
        return tuple(young) or None
    stay = max(stays, key=lambda s: s.admitted_on)
    named = children_from_text(stay.children_named)
    if named:
        return tuple(c.birth_year for c in named)
    return (None,) * stay.children


def minor_children(case: Case, on: date) -> tuple[int | None, ...]:
    """The birth years of her children under 18 on `on`, by year of birth (a child born 18 or
    more years before is no minor; one of the case's with no year recorded cannot be said to be
    one). For a case recorded before the case kept her children: those with her in her latest
    stay (a stay takes only minors, so one of no recorded year counts, as ``None``)."""
    own = children_from_text(case.children)
    if own:
        years = [c.birth_year for c in own if c.birth_year is not None]
        return tuple(sorted(y for y in years if _minor(y, on)))
    stays = [s for s in case.stays if live(s) and s.admitted_on <= on]
    if not stays:
        return ()
    latest = max(stays, key=lambda s: s.admitted_on)
    named = children_from_text(latest.children_named)
    if not named:
        return (None,) * latest.children
    return tuple(c.birth_year for c in named if c.birth_year is None or _minor(c.birth_year, on))


def _minor(birth_year: int, on: date) -> bool:
    """Under 18 on `on`, judged by the year of birth alone (18 years or more: no minor)."""
    return 0 <= on.year - birth_year < MAX_CHILD_AGE
