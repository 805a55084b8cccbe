"""Edge cases of each reminder kind, as of the day before, first day, last day and day after."""

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.domain.dates import shelter_limit
from caseapp.domain.enums import CheckOutcome
from caseapp.domain.reminders import (
    URGENCY_GROUPS,
    ConsentFacts,
    OrderFacts,
    Reminder,
    ReminderKind,
    RequirementFacts,
    StayFacts,
    ViolationFacts,
    counts_as_check,
    is_police_letter,
    missed_check_dates,
    police_check_due_on,
    reminders_for,
    urgency,
    urgency_on,
)

K = ReminderKind
ISSUED = date(2026, 3, 1)


def day(n: int) -> date:
    """The n-th day after the order's issue date (day(0) is the issue date)."""
    return ISSUED + timedelta(days=n)


def order(
    expires: int = 30,
    served: int | None = 0,
    revoked: int | None = None,
    checks: tuple[int, ...] = (),
    case: str = "2026-0001",
    ref: str = "ZP-17",
) -> OrderFacts:
    return OrderFacts(
        case=case,
        ref=ref,
        issued_on=ISSUED,
        expires_on=day(expires),
        served_on=None if served is None else day(served),
        revoked_on=None if revoked is None else day(revoked),
        check_dates=tuple(day(n) for n in checks),
    )


Facts = OrderFacts | StayFacts | ConsentFacts | ViolationFacts | RequirementFacts


def shown(today: date, *facts: Facts) -> dict[K, date]:
    """The reminders on `today` as kind -> due_on (each test uses one record per kind)."""
    found = reminders_for(
        today,
        [f for f in facts if isinstance(f, OrderFacts)],
        [f for f in facts if isinstance(f, StayFacts)],
        [f for f in facts if isinstance(f, ConsentFacts)],
        [f for f in facts if isinstance(f, ViolationFacts)],
        [f for f in facts if isinstance(f, RequirementFacts)],
    )
    return {r.kind: r.due_on for r in found}


# police_check_due: due on day 7 without checks, shown from day 5 to day 7.
@pytest.mark.parametrize(("today", "expected"), [(4, False), (5, True), (7, True), (8, False)])
def test_police_check_due_shows_two_days_ahead_until_the_due_day(
    today: int, expected: bool
) -> None:
    result = shown(day(today), order())
    assert (result.get(K.POLICE_CHECK_DUE) == day(7)) is expected
    assert (K.POLICE_CHECK_DUE in result) is expected


# police_check_overdue: after a check on day 3 the next is due day 10; overdue from day 11.
@pytest.mark.parametrize(("today", "expected"), [(10, False), (11, True), (30, True), (31, False)])
def test_police_check_overdue_shows_from_the_day_after_due_until_the_order_ends(
    today: int, expected: bool
) -> None:
    result = shown(day(today), order(checks=(3,)))
    assert (result.get(K.POLICE_CHECK_OVERDUE) == day(10)) is expected
    assert (K.POLICE_CHECK_OVERDUE in result) is expected
    assert K.POLICE_CHECK_DUE not in result or today == 10


def test_a_check_dated_after_today_has_not_happened_yet() -> None:
    with_future_check = order(checks=(3, 12))
    assert police_check_due_on(with_future_check, day(11)) == day(10)
    assert shown(day(11), with_future_check)[K.POLICE_CHECK_OVERDUE] == day(10)
    assert K.POLICE_CHECK_OVERDUE not in shown(day(12), with_future_check)
    assert police_check_due_on(with_future_check, day(12)) == day(19)


def test_a_check_on_the_due_day_keeps_the_order_on_schedule() -> None:
    assert shown(day(8), order(checks=(7,))) == {}
    assert police_check_due_on(order(checks=(7,)), day(8)) == day(14)


# order_expiring: expires on day 30, shown from day 27 to day 30.
@pytest.mark.parametrize(("today", "expected"), [(26, False), (27, True), (30, True), (31, False)])
def test_order_expiring_shows_three_days_ahead_until_expiry(today: int, expected: bool) -> None:
    result = shown(day(today), order(checks=(25,)))
    assert (result.get(K.ORDER_EXPIRING) == day(30)) is expected
    assert (K.ORDER_EXPIRING in result) is expected


