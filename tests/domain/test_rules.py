from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.domain.dates import MAX_ORDER_DAYS
from caseapp.domain.enums import CheckOutcome, RecipientKind
from caseapp.domain.errors import InvalidInput
from caseapp.domain.records import (
    Consent,
    PoliceCheck,
    ProtectionOrder,
    ShelterStay,
    SpecialRequirement,
)
from caseapp.domain.rules import (
    consent_allows,
    order_in_force,
    validate_consent,
    validate_order,
    validate_requirement,
    validate_stay,
)

ISSUED = date(2026, 3, 1)
PREFIX = "cases[3].protection_orders[0]"


def order(days: int = 30, **changes: Any) -> ProtectionOrder:
    base = ProtectionOrder(issued_on=ISSUED, expires_on=ISSUED + timedelta(days=days), number="A-1")
    return replace(base, **changes)


def check(on: date) -> PoliceCheck:
    return PoliceCheck(checked_on=on, outcome=CheckOutcome.COMPLIED, officer="Officer Name")


def refused(call: Callable[..., None], *args: object, **kwargs: object) -> InvalidInput:
    with pytest.raises(InvalidInput) as raised:
        call(*args, **kwargs)
    return raised.value


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=0, max_value=MAX_ORDER_DAYS),
)
def test_an_order_of_up_to_30_days_is_accepted(issued: date, days: int) -> None:
    validate_order(ProtectionOrder(issued, issued + timedelta(days=days)), field=PREFIX)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=31, max_value=400),
)
def test_an_order_longer_than_30_days_is_refused_naming_the_latest_date(
    issued: date, days: int
) -> None:
    error = refused(validate_order, ProtectionOrder(issued, issued + timedelta(days=days)), PREFIX)
    latest = (issued + timedelta(days=MAX_ORDER_DAYS)).isoformat()
    assert error.field == f"{PREFIX}.expires_on"
    assert latest in error.message
    assert "30 days" in error.message


def test_an_order_cannot_expire_before_it_is_issued() -> None:
    error = refused(validate_order, order(days=-1), PREFIX)
    assert error.field == f"{PREFIX}.expires_on"
    assert error.message == (
        f"{PREFIX}.expires_on: the expiry date 2026-02-28 is before the issue date 2026-03-01."
    )


def test_an_order_can_be_served_and_revoked_on_its_issue_date() -> None:
    validate_order(order(served_on=ISSUED, revoked_on=ISSUED), field=PREFIX)


@pytest.mark.parametrize("name", ["served_on", "revoked_on"])
def test_serving_or_revocation_before_issue_is_refused(name: str) -> None:
    changes: dict[str, Any] = {name: ISSUED - timedelta(days=1)}
    error = refused(validate_order, order(**changes), PREFIX)
    assert error.field == f"{PREFIX}.{name}"
    assert "2026-02-28" in error.message


def test_police_checks_on_the_first_and_last_day_of_the_order_are_accepted() -> None:
    validate_order(order(checks=[check(ISSUED), check(ISSUED + timedelta(days=30))]), PREFIX)


def test_a_police_check_before_issue_is_refused_with_its_index() -> None:
    bad = order(checks=[check(ISSUED), check(ISSUED - timedelta(days=1))])
    error = refused(validate_order, bad, PREFIX)
    assert error.field == f"{PREFIX}.checks[1].checked_on"
    assert "before the order's issue date 2026-03-01" in error.message


def test_a_police_check_after_expiry_is_refused() -> None:
    bad = order(days=10, checks=[check(ISSUED + timedelta(days=11))])
    error = refused(validate_order, bad, PREFIX)
    assert error.field == f"{PREFIX}.checks[0].checked_on"
    assert "after the order's expiry date 2026-03-11" in error.message
    assert "Officer Name" not in error.message


