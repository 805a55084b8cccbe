"""The baseline: the same rows in clear in plain SQLite with ordinary indexes, doing the same
work. Names are folded the same way and searched with LIKE 'prefix%' on an indexed column."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from caseapp.domain import records as rec
from caseapp.domain.names import name_keys
from caseapp.domain.reminders import ConsentFacts, OrderFacts, Reminder, StayFacts, reminders_for
from caseapp.domain.statistics import Period, age_band, missed_checks

SCHEMA = """
CREATE TABLE pcase (id INTEGER PRIMARY KEY, number TEXT UNIQUE, opened_on TEXT, status TEXT,
    risk TEXT, full_name TEXT, alias TEXT, iin TEXT, birth_date TEXT, phone TEXT, address TEXT,
    safe_contact TEXT, notes TEXT, perpetrator TEXT, relation TEXT, violence TEXT);
CREATE INDEX ix_pcase_opened ON pcase (opened_on);
CREATE TABLE pname (case_id INTEGER, word TEXT COLLATE NOCASE);
CREATE INDEX ix_pname_word ON pname (word);
CREATE TABLE porder (id INTEGER PRIMARY KEY, case_id INTEGER, number TEXT, issued_on TEXT,
    expires_on TEXT, served_on TEXT, revoked_on TEXT, issued_by TEXT, officer TEXT);
CREATE INDEX ix_porder_case ON porder (case_id);
CREATE INDEX ix_porder_force ON porder (expires_on, issued_on);
CREATE INDEX ix_porder_issued ON porder (issued_on);
CREATE INDEX ix_porder_served ON porder (served_on);
CREATE TABLE pcheck (order_id INTEGER, checked_on TEXT, outcome TEXT, officer TEXT);
CREATE INDEX ix_pcheck_order ON pcheck (order_id);
CREATE INDEX ix_pcheck_date ON pcheck (checked_on);
CREATE TABLE pstay (id INTEGER PRIMARY KEY, case_id INTEGER, admitted_on TEXT, left_on TEXT,
    room TEXT);
CREATE INDEX ix_pstay_case ON pstay (case_id);
CREATE INDEX ix_pstay_left ON pstay (left_on);
CREATE INDEX ix_pstay_admitted ON pstay (admitted_on);
CREATE TABLE pconsent (id INTEGER PRIMARY KEY, case_id INTEGER, kind TEXT, given_on TEXT,
    expires_on TEXT, withdrawn_on TEXT);
CREATE INDEX ix_pconsent_case ON pconsent (case_id);
CREATE INDEX ix_pconsent_expires ON pconsent (expires_on);
CREATE TABLE pservice (id INTEGER PRIMARY KEY, case_id INTEGER, given_on TEXT, kind TEXT,
    minutes INTEGER, note TEXT);