# order_not_served: from the day after issue to the expiry date, dated the issue day.
@pytest.mark.parametrize(
    ("today", "expected"), [(-1, False), (0, False), (1, True), (30, True), (31, False)]
)
def test_order_not_served_shows_from_the_day_after_issue(today: int, expected: bool) -> None:
    result = shown(day(today), order(served=None))
    assert (result.get(K.ORDER_NOT_SERVED) == ISSUED) is expected
    assert (K.ORDER_NOT_SERVED in result) is expected


@pytest.mark.parametrize(("today", "expected"), [(4, True), (5, False), (6, False)])
def test_serving_dated_after_today_counts_as_not_served(today: int, expected: bool) -> None:
    assert (K.ORDER_NOT_SERVED in shown(day(today), order(served=5))) is expected


@pytest.mark.parametrize(("revoked", "today"), [(10, 12), (12, 12)])
def test_an_order_revoked_on_or_before_today_shows_no_reminders(revoked: int, today: int) -> None:
    assert shown(day(today), order(served=None, revoked=revoked)) == {}


def test_a_revocation_dated_after_today_has_not_happened_yet() -> None:
    result = shown(day(12), order(served=None, revoked=13))
    assert result == {K.POLICE_CHECK_OVERDUE: day(7), K.ORDER_NOT_SERVED: ISSUED}


def test_an_order_not_yet_issued_shows_nothing() -> None:
    assert shown(day(-1), order(served=None, expires=0)) == {}


# shelter: admitted 2025-08-31, limit 2026-02-28 (month end clamped).
STAY = StayFacts(case="2026-0002", ref="stay-1", admitted_on=date(2025, 8, 31), left_on=None)
LIMIT = date(2026, 2, 28)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 2, 13), {}),
        (date(2026, 2, 14), {K.SHELTER_LIMIT_NEAR: LIMIT}),
        (date(2026, 2, 28), {K.SHELTER_LIMIT_NEAR: LIMIT}),
        (date(2026, 3, 1), {K.SHELTER_LIMIT_PASSED: LIMIT}),
        (date(2026, 9, 1), {K.SHELTER_LIMIT_PASSED: LIMIT}),
    ],
)
def test_shelter_limit_near_then_passed(today: date, expected: dict[K, date]) -> None:
    assert shown(today, STAY) == expected


@pytest.mark.parametrize(
    ("left_on", "expected"),
    [
        (date(2026, 2, 19), {}),
        (date(2026, 2, 20), {}),
        (date(2026, 2, 21), {K.SHELTER_LIMIT_NEAR: LIMIT}),
    ],
)
def test_a_stay_that_ended_on_or_before_today_shows_nothing(
    left_on: date, expected: dict[K, date]
) -> None:
    stay = StayFacts(STAY.case, STAY.ref, STAY.admitted_on, left_on=left_on)
    assert shown(date(2026, 2, 20), stay) == expected


# consent expiring on 2026-04-30: shown from 2026-04-23 to 2026-04-30.
CONSENT = ConsentFacts(case="2026-0003", ref="c-1", expires_on=date(2026, 4, 30), withdrawn_on=None)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 4, 22), False),
        (date(2026, 4, 23), True),
        (date(2026, 4, 30), True),
        (date(2026, 5, 1), False),
    ],
)
def test_consent_expiring_shows_a_week_ahead(today: date, expected: bool) -> None:
    assert (shown(today, CONSENT) == {K.CONSENT_EXPIRING: CONSENT.expires_on}) is expected
    assert (shown(today, CONSENT) == {}) is not expected


@pytest.mark.parametrize(
    ("withdrawn_on", "expected"),
    [(date(2026, 4, 20), False), (date(2026, 4, 25), False), (date(2026, 4, 26), True)],
)
def test_a_consent_withdrawn_on_or_before_today_shows_nothing(
    withdrawn_on: date, expected: bool
) -> None:
    consent = ConsentFacts(CONSENT.case, CONSENT.ref, CONSENT.expires_on, withdrawn_on)
    assert (K.CONSENT_EXPIRING in shown(date(2026, 4, 25), consent)) is expected


def test_a_consent_given_after_today_shows_nothing_yet() -> None:
    later = ConsentFacts(CONSENT.case, CONSENT.ref, CONSENT.expires_on, None, date(2026, 4, 26))
    assert shown(date(2026, 4, 25), later) == {}
    assert K.CONSENT_EXPIRING in shown(date(2026, 4, 26), later)


def test_reminders_are_sorted_by_due_date_then_case_then_kind() -> None:
    today = day(28)
    orders = [order(case="2026-0009", ref="B"), order(case="2026-0001", served=None, ref="A")]
    stay = StayFacts("2026-0005", "s", admitted_on=date(2025, 9, 20), left_on=None)
    consents = [
        ConsentFacts("2026-0004", "c", expires_on=day(30), withdrawn_on=None),
        ConsentFacts("2026-0001", "d", expires_on=day(30), withdrawn_on=None),
    ]
    got = reminders_for(today, orders, [stay], consents)
    assert [(r.due_on, r.case, r.kind) for r in got] == [
        (ISSUED, "2026-0001", K.ORDER_NOT_SERVED),
        (day(7), "2026-0001", K.POLICE_CHECK_OVERDUE),
        (day(7), "2026-0009", K.POLICE_CHECK_OVERDUE),
        (date(2026, 3, 20), "2026-0005", K.SHELTER_LIMIT_PASSED),
        (day(30), "2026-0001", K.CONSENT_EXPIRING),
        (day(30), "2026-0001", K.ORDER_EXPIRING),
        (day(30), "2026-0004", K.CONSENT_EXPIRING),
        (day(30), "2026-0009", K.ORDER_EXPIRING),
    ]
    assert reminders_for(today, orders[::-1], [stay], consents[::-1]) == got


def test_reminder_json_matches_the_command_line_contract() -> None:
    reminder = Reminder("2026-0007", K.POLICE_CHECK_OVERDUE, date(2026, 3, 9), "ZP-17")
    assert reminder.as_json() == {
        "case": "2026-0007",
        "kind": "police_check_overdue",
        "due_on": "2026-03-09",
        "ref": "ZP-17",
    }


def test_every_kind_has_exactly_one_urgency() -> None:
    assert urgency(K.POLICE_CHECK_OVERDUE) == urgency(K.SHELTER_LIMIT_PASSED) == "overdue"
    assert urgency(K.ORDER_VIOLATED) == "overdue"
    assert urgency(K.POLICE_CHECK_DUE) == urgency(K.ORDER_NOT_SERVED) == "due"
    assert urgency(K.ORDER_EXPIRING) == urgency(K.CONSENT_EXPIRING) == "expiring"
    assert urgency(K.SHELTER_LIMIT_NEAR) == urgency(K.REQUIREMENT_EXPIRING) == "expiring"
    assert sorted(k for kinds in URGENCY_GROUPS.values() for k in kinds) == sorted(K)


@pytest.mark.parametrize(
    ("today", "group"), [(1, "due"), (2, "due"), (3, "overdue"), (23, "overdue")]
)
def test_an_order_unserved_three_days_after_issue_is_overdue(today: int, group: str) -> None:
    [reminder] = reminders_for(day(today), [order(served=None, checks=(today,))], [], [])
    assert reminder.kind == K.ORDER_NOT_SERVED
    assert urgency_on(reminder, day(today)) == group


def test_urgency_on_a_day_is_the_kinds_for_every_other_kind() -> None:
    # A reassessment or a plan's review past its date moves to overdue (tests/domain/test_risk).
    moving = {K.ORDER_NOT_SERVED, K.RISK_REASSESSMENT_DUE, K.SAFETY_PLAN_REVIEW_DUE}
    for kind in K:
        if kind not in moving:
            assert urgency_on(Reminder("c", kind, day(0), "r"), day(40)) == urgency(kind)


def test_only_checks_that_reached_the_offender_count() -> None:
    assert counts_as_check(CheckOutcome.COMPLIED) and counts_as_check("violated")
    assert not counts_as_check(CheckOutcome.NOT_REACHED)


@pytest.mark.parametrize(
    ("kind", "police"),
    [("police", True), ("police_violation", True), ("police_checks", True), ("court", False)],
)
def test_police_letters_are_police_and_its_kinds(kind: str, police: bool) -> None:
    assert is_police_letter(kind) is police


# order_violated: a check on day 10 found the order violated; shown days 10 to 17.
def violation(
    revoked: int | None = None, letters: tuple[int, ...] = (), found: int = 10
) -> ViolationFacts:
    return ViolationFacts(
        "2026-0001",
        "ZP-17",
        day(found),
        None if revoked is None else day(revoked),
        tuple(day(n) for n in letters),
    )


