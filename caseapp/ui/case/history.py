"""The case window's History tab: every audit entry about the case, with what changed in words,
in the reader's language (shown again when she switches it)."""

from __future__ import annotations

from caseapp.services.history import HistoryEntry, history
from caseapp.services.workspace import Workspace
from caseapp.ui.case_tables import fill, history_action, local_time, make_table
from caseapp.ui.record_words import change_words


class CaseHistory:
    """The table (``table``, the tab's page) and the entries it shows."""

    def __init__(self) -> None:
        self.table = make_table("history", 4)
        self.table.setWordWrap(True)
        self.entries: list[HistoryEntry] | None = None

    def refresh(self, workspace: Workspace, number: str) -> None:
        self.entries = history(workspace, number)
        self.show()

    def show(self) -> None:
        """In the reader's language; nothing before the first refresh."""
        if self.entries is None:
            return
        table = self.table
        fill(
            table,
            [
                (
                    local_time(e.at),
                    e.user,
                    history_action(e.action),
                    "\n".join(change_words(c) for c in e.changes),
                )
                for e in self.entries
            ],
        )
        for row in range(table.rowCount()):
            item = table.item(row, 3)
            if item is not None:
                item.setToolTip(item.text())
        table.setColumnWidth(3, min(table.columnWidth(3), 640))
        table.resizeRowsToContents()
        table.scrollToBottom()
