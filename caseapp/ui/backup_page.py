"""Backup page (administrators): make and check encrypted backups, the interval, the history."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.services import backup, backup_pending, backup_schedule
from caseapp.services.workspace import Workspace
from caseapp.ui.background import BackgroundJob, Work
from caseapp.ui.i18n import translate_error
from caseapp.ui.widgets import shown_date


class BackupPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.job: BackgroundJob | None = None
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.make_button = QPushButton()
        self.make_button.setObjectName("make_backup")
        self.check_button = QPushButton()
        self.check_button.setObjectName("check_backup")
        self.every = QSpinBox()
        self.every.setObjectName("every_days")
        self.every.setRange(1, 365)
        self.save_every = QPushButton()
        self.save_every.setObjectName("save_every")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.history = QTableWidget(0, 3)
        self.history.setObjectName("history")
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.every_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch()
        interval = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.every)
        row.addWidget(self.save_every)
        row.addStretch()
        interval.addRow(self.every_label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addLayout(interval)
        layout.addWidget(self.message)
        layout.addWidget(self.history)
        # A server's database is backed up by the server's administrator with its own tools.
        self.on_server = workspace.db.server is not None
        local_only: tuple[QWidget, ...] = (
            self.explain,
            self.make_button,
            self.check_button,
            self.every_label,
            self.every,
            self.save_every,
            self.history,
        )
        for widget in local_only:
            widget.setVisible(not self.on_server)
        self.make_button.clicked.connect(lambda: self.make_backup())
        self.check_button.clicked.connect(lambda: self.check_backup())
        self.save_every.clicked.connect(self._save_every)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "A backup is one encrypted file. Keep it on a USB stick away from this computer; "
                "with the recovery key it restores on any computer."
            )
        )
        self.make_button.setText(self.tr("&Make a backup now…"))
        self.check_button.setText(self.tr("&Check a backup…"))
        self.every_label.setText(self.tr("Remind me when the last backup is older than (days):"))
        self.save_every.setText(self.tr("Save"))
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("By"), self.tr("Size")])
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if self.workspace.locked:
            return
        if self.on_server:
            self.status.setText(
                self.tr(
                    "This database is on a server: its administrator backs it up with the "
                    "server's own tools (pg_dump or continuous archiving). The backups made here "
                    "are for a database in a data folder."
                )
            )
            return
        # A backup a stopped program wrote but never recorded; a failure waits for next time.
        with contextlib.suppress(CaseappError):
            backup_pending.settle_pending(self.workspace)
        status = backup_schedule.backup_status(self.workspace)
        if status.last is None:
            text = self.tr("No backup has been made yet.")
        else:
            text = (
                self.tr("Last backup: %1 by %2.")
                .replace("%1", shown_date(status.last.made_on))
                .replace("%2", status.last.made_by)
            )
        if status.is_due(date.today()):
            text += " " + self.tr("A backup is due.")
        self.status.setText(text)
        self.every.setValue(status.every_days)
        records = backup_schedule.backup_history(self.workspace)
        self.history.setRowCount(len(records))
        for r, record in enumerate(records):
            for c, value in enumerate(
                (
                    record.made_at.astimezone().strftime("%d.%m.%Y %H:%M"),
                    record.made_by,
                    # In the language's own units and decimal sign: «400,0 КБ», «0,4 МБ».
                    QLocale().formattedDataSize(
                        record.file_size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    ),
                )
            ):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()

    def make_backup(self, path: str | None = None) -> BackgroundJob | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the backup"),
                backup.suggested_name(date.today()),
                self.tr("caseapp backup (*%1)").replace("%1", backup.BACKUP_SUFFIX),
            )
        if not path:
            return None
        target = Path(path)
        return self._run(
            lambda progress: backup.create_backup(
                self.workspace, target, overwrite=target.exists(), progress=progress
            ),
            self.tr("Making the backup…"),
            lambda _: self.tr("The backup is saved and checked."),
        )

    def check_backup(self, path: str | None = None) -> BackgroundJob | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Check a backup"),
                "",
                self.tr("caseapp backup (*%1)").replace("%1", backup.BACKUP_SUFFIX),
            )
        if not path:
            return None
        source = Path(path)
        return self._run(
            lambda progress: backup.verify_backup(self.workspace, source, progress),
            self.tr("Checking the backup…"),
            lambda _: self.tr("The backup is complete and undamaged."),
        )

    def _run(self, work: Work, label: str, success: Callable[[object], str]) -> BackgroundJob:
        job = BackgroundJob(work, self.tr("Backup"), label, self)
        job.done.connect(lambda ok, result: self._finished(ok, result, success))
        self.make_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.job = job
        job.start()
        return job

    def _finished(self, ok: bool, result: object, success: Callable[[object], str]) -> None:
        self.make_button.setEnabled(True)
        self.check_button.setEnabled(True)
        self.message.setText(success(result) if ok else str(result))
        self.refresh()

    def _save_every(self) -> None:
        try:
            backup_schedule.set_backup_every_days(self.workspace, self.every.value())
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return
        self.message.setText(self.tr("Saved."))
        self.refresh()
