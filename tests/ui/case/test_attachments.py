"""The Files tab as a case worker uses it: a scanned consent (PDF) and a photo attached, the
window locked and unlocked, both previewed from memory, a copy saved outside only after the
warning (and in the history), a file struck out; opening the case reads no file's content."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.services.history import history
from caseapp.storage.database import Database
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.strike_dialog import StrikeOutDialog
from tests.conftest import ADMIN_PASSWORD
from tests.ui.dialogs import answer

TODAY = date.today()


def scanned_consent(path: Path) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Consent to share data")
    canvas.showPage()
    canvas.save()
    return path


def photo(path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#c04040"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG")
    path.write_bytes(bytes(data.data()))
    return path


def open_window(qtbot: QtBot, admin: ws.Workspace) -> CaseWindow:
    number = create_case(
        admin, rec.CaseRecord(rec.Client("Жанар Тестова"), TODAY - timedelta(days=20))
    )
    window = CaseWindow(admin, number)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("files")
    return window


def test_attach_lock_unlock_preview_copy_and_strike_out(
    qtbot: QtBot, db: Database, admin: ws.Workspace, tmp_path: Path
) -> None:
    window = open_window(qtbot, admin)
    page = window.files_page
    assert window.tabs.currentWidget() is page
    files = [scanned_consent(tmp_path / "consent.pdf"), photo(tmp_path / "injury.jpg")]
    assert page.add_files(files) == 2
    assert window.message.text() == "Files attached: 2."
    assert [page.table.item(r, 0).text() for r in range(2)] == ["consent.pdf", "injury.jpg"]
    assert page.table.item(1, 1).text() == "image/jpeg"
    # Locked and unlocked again: the window carries on.
    admin.lock()
    admin.resume(ws.unlock(db, "admin", ADMIN_PASSWORD))
    page.table.selectRow(0)
    assert page.preview_selected()
    assert page.preview.currentWidget() is page.pdf
    qtbot.waitUntil(lambda: page.pdf.document.pageCount() == 1)  # loaded in the background
    page.table.selectRow(1)
    assert page.preview_selected()
    assert page.preview.currentWidget() is page.image_page
    assert page.image.pixmap().width() == 64
    # Saving a copy outside: warned first; Cancel writes nothing.
    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not page.warn()
    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Save).click())
    assert page.warn()
    out = tmp_path / "out"
    out.mkdir()
    assert page.save_copy_to(out / "copy.jpg")
    assert (out / "copy.jpg").read_bytes() == files[1].read_bytes()
    actions = [e.action for e in history(admin, window.record.number)]
    assert actions.count("attachment.add") == 2
    assert "attachment.view" in actions and "attachment.save_copy" in actions

    def why(dialog: StrikeOutDialog) -> None:
        dialog.reason_edit.setText("the wrong woman's photo")
        dialog.confirm.click()

    page.table.selectRow(1)
    answer(StrikeOutDialog, why)
    qtbot.mouseClick(page.strike_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1
    assert page.shown == b""  # the preview dropped with the list


def test_a_file_over_fifty_megabytes_is_not_attached(
    qtbot: QtBot, admin: ws.Workspace, tmp_path: Path
) -> None:
    window = open_window(qtbot, admin)
    big = tmp_path / "video.mp4"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024 + 1)
    assert window.files_page.add_files([big]) == 0
    assert window.message.text() == "video.mp4 is larger than 50 MB and was not attached."
    assert window.files_page.table.rowCount() == 0


def test_locking_drops_the_preview_from_memory(
    qtbot: QtBot, db: Database, admin: ws.Workspace, tmp_path: Path
) -> None:
    """Behind the unlock screen the window keeps no decrypted file: no document, no picture,
    no bytes; after unlocking, Preview opens it again."""
    window = open_window(qtbot, admin)
    page = window.files_page
    page.add_files([scanned_consent(tmp_path / "consent.pdf"), photo(tmp_path / "injury.jpg")])
    for row in (0, 1):
        page.table.selectRow(row)
        assert page.preview_selected()
        if row == 0:
            qtbot.waitUntil(lambda: page.pdf.document.pageCount() == 1)
            assert page.pdf.shown_pdf() != b""
        else:
            assert not page.image.pixmap().isNull()
        admin.lock()
        assert page.shown == b""
        assert page.pdf.shown_pdf() == b"" and page.pdf.document.pageCount() == 0
        assert page.image.pixmap().isNull()
        assert page.preview.currentWidget() is page.note
        admin.resume(ws.unlock(db, "admin", ADMIN_PASSWORD))
    page.table.selectRow(1)
    assert page.preview_selected() and page.image.pixmap().width() == 64


def test_a_closed_window_is_not_called_at_lock(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    window = open_window(qtbot, admin)
    window.close()
    window.deleteLater()
    qtbot.wait(1)
    del window
    admin.lock()  # nothing raised for a window that is gone
