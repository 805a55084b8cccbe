"""Statistics for the akimat, the ministry and funders: report periods, age bands, the police
checks an order missed, and small-cell suppression. Counts only; no Qt, no SQL, no I/O.

No one may be recognised in a report. A count of 1 to ``threshold - 1`` is shown as ``"<5"`` (the
threshold the organisation sets, default 5), and where a table shows a total of categories that
exclude one another, a second cell is hidden too, so the total cannot give the first one back.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from caseapp.domain.dates import CHECK_INTERVAL_DAYS
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD, MAX_THRESHOLD = 2, 50
FIRST_YEAR = 1990


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput(
                "to",
                QT_TRANSLATE_NOOP("errors", "The report's last day comes before its first day."),
            )
        if self.start.year < FIRST_YEAR:
            raise InvalidInput(
                "from", QT_TRANSLATE_NOOP("errors", "The report's first day is before 1990.")
            )
        if (self.end - self.start).days > 366 * 5:
            raise InvalidInput(
                "to", QT_TRANSLATE_NOOP("errors", "A report covers at most five years.")
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def holds(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        return cls(date(year, first, 1), cls.month(year, first + 2).end)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))


# Age bands on the day the case was opened, as the ministry's forms group them.
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("under_18", 0, 17),
    ("18_24", 18, 24),
    ("25_34", 25, 34),
    ("35_44", 35, 44),
    ("45_54", 45, 54),
    ("55_64", 55, 64),
    ("65_plus", 65, None),
)
AGE_UNKNOWN = "unknown"


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_band(birth: date | None, day: date) -> str:
    """The band of her age on ``day``; ``unknown`` without a birth date or with an impossible
    one (after ``day``)."""
    if birth is None or birth > day:
        return AGE_UNKNOWN
    age = age_on(birth, day)
    for code, low, high in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return code
    return AGE_UNKNOWN


def missed_checks(
    issued_on: date,
    expires_on: date,
    revoked_on: date | None,
    check_dates: Iterable[date],
    period: Period,
) -> tuple[int, int]:
    """(checks due, checks missed) of one order within ``period``, by the seven-day rule: a check
    falls due seven days after the order's issue or the latest check that counts (``complied``
    or ``violated``; ``check_dates`` holds only those). A due date that passes with no check is
    one missed check, and the next one falls due seven days after it. Only due dates inside the
    period, on which the order was still in force (not expired, not revoked), are counted; the
    period's days after ``today`` are the caller's to leave out (it passes a shorter period)."""
    last_day = expires_on if revoked_on is None else min(expires_on, revoked_on - timedelta(1))
    last_day = min(last_day, period.end)
    checks = sorted(d for d in check_dates if d >= issued_on)
    step = timedelta(days=CHECK_INTERVAL_DAYS)
    anchor, i, due, missed = issued_on, 0, 0, 0
    while anchor + step <= last_day:
        due_on = anchor + step
        latest = None
        while i < len(checks) and checks[i] <= due_on:
            if checks[i] > anchor:
                latest = checks[i]
            i += 1
        if period.holds(due_on):
            due += 1
            missed += latest is None
        # a check in time starts the clock again from its day; a missed one from its due date
        anchor = latest if latest is not None else due_on
    return due, missed


@dataclass(frozen=True)
class Row:
    """One line of a table: a code, its label (English source, translated in context
    ``reports``), the figure, and ``persons``: how many people stand behind the figure when it
    is not itself a count of people (bed-days, an average), for suppression."""

    code: str
    label: str
    value: float
    persons: int | None = None


@dataclass(frozen=True)
class Table:
    """``exclusive``: the rows split one group (each person in one row) and the table shows
    their total; ``chart``: "bar", "pie" or "" (a table a person would rather read)."""

    key: str
    title: str
    rows: tuple[Row, ...]
    exclusive: bool = False
    chart: str = ""
    unit: str = ""  # "" for counts, "days", "percent"
    # How many people stand behind the total when the rows count events, not people (services
    # given): the total is hidden when they are few, as a row is by its ``persons``.
    total_persons: int | None = None


SECONDARY = "*"  # a figure hidden so that a total cannot give a small one back


@dataclass(frozen=True)
class Shown:
    """A figure as published: its number, "<5" when it is small (or stands for few people),
    or "*" when it is hidden only so that the total cannot give a small one back."""

    value: float | None
    hidden: bool = False
    secondary: bool = False

    def text(self, threshold: int) -> str:
        if self.secondary:
            return SECONDARY
        if self.hidden or self.value is None:
            return f"<{threshold}"
        if float(self.value).is_integer():
            return str(int(self.value))
        return f"{self.value:.1f}"

    def json(self, threshold: int) -> float | int | str:
        if self.hidden or self.secondary or self.value is None:
            return self.text(threshold)
        return int(self.value) if float(self.value).is_integer() else round(self.value, 1)


@dataclass(frozen=True)
class ShownTable:
    table: Table
    cells: tuple[Shown, ...]
    total: Shown | None = None


def _small(count: float, threshold: int) -> bool:
    return 0 < count < threshold


def suppress(table: Table, threshold: int) -> ShownTable:
    """Hide each small count (1 to threshold - 1), and each figure behind fewer people than
    that; in an exclusive table with its total shown, also the smallest other figure when only
    one is hidden, so the total cannot give it back (and the total itself when it is small)."""
    hidden = []
    for row in table.rows:
        persons = row.persons if row.persons is not None else row.value
        hidden.append(_small(persons, threshold))
    secondary = -1
    total: Shown | None = None
    if table.exclusive:
        total_value = sum(row.value for row in table.rows)
        behind = table.total_persons if table.total_persons is not None else total_value
        if sum(hidden) == 1 and not _small(behind, threshold):
            candidates = [
                (row.value, i) for i, row in enumerate(table.rows) if not hidden[i] and row.value
            ]
            if candidates:
                secondary = min(candidates)[1]
        total = Shown(total_value, _small(behind, threshold))
    cells = tuple(
        Shown(row.value, is_hidden, i == secondary)
        for i, (row, is_hidden) in enumerate(zip(table.rows, hidden, strict=True))
    )
    return ShownTable(table, cells, total)


def check_threshold(value: int) -> int:
    if not MIN_THRESHOLD <= value <= MAX_THRESHOLD:
        raise InvalidInput(
            "threshold",
            QT_TRANSLATE_NOOP(
                "errors", "The smallest count shown in reports must be between 2 and 50."
            ),
        )
    return value


@dataclass(frozen=True)
class Report:
    period: Period
    office: str | None  # the office's name ("" when it has none yet), None for every office
    threshold: int
    tables: tuple[Table, ...] = field(default_factory=tuple)

    def shown(self) -> list[ShownTable]:
        return [suppress(table, self.threshold) for table in self.tables]

    def as_json(self) -> dict[str, object]:
        """Counts only, as published (hidden cells as "<5"); codes, never labels."""
        tables = []
        for shown in self.shown():
            entry: dict[str, object] = {
                "table": shown.table.key,
                "rows": {
                    row.code: cell.json(self.threshold)
                    for row, cell in zip(shown.table.rows, shown.cells, strict=True)
                },
            }
            if shown.total is not None:
                entry["total"] = shown.total.json(self.threshold)
            tables.append(entry)
        return {
            "from": self.period.start.isoformat(),
            "to": self.period.end.isoformat(),
            "threshold": self.threshold,
            "tables": tables,
        }


def count_codes(values: Sequence[str], codes: Sequence[str]) -> dict[str, int]:
    counts = dict.fromkeys(codes, 0)
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts
