"""A case window's tab of dated records kept one by one (risk assessments, safety plans): a
sentence about the latest, the list, the selected record's detail below it, and the tab's
buttons — New…, Strike out…, and any of its own after them. New… saves her other edits first,
then keeps the dialog's record through the service; a refusal is one sentence in the dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.changes import RecordKind
from caseapp.domain.errors import CaseappError
from caseapp.services.workspace import Workspace
from caseapp.ui.case.ready import Ready
from caseapp.ui.case_tables import fill, make_table
from caseapp.ui.forms import ItemDialog
from caseapp.ui.i18n import translate_error
from caseapp.ui.record_actions import describe


class RecordsTab(QWidget):
    """Subclasses say what a record is: ``fetch`` (the case's records, newest first), ``row``
    (its cells), ``summary_text``, ``show_detail`` and ``struck`` (its id and what describes
    it). ``kind`` names the records for striking out; ``select_first`` shows the newest one's
    detail at once; ``needs_selection`` are the buttons enabled only with a record chosen."""

    said = Signal(str)  # a sentence for the window's message line
    strike = Signal(str, str, str)  # kind, record id, what (the window asks why)

    kind: RecordKind
    select_first = False

    def __init__(
        self,
        workspace: Workspace,
        ready: Callable[[], bool],
        *,
        names: tuple[str, str, str, str, str],  # object names: summary, table, detail, new, strike
        columns: int,
        detail_stretch: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ready = Ready(ready)  # saves her other edits first; False if they cannot be
        self.number = ""
        self.views: list[Any] = []
        summary, table, detail, new, strike = names
        self.summary = QLabel()
        self.summary.setObjectName(summary)
        self.summary.setWordWrap(True)
        self.table = make_table(table, columns)
        self.table.itemSelectionChanged.connect(self._selection)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName(detail)
        self.detail.setReadOnly(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName(new)
        self.strike_button = QPushButton()
        self.strike_button.setObjectName(strike)
        self.strike_button.clicked.connect(self.strike_selected)
        self.needs_selection: list[QWidget] = [self.strike_button]
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.strike_button)
        self.buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail, detail_stretch)
        layout.addLayout(self.buttons)

    # what a record is (the subclass's) -------------------------------------------------------

    def fetch(self) -> Sequence[Any]:
        raise NotImplementedError

    def row(self, view: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def summary_text(self, views: Sequence[Any]) -> str:
        raise NotImplementedError

    def show_detail(self, view: Any) -> None:
        raise NotImplementedError

    def struck(self, view: Any) -> tuple[str | None, object]:
        """The record's id and the object ``describe`` words it from."""
        raise NotImplementedError

    # the list --------------------------------------------------------------------------------

    def load(self, number: str) -> None:
        self.number = number
        self.show_records()

    def show_records(self) -> None:
        self.views = list(self.fetch())
        fill(self.table, [self.row(v) for v in self.views])
        self.summary.setText(self.summary_text(self.views))
        if self.views and self.select_first:
            self.table.selectRow(0)
        else:
            self.detail.clear()
        self._selection()

    def selected(self) -> Any | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.views):
            return None
        return self.views[row]

    def _selection(self) -> None:
        view = self.selected()
        for widget in self.needs_selection:
            widget.setEnabled(view is not None)
        if view is None:
            if not self.select_first:
                self.detail.clear()
            return
        self.show_detail(view)

    # keeping and striking out ----------------------------------------------------------------

    def keep_from(self, dialog: ItemDialog, store: Callable[[], object]) -> bool:
        """Show the dialog; OK calls ``store`` (which builds the record from the dialog and
        keeps it through the service) and closes it only when that succeeded. True if kept."""
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self._store(dialog, store))
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted:
            return False
        self.show_records()
        return True

    def _store(self, dialog: ItemDialog, store: Callable[[], object]) -> None:
        try:
            store()
        except ValueError:  # the dialog's build: a field marked invalid
            dialog.message.setText(
                QCoreApplication.translate("ItemDialog", "Please correct the fields marked in red.")
            )
            return
        except CaseappError as exc:
            dialog.message.setText(translate_error(exc.template, exc.params))
            return
        dialog.accept()

    def strike_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        record_id, described = self.struck(view)
        if record_id:
            self.strike.emit(self.kind.value, record_id, describe(self.kind, described, self.table))
