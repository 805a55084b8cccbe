"""Her children on the case window's client tab, stay or no stay: the shelter stay's editor
(a name or alias and a birth year per row, keyboard friendly), saved with the rest of the case;
and the children an admission to the shelter starts from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QSizePolicy, QTableWidgetItem, QWidget

from caseapp.domain import records as rec
from caseapp.domain.errors import CaseappError, InvalidInput
from caseapp.domain.rules import MAX_CHILD_AGE
from caseapp.services.cases import get_case
from caseapp.services.workspace import Workspace
from caseapp.ui.common.children import YEAR, ChildrenEditor
from caseapp.ui.i18n import translate_error

_MISTYPED = QColor("#f8d7da")


class CaseChildren(ChildrenEditor):
    """The case's children: ``load`` shows a record's, ``collect_into`` puts the rows back into a
    record (rows left blank are dropped: the case keeps no count of its own). A mistyped year is
    marked in red with its sentence as the cell's tooltip, and ``collect_into`` raises ValueError,
    as the window's other fields do."""

    def __init__(self, changed: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_children")
        # As tall as its rows need on the client tab, not stretched over the form's free space.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.table.itemChanged.connect(self._edited)
        self.table.model().rowsInserted.connect(changed)
        self.table.model().rowsRemoved.connect(changed)
        self.table.itemChanged.connect(changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def label(self) -> str:
        return self.tr("Her children:")

    def load(self, record: rec.CaseRecord) -> None:
        blocked = self.table.blockSignals(True)
        self.set_children(0, record.children)
        self.table.blockSignals(blocked)
        self.table.clearSelection()

    def collect_into(self, record: rec.CaseRecord) -> None:
        try:
            _count, named = self.result()
        except InvalidInput as exc:
            row = int(exc.field.split("[")[1].split("]")[0])
            item = self.table.item(row, YEAR)
            if item is not None:
                blocked = self.table.blockSignals(True)
                item.setBackground(QBrush(_MISTYPED))
                item.setToolTip(translate_error(exc.template, exc.params))
                self.table.blockSignals(blocked)
                self.table.setCurrentItem(item)
            raise ValueError("children") from None
        record.children = [child for child in named if child != rec.Child()]

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() == YEAR and item.toolTip():
            blocked = self.table.blockSignals(True)
            item.setBackground(QBrush())
            item.setToolTip("")
            self.table.blockSignals(blocked)


def children_to_admit(record: rec.CaseRecord | None, today: date) -> list[rec.Child]:
    """The children an admission starts from: the case's children who may still be minors (a
    stay takes no child over 18); she corrects the list before saving."""
    if record is None:
        return []
    return [
        child
        for child in record.children
        if child.birth_year is None or today.year - child.birth_year <= MAX_CHILD_AGE
    ]


def readable_case(workspace: Workspace, number: str) -> rec.CaseRecord | None:
    """The case as she may read it (recorded as read), or None when she may not: an admission
    from the shelter board then starts from no children."""
    try:
        return get_case(workspace, number)
    except CaseappError:
        return None
