"""The case window's Notes tab: the case summary (saved with the case) and dated, signed notes
(saved at once, corrected or struck out). Texts keep the "CaseWindow" translation context they
had inside the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain import records as rec
from caseapp.domain.changes import RecordKind
from caseapp.domain.errors import CaseappError
from caseapp.services.corrections import edit_note, strike_out
from caseapp.services.notes import NoteView, add_note, list_notes
from caseapp.services.workspace import Workspace
from caseapp.ui.case_tables import (
    fill,
    iso,
    make_table,
    set_items,
)
from caseapp.ui.i18n import translate_error
from caseapp.ui.record_actions import RecordActions, describe
from caseapp.ui.record_forms import NoteDialog
from caseapp.ui.strike_dialog import StrikeOutDialog

translate = QCoreApplication.translate


class NotesTab(QWidget):
    """The case summary (saved with the case) above dated, signed notes (saved at once)."""

    edited = Signal()  # the summary was changed
    said = Signal(str)  # a sentence for the window's message line
    note_added = Signal()  # a note was added, corrected or struck out: the history has more

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.number = ""
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("notes")
        self.summary.textChanged.connect(self.edited)
        self.note_list = make_table("note_list", 4)
        self.notes: list[NoteView] = []
        self.note_actions = RecordActions(self.note_list, self.change_note, self.strike_note)
        self.note_kind = QComboBox()
        self.note_kind.setObjectName("note_kind")
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("note_text")
        self.note_text.setMaximumHeight(80)
        self.add_note_button = QPushButton()
        self.add_note_button.setObjectName("add_note")
        self.add_note_button.clicked.connect(self.add_dated_note)
        self.summary_label, self.dated_label = QLabel(), QLabel()
        add_row = QHBoxLayout()
        add_row.addWidget(self.note_kind)
        add_row.addWidget(self.note_text, 1)
        add_row.addWidget(self.add_note_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.dated_label)
        layout.addWidget(self.note_list, 2)
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.note_actions.edit_button)
        note_buttons.addWidget(self.note_actions.strike_button)
        note_buttons.addStretch()
        layout.addLayout(note_buttons)
        layout.addLayout(add_row)

    def retranslate(self) -> None:
        self.summary_label.setText(translate("CaseWindow", "Case summary (saved with the case):"))
        self.dated_label.setText(translate("CaseWindow", "Dated notes (saved at once, signed):"))
        self.add_note_button.setText(translate("CaseWindow", "Add &note"))
        self.note_actions.retranslate(
            translate("CaseWindow", "Correct note…"), translate("CaseWindow", "Strike out note…")
        )
        set_items(
            self.note_kind,
            [
                ("general", translate("CaseWindow", "Case note")),
                ("legal", translate("CaseWindow", "Legal note")),
            ],
        )
        self.note_list.setHorizontalHeaderLabels(
            [
                translate("CaseWindow", "Date"),
                translate("CaseWindow", "Kind"),
                translate("CaseWindow", "Author"),
                translate("CaseWindow", "Note"),
            ]
        )

    def load(self, record: rec.CaseRecord) -> None:
        self.number = record.number
        self.summary.setPlainText(record.notes)
        self.show_notes()

    def show_notes(self) -> None:
        kinds = {
            "general": translate("CaseWindow", "Case note"),
            "legal": translate("CaseWindow", "Legal note"),
        }
        self.notes = list_notes(self.workspace, self.number)
        fill(
            self.note_list,
            [(iso(n.written_on), kinds.get(n.kind, n.kind), n.author, n.body) for n in self.notes],
        )
        self.note_actions.update_buttons()

    def add_dated_note(self) -> None:
        try:
            add_note(
                self.workspace,
                self.number,
                self.note_text.toPlainText(),
                kind=self.note_kind.currentData(),
            )
        except CaseappError as exc:
            self.said.emit(translate_error(exc.template, exc.params))
            return
        self.note_text.clear()
        self.show_notes()
        self.note_added.emit()
        self.said.emit(translate("CaseWindow", "Note added."))

    def selected_note(self) -> NoteView | None:
        row = self.note_list.currentRow()
        if not self.note_actions.selected():
            return None
        return self.notes[row] if 0 <= row < len(self.notes) else None

    def change_note(self) -> bool:
        """Correct the selected note (its author or an administrator: the service decides)."""
        note = self.selected_note()
        if note is None:
            return False
        dialog = NoteDialog(note.kind, note.body, self)
        if not dialog.exec():
            return False
        kind, body = dialog.result_item
        try:
            edit_note(self.workspace, self.number, note.id, body, kind)
        except CaseappError as exc:
            self.said.emit(translate_error(exc.template, exc.params))
            return False
        self._changed(translate("CaseWindow", "The note was corrected."))
        return True

    def strike_note(self) -> bool:
        note = self.selected_note()
        if note is None:
            return False
        dialog = StrikeOutDialog(describe(RecordKind.NOTE, note, self.note_list), self)
        if not dialog.exec():
            return False
        try:
            strike_out(self.workspace, self.number, RecordKind.NOTE, note.id, dialog.reason())
        except CaseappError as exc:
            self.said.emit(translate_error(exc.template, exc.params))
            return False
        self._changed(translate("CaseWindow", "The note was struck out; the history keeps it."))
        return True

    def _changed(self, sentence: str) -> None:
        self.show_notes()
        self.note_added.emit()
        self.said.emit(sentence)
