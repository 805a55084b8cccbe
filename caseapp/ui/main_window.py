"""The main window: "Today", the case list, the shelter board, staff (administrators only) and
settings, with lock and language in reach."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from caseapp.domain.enums import Role
from caseapp.domain.errors import CaseappError
from caseapp.services.cases import create_case, get_case
from caseapp.services.workspace import Workspace
from caseapp.ui.backup_page import BackupPage
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.case_list import CaseList
from caseapp.ui.details_dialog import edit_details
from caseapp.ui.forms import NewCaseDialog
from caseapp.ui.hotline.page import HotlinePage
from caseapp.ui.i18n import LANGUAGES, install_language, saved_language, translate_error
from caseapp.ui.import_job import ImportJob
from caseapp.ui.letters.register import RegisterPage
from caseapp.ui.reports.page import ReportsPage
from caseapp.ui.settings_page import SettingsPage
from caseapp.ui.shelter_board import ShelterBoard
from caseapp.ui.staff.page import StaffPage
from caseapp.ui.today.page import TodayPage


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_windows: dict[str, CaseWindow] = {}
        self.dashboard = TodayPage(workspace)
        self.cases = CaseList(workspace)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.cases, "")
        self.shelter = ShelterBoard(workspace)
        self.tabs.addTab(self.shelter, "")
        # Staff accounts are an administrator's: others do not get the page at all (and the
        # services refuse them anyway).
        self.staff: StaffPage | None = None
        if workspace.actor.role == Role.ADMIN:
            self.staff = StaffPage(workspace)
            self.tabs.addTab(self.staff, "")
            self.staff.changed.connect(self.cases.update_offices)  # an office added or renamed
        self.settings = SettingsPage(workspace)
        self.tabs.addTab(self.settings, "")
        self.letters = RegisterPage(workspace)
        self.tabs.addTab(self.letters, "")
        self.backup: BackupPage | None = None
        if workspace.actor.role == Role.ADMIN:
            self.backup = BackupPage(workspace)
            self.tabs.addTab(self.backup, "")
        self.hotline = HotlinePage(workspace)
        self.tabs.addTab(self.hotline, "")
        self.reports = ReportsPage(workspace)
        self.tabs.addTab(self.reports, "")
        self.setCentralWidget(self.tabs)
        self.dashboard.open_case.connect(self.open_case)
        self.cases.open_case.connect(self.open_case)
        self.shelter.open_case.connect(lambda number: self.open_case(number, "shelter"))
        self.shelter.changed.connect(self._changed_elsewhere)
        self.dashboard.changed.connect(self._changed_elsewhere)
        self.dashboard.letter_issued.connect(lambda *_: self.letters.refresh())
        self.settings.saved.connect(self.refresh)
        self.letters.open_case.connect(self.open_case)

        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.new_case_action = QAction(self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.new_case)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_file)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        # Her own name, position and phone, as her letters print them: no shortcut of its own.
        self.details_action = QAction(self)
        self.details_action.triggered.connect(self.edit_my_details)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.today_action = QAction(self)
        self.today_action.setShortcut(QKeySequence("Ctrl+1"))
        self.today_action.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        self.cases_action = QAction(self)
        self.cases_action.setShortcut(QKeySequence("Ctrl+2"))
        self.cases_action.triggered.connect(self._show_cases)
        self.shelter_action = QAction(self)
        self.shelter_action.setShortcut(QKeySequence("Ctrl+3"))
        self.shelter_action.triggered.connect(self._show_shelter)
        self.staff_action: QAction | None = None
        staff_page = self.staff
        if staff_page is not None:
            self.staff_action = QAction(self)
            self.staff_action.setShortcut(QKeySequence("Ctrl+4"))
            self.staff_action.triggered.connect(lambda: self._show(staff_page))
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+5"))
        self.settings_action.triggered.connect(lambda: self._show(self.settings))
        self.letters_action = QAction(self)
        self.letters_action.setShortcut(QKeySequence("Ctrl+6"))
        self.letters_action.triggered.connect(lambda: self._show(self.letters))
        self.hotline_action = QAction(self)
        self.hotline_action.setShortcut(QKeySequence("Ctrl+8"))
        self.hotline_action.triggered.connect(lambda: self._show(self.hotline))
        self.reports_action = QAction(self)
        self.reports_action.setShortcut(QKeySequence("Ctrl+9"))
        self.reports_action.triggered.connect(lambda: self._show(self.reports))
        self.backup_action: QAction | None = None
        backup_page = self.backup
        if backup_page is not None:
            self.backup_action = QAction(self)
            self.backup_action.setShortcut(QKeySequence("Ctrl+7"))
            self.backup_action.triggered.connect(lambda: self._show(backup_page))
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == saved_language())
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(lambda a: install_language(a.data()))

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions(
            [
                self.new_case_action,
                self.import_action,
                self.refresh_action,
                self.details_action,
                self.lock_action,
                self.quit_action,
            ]
        )
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addActions(self.page_actions())
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.addActions(self.language_actions.actions())
        toolbar = self.addToolBar("main")
        toolbar.setObjectName("main_toolbar")
        toolbar.addActions(
            [
                self.today_action,
                self.cases_action,
                self.shelter_action,
                self.new_case_action,
                self.refresh_action,
            ]
        )
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        self.retranslate()
        self.resize(1100, 700)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("caseapp — %1").replace("%1", self.workspace.actor.username))
        self.tabs.setTabText(0, self.tr("Today"))
        self.tabs.setTabText(1, self.tr("Cases"))
        self.tabs.setTabText(self.tabs.indexOf(self.shelter), self.tr("Shelter"))
        if self.staff is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.staff), self.tr("Staff"))
        self.tabs.setTabText(self.tabs.indexOf(self.settings), self.tr("Settings"))
        self.tabs.setTabText(self.tabs.indexOf(self.letters), self.tr("Outgoing letters"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.new_case_action.setText(self.tr("&New case…"))
        self.import_action.setText(self.tr("&Import cases…"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.details_action.setText(self.tr("My de&tails…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.today_action.setText(self.tr("&Today"))
        self.cases_action.setText(self.tr("&Cases"))
        self.shelter_action.setText(self.tr("&Shelter"))
        if self.staff_action is not None:
            self.staff_action.setText(self.tr("S&taff"))
        self.settings_action.setText(self.tr("Se&ttings"))
        self.letters_action.setText(self.tr("Outgoing &letters"))
        self.tabs.setTabText(self.tabs.indexOf(self.hotline), self.tr("Hotline"))
        self.hotline_action.setText(self.tr("&Hotline"))
        self.tabs.setTabText(self.tabs.indexOf(self.reports), self.tr("Reports"))
        self.reports_action.setText(self.tr("&Reports"))
        if self.backup is not None and self.backup_action is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.backup), self.tr("Backup"))
            self.backup_action.setText(self.tr("&Backup"))
        for action in self.page_actions():
            action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")

    def page_actions(self) -> list[QAction]:
        """The View menu's entries, one per tab, with their Ctrl+digit shortcuts."""
        actions = [self.today_action, self.cases_action, self.shelter_action]
        if self.staff_action is not None:
            actions.append(self.staff_action)
        actions = [*actions, self.settings_action, self.letters_action]
        actions += [self.backup_action] if self.backup_action is not None else []
        return [*actions, self.hotline_action, self.reports_action]

    def _sync_language_actions(self) -> None:
        for action in self.language_actions.actions():
            if action.data() == saved_language():
                action.setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._sync_language_actions()  # the settings page can switch the language too
        super().changeEvent(event)

    def _show_cases(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.cases.search.setFocus()

    def _show(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)
        page.setFocus()

    def _show_shelter(self) -> None:
        self.tabs.setCurrentWidget(self.shelter)
        self.shelter.table.setFocus()

    def edit_my_details(self) -> bool:
        if not edit_details(self.workspace, self):
            return False
        self.statusBar().showMessage(self.tr("Your details were saved."), 15_000)
        if self.staff is not None:
            self.staff.refresh()  # her full name is in the accounts table
        return True

    def new_case(self) -> CaseWindow | None:
        dialog = NewCaseDialog(self)
        if not dialog.exec():
            return None
        try:
            number = create_case(self.workspace, dialog.result_item)
        except CaseappError as exc:
            QMessageBox.warning(self, "caseapp", translate_error(exc.template, exc.params))
            return None
        self.refresh()
        return self.open_case(number)

    def import_file(self, path: str | None = None) -> ImportJob | None:
        """Import a caseapp-cases/1 file on a worker thread; the window stays responsive."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import cases"), "", self.tr("caseapp cases (*.json)")
            )
        if not path:
            return None
        job = ImportJob(self.workspace, Path(path), self)
        job.finished.connect(self._import_finished)
        self.import_action.setEnabled(False)
        job.start()
        self._import_job = job
        return job

    def _import_finished(self, ok: bool, message: str) -> None:
        self.import_action.setEnabled(True)
        self.refresh()
        self.statusBar().showMessage(message, 15_000)
        if not ok:
            QMessageBox.warning(self, self.tr("Import"), message)

    def refresh(self) -> None:
        self.dashboard.refresh()
        self.cases.refresh()
        self.shelter.refresh()
        self.letters.refresh()
        self.hotline.refresh()

    def _changed_elsewhere(self, number: str) -> None:
        """A case changed outside its window (an admission or discharge on the board, a check
        recorded from Today): the other screens follow, and an open, unchanged window of that
        case shows the change (an edited one will be told to reload when it saves)."""
        self.dashboard.refresh()
        self.cases.refresh()
        window = self.case_windows.get(number)
        if window is not None and not window.dirty:
            try:
                window.record = get_case(self.workspace, number)
            except CaseappError:
                return
            window.load()
            window.dirty = False

    def open_case(self, number: str, tab: str | None = None) -> CaseWindow | None:
        window = self.case_windows.get(number)
        if window is None:
            try:
                window = CaseWindow(self.workspace, number)
            except CaseappError as exc:
                QMessageBox.warning(
                    self, self.tr("caseapp"), translate_error(exc.template, exc.params)
                )
                return None
            window.saved.connect(self.refresh)
            window.letter_issued.connect(lambda *_: self.letters.refresh())
            window.destroyed.connect(lambda *_: self.case_windows.pop(number, None))
            self.case_windows[number] = window
        if tab:
            window.show_tab(tab)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.case_windows.values()):
            if not window.close():
                event.ignore()
                return
        super().closeEvent(event)