@pytest.mark.parametrize(("today", "expected"), [(9, False), (10, True), (17, True), (18, False)])
def test_a_violation_shows_for_a_week_from_the_check(today: int, expected: bool) -> None:
    assert (shown(day(today), violation()) == {K.ORDER_VIOLATED: day(10)}) is expected
    assert (shown(day(today), violation()) == {}) is not expected


@pytest.mark.parametrize(("revoked", "expected"), [(9, False), (10, False), (11, True)])
def test_a_violation_of_an_order_revoked_by_then_shows_nothing(
    revoked: int, expected: bool
) -> None:
    assert (K.ORDER_VIOLATED in shown(day(12), violation(revoked=revoked))) is expected


@pytest.mark.parametrize(
    ("letters", "today", "expected"),
    [
        ((9,), 12, True),  # a letter before the violation is not about it
        ((10,), 12, False),  # the same day
        ((12,), 12, False),
        ((12,), 11, True),  # replayed before the letter was issued
        ((9, 14), 13, True),
        ((9, 14), 14, False),
    ],
)
def test_a_police_letter_since_the_violation_ends_the_reminder(
    letters: tuple[int, ...], today: int, expected: bool
) -> None:
    assert (K.ORDER_VIOLATED in shown(day(today), violation(letters=letters))) is expected


# requirement_expiring: court requirements from day 0 to day 40, shown days 33 to 40.
@pytest.mark.parametrize(("today", "expected"), [(32, False), (33, True), (40, True), (41, False)])
def test_court_requirements_show_a_week_before_they_end(today: int, expected: bool) -> None:
    found = shown(day(today), RequirementFacts("2026-0004", "r-1", day(0), day(40)))
    assert (found == {K.REQUIREMENT_EXPIRING: day(40)}) is expected
    assert (found == {}) is not expected


def test_court_requirements_not_yet_started_show_nothing() -> None:
    later = RequirementFacts("2026-0004", "r-2", day(36), day(40))
    assert shown(day(35), later) == {}
    assert shown(day(36), later) == {K.REQUIREMENT_EXPIRING: day(40)}


# An approved extension: admitted 2025-08-31 (limit 2026-02-28), extended to 2026-05-31.
EXTENDED = StayFacts("2026-0002", "stay-1", date(2025, 8, 31), None, date(2026, 5, 31))


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 3, 1), {}),
        (date(2026, 5, 16), {}),
        (date(2026, 5, 17), {K.SHELTER_LIMIT_NEAR: date(2026, 5, 31)}),
        (date(2026, 5, 31), {K.SHELTER_LIMIT_NEAR: date(2026, 5, 31)}),
        (date(2026, 6, 1), {K.SHELTER_LIMIT_PASSED: date(2026, 5, 31)}),
    ],
)
def test_an_extended_stay_is_reminded_of_its_extension(
    today: date, expected: dict[K, date]
) -> None:
    assert shown(today, EXTENDED) == expected


# missed_check_dates: the weeks a letter to the police lists.
@pytest.mark.parametrize(
    ("checks", "today", "missed"),
    [
        ((), 7, []),
        ((), 8, [7]),
        ((), 60, [7, 14, 21, 28]),
        ((4, 19), 60, [11, 18, 26]),
        ((7, 14, 21, 28), 60, []),
        ((3, 40, -2), 15, [10]),
        ((3, 9), 15, []),
        ((20,), 25, [7, 14]),
    ],
)
def test_missed_check_dates_walk_the_rolling_week(
    checks: tuple[int, ...], today: int, missed: list[int]
) -> None:
    assert missed_check_dates(order(checks=checks), day(today)) == [day(n) for n in missed]


def test_a_check_due_on_the_expiry_day_is_missed_once_that_day_is_over() -> None:
    short = order(expires=7)
    assert missed_check_dates(short, day(7)) == []
    assert missed_check_dates(short, day(8)) == [day(7)]


@pytest.mark.parametrize(("revoked", "missed"), [(7, []), (8, [7]), (15, [7, 14]), (16, [7, 14])])
def test_no_check_is_owed_from_the_revocation_date_on(revoked: int, missed: list[int]) -> None:
    assert missed_check_dates(order(revoked=revoked), day(60)) == [day(n) for n in missed]


