"""Issue 3's acceptance test: personal data written through the services never reaches disk in
clear, under the data folder, HOME or TMPDIR, in UTF-8 or UTF-16."""

from __future__ import annotations

import secrets
import string
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from caseapp.domain import records as rec
from caseapp.domain.changes import RecordKind
from caseapp.domain.closing import close
from caseapp.domain.enums import CheckOutcome, ClosingReason, RecipientKind, Relation
from caseapp.domain.hotline import Call, Caller, Channel
from caseapp.domain.services_given import ServiceGiven, ServiceKind
from caseapp.services import hotline
from caseapp.services import workspace as ws
from caseapp.services.case_services import add_service, edit_service, list_services
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.corrections import strike_out
from caseapp.services.integrity import check_database
from caseapp.services.search import search_cases
from caseapp.storage.database import Database
from tests.conftest import CHEAP_KDF


def marker() -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(16))


def scan(roots: list[Path], markers: list[str]) -> list[str]:
    patterns = {
        variant.encode(encoding)
        for m in markers
        for variant in (m, m.upper(), m.capitalize())
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    }
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                hits.extend(f"{path.name}" for p in patterns if p in data)
    return hits


def test_every_personal_field_is_ciphertext_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, tmp, data = tmp_path / "home", tmp_path / "tmp", tmp_path / "data"
    for folder in (home, tmp):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setattr(tempfile, "tempdir", None)

    m = {
        name: marker()
        for name in (
            "org",
            "staff",
            "name",
            "alias",
            "address",
            "safe",
            "perp",
            "order",
            "unit",
            "officer",
            "ophone",
            "viol",
            "cofficer",
            "cnote",
            "room",
            "reason",
            "dest",
            "notes",
            "court",
            "req",
            "child",
            "outcome",
            "call",
            "callwhy",
            "service",
            "servicewhy",
        )
    }
    iin, phone = "950101400052", "77017770011"
    db = Database(data, create=True)
    admin, _ = ws.initialise(
        db,
        ws.OrganisationDetails(name_ru=m["org"], address=m["org"]),
        "admin",
        "admin pass 123",
        full_name=m["staff"],
        kdf=CHEAP_KDF,
    )
    record = rec.CaseRecord(
        opened_on=date(2026, 3, 1),
        client=rec.Client(
            full_name=f"Жанар {m['name']}",
            alias=m["alias"],
            iin=iin,
            birth_date=date(1995, 1, 1),
            phone="+" + phone,
            address=m["address"],
            safe_contact=m["safe"],
        ),
        perpetrator=rec.Perpetrator(m["perp"], Relation.SPOUSE),
        orders=[
            rec.ProtectionOrder(
                number=m["order"],
                issued_on=date(2026, 3, 2),
                expires_on=date(2026, 3, 31),
                issued_by=m["unit"],
                officer=m["officer"],
                officer_phone=m["ophone"],
                violations=m["viol"],
                checks=[
                    rec.PoliceCheck(
                        date(2026, 3, 8), CheckOutcome.COMPLIED, m["cofficer"], note=m["cnote"]
                    )
                ],
            )
        ],
        requirements=[
            rec.SpecialRequirement(
                date(2026, 4, 1), date(2026, 7, 1), description=m["req"], court=m["court"]
            )
        ],
        stays=[
            rec.ShelterStay(
                date(2026, 3, 2),
                date(2026, 4, 2),
                room=m["room"],
                children=1,
                children_named=[rec.Child(m["child"], 2019)],
                departure_reason=m["reason"],
                destination=m["dest"],
            )
        ],
        consents=[rec.Consent(RecipientKind.POLICE, date(2026, 3, 1), date(2026, 9, 1))],
        notes=m["notes"],
    )
    number = create_case(admin, record)
    assert get_case(admin, number).client.alias == m["alias"]
    closing = get_case(admin, number)
    close(closing, date(2026, 4, 3), ClosingReason.RECONCILED, m["outcome"], date(2026, 11, 30))
    update_case(admin, closing)
    # The hotline log: a call's note, and the reason it was struck out.
    kept = hotline.record_call(
        admin, Call(date(2026, 3, 1), Channel.PHONE, Caller.SURVIVOR, note=m["call"])
    )
    struck = hotline.record_call(
        admin, Call(date(2026, 3, 1), Channel.PHONE, Caller.SURVIVOR, note=m["call"])
    )
    hotline.strike_out_call(admin, struck, m["callwhy"])
    assert hotline.get_call(admin, kept).call.note == m["call"]
    # A service given: its note, a correction of it, and why another was struck out.
    service = ServiceGiven(date(2026, 3, 3), ServiceKind.LEGAL, 30, m["service"])
    service_id = add_service(admin, number, service)
    edit_service(admin, number, replace(service, note=f"{m['service']} ok", id=service_id))
    wrong = add_service(admin, number, ServiceGiven(date(2026, 3, 4), ServiceKind.OTHER))
    strike_out(admin, number, RecordKind.SERVICE, wrong, m["servicewhy"])
    assert [v.service.note for v in list_services(admin, number)] == [f"{m['service']} ok"]
    stored = get_case(admin, number)
    assert stored.closing_outcome == m["outcome"]
    assert stored.stays[0].children_named == [rec.Child(m["child"], 2019)]
    for query in (m["alias"], "zhanar", "Жанар", "janar", iin):
        assert [h.number for h in search_cases(admin, query)] == [number], query
    assert check_database(db, admin).ok
    assert scan([data, home, tmp], [*m.values(), iin, phone]) == []  # the WAL too, while open
    admin.lock()
    db.close()

    found = scan([data, home, tmp], [*m.values(), iin, phone])
    assert found == []
    assert sorted(p.name for p in data.iterdir()) == ["caseapp.sqlite3"]