def test_error_params_carry_no_personal_text() -> None:
    bad = order(days=40, officer="Secret Officer", violations="Secret narrative")
    error = refused(validate_order, bad, PREFIX)
    assert all(isinstance(v, str | int) for v in error.params.values())
    assert "Secret" not in error.message


def test_a_court_requirement_cannot_end_before_it_starts() -> None:
    validate_requirement(SpecialRequirement(ISSUED, ISSUED), field="r")
    error = refused(validate_requirement, SpecialRequirement(ISSUED, date(2026, 2, 1)), "r")
    assert error.field == "r.ends_on"


def test_a_stay_cannot_end_before_admission() -> None:
    validate_stay(ShelterStay(ISSUED, left_on=ISSUED), field="s")
    error = refused(validate_stay, ShelterStay(ISSUED, left_on=date(2026, 2, 1)), "s")
    assert error.field == "s.left_on"


@pytest.mark.parametrize("children", [0, 20])
def test_a_stay_records_zero_to_twenty_children(children: int) -> None:
    validate_stay(ShelterStay(ISSUED, children=children), field="s")


@pytest.mark.parametrize("children", [-1, 21])
def test_a_stay_refuses_a_child_count_outside_zero_to_twenty(children: int) -> None:
    error = refused(validate_stay, ShelterStay(ISSUED, children=children), "s")
    assert error.field == "s.children"
    assert error.message == "s.children: the number of children must be between 0 and 20."


def test_a_consent_cannot_expire_or_be_withdrawn_before_it_was_given() -> None:
    validate_consent(Consent(RecipientKind.POLICE, ISSUED, ISSUED, withdrawn_on=ISSUED), "c")
    early = date(2026, 2, 1)
    assert refused(validate_consent, Consent(RecipientKind.POLICE, ISSUED, early), "c").field == (
        "c.expires_on"
    )
    late = date(2026, 6, 1)
    withdrawn = Consent(RecipientKind.POLICE, ISSUED, late, withdrawn_on=early)
    assert refused(validate_consent, withdrawn, "c").field == "c.withdrawn_on"


def test_consent_covers_only_its_recipient_kind_and_its_dates() -> None:
    consents = [Consent(RecipientKind.POLICE, date(2026, 3, 1), date(2026, 3, 31))]
    police = RecipientKind.POLICE
    assert consent_allows(consents, police, date(2026, 3, 1))
    assert consent_allows(consents, police, date(2026, 3, 31))
    assert not consent_allows(consents, police, date(2026, 2, 28))
    assert not consent_allows(consents, police, date(2026, 4, 1))
    assert not consent_allows(consents, RecipientKind.COURT, date(2026, 3, 10))
    assert not consent_allows([], police, date(2026, 3, 10))


def test_a_withdrawn_consent_stops_allowing_on_its_withdrawal_date() -> None:
    consent = Consent(RecipientKind.MEDICAL, date(2026, 3, 1), date(2026, 3, 31), date(2026, 3, 10))
    assert consent_allows([consent], RecipientKind.MEDICAL, date(2026, 3, 9))
    assert not consent_allows([consent], RecipientKind.MEDICAL, date(2026, 3, 10))
    other = Consent(RecipientKind.MEDICAL, date(2026, 3, 5), date(2026, 3, 20))
    assert consent_allows([consent, other], RecipientKind.MEDICAL, date(2026, 3, 15))


def test_an_order_is_in_force_from_issue_to_expiry_until_revoked() -> None:
    o = order(days=10)
    assert not order_in_force(o, ISSUED - timedelta(days=1))
    assert order_in_force(o, ISSUED)
    assert order_in_force(o, ISSUED + timedelta(days=10))
    assert not order_in_force(o, ISSUED + timedelta(days=11))
    revoked = order(days=10, revoked_on=ISSUED + timedelta(days=4))
    assert order_in_force(revoked, ISSUED + timedelta(days=3))
    assert not order_in_force(revoked, ISSUED + timedelta(days=4))