# Properties over any order, any spacing of checks and any day.
ORDER_KINDS = {K.POLICE_CHECK_DUE, K.POLICE_CHECK_OVERDUE, K.ORDER_EXPIRING, K.ORDER_NOT_SERVED}
WEEK = timedelta(days=7)


@st.composite
def order_and_today(draw: st.DrawFn) -> tuple[OrderFacts, date]:
    issued = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))

    def on(low: int, high: int) -> st.SearchStrategy[date]:
        return st.integers(low, high).map(lambda n: issued + timedelta(days=n))

    facts = OrderFacts(
        case=draw(st.sampled_from(["2026-0001", "2026-0002"])),
        ref="ZP",
        issued_on=issued,
        expires_on=draw(on(0, 30)),
        served_on=draw(st.none() | on(0, 40)),
        revoked_on=draw(st.none() | on(0, 40)),
        check_dates=tuple(draw(st.lists(on(-3, 45), max_size=10))),
    )
    return facts, draw(on(-3, 50))


def in_force(o: OrderFacts, today: date) -> bool:
    revoked = o.revoked_on is not None and o.revoked_on <= today
    return o.issued_on <= today <= o.expires_on and not revoked


@given(order_and_today())
def test_police_check_is_due_seven_days_after_the_latest_check_so_far(
    case: tuple[OrderFacts, date],
) -> None:
    o, today = case
    so_far = [c for c in o.check_dates if o.issued_on <= c <= today]
    due = max(so_far, default=o.issued_on) + WEEK
    assert police_check_due_on(o, today) == due
    for r in reminders_for(today, [o], [], []):
        if r.kind in {K.POLICE_CHECK_DUE, K.POLICE_CHECK_OVERDUE}:
            assert r.due_on == due


@given(order_and_today())
def test_never_overdue_when_the_police_checked_within_the_last_seven_days(
    case: tuple[OrderFacts, date],
) -> None:
    o, today = case
    if any(today - WEEK <= c <= today for c in o.check_dates):
        kinds = {r.kind for r in reminders_for(today, [o], [], [])}
        assert K.POLICE_CHECK_OVERDUE not in kinds


@given(order_and_today())
def test_an_order_not_in_force_shows_no_reminder_of_any_kind(
    case: tuple[OrderFacts, date],
) -> None:
    o, today = case
    found = reminders_for(today, [o], [], [])
    assert {r.kind for r in found} <= ORDER_KINDS
    if not in_force(o, today):
        assert found == []
    else:
        assert not {K.POLICE_CHECK_DUE, K.POLICE_CHECK_OVERDUE} <= {r.kind for r in found}


@given(order_and_today())
def test_checks_serving_and_revocation_after_today_change_nothing_yet(
    case: tuple[OrderFacts, date],
) -> None:
    o, today = case
    as_known_today = replace(
        o,
        served_on=o.served_on if o.served_on and o.served_on <= today else None,
        revoked_on=o.revoked_on if o.revoked_on and o.revoked_on <= today else None,
        check_dates=tuple(c for c in o.check_dates if c <= today),
    )
    assert reminders_for(today, [o], [], []) == reminders_for(today, [as_known_today], [], [])
    assert missed_check_dates(o, today) == missed_check_dates(as_known_today, today)


@given(order_and_today())
def test_missed_check_dates_are_exactly_the_weeks_left_without_a_check(
    case: tuple[OrderFacts, date],
) -> None:
    o, today = case
    missed = missed_check_dates(o, today)
    checks = {c for c in o.check_dates if o.issued_on <= c <= today}
    anchors = {o.issued_on} | checks | set(missed)
    assert missed == sorted(set(missed))
    for m in missed:
        assert m < today and m <= o.expires_on
        assert o.revoked_on is None or m < o.revoked_on
        assert m - WEEK in anchors  # a week after the issue, a check or the previous miss
        assert not any(m - WEEK < c <= m for c in checks)
    end = min(today - timedelta(days=1), o.expires_on)
    if o.revoked_on is not None:
        end = min(end, o.revoked_on - timedelta(days=1))
    x = o.issued_on + WEEK
    while x <= end:  # no in-force week passes without a check or a listed miss
        assert any(x - WEEK <= a <= x for a in anchors)
        x += timedelta(days=1)


@given(order_and_today())
def test_overdue_reminder_points_at_a_missed_check_date(case: tuple[OrderFacts, date]) -> None:
    o, today = case
    if in_force(o, today):
        overdue = K.POLICE_CHECK_OVERDUE in {r.kind for r in reminders_for(today, [o], [], [])}
        assert overdue == (police_check_due_on(o, today) in missed_check_dates(o, today))


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(0, 220),
    st.none() | st.integers(0, 220),
)
def test_shelter_reminders_point_at_the_six_month_limit_until_departure(
    admitted: date, today_n: int, left_n: int | None
) -> None:
    today = admitted + timedelta(days=today_n)
    left = None if left_n is None else admitted + timedelta(days=left_n)
    found = reminders_for(today, [], [StayFacts("c", "s", admitted, left)], [])
    limit = shelter_limit(admitted)
    if left is not None and left <= today:
        assert found == []
    elif today > limit:
        assert found == [Reminder("c", K.SHELTER_LIMIT_PASSED, limit, "s")]
    elif (limit - today).days <= 14:
        assert found == [Reminder("c", K.SHELTER_LIMIT_NEAR, limit, "s")]
    else:
        assert found == []


@given(st.lists(order_and_today(), min_size=1, max_size=6), st.randoms())
def test_the_list_is_sorted_whatever_order_the_records_come_in(
    cases: list[tuple[OrderFacts, date]], rnd: random.Random
) -> None:
    today = cases[0][1]
    orders = [o for o, _ in cases]
    found = reminders_for(today, orders, [], [])
    assert found == sorted(found, key=lambda r: (r.due_on, r.case, r.kind.value, r.ref))
    rnd.shuffle(orders)
    assert reminders_for(today, orders, [], []) == found


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(-3, 12),
    st.none() | st.integers(-3, 12),
    st.lists(st.integers(-5, 12), max_size=4),
)
def test_a_violation_shows_exactly_while_unanswered_within_its_week(
    found: date, today_n: int, revoked_n: int | None, letter_ns: list[int]
) -> None:
    today = found + timedelta(days=today_n)
    revoked = None if revoked_n is None else found + timedelta(days=revoked_n)
    letters = tuple(found + timedelta(days=n) for n in letter_ns)
    facts = ViolationFacts("c", "ZP", found, revoked, letters)
    found_now = reminders_for(today, [], [], [], [facts])
    answered = any(found <= letter <= today for letter in letters)
    expected = 0 <= today_n <= 7 and (revoked is None or revoked > found) and not answered
    assert found_now == ([Reminder("c", K.ORDER_VIOLATED, found, "ZP")] if expected else [])
    # Letters dated after today have not been issued yet: replaying a day ignores them.
    known_today = replace(facts, police_letters=tuple(x for x in letters if x <= today))
    assert reminders_for(today, [], [], [], [known_today]) == found_now


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(0, 400),
    st.integers(0, 420),
    st.none() | st.integers(0, 420),
)
def test_an_extension_replaces_the_six_month_limit(
    admitted: date, extended_n: int, today_n: int, left_n: int | None
) -> None:
    extended = admitted + timedelta(days=extended_n)
    today = admitted + timedelta(days=today_n)
    left = None if left_n is None else admitted + timedelta(days=left_n)
    found = reminders_for(today, [], [StayFacts("c", "s", admitted, left, extended)], [])
    if left is not None and left <= today:
        assert found == []
    elif today > extended:
        assert found == [Reminder("c", K.SHELTER_LIMIT_PASSED, extended, "s")]
    elif (extended - today).days <= 14:
        assert found == [Reminder("c", K.SHELTER_LIMIT_NEAR, extended, "s")]
    else:
        assert found == []


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(0, 60),
    st.integers(-5, 70),
)
def test_requirements_expire_like_consents_once_started(
    starts: date, length: int, today_n: int
) -> None:
    ends = starts + timedelta(days=length)
    today = starts + timedelta(days=today_n)
    found = reminders_for(today, [], [], [], [], [RequirementFacts("c", "r", starts, ends)])
    expected = today >= starts and 0 <= (ends - today).days <= 7
    assert found == ([Reminder("c", K.REQUIREMENT_EXPIRING, ends, "r")] if expected else [])
