"""The main window: "Today" and the case list, with lock and language in reach."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from caseapp.domain.errors import CaseappError
from caseapp.services.cases import create_case
from caseapp.services.workspace import Workspace
from caseapp.ui.case_list import CaseList
from caseapp.ui.case_window import CaseWindow
from caseapp.ui.dashboard import Dashboard
from caseapp.ui.forms import NewCaseDialog
from caseapp.ui.i18n import LANGUAGES, install_language, saved_language, translate_error


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_windows: dict[str, CaseWindow] = {}
        self.dashboard = Dashboard(workspace)
        self.cases = CaseList(workspace)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.cases, "")
        self.setCentralWidget(self.tabs)
        self.dashboard.open_case.connect(self.open_case)
        self.cases.open_case.connect(self.open_case)

        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.new_case_action = QAction(self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.new_case)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.today_action = QAction(self)
        self.today_action.setShortcut(QKeySequence("Ctrl+1"))
        self.today_action.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        self.cases_action = QAction(self)
        self.cases_action.setShortcut(QKeySequence("Ctrl+2"))
        self.cases_action.triggered.connect(self._show_cases)
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == saved_language())
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(lambda a: install_language(a.data()))

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions(
            [self.new_case_action, self.refresh_action, self.lock_action, self.quit_action]
        )
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addActions([self.today_action, self.cases_action])
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.addActions(self.language_actions.actions())
        toolbar = self.addToolBar("main")
        toolbar.setObjectName("main_toolbar")
        toolbar.addActions(
            [self.today_action, self.cases_action, self.new_case_action, self.refresh_action]
        )
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        self.retranslate()
        self.resize(1100, 700)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("caseapp — %1").replace("%1", self.workspace.actor.username))
        self.tabs.setTabText(0, self.tr("Today"))
        self.tabs.setTabText(1, self.tr("Cases"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.new_case_action.setText(self.tr("&New case…"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.quit_action.setText(self.tr("&Quit"))
        self.today_action.setText(self.tr("&Today"))
        self.cases_action.setText(self.tr("&Cases"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_cases(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.cases.search.setFocus()

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

    def refresh(self) -> None:
        self.dashboard.refresh()
        self.cases.refresh()

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
