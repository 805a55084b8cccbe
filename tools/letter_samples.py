"""Sample letters for docs/, on fictitious data, through the same services as the app; also times
one letter (median of 20 issued letters, register and audit included).

    .venv/bin/python tools/letter_samples.py docs/

Writes docs/letter-police-kk.png (a police letter about missed checks, in Kazakh),
docs/letter-court-ru.png (an application for special requirements, in Russian),
docs/letter-police-violation-ru.png (a violation, with a reply-to line, the centre's paragraph
and attachments) and docs/letter-shelter-referral-en.png (with her children) with pdftoppm at
80 dpi.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, LetterKind, RecipientKind, Relation, ViolenceType
from caseapp.letters.builders import LetterOptions
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.services.letters import issue_letter
from caseapp.services.organisation import get_settings, update_settings
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database
from caseapp.storage.models import Staff

ON = date(2026, 3, 25)


def _fictitious_case(workspace: ws.Workspace) -> str:
    issued = date(2026, 3, 2)
    return create_case(
        workspace,
        rec.CaseRecord(
            opened_on=date(2026, 3, 1),
            client=rec.Client(
                full_name="Әйгерім Серікқызы Қасымова",
                iin="900415400127",
                birth_date=date(1990, 4, 15),
                address="(fictitious home address: never printed)",
            ),
            perpetrator=rec.Perpetrator("Ерлан Болатұлы Қасымов", Relation.SPOUSE),
            violence_types=[ViolenceType.PHYSICAL, ViolenceType.PSYCHOLOGICAL],
            orders=[
                rec.ProtectionOrder(
                    number="145",
                    issued_on=issued,
                    expires_on=issued + timedelta(days=29),
                    issued_by="Алматы қаласы Алмалы ауданының полиция басқармасы",
                    served_on=issued + timedelta(days=1),
                    checks=[
                        rec.PoliceCheck(issued + timedelta(days=6), CheckOutcome.COMPLIED),
                        rec.PoliceCheck(issued + timedelta(days=18), CheckOutcome.VIOLATED),
                    ],
                )
            ],
            incidents=[rec.Incident(date(2026, 3, 1), [ViolenceType.PHYSICAL])],
            stays=[
                rec.ShelterStay(
                    issued,
                    room="(fictitious room: never printed)",
                    children=2,
                    children_named=[rec.Child("Айым", 2019), rec.Child("Нұрлан", 2022)],
                )
            ],
            consents=[
                rec.Consent(kind, date(2026, 3, 1), date(2026, 9, 1)) for kind in RecipientKind
            ],
        ),
    )


def _organisation(workspace: ws.Workspace) -> None:
    settings = get_settings(workspace)
    d = settings.details
    d.name_ru = "Кризисный центр «Шаңырақ»"
    d.name_kk = "«Шаңырақ» дағдарыс орталығы"
    d.name_en = "Shanyraq Crisis Centre"
    d.address = "050000, г. Алматы, пр. Абая, 10, офис 5"
    d.phone = "+7 727 300 00 00"
    d.bin = "060540001234"
    d.director = "Г. С. Омарова"
    update_settings(workspace, settings)
    with workspace.transaction() as session:  # no service edits staff contacts yet
        staff = session.get_one(Staff, workspace.actor.staff_id)
        staff.phone, staff.position = "+7 701 000 00 01", "заңгер"


def _png(pdf: bytes, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "letter.pdf"
        source.write_bytes(pdf)
        stem = target.with_suffix("")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(source), str(stem)], check=True
        )
    print(f"wrote {target}")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder), create=True)
        workspace, _ = ws.initialise(
            db,
            ws.OrganisationDetails(name_ru="Кризисный центр"),
            "director",
            "sample pass 1",
            full_name="Динара Жұмабекова",
            kdf=KdfParams(iterations=1, memory_kib=8, lanes=1),
        )
        _organisation(workspace)
        number = _fictitious_case(workspace)
        police = issue_letter(workspace, number, LetterKind.POLICE_CHECKS, "kk", on=ON)
        court = issue_letter(
            workspace,
            number,
            LetterKind.COURT_REQUIREMENTS,
            "ru",
            on=ON,
            options=LetterOptions(court_case="7511-26-00-2/318"),
        )
        violation = issue_letter(
            workspace,
            number,
            LetterKind.POLICE_VIOLATION,
            "ru",
            on=ON,
            options=LetterOptions(
                reply_number="3-12/45",
                reply_date=date(2026, 3, 23),
                paragraph="20.03.2026 правонарушитель пришёл к месту работы потерпевшей и "
                "угрожал ей; об этом она сообщила по телефону 102 в тот же день.",
                attachments=("Копия защитного предписания № 145 на 1 л.",),
            ),
        )
        shelter = issue_letter(workspace, number, LetterKind.SHELTER_REFERRAL, "en", on=ON)
        _png(police.pdf, out / "letter-police-kk.png")
        _png(court.pdf, out / "letter-court-ru.png")
        _png(violation.pdf, out / "letter-police-violation-ru.png")
        _png(shelter.pdf, out / "letter-shelter-referral-en.png")

        timings = []
        for _ in range(20):
            start = time.perf_counter()
            issue_letter(workspace, number, LetterKind.POLICE_CHECKS, "ru", on=ON)
            timings.append(time.perf_counter() - start)
        print(
            f"one letter (issue_letter, median of 20): {statistics.median(timings) * 1000:.1f} ms"
        )
        db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
