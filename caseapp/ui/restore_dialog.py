"""Restore a backup into a new data folder, with the recovery key alone (a new computer) or an
administrator's password at the time of the backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from caseapp.services import audit_anchor, backup, backup_restore
from caseapp.ui import server_dialog
from caseapp.ui.background import BackgroundJob


def _path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


class RestoreDialog(QDialog):
    restored = Signal(str)  # the new data folder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: BackgroundJob | None = None
        self.source = QLineEdit()
        self.source.setObjectName("source")
        self.target = QLineEdit()
        self.target.setObjectName("target")
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recovery_key")
        self.browse_source, self.browse_target = QPushButton(), QPushButton()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.labels = (QLabel(), QLabel(), QLabel())
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.labels[0], _path_row(self.source, self.browse_source))
        form.addRow(self.labels[1], _path_row(self.target, self.browse_target))
        form.addRow(self.labels[2], self.recovery_key)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.browse_source.clicked.connect(self._choose_source)
        self.browse_target.clicked.connect(self._choose_target)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(
            self.tr(
                "The backup is checked completely before anything is written, and it is restored "
                "into a new, empty folder: an existing database is never overwritten."
            )
        )
        self.labels[0].setText(self.tr("Backup file:"))
        self.labels[1].setText(self.tr("New data folder:"))
        self.labels[2].setText(self.tr("Recovery key:"))
        self.browse_source.setText(self.tr("Choose…"))
        self.browse_target.setText(self.tr("Choose…"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup file"),
            "",
            self.tr("caseapp backup (*%1)").replace("%1", backup.BACKUP_SUFFIX),
        )
        if path:
            self.source.setText(path)

    def _choose_target(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("New data folder"))
        if folder:
            self.target.setText(folder)

    def restore(self) -> BackgroundJob | None:
        source, target = self.source.text().strip(), self.target.text().strip()
        key = self.recovery_key.text().strip()
        if not (source and target and key):
            self.message.setText(self.tr("Choose the backup, a new folder, and type the key."))
            return None
        self.buttons.setEnabled(False)
        self.job = BackgroundJob(
            lambda progress: backup_restore.restore_backup(
                Path(source), Path(target), recovery_key=key, progress=progress
            ),
            self.tr("Restore"),
            self.tr("Checking and restoring the backup…"),
            self,
        )
        self.job.done.connect(self._finished)
        self.job.start()
        return self.job

    def _finished(self, ok: bool, result: object) -> None:
        self.buttons.setEnabled(True)
        if not ok:
            self.message.setText(str(result))
            return
        assert isinstance(result, backup_restore.RestoreResult)
        self.recovery_key.clear()
        # An older audit log is expected now: no warning at the next unlock on this computer.
        audit_anchor.forget_anchor(result.info.database_id, server_dialog.config_folder())
        if not result.report.ok:
            self.message.setText(
                self.tr("Restored, but the check found problems: %1").replace(
                    "%1", " ".join(result.report.problems[:3])
                )
            )
        self.restored.emit(str(result.folder))
        self.accept()