CREATE INDEX ix_pservice_given ON pservice (given_on, kind, case_id);
"""


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


class PlainStore:
    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        if not self.db.execute("SELECT name FROM sqlite_master WHERE name='pcase'").fetchone():
            self.db.executescript(SCHEMA)

    def refresh_statistics(self) -> None:
        """The same sampled ANALYZE caseapp runs when it opens a database: same planner facts."""
        self.db.execute("PRAGMA analysis_limit = 400")
        self.db.execute("ANALYZE")
        self.db.commit()

    def add(self, records: list[rec.CaseRecord], first_number: int) -> None:
        with self.db:
            for offset, r in enumerate(records):
                c = r.client
                cur = self.db.execute(
                    "INSERT INTO pcase (number, opened_on, status, risk, full_name, alias, iin,"
                    " birth_date, phone, address, safe_contact, notes, perpetrator, relation,"
                    " violence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        f"P-{first_number + offset}",
                        r.opened_on.isoformat(),
                        r.status.value,
                        r.risk.value,
                        c.full_name,
                        c.alias,
                        c.iin,
                        _d(c.birth_date),
                        c.phone,
                        c.address,
                        c.safe_contact,
                        r.notes,
                        r.perpetrator.full_name,
                        r.perpetrator.relation.value if r.perpetrator.relation else None,
                        ",".join(v.value for v in r.violence_types),
                    ),
                )
                case_id = cur.lastrowid
                words = {k for name in (c.full_name, c.alias) for k in name_keys(name)}
                self.db.executemany(
                    "INSERT INTO pname VALUES (?, ?)", [(case_id, w) for w in words]
                )
                for o in r.orders:
                    oid = self.db.execute(
                        "INSERT INTO porder (case_id, number, issued_on, expires_on, served_on,"
                        " revoked_on, issued_by, officer) VALUES (?,?,?,?,?,?,?,?)",
                        (
                            case_id,
                            o.number,
                            o.issued_on.isoformat(),
                            o.expires_on.isoformat(),
                            _d(o.served_on),
                            _d(o.revoked_on),
                            o.issued_by,
                            o.officer,
                        ),
                    ).lastrowid
                    self.db.executemany(
                        "INSERT INTO pcheck VALUES (?,?,?,?)",
                        [
                            (oid, k.checked_on.isoformat(), k.outcome.value, k.officer)
                            for k in o.checks
                        ],
                    )
                for s in r.stays:
                    self.db.execute(
                        "INSERT INTO pstay (case_id, admitted_on, left_on, room) VALUES (?,?,?,?)",
                        (case_id, s.admitted_on.isoformat(), _d(s.left_on), s.room),
                    )
                for k in r.consents:
                    self.db.execute(
                        "INSERT INTO pconsent (case_id, kind, given_on, expires_on, withdrawn_on)"
                        " VALUES (?,?,?,?,?)",
                        (
                            case_id,
                            k.recipient_kind.value,
                            k.given_on.isoformat(),
                            k.expires_on.isoformat(),
                            _d(k.withdrawn_on),
                        ),
                    )
                self.db.executemany(
                    "INSERT INTO pservice (case_id, given_on, kind, minutes, note)"
                    " VALUES (?,?,?,?,?)",
                    [
                        (case_id, g.given_on.isoformat(), g.kind.value, g.minutes, g.note)
                        for g in r.services
                    ],
                )

    def search(self, query: str, limit: int = 200) -> list[tuple[str, str]]:
        keys = [k for k in name_keys(query) if len(k) >= 2]
        if not keys:
            return []
        sql = (
            "SELECT c.number, coalesce(nullif(c.alias, ''), c.full_name) FROM pcase c WHERE "
            + " AND ".join("c.id IN (SELECT case_id FROM pname WHERE word LIKE ?)" for _ in keys)
            + " ORDER BY c.opened_on DESC LIMIT ?"
        )
        return self.db.execute(sql, [*(k + "%" for k in keys), limit]).fetchall()

    def first_screen(self, today: date, rows: int = 100) -> tuple[int, list[tuple[object, ...]]]:
        t = today.isoformat()
        count = self.db.execute("SELECT count(*) FROM pcase").fetchone()[0]
        page = self.db.execute(
            "SELECT number, coalesce(nullif(alias, ''), full_name), opened_on, status, risk,"
            " EXISTS (SELECT 1 FROM porder o WHERE o.case_id = c.id AND o.issued_on <= ?"
            "   AND o.expires_on >= ? AND (o.revoked_on IS NULL OR o.revoked_on > ?)),"
            " EXISTS (SELECT 1 FROM pstay s WHERE s.case_id = c.id AND s.admitted_on <= ?"
            "   AND (s.left_on IS NULL OR s.left_on > ?))"
            " FROM pcase c ORDER BY opened_on DESC, number DESC LIMIT ?",
            (t, t, t, t, t, rows),
        ).fetchall()
        return count, page

    def reminders(self, today: date) -> list[Reminder]:
        t = today.isoformat()
        orders = [
            OrderFacts(
                n,
                str(oid),
                date.fromisoformat(i),
                date.fromisoformat(e),
                date.fromisoformat(s) if s else None,
                date.fromisoformat(r) if r else None,
                (date.fromisoformat(last),) if last else (),
            )
            for oid, n, i, e, s, r, last in self.db.execute(
                "SELECT o.id, c.number, o.issued_on, o.expires_on, o.served_on, o.revoked_on,"
                " (SELECT max(checked_on) FROM pcheck k WHERE k.order_id = o.id"
                "  AND k.checked_on <= ?)"
                " FROM porder o JOIN pcase c ON c.id = o.case_id WHERE o.expires_on >= ?"
                " AND o.issued_on <= ? AND (o.revoked_on IS NULL OR o.revoked_on > ?)",
                (t, t, t, t),
            )
        ]
        stays = [
            StayFacts(n, str(sid), date.fromisoformat(a), date.fromisoformat(lft) if lft else None)
            for sid, n, a, lft in self.db.execute(
                "SELECT s.id, c.number, s.admitted_on, s.left_on FROM pstay s JOIN pcase c"
                " ON c.id = s.case_id WHERE (s.left_on IS NULL OR s.left_on > ?)"
                " AND s.admitted_on <= ?",
                (t, t),
            )
        ]
        week = (today + timedelta(days=7)).isoformat()
        consents = [
            ConsentFacts(
                n,
                str(cid),
                date.fromisoformat(e),
                date.fromisoformat(w) if w else None,
                date.fromisoformat(g),
            )
            for cid, n, e, w, g in self.db.execute(
                "SELECT k.id, c.number, k.expires_on, k.withdrawn_on, k.given_on FROM pconsent k"
                " JOIN pcase c ON c.id = k.case_id WHERE k.expires_on >= ? AND k.expires_on <= ?"
                " AND (k.withdrawn_on IS NULL OR k.withdrawn_on > ?)",
                (t, week, t),
            )
        ]
        return reminders_for(today, orders, stays, consents)

    def open_case(self, number: str) -> dict[str, object]:
        case = self.db.execute("SELECT * FROM pcase WHERE number = ?", (number,)).fetchone()
        case_id = case[0]
        orders = self.db.execute("SELECT * FROM porder WHERE case_id = ?", (case_id,)).fetchall()
        checks = [
            self.db.execute("SELECT * FROM pcheck WHERE order_id = ?", (o[0],)).fetchall()
            for o in orders
        ]
        return {
            "case": case,
            "orders": orders,
            "checks": checks,
            "stays": self.db.execute(
                "SELECT * FROM pstay WHERE case_id = ?", (case_id,)
            ).fetchall(),
            "consents": self.db.execute(
                "SELECT * FROM pconsent WHERE case_id = ?", (case_id,)
            ).fetchall(),
        }

    def numbers(self) -> list[str]:
        return [n for (n,) in self.db.execute("SELECT number FROM pcase")]

    def year_report(self, period: Period, today: date) -> dict[str, object]:
        """The report's counts over the same rows in clear (no offices, no letters or calls in
        this store): the same queries by date and code, the age bands from clear birth dates."""
        start, end = period.start.isoformat(), period.end.isoformat()
        q = self.db.execute
        out: dict[str, object] = {
            "new": q(
                "SELECT count(*) FROM pcase WHERE opened_on BETWEEN ? AND ?", (start, end)
            ).fetchone()[0],
            "violence": q(
                "SELECT violence, count(*) FROM pcase WHERE opened_on BETWEEN ? AND ?"
                " GROUP BY violence",
                (start, end),
            ).fetchall(),
            "relation": q(
                "SELECT relation, count(*) FROM pcase WHERE opened_on BETWEEN ? AND ?"
                " GROUP BY relation",
                (start, end),
            ).fetchall(),
            "age": [
                age_band(date.fromisoformat(b) if b else None, date.fromisoformat(o))
                for o, b in q(
                    "SELECT opened_on, birth_date FROM pcase WHERE opened_on BETWEEN ? AND ?",
                    (start, end),
                )
            ],
            "issued": q(
                "SELECT count(*) FROM porder WHERE issued_on BETWEEN ? AND ?", (start, end)
            ).fetchone()[0],
            "served": q(
                "SELECT count(*) FROM porder WHERE served_on BETWEEN ? AND ?", (start, end)
            ).fetchone()[0],
            "checks": q(
                "SELECT outcome, count(*) FROM pcheck WHERE checked_on BETWEEN ? AND ?"
                " GROUP BY outcome",
                (start, end),
            ).fetchall(),
            "admitted": q(
                "SELECT count(*) FROM pstay WHERE admitted_on BETWEEN ? AND ?", (start, end)
            ).fetchone()[0],
        }
        upto = Period(period.start, min(period.end, today))
        orders = q(
            "SELECT id, issued_on, expires_on, revoked_on FROM porder"
            " WHERE issued_on <= ? AND expires_on >= ?",
            (upto.end.isoformat(), start),
        ).fetchall()
        missed = 0
        for oid, issued, expires, revoked in orders:
            checks = [
                date.fromisoformat(d)
                for (d,) in q(
                    "SELECT checked_on FROM pcheck WHERE order_id = ? AND outcome != 'not_reached'",
                    (oid,),
                )
            ]
            missed += missed_checks(
                date.fromisoformat(issued),
                date.fromisoformat(expires),
                date.fromisoformat(revoked) if revoked else None,
                checks,
                upto,
            )[1]
        out["missed"] = missed
        out["services"] = q(
            "SELECT kind, count(*), count(DISTINCT case_id) FROM pservice"
            " WHERE given_on BETWEEN ? AND ? GROUP BY kind",
            (start, end),
        ).fetchall()
        out["served"] = q(
            "SELECT count(DISTINCT case_id) FROM pservice WHERE given_on BETWEEN ? AND ?",
            (start, end),
        ).fetchone()[0]
        out["stays"] = q(
            "SELECT admitted_on, left_on FROM pstay WHERE admitted_on <= ?"
            " AND (left_on IS NULL OR left_on >= ?)",
            (end, start),
        ).fetchall()
        return out
