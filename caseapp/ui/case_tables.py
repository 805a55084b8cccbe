"""Small helpers the case window's tabs share: read-only tables, forms relabelled on a language
change, combo boxes keyed by stored codes, and the dialogs' labels for stored codes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from caseapp.ui.widgets import shown_date


def make_table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def iso(value: object) -> str:
    return shown_date(value) if isinstance(value, date) else ""


# The dialogs' own labels (and translations) for stored codes, shown in the case's tables.
OUTCOME_LABELS = {"complied": "Complied", "violated": "Violated", "not_reached": "Not reached"}
METHOD_LABELS = {
    "visit": "Home visit",
    "phone": "Phone call",
    "summons": "Summoned to the police",
    "other": "Other",
}
KIND_LABELS = {
    "police": "Police",
    "court": "Court",
    "medical": "Forensic / medical",
    "legal_aid": "Legal aid",
    "shelter": "Another shelter",
    "social": "Social protection",
}


def code_label(context: str, labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate(context, labels[code]) if code in labels else code


def relabel(form: QFormLayout, rows: list[tuple[str, QWidget]]) -> None:
    """Fill an empty form with (label, widget) rows, or set the labels of a filled one."""
    if form.rowCount() == 0:
        for label, widget in rows:
            form.addRow(label, widget)
        return
    for i, (label, _widget) in enumerate(rows):
        item = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
        label_widget = item.widget() if item is not None else None
        if isinstance(label_widget, QLabel):
            label_widget.setText(label)


def set_items(combo: QComboBox, items: list[tuple[str | None, str]]) -> None:
    """Replace a combo's items, keeping the chosen code, without signalling a change."""
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(blocked)


def select_data(combo: QComboBox, data: str | None) -> None:
    blocked = combo.blockSignals(True)
    index = combo.findData(data)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(blocked)


# What the case's history says for each audit action (the code itself for one not listed here).
HISTORY_ACTIONS = {
    "case.create": QT_TRANSLATE_NOOP("CaseHistory", "Case opened"),
    "case.view": QT_TRANSLATE_NOOP("CaseHistory", "Case viewed"),
    "case.update": QT_TRANSLATE_NOOP("CaseHistory", "Case changed"),
    "case.move_office": QT_TRANSLATE_NOOP("CaseHistory", "Moved to another office"),
    "cases.import": QT_TRANSLATE_NOOP("CaseHistory", "Imported"),
    "note.create": QT_TRANSLATE_NOOP("CaseHistory", "Note added"),
    "note.update": QT_TRANSLATE_NOOP("CaseHistory", "Note corrected"),
    "service.create": QT_TRANSLATE_NOOP("CaseHistory", "Service recorded"),
    "service.update": QT_TRANSLATE_NOOP("CaseHistory", "Service corrected"),
    "record.strike_out": QT_TRANSLATE_NOOP("CaseHistory", "Record struck out"),
    "case.delete": QT_TRANSLATE_NOOP("CaseHistory", "Case deleted"),
    "letter.issue": QT_TRANSLATE_NOOP("CaseHistory", "Letter issued"),
    "letter.emergency_override": QT_TRANSLATE_NOOP(
        "CaseHistory", "Letter issued without consent (emergency override)"
    ),
    "shelter.admit": QT_TRANSLATE_NOOP("CaseHistory", "Admitted to the shelter"),
    "shelter.discharge": QT_TRANSLATE_NOOP("CaseHistory", "Left the shelter"),
    "case.print": QT_TRANSLATE_NOOP("CaseHistory", "Case summary printed"),
    "risk.assess": QT_TRANSLATE_NOOP("CaseHistory", "Risk assessed"),
    "safety_plan.create": QT_TRANSLATE_NOOP("CaseHistory", "Safety plan made"),
    "safety_plan.print": QT_TRANSLATE_NOOP("CaseHistory", "Safety plan printed for her"),
    "attachment.add": QT_TRANSLATE_NOOP("CaseHistory", "File attached"),
    "attachment.view": QT_TRANSLATE_NOOP("CaseHistory", "Attached file viewed"),
    "attachment.save_copy": QT_TRANSLATE_NOOP(
        "CaseHistory", "Copy of an attached file saved outside the program"
    ),
}


def history_action(code: str) -> str:
    label = HISTORY_ACTIONS.get(code)
    return QCoreApplication.translate("CaseHistory", str(label)) if label else code


def local_time(at: str) -> str:
    """An audit time (UTC, ISO 8601) on this computer's clock, to the minute, as people in
    Kazakhstan write it: 13.11.2026 14:05."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return at
