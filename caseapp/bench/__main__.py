"""``python -m caseapp.bench [--cases N] [--json] [--folder DIR] [--pg-url URL]``: caseapp's
operations at N cases, each beside the same operation on plain unencrypted SQLite in the same run.

The cases are spread over ten offices. Each operation is measured for the administrator, who
holds every office's key (the plain rows), and again for a case worker who works in one office
and holds its key only (the ``worker_*`` rows), as staff see their offices' cases.

With ``--pg-url`` (an empty PostgreSQL database, or one an earlier run filled), the same
database is moved there (``caseapp move``) and the read operations are measured again on the
server: the ``pg_*`` rows, beside caseapp on SQLite."""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from caseapp.bench.data import synthetic_records
from caseapp.bench.plain import PlainStore
from caseapp.domain.enums import CaseVisibility, Role
from caseapp.domain.names import name_keys
from caseapp.domain.reminders import ReminderKind
from caseapp.domain.statistics import Period
from caseapp.services import workspace as ws
from caseapp.services.accounts import add_staff
from caseapp.services.cases import add_cases, get_case
from caseapp.services.importer import import_cases
from caseapp.services.offices import add_office, list_offices
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.reminders import reminders_for_day
from caseapp.services.reports import ReportRequest, make_report
from caseapp.services.search import search_cases
from caseapp.storage.database import Database

USER, PASSWORD = "bench", "bench password 1"
WORKER, WORKER_PASSWORD = "bench.worker", "bench worker pass 1"
OFFICES = 10
TODAY = date(2026, 11, 25)
BATCH = 1000


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def build(folder: Path, cases: int, log: Callable[[str], None]) -> tuple[Database, PlainStore]:
    db = Database(folder / "caseapp", create=True)
    plain = PlainStore(folder / "plain.sqlite3")
    if db.is_initialised():
        log(f"reusing the databases in {folder} (nothing built)")
        return db, plain
    workspace, _ = ws.initialise(
        db,
        ws.OrganisationDetails(name_ru="Benchmark", phone="+7 700 000 0000"),
        USER,
        PASSWORD,
        full_name="Bench Worker",
    )
    offices = [office.office_id for office in list_offices(workspace)]
    offices += [add_office(workspace, f"Office {n}") for n in range(2, OFFICES + 1)]
    add_staff(workspace, WORKER, WORKER_PASSWORD, Role.CASE_WORKER, offices=offices[:1])
    settings = get_settings(workspace)
    settings.case_visibility = CaseVisibility.OFFICE  # staff see their offices' cases
    update_settings(workspace, settings)
    for start in range(0, cases, BATCH):
        records = synthetic_records(
            min(BATCH, cases - start), seed=start, today=TODAY, start=start, services=True
        )
        for n, record in enumerate(records, start=start):
            record.office_id = offices[n % OFFICES]
        with workspace.transaction() as session:
            add_cases(workspace, session, records)
        plain.add(
            synthetic_records(
                min(BATCH, cases - start), seed=start, today=TODAY, start=start, services=True
            ),
            first_number=start,
        )
        if start % 10_000 == 0:
            log(f"built {start + len(records)} of {cases} cases")
    return db, plain


def run(
    cases: int, folder: Path, log: Callable[[str], None], pg_url: str | None = None
) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from caseapp.ui.models import CaseListModel

    app = QApplication.instance() or QApplication(["bench"])
    build_start = time.perf_counter()
    db, plain = build(folder, cases, log)
    db.refresh_statistics()  # as caseapp.services.workspace.open_database does
    plain.refresh_statistics()
    log(f"databases ready in {time.perf_counter() - build_start:.0f} s")
    results: dict[str, Any] = {}
    samples: dict[str, list[float]] = {}
    search_queries: dict[int, list[str]] = {}

    def record(name: str, ours: list[float], base: list[float] | None) -> None:
        samples[name] = ours
        if base:
            samples[f"{name}_plain"] = base
        entry = {"median_ms": statistics.median(ours), "p95_ms": p95(ours)}
        if base:
            entry["plain_median_ms"] = statistics.median(base)
            entry["plain_p95_ms"] = p95(base)
            entry["ratio"] = entry["median_ms"] / max(entry["plain_median_ms"], 1e-6)
        results[name] = entry
        log(f"{name}: {entry}")

    workspace = ws.unlock(db, USER, PASSWORD)
    # As the desktop program does once its main window is open (caseapp/ui/app.py).
    gc.collect()
    gc.freeze()
    record("unlock", timed(lambda: ws.unlock(db, USER, PASSWORD), 5), None)
    # Opening the file as the program does at start: SQLite's quick check reads every page.
    record("open_database", timed(lambda: ws.open_database(db.url).close(), 3), None)

    rng = random.Random(7)
    names = [r.client.full_name for r in synthetic_records(200, seed=99, today=TODAY)]
    for length in (2, 3, 5):
        queries = []
        for name in names[:60]:
            key = name_keys(name)[0]
            queries.append(name.split()[0][:length] if len(key) >= length else name.split()[0])
        rng.shuffle(queries)
        search_queries[length] = queries
        ours, base = [], []
        for query in queries:
            ours += timed(lambda query=query: search_cases(workspace, query), 1)  # type: ignore[misc]
            base += timed(lambda query=query: plain.search(query), 1)  # type: ignore[misc]
        record(f"search_prefix_{length}", ours, base)

    record(
        "case_list_first_screen",
        timed(lambda: CaseListModel(workspace).rowCount(), 7),
        timed(lambda: plain.first_screen(TODAY), 7),
    )
    record(
        "reminders",
        timed(lambda: reminders_for_day(workspace, TODAY), 9),
        timed(lambda: plain.reminders(TODAY), 9),
    )

    ours_numbers = [f"{TODAY.year - k}-{rng.randrange(1, 20):04d}" for k in range(0, 4)]
    ours_numbers = [n for n in ours_numbers if _exists(workspace, n)] or [_any_number(workspace)]
    plain_numbers = plain.numbers()[:: max(1, cases // 20)]
    record(
        "open_case",
        timed(lambda: get_case(workspace, rng.choice(ours_numbers)), 15),
        timed(lambda: plain.open_case(rng.choice(plain_numbers)), 15),
    )

    year = Period(date(TODAY.year - 1, TODAY.month, TODAY.day) + timedelta(days=1), TODAY)
    record(
        "year_report",
        timed(lambda: make_report(workspace, ReportRequest(year), today=TODAY), 5),
        timed(lambda: plain.year_report(year, TODAY), 5),
    )
    from caseapp.bench.attachments import measure as measure_attachments

    pair = (ours_numbers[0], ours_numbers[-1] if len(ours_numbers) > 1 else ours_numbers[0])
    measure_attachments(workspace, plain, pair, plain_numbers[0], timed, record)

    overdue = ReminderKind.POLICE_CHECK_OVERDUE
    with_order = next(r.case for r in reminders_for_day(workspace, TODAY) if r.kind == overdue)
    letter = _letter_timer(workspace, with_order)
    if letter is not None:
        record("one_letter", timed(letter, 20), None)

    _as_worker(db, plain, search_queries, samples, record)

    batch = synthetic_records(1000, seed=4242, today=TODAY, start=10_000_000)
    for r in batch:
        r.number = ""
    record(
        "import_1000",
        timed(lambda: import_cases(workspace, batch), 1),
        timed(lambda: plain.add(batch, first_number=10_000_000 + len(plain.numbers())), 1),
    )
    if pg_url:
        _on_server(pg_url, folder, samples, search_queries, ours_numbers, record, log)
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["cases"] = cases
    results["machine"] = (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"
    )
    db.close()
    del app
    return results


def _as_worker(
    db: Database,
    plain: PlainStore,
    search_queries: dict[int, list[str]],
    samples: dict[str, list[float]],
    record: Callable[[str, list[float], list[float] | None], None],
) -> None:
    """The same operations for a case worker holding one office's key of ten."""
    from caseapp.ui.models import CaseListModel

    worker = ws.unlock(db, WORKER, WORKER_PASSWORD)
    record("worker_unlock", timed(lambda: ws.unlock(db, WORKER, WORKER_PASSWORD), 5), None)
    for length, queries in search_queries.items():
        ours: list[float] = []
        for query in queries:
            ours += timed(lambda query=query: search_cases(worker, query), 1)  # type: ignore[misc]
        record(f"worker_search_prefix_{length}", ours, samples[f"search_prefix_{length}_plain"])
    record(
        "worker_case_list_first_screen",
        timed(lambda: CaseListModel(worker).rowCount(), 7),
        samples["case_list_first_screen_plain"],
    )
    record(
        "worker_reminders",
        timed(lambda: reminders_for_day(worker, TODAY), 9),
        samples["reminders_plain"],
    )
    # Her office's year: a tenth of the cases, beside the plain store's whole year.
    year = Period(date(TODAY.year - 1, TODAY.month, TODAY.day) + timedelta(days=1), TODAY)
    office = worker.chest.held_offices()[0]
    record(
        "worker_year_report",
        timed(lambda: make_report(worker, ReportRequest(year, office), today=TODAY), 5),
        samples["year_report_plain"],
    )
    rng = random.Random(5)
    hers = [hit.number for hit in search_cases(worker, "ai")][:20] or [
        hit.number for hit in search_cases(worker, "ja")
    ][:20]
    record(
        "worker_open_case",
        timed(lambda: get_case(worker, rng.choice(hers)), 15),
        samples["open_case_plain"],
    )


def _on_server(
    pg_url: str,
    folder: Path,
    samples: dict[str, list[float]],
    search_queries: dict[int, list[str]],
    numbers: list[str],
    record: Callable[[str, list[float], list[float] | None], None],
    log: Callable[[str], None],
) -> None:
    """The read operations again on PostgreSQL, each beside caseapp's figure on SQLite."""
    from sqlalchemy import inspect, text

    from caseapp.services.caselist import CaseFilter, CaseQuery
    from caseapp.services.move import move_database

    probe = Database(pg_url, upgrade=False)
    with probe.engine.connect() as conn:
        empty = not inspect(conn).get_table_names()
    probe.close()
    if empty:  # the database just measured goes there, as it is
        start = time.perf_counter()
        log("moving the benchmark database to the server")
        move_database(folder / "caseapp", pg_url)
        log(f"moved in {time.perf_counter() - start:.0f} s")
    db = ws.open_database(pg_url)
    with db.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    workspace = ws.unlock(db, USER, PASSWORD)
    for length, queries in search_queries.items():
        ours: list[float] = []
        for query in queries:
            ours += timed(lambda query=query: search_cases(workspace, query), 1)  # type: ignore[misc]
        record(f"pg_search_prefix_{length}", ours, samples[f"search_prefix_{length}"])

    def first_screen() -> None:
        query = CaseQuery(workspace, CaseFilter(), TODAY)
        query.count()
        query.page(0, 100)

    record("pg_case_list_first_screen", timed(first_screen, 7), samples["case_list_first_screen"])
    record(
        "pg_reminders",
        timed(lambda: reminders_for_day(workspace, TODAY), 9),
        samples["reminders"],
    )
    year = Period(date(TODAY.year - 1, TODAY.month, TODAY.day) + timedelta(days=1), TODAY)
    record(
        "pg_year_report",
        timed(lambda: make_report(workspace, ReportRequest(year), today=TODAY), 5),
        samples["year_report"],
    )
    rng = random.Random(11)
    record(
        "pg_open_case",
        timed(lambda: get_case(workspace, rng.choice(numbers)), 15),
        samples["open_case"],
    )
    db.close()


def _exists(workspace: ws.Workspace, number: str) -> bool:
    try:
        get_case(workspace, number)
    except Exception:
        return False
    return True


def _any_number(workspace: ws.Workspace) -> str:
    hits = search_cases(workspace, "ai", limit=1) or search_cases(workspace, "ja", limit=1)
    return hits[0].number


def _letter_timer(workspace: ws.Workspace, number: str) -> Callable[[], object] | None:
    """One letter, when the letters service exists; the consent gate is satisfied by override."""
    try:
        from caseapp.services.letters import issue_letter
    except ImportError:
        return None
    # Dated the day the reminders are computed for: the checks letter needs the order in force.
    return lambda: issue_letter(
        workspace,
        number,
        "police_checks",
        "ru",
        on=TODAY,
        override_reason="Benchmark run, no real person.",
    )


TARGETS = {
    "unlock": 1000,
    "worker_unlock": 1000,
    "worker_search_prefix_2": 30,
    "worker_search_prefix_3": 30,
    "worker_search_prefix_5": 30,
    "worker_case_list_first_screen": 200,
    "worker_reminders": 100,
    "worker_open_case": 50,
    "search_prefix_2": 30,
    "search_prefix_3": 30,
    "search_prefix_5": 30,
    "case_list_first_screen": 200,
    "reminders": 100,
    "open_case": 50,
    "one_letter": 100,
    "year_report": 1000,
    "worker_year_report": 1000,
    "import_1000": 10_000,
    "open_case_10_attachments": 50,
    "add_20mb_attachment": 2000,
}


def table(results: dict[str, Any]) -> str:
    lines = [
        f"caseapp benchmark at {results['cases']:,} cases — {results['machine']}",
        "",
        f"{'operation':<32}{'caseapp':>12}{'p95':>10}{'plain':>10}{'ratio':>8}{'target':>10}",
    ]
    for name, entry in results.items():
        if not isinstance(entry, dict):
            continue
        plain = f"{entry['plain_median_ms']:.1f}" if "plain_median_ms" in entry else "—"
        ratio = f"{entry['ratio']:.1f}x" if "ratio" in entry else "—"
        target = f"<{TARGETS[name]} ms" if name in TARGETS else ""
        lines.append(
            f"{name:<32}{entry['median_ms']:>9.1f} ms{entry['p95_ms']:>7.1f} ms"
            f"{plain:>10}{ratio:>8}{target:>10}"
        )
    lines.append(f"{'peak memory (RSS)':<32}{results['peak_rss_mb']:>9.0f} MB")
    if any(name.startswith("pg_") for name in results):
        lines.append("pg_* rows: caseapp on PostgreSQL; their 'plain' column is caseapp on SQLite.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m caseapp.bench")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--folder", help="keep the databases here (reused when present)")
    parser.add_argument(
        "--pg-url", help="also measure on this PostgreSQL database (empty, or filled by a run)"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    log = (lambda m: print(m, file=sys.stderr)) if args.json else (lambda m: print("·", m))
    if args.folder:
        folder = Path(args.folder)
        folder.mkdir(parents=True, exist_ok=True)
        results = run(args.cases, folder, log, args.pg_url)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            results = run(args.cases, Path(tmp), log, args.pg_url)
    print(json.dumps(results, indent=2) if args.json else "\n" + table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
