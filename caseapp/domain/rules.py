"""Validation rules for orders, police checks, court requirements, shelter stays, consents and
incidents.

Each `validate_*` function raises `InvalidInput` for the first rule a record breaks. The caller
passes `field`, the path of the record (e.g. ``"cases[3].protection_orders[0]"``), and the error
names the offending field below it (``"cases[3].protection_orders[0].expires_on"``). Messages are
English templates for translation; their parameters are field paths, numbers and ISO dates only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Protocol

from caseapp.domain.dates import MAX_ORDER_DAYS, add_months, shelter_limit
from caseapp.domain.enums import CheckOutcome, RecipientKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from caseapp.domain.happened import (
    ADMITTED_IN_FUTURE,
    CHECK_IN_FUTURE,
    GIVEN_IN_FUTURE,
    INCIDENT_IN_FUTURE,
    LEFT_IN_FUTURE,
    SERVED_IN_FUTURE,
    not_after_today,
)
from caseapp.domain.records import (
    Consent,
    Incident,
    PoliceCheck,
    ProtectionOrder,
    ShelterStay,
    SpecialRequirement,
)

MAX_CHILDREN = 20
"""The most accompanying children one shelter stay can record."""

MAX_CHILD_NAME = 100
"""The longest child's name or alias, in characters."""

MAX_CHILD_AGE = 18
"""A child accompanying her mother is at most this old, by year of birth."""

MAX_DESCRIPTION = 10_000
"""The longest description of an incident, in characters."""

EARLIEST_INCIDENT = date(1900, 1, 1)
"""No incident can be dated before this day."""

MAX_EXTENDED_MONTHS = 12
"""An approved extension keeps a stay going at most this many months after admission."""


class OrderTerm(Protocol):
    """What decides whether an order is in force; met by `ProtectionOrder` and reminder facts."""

    @property
    def issued_on(self) -> date: ...
    @property
    def expires_on(self) -> date: ...
    @property
    def revoked_on(self) -> date | None: ...


def _at(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _not_before(later: date | None, earlier: date, field: str, template: str) -> None:
    if later is not None and later < earlier:
        raise InvalidInput(field, template, date=later.isoformat(), earlier=earlier.isoformat())


def validate_order(order: ProtectionOrder, field: str, *, today: date | None = None) -> None:
    """Check an order's dates against each other and the 30-day limit, then each police check.
    With ``today``, a serving or a check after it is refused too: it cannot have happened."""
    _not_before(
        order.expires_on,
        order.issued_on,
        _at(field, "expires_on"),
        QT_TRANSLATE_NOOP(
            "errors", "{field}: the expiry date {date} is before the issue date {earlier}."
        ),
    )
    latest = order.issued_on + timedelta(days=MAX_ORDER_DAYS)
    if order.expires_on > latest:
        raise InvalidInput(
            _at(field, "expires_on"),
            QT_TRANSLATE_NOOP(
                "errors",
                "{field}: a protection order lasts at most {days} days, so the latest allowed "
                "expiry date is {latest}.",
            ),
            days=MAX_ORDER_DAYS,
            latest=latest.isoformat(),
        )
    _not_before(
        order.served_on,
        order.issued_on,
        _at(field, "served_on"),
        QT_TRANSLATE_NOOP(
            "errors", "{field}: the date of serving {date} is before the issue date {earlier}."
        ),
    )
    _not_before(
        order.revoked_on,
        order.issued_on,
        _at(field, "revoked_on"),
        QT_TRANSLATE_NOOP(
            "errors", "{field}: the revocation date {date} is before the issue date {earlier}."
        ),
    )
    if today is not None:
        not_after_today(order.served_on, _at(field, "served_on"), SERVED_IN_FUTURE, today)
    for index, check in enumerate(order.checks):
        validate_check(check, order, field=_at(field, f"checks[{index}]"), today=today)


def validate_check(
    check: PoliceCheck, order: ProtectionOrder, field: str, *, today: date | None = None
) -> None:
    """A police check must fall within its order's term, issue and expiry dates included, and
    (with ``today``) not after today."""
    checked_on = _at(field, "checked_on")
    if today is not None:
        not_after_today(check.checked_on, checked_on, CHECK_IN_FUTURE, today)
    _not_before(
        check.checked_on,
        order.issued_on,
        checked_on,
        QT_TRANSLATE_NOOP(
            "errors",
            "{field}: the police check date {date} is before the order's issue date {earlier}.",
        ),
    )
    if check.checked_on > order.expires_on:
        raise InvalidInput(
            checked_on,
            QT_TRANSLATE_NOOP(
                "errors",
                "{field}: the police check date {date} is after the order's expiry date {later}.",
            ),
            date=check.checked_on.isoformat(),
            later=order.expires_on.isoformat(),
        )


def validate_requirement(req: SpecialRequirement, field: str) -> None:
    """A court-imposed requirement cannot end before it starts."""
    _not_before(
        req.ends_on,
        req.starts_on,
        _at(field, "ends_on"),
        QT_TRANSLATE_NOOP(
            "errors", "{field}: the end date {date} is before the start date {earlier}."
        ),
    )


def validate_stay(stay: ShelterStay, field: str, *, today: date | None = None) -> None:
    """A stay cannot end before admission and records between 0 and 20 accompanying children;
    an extension has its date and its reason. With ``today``, an admission or a departure after
    it is refused: it cannot have happened."""
    if today is not None:
        not_after_today(stay.admitted_on, _at(field, "admitted_on"), ADMITTED_IN_FUTURE, today)
        not_after_today(stay.left_on, _at(field, "left_on"), LEFT_IN_FUTURE, today)
    _not_before(
        stay.left_on,
        stay.admitted_on,
        _at(field, "left_on"),
        QT_TRANSLATE_NOOP(
            "errors", "{field}: the departure date {date} is before the admission date {earlier}."
        ),
    )
    if isinstance(stay.children, bool) or not 0 <= stay.children <= MAX_CHILDREN:
        raise InvalidInput(
            _at(field, "children"),
            QT_TRANSLATE_NOOP(
                "errors", "{field}: the number of children must be between {low} and {high}."
            ),
            low=0,
            high=MAX_CHILDREN,
        )
    validate_children(stay, field, today)
    validate_extension(stay, field)


def validate_children(stay: ShelterStay, field: str, today: date | None = None) -> None:
    """Named children: as many as the stay counts, each name at most 100 characters, each birth
    year a child's: at most 18 years before her admission, and (judged on ``today`` when given)
    not a year to come. A baby born during the stay is the stay's too."""
    named = stay.children_named
    if named and len(named) != stay.children:
        raise InvalidInput(
            _at(field, "children"),
            QT_TRANSLATE_NOOP(
                "errors", "{field}: {count} children are counted but {named} are named."
            ),
            count=stay.children,
            named=len(named),
        )
    for i, child in enumerate(named):
        where = _at(field, f"children[{i}]")
        if len(child.name) > MAX_CHILD_NAME:
            raise InvalidInput(
                _at(where, "name"),
                QT_TRANSLATE_NOOP("errors", "{field} is longer than {chars} characters."),
                chars=MAX_CHILD_NAME,
            )
        year = child.birth_year
        if year is None:
            continue
        if isinstance(year, bool) or year < stay.admitted_on.year - MAX_CHILD_AGE:
            raise InvalidInput(
                _at(where, "birth_year"),
                QT_TRANSLATE_NOOP(
                    "errors", "{field}: a child born in {year} was over {age} when admitted."
                ),
                year=year,
                age=MAX_CHILD_AGE,
            )
        if today is not None and year > today.year:
            raise InvalidInput(
                _at(where, "birth_year"),
                QT_TRANSLATE_NOOP("errors", "{field}: the year of birth {year} is still to come."),
                year=year,
            )


def validate_extension(stay: ShelterStay, field: str) -> None:
    """An approved extension: a date after the six-month limit and at most twelve months after
    admission, and the reason it was approved."""
    if stay.extended_to is None:
        if stay.extension_reason.strip():
            raise InvalidInput(
                _at(field, "extended_to"),
                QT_TRANSLATE_NOOP(
                    "errors", "{field}: an extension needs the date the stay is extended to."
                ),
            )
        return
    limit = shelter_limit(stay.admitted_on)
    if stay.extended_to <= limit:
        raise InvalidInput(
            _at(field, "extended_to"),
            QT_TRANSLATE_NOOP(
                "errors",
                "{field}: the extension date {date} is not after the six-month limit {limit}.",
            ),
            date=stay.extended_to.isoformat(),
            limit=limit.isoformat(),
        )
    latest = add_months(stay.admitted_on, MAX_EXTENDED_MONTHS)
    if stay.extended_to > latest:
        raise InvalidInput(
            _at(field, "extended_to"),
            QT_TRANSLATE_NOOP(
                "errors",
                "{field}: a stay can be extended to at most {months} months after admission, "
                "so the latest allowed date is {latest}.",
            ),
            months=MAX_EXTENDED_MONTHS,
            latest=latest.isoformat(),
        )
    if not stay.extension_reason.strip():
        raise InvalidInput(
            _at(field, "extension_reason"),
            QT_TRANSLATE_NOOP("errors", "{field}: the reason for the extension is required."),
        )
    if len(stay.extension_reason) > MAX_DESCRIPTION:
        raise InvalidInput(
            _at(field, "extension_reason"),
            QT_TRANSLATE_NOOP(
                "errors", "{field}: the reason for the extension is longer than {high} characters."
            ),
            high=MAX_DESCRIPTION,
        )


def validate_consent(consent: Consent, field: str, *, today: date | None = None) -> None:
    """A consent cannot expire or be withdrawn before it was given, nor (with ``today``) be
    given after today."""
    if today is not None:
        not_after_today(consent.given_on, _at(field, "given_on"), GIVEN_IN_FUTURE, today)
    _not_before(
        consent.expires_on,
        consent.given_on,
        _at(field, "expires_on"),
        QT_TRANSLATE_NOOP(
            "errors", "{field}: the expiry date {date} is before the date of consent {earlier}."
        ),
    )
    _not_before(
        consent.withdrawn_on,
        consent.given_on,
        _at(field, "withdrawn_on"),
        QT_TRANSLATE_NOOP(
            "errors",
            "{field}: the withdrawal date {date} is before the date of consent {earlier}.",
        ),
    )


def validate_incident(incident: Incident, field: str, today: date) -> None:
    """An incident happened on a day between 1900 and `today`, and its description is at most
    10,000 characters long."""
    occurred_on = _at(field, "occurred_on")
    not_after_today(incident.occurred_on, occurred_on, INCIDENT_IN_FUTURE, today)
    _not_before(
        incident.occurred_on,
        EARLIEST_INCIDENT,
        occurred_on,
        QT_TRANSLATE_NOOP("errors", "{field}: the incident date {date} is before {earlier}."),
    )
    if len(incident.description) > MAX_DESCRIPTION:
        raise InvalidInput(
            _at(field, "description"),
            QT_TRANSLATE_NOOP(
                "errors", "{field}: the description is longer than {high} characters."
            ),
            high=MAX_DESCRIPTION,
        )


def consent_allows(consents: Iterable[Consent], kind: RecipientKind, on: date) -> bool:
    """Whether some consent lets personal data go to a recipient of `kind` on the date `on`.

    The consent must name that kind of recipient, be given on or before `on`, expire on or after
    `on`, and not have been withdrawn on or before `on`.
    """
    return any(
        consent.recipient_kind == kind
        and consent.given_on <= on <= consent.expires_on
        and (consent.withdrawn_on is None or consent.withdrawn_on > on)
        for consent in consents
    )


def order_in_force(order: OrderTerm, today: date) -> bool:
    """Whether the order protects the client on `today`: issued, not expired, not yet revoked.

    The issue and expiry dates are days of protection; an order revoked on `today` or earlier is
    no longer in force.
    """
    if not order.issued_on <= today <= order.expires_on:
        return False
    return order.revoked_on is None or order.revoked_on > today


def add_check(
    order: ProtectionOrder, check: PoliceCheck, field: str = "", *, today: date | None = None
) -> None:
    """Record a police check on an order, keeping checks in date order. A check that found the
    order violated also records that violation on the order."""
    validate_check(check, order, field, today=today)
    order.checks.append(check)
    order.checks.sort(key=lambda c: c.checked_on)
    if check.outcome is CheckOutcome.VIOLATED:
        line = f"{check.checked_on.isoformat()}: violation found at a police check"
        if line not in order.violations:
            order.violations = f"{order.violations}\n{line}".strip()


PHONE_CHARACTERS = frozenset("0123456789 +-()")
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 5, 20


def is_phone_number(text: str) -> bool:
    """A phone number as people write it: digits, spaces, + - ( ) and 5 to 20 digits (a short
    internal number, a city number, or +7 701 123 45 67). Lenient on purpose: the number is
    printed as typed, never dialled."""
    digits = sum(c.isdigit() for c in text)
    return set(text) <= PHONE_CHARACTERS and MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS
