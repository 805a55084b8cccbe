"""Screenshots of a case's risk assessment, safety plan and attached files, for docs/ (run under
offscreen Qt, on a fresh demo database: every name in them is fictitious).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_case_records.py docs/
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from caseapp.domain.enums import RiskLevel
from caseapp.domain.safety_plan import SafetyPlan
from caseapp.services.attachments import add_attachment
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.demo import create_demo
from caseapp.services.risk import record_assessment
from caseapp.services.safety import plan_pdf, record_plan
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.i18n import install_language

ANSWERS = {
    "strangulation": "yes",
    "threat_to_kill": "yes",
    "escalation_frequency": "yes",
    "recent_separation": "yes",
    "stalking": "yes",
    "substance_abuse": "yes",
    "weapon_access": "no",
    "unemployed": "no",
    "pregnancy": "no",
}


def photo() -> bytes:
    """A stand-in for a photographed document: a grey sheet with a few lines."""
    image = QImage(900, 640, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d4c7"))
    painter = QPainter(image)
    painter.fillRect(QRect(90, 60, 720, 520), QColor("#fbfaf6"))
    painter.setFont(QFont("DejaVu Sans", 22))
    painter.setPen(QColor("#333333"))
    painter.drawText(QRect(130, 100, 640, 60), Qt.AlignmentFlag.AlignLeft, "СПРАВКА / АНЫҚТАМА")
    for n in range(9):
        painter.fillRect(QRect(130, 200 + n * 38, 560 - (n % 3) * 90, 10), QColor("#b9b5ab"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG")
    return bytes(data.data())


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder), create=True)
        workspace = create_demo(
            db, cases=40, seed=7, today=today, kdf=KdfParams(iterations=1, memory_kib=8, lanes=1)
        )
        number = CaseQuery(workspace, CaseFilter()).page(0, 1)[0].number
        record_assessment(workspace, number, {"stalking": "yes"}, assessed_on=today - timedelta(40))
        record_assessment(
            workspace,
            number,
            ANSWERS,
            raised_to=RiskLevel.HIGH,
            reason="Он узнал, где живёт её сестра, и пишет ей каждый день.",
        )
        plan = SafetyPlan(
            today,
            today + timedelta(days=30),
            lang="kk",
            parts={
                "warning_signs": "Ол ішіп келіп, телефонымды тексере бастаса.",
                "safe_people": "Әпкем Динара — 8 701 000 00 00; көршім Сәуле апай.",
                "code_word": "«Бауырсақ пісірдің бе?»",
                "how_to_leave": "Балаларды алып, көршіге барамын, сосын 102-ге хабарласамын.",
                "children_plan": "Үлкені «бауырсақ» сөзін естісе, інісін ертіп көршіге барады.",
            },
            bag=["documents", "order_copy", "keys"],
        )
        plan_id = record_plan(workspace, number, plan)
        pdf = plan_pdf(workspace, number, plan_id, "kk")
        add_attachment(workspace, number, "safety-plan-kk.pdf", pdf)
        add_attachment(workspace, number, "spravka.jpg", photo())
        for language in ("ru", "kk", "en"):
            install_language(language)
            case = CaseWindow(workspace, number)
            case.resize(1000, 700)
            case.show()
            case.show_tab("risk")
            case.risk_page.table.selectRow(0)
            app.processEvents()
            case.grab().save(str(out / f"risk-{language}.png"))
            case.show_tab("safety")
            app.processEvents()
            case.grab().save(str(out / f"safety-plan-{language}.png"))
            case.show_tab("files")
            names = [v.name for v in case.files_page.views]
            case.files_page.table.selectRow(names.index("safety-plan-kk.pdf"))
            case.files_page.preview_selected()
            QTest.qWait(1500)  # the PDF's pages are rendered in the background
            case.grab().save(str(out / f"attachments-{language}.png"))
            case.files_page.table.selectRow(names.index("spravka.jpg"))
            case.files_page.preview_selected()
            QTest.qWait(300)
            case.grab().save(str(out / f"attachment-photo-{language}.png"))
            case.close()
        db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
