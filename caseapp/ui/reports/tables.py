"""One report table on screen: its figures as published, and a Qt chart where a person would
rather look than read (a hidden figure is drawn as nothing)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QTableWidget, QTableWidgetItem

from caseapp.services.report_files import TableText
from caseapp.ui.case_tables import make_table


def _figures(table: TableText, words: dict[str, str]) -> QTableWidget:
    rows = list(table.rows)
    if table.total is not None:
        rows.append((words["total"], table.total, 0.0))
    widget = make_table(f"report_{table.key}", 2)
    widget.setHorizontalHeaderLabels([words["item"], words["number"]])
    widget.setRowCount(len(rows))
    for r, (label, figure, _) in enumerate(rows):
        widget.setItem(r, 0, QTableWidgetItem(label))
        number = QTableWidgetItem(figure)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        widget.setItem(r, 1, number)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    widget.resizeRowsToContents()
    # Every row shows: the page scrolls, never the table.
    height = widget.horizontalHeader().sizeHint().height() + widget.verticalHeader().length()
    widget.setFixedHeight(height + 2 * widget.frameWidth() + 2)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def _chart(table: TableText) -> QChartView | None:
    values = [value for _, _, value in table.rows]
    if not table.chart or not any(values):
        return None
    chart = QChart()
    chart.legend().setVisible(table.chart == "pie")
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    if table.chart == "pie":
        pie = QPieSeries()
        for label, _, value in table.rows:
            if value > 0:
                pie.append(label, value)
        chart.addSeries(pie)
    else:
        bars = QBarSet("")
        for value in reversed(values):
            bars.append(value)
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([label for label, _, _ in reversed(table.rows)])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        numbers = QValueAxis()
        numbers.setMin(0)
        numbers.setLabelFormat("%d")
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(numbers)
    view = QChartView(chart)
    view.setObjectName(f"chart_{table.key}")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(360, max(200, 28 * len(values) + 60))
    return view


def table_widget(table: TableText, words: dict[str, str]) -> QGroupBox:
    box = QGroupBox(table.title)
    box.setObjectName(f"table_{table.key}")
    layout = QHBoxLayout(box)
    layout.addWidget(_figures(table, words), 1, Qt.AlignmentFlag.AlignTop)
    chart = _chart(table)
    if chart is not None:
        layout.addWidget(chart, 1)
    return box
