"""Reports for the akimat, the ministry and funders: choose a month, a quarter, a year or two
dates, and an office (or every office, for those who see every case); the tables show the figures
as they will be published (small ones hidden), with a chart where one reads better; save them as
PDF, XLSX or CSV in Russian, Kazakh or English."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.domain.statistics import Period, Report
from caseapp.services import report_files
from caseapp.services.offices import list_offices
from caseapp.services.reports import ReportRequest, make_report, may_report_on
from caseapp.services.workspace import Workspace
from caseapp.ui.case_tables import set_items
from caseapp.ui.i18n import saved_language, translate_error
from caseapp.ui.reports.tables import table_widget
from caseapp.ui.widgets import DateField

MONTH, QUARTER, YEAR, DATES = "month", "quarter", "year", "dates"


def report_words(text: str) -> str:
    return QCoreApplication.translate("reports", text)


class ReportsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.report: Report | None = None
        today = date.today()
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1990, today.year)
        self.year.setValue(today.year)
        self.part = QComboBox()  # the month or the quarter
        self.part.setObjectName("period_part")
        self.start, self.end = DateField("report_from", True), DateField("report_to", True)
        self.start.set_value(today.replace(day=1))
        self.end.set_value(today)
        self.office = QComboBox()
        self.office.setObjectName("report_office")
        self.lang = QComboBox()
        self.lang.setObjectName("report_lang")
        self.make_button = QPushButton()
        self.make_button.setObjectName("make_report")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.save_buttons = {fmt: QPushButton() for fmt in report_files.FORMATS}
        for fmt, button in self.save_buttons.items():
            button.setObjectName(f"save_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self.save(f))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.heading = QLabel()
        self.heading.setObjectName("report_heading")
        self.heading.setWordWrap(True)
        self.results = QWidget()
        self.results_layout = QVBoxLayout(self.results)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.results)
        self.labels = [QLabel() for _ in range(4)]
        choose = QGridLayout()
        choose.addWidget(self.labels[0], 0, 0)
        choose.addWidget(self.kind, 0, 1)
        choose.addWidget(self.year, 0, 2)
        choose.addWidget(self.part, 0, 3)
        choose.addWidget(self.labels[1], 1, 0)
        choose.addWidget(self.start, 1, 1)
        choose.addWidget(self.end, 1, 2)
        choose.addWidget(self.labels[2], 2, 0)
        choose.addWidget(self.office, 2, 1, 1, 2)
        choose.addWidget(self.make_button, 2, 3)
        saving = QHBoxLayout()
        saving.addWidget(self.labels[3])
        saving.addWidget(self.lang)
        for button in self.save_buttons.values():
            saving.addWidget(button)
        saving.addStretch()
        choose.setColumnStretch(1, 1)
        choose.setColumnStretch(2, 1)
        choose.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.message)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(saving)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        # The offices she may report on, read once while unlocked: the language can change
        # while the database is locked.
        self.offered: list[tuple[str | None, str]] = []
        if may_report_on(workspace, None):
            self.offered.append((None, ""))
        self.offered += [
            (o.office_id, o.name)
            for o in list_offices(workspace)
            if may_report_on(workspace, o.office_id)
        ]
        self.retranslate()
        self.kind.setCurrentIndex(0)
        self.part.setCurrentIndex(today.month - 1)
        self._kind_changed()

    def retranslate(self) -> None:

        set_items(
            self.kind,
            [
                (MONTH, self.tr("Month")),
                (QUARTER, self.tr("Quarter")),
                (YEAR, self.tr("Year")),
                (DATES, self.tr("From–to")),
            ],
        )
        self._fill_parts()
        offices: list[tuple[str | None, str]] = [
            (
                office_id,
                report_words(report_files.ALL_OFFICES)
                if office_id is None
                else name or report_words(report_files.UNNAMED_OFFICE),
            )
            for office_id, name in self.offered
        ]
        set_items(self.office, offices)
        set_items(self.lang, [("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")])
        if self.lang.currentIndex() < 0 or not self.report:
            index = self.lang.findData(saved_language())
            self.lang.setCurrentIndex(max(index, 0))
        for label, text in zip(
            self.labels,
            (self.tr("Period:"), self.tr("From, to:"), self.tr("Office:"), self.tr("Save in:")),
            strict=True,
        ):
            label.setText(text)
        self.make_button.setText(self.tr("&Make the report"))
        self.save_buttons["pdf"].setText(self.tr("Save as &PDF…"))
        self.save_buttons["xlsx"].setText(self.tr("Save as &XLSX…"))
        self.save_buttons["csv"].setText(self.tr("Save as &CSV…"))
        if self.report is not None:
            self._show(self.report)

    def _fill_parts(self) -> None:
        kind = self.kind.currentData()
        if kind == QUARTER:
            items: list[tuple[str | None, str]] = [
                (str(q), self.tr("Quarter %1").replace("%1", str(q))) for q in range(1, 5)
            ]
        else:
            months = (
                self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"),
                self.tr("May"), self.tr("June"), self.tr("July"), self.tr("August"),
                self.tr("September"), self.tr("October"), self.tr("November"), self.tr("December"),
            )  # fmt: skip
            items = [(str(i + 1), name) for i, name in enumerate(months)]
        set_items(self.part, items)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        before = self.part.currentIndex()
        self._fill_parts()
        if kind == QUARTER and before > 3:
            self.part.setCurrentIndex((date.today().month - 1) // 3)
        self.year.setVisible(kind != DATES)
        self.part.setVisible(kind in (MONTH, QUARTER))
        self.start.setEnabled(kind == DATES)
        self.end.setEnabled(kind == DATES)

    def period(self) -> Period:
        kind, year = self.kind.currentData(), self.year.value()
        if kind == MONTH:
            return Period.month(year, int(self.part.currentData()))
        if kind == QUARTER:
            return Period.quarter(year, int(self.part.currentData()))
        if kind == YEAR:
            return Period.year(year)
        return Period(self.start.value() or date.today(), self.end.value() or date.today())

    def make(self) -> Report | None:
        self.message.clear()
        try:
            request = ReportRequest(self.period(), self.office.currentData())
            self.report = make_report(self.workspace, request)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return None
        self._show(self.report)
        for button in self.save_buttons.values():
            button.setEnabled(True)
        return self.report

    def _show(self, report: Report) -> None:
        while self.results_layout.count():
            item = self.results_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        text = self._text(report, self.lang.currentData() or "en", report_words)
        self.heading.setText(" · ".join(text.lines[:2]) + "\n" + text.notice)
        for table in text.tables:
            self.results_layout.addWidget(table_widget(table, text.words))
        self.results_layout.addStretch()

    def _text(self, report: Report, lang: str, tr: object) -> report_files.ReportText:
        head = report_files.Letterhead("")
        return report_files.report_text(report, head, tr, lang, date.today())  # type: ignore[arg-type]

    def save(self, fmt: str, path: str | None = None) -> bool:
        """Save the report shown, in the chosen language; the file exists only where she
        chooses."""
        if self.report is None:
            return False
        if path is None:
            suffix = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}[fmt]
            period = self.report.period
            name = f"report-{period.start.isoformat()}-{period.end.isoformat()}.{fmt}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), name, suffix)
        if not path:
            return False
        lang = self.lang.currentData() or "en"
        try:
            words = _translator(lang)
            text = report_files.report_text(
                self.report,
                report_files.letterhead(self.workspace, lang),
                words,
                lang,
                date.today(),
            )
            report_files.write_file(Path(path), report_files.render(text, fmt))
        except CaseappError as exc:
            QMessageBox.warning(self, "caseapp", translate_error(exc.template, exc.params))
            return False
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _translator(lang: str) -> report_files.Translate:
    """The reports' words in the file's language, which may differ from the window's."""
    from PySide6.QtCore import QTranslator

    from caseapp.ui.i18n import TRANSLATIONS

    if lang == "en":
        return lambda text: text
    translator = QTranslator()
    if not translator.load(f"caseapp_{lang}", str(TRANSLATIONS)):
        return lambda text: text
    return lambda text: translator.translate("reports", text) or text
