"""Screenshots of the main screens on a fresh demo database, for docs/ (run under offscreen Qt).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py docs/
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from caseapp.domain.changes import RecordKind
from caseapp.domain.enums import ClosingReason
from caseapp.services.cases import get_case, update_case
from caseapp.services.demo import create_demo
from caseapp.services.workspace import new_recovery_key
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database
from caseapp.ui.case.closing import CloseCaseDialog
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.forms import AdmitDialog
from caseapp.ui.i18n import install_language
from caseapp.ui.main_window import MainWindow
from caseapp.ui.record_actions import describe
from caseapp.ui.strike_dialog import StrikeOutDialog
from caseapp.ui.unlock import UnlockDialog
from caseapp.ui.unlock.new_key import NewRecoveryKeyDialog


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder), create=True)
        workspace = create_demo(
            db,
            cases=300,
            seed=7,
            today=date.today(),
            kdf=KdfParams(iterations=1, memory_kib=8, lanes=1),
        )
        for language in ("ru", "kk", "en"):
            install_language(language)
            window = MainWindow(workspace)
            window.resize(1200, 720)
            window.show()
            app.processEvents()
            window.dashboard.select_row(0)
            app.processEvents()
            window.grab().save(str(out / f"dashboard-{language}.png"))
            window.tabs.setCurrentIndex(1)
            app.processEvents()
            window.grab().save(str(out / f"cases-{language}.png"))
            window.tabs.setCurrentWidget(window.shelter)
            app.processEvents()
            window.grab().save(str(out / f"shelter-{language}.png"))
            window.tabs.setCurrentWidget(window.settings)
            app.processEvents()
            window.grab().save(str(out / f"settings-{language}.png"))
            if window.staff is not None:
                window.tabs.setCurrentWidget(window.staff)
                app.processEvents()
                window.grab().save(str(out / f"staff-offices-{language}.png"))
            window.tabs.setCurrentIndex(0)
            unlock = UnlockDialog(db)
            unlock.show()
            app.processEvents()
            unlock.grab().save(str(out / f"unlock-{language}.png"))
            forgot = unlock.forgot_password()
            forgot.username.setText("demo")
            app.processEvents()
            forgot.grab().save(str(out / f"forgot-password-{language}.png"))
            forgot.close()
            unlock.close()
            new_key = NewRecoveryKeyDialog(new_recovery_key(), workspace.fingerprint)
            new_key.show()
            app.processEvents()
            new_key.grab().save(str(out / f"new-recovery-key-{language}.png"))
            new_key.sheet.confirm.setChecked(True)
            new_key.close()
            case = window.open_case(window.dashboard.model.item(0).reminder.case, "orders")
            if case is not None:
                case.resize(1000, 640)
                app.processEvents()
                case.grab().save(str(out / f"case-{language}.png"))
                correction_screenshots(app, case, out, language)
                daily_dialog_screenshots(app, case, out, language)
                case.dirty = False
                case.close()
            window.close()
        db.close()


def correction_screenshots(app: QApplication, case: CaseWindow, out: Path, language: str) -> None:
    """The correction dialog (a police check struck out, the reason typed) and the history
    saying what a correction changed."""
    page = case.orders_page
    if case.checks.rowCount() == 0:
        return
    case.checks.selectRow(case.checks.rowCount() - 1)
    check = page.selected_check()
    assert check is not None
    dialog = StrikeOutDialog(describe(RecordKind.CHECK, check, case.checks), case)
    dialog.reason_edit.setText(
        {
            "ru": "Дата введена с ошибкой: проверка была 05.12, а не 25.12",
            "kk": "Күні қате енгізілген: тексеру 25.12 емес, 05.12 болды",
            "en": "The date was mistyped: the check was on 05.12, not 25.12",
        }[language]
    )
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / f"strike-out-{language}.png"))
    dialog.close()
    record = get_case(case.workspace, case.record.number)
    if language == "ru":  # one correction, shown in every language
        order = record.orders[page.orders.currentRow()]
        order.checks[-1].checked_on -= timedelta(days=1)
        order.checks[-1].officer = "Сержант Исаев"
        update_case(case.workspace, record)
    case.record = get_case(case.workspace, case.record.number)
    case.load()
    case.show_tab("history")
    app.processEvents()
    case.grab().save(str(out / f"history-{language}.png"))


def daily_dialog_screenshots(app: QApplication, case: CaseWindow, out: Path, language: str) -> None:
    """Closing a case (reason and outcome) and admitting her with her children named."""
    closing = CloseCaseDialog(case.record, case)
    closing.reason.setCurrentIndex(closing.reason.findData(ClosingReason.GOALS_MET.value))
    closing.outcome.setPlainText(
        {
            "ru": "Развод оформлен, алименты назначены; живёт отдельно от обидчика.",
            "kk": "Ажырасу рәсімделді, алимент тағайындалды; зорлықшыдан бөлек тұрады.",
            "en": "Divorce granted and maintenance ordered; she lives apart from him.",
        }[language]
    )
    closing.show()
    app.processEvents()
    closing.grab().save(str(out / f"close-case-{language}.png"))
    closing.close()
    admit = AdmitDialog(case)
    admit.room.set_text("2/1")
    admit.children_editor.add_row("Айым", date.today().year - 7)
    admit.children_editor.add_row("", date.today().year - 2)
    admit.resize(520, admit.sizeHint().height())
    admit.show()
    app.processEvents()
    admit.grab().save(str(out / f"children-{language}.png"))
    admit.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
