"""The parts of a letter text as a form: the addressee, the title and each paragraph in a text box
of its own, each with "Restore the standard text"; paragraphs can be added and removed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.letters.text_check import Part
from caseapp.letters.texts import MAX_PARAGRAPHS, LetterText

_MISTAKE_STYLE = "QPlainTextEdit { border: 2px solid #a40000; }"


class PartBox(QWidget):
    """One part: its label, its text box, "Restore the standard text" and, for a paragraph,
    "Remove"."""

    def __init__(self, part: Part, lines: int) -> None:
        super().__init__()
        self.part = part
        self.label = QLabel()
        self.editor = QPlainTextEdit()
        self.editor.setObjectName(f"part_{part.key}_{part.index}")
        self.editor.setTabChangesFocus(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        height = QFontMetrics(self.editor.font()).lineSpacing() * lines + 14
        self.editor.setFixedHeight(height)
        self.label.setBuddy(self.editor)
        self.restore = QPushButton()
        self.restore.setObjectName("restore")
        self.restore.setAutoDefault(False)
        self.remove = QPushButton()
        self.remove.setObjectName("remove")
        self.remove.setAutoDefault(False)
        self.remove.setVisible(part.key == "body")
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.label, 1)
        head.addWidget(self.restore)
        head.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(head)
        layout.addWidget(self.editor)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text as an edit (so Ctrl+Z brings the old one back)."""
        cursor = self.editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)


class PartsForm(QWidget):
    """The parts of one letter text; `changed` on any edit. The standard (shipped) text is what
    "Restore the standard text" puts back, part by part."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letter_parts")
        self.standard = LetterText("", "", ("",))
        self.addressee = self._box(Part("addressee"), 3)
        self.title = self._box(Part("title"), 2)
        self.paragraphs: list[PartBox] = []
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_paragraph")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_paragraph)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.addressee)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.add_button)
        self._layout.addStretch()
        self.current: PartBox = self.addressee  # where a placeholder goes
        self.retranslate()

    def _box(self, part: Part, lines: int) -> PartBox:
        box = PartBox(part, lines)
        box.editor.installEventFilter(self)
        box.editor.textChanged.connect(self._edited)
        box.editor.cursorPositionChanged.connect(lambda: self._entered(box))
        box.restore.clicked.connect(lambda: self.restore(box))
        box.remove.clicked.connect(lambda: self.remove_paragraph(box))
        return box

    # the text -------------------------------------------------------------------------------

    def boxes(self) -> list[PartBox]:
        return [self.addressee, self.title, *self.paragraphs]

    def show_text(self, text: LetterText, standard: LetterText) -> None:
        """Show `text`; `standard` is the shipped text the Restore buttons put back."""
        self.standard = standard
        blocked = self.blockSignals(True)
        for box in self.paragraphs:
            self._layout.removeWidget(box)
            box.deleteLater()
        self.paragraphs = []
        for paragraph in text.body:
            self._append(paragraph)
        self.addressee.editor.setPlainText(text.addressee)
        self.title.editor.setPlainText(text.title)
        self.blockSignals(blocked)
        self.current = self.paragraphs[0] if self.paragraphs else self.addressee
        self.retranslate()
        self._update_buttons()

    def values(self) -> tuple[str, str, tuple[str, ...]]:
        """The addressee, the title and the paragraphs as typed, trimmed."""
        return (
            self.addressee.text().strip(),
            self.title.text().strip(),
            tuple(box.text().strip() for box in self.paragraphs),
        )

    def letter_text(self) -> LetterText:
        addressee, title, body = self.values()
        return LetterText(addressee, title, body)

    def box_of(self, part: Part) -> PartBox | None:
        if part.key == "addressee":
            return self.addressee
        if part.key == "title":
            return self.title
        return self.paragraphs[part.index] if part.index < len(self.paragraphs) else None

    def mark(self, wrong: set[Part]) -> None:
        """A red frame round each part with a mistake."""
        for box in self.boxes():
            box.editor.setStyleSheet(_MISTAKE_STYLE if box.part in wrong else "")

    # actions --------------------------------------------------------------------------------

    def insert(self, placeholder: str) -> None:
        """Put `placeholder` at the cursor of the part she was last in."""
        self.current.editor.insertPlainText(placeholder)
        self.current.editor.setFocus()

    def restore(self, box: PartBox) -> None:
        standard = self._standard_of(box.part)
        if standard is not None:
            box.set_text(standard)
            box.editor.setFocus()

    def add_paragraph(self) -> None:
        if len(self.paragraphs) >= MAX_PARAGRAPHS:
            return
        box = self._append("")
        self.retranslate()
        self._update_buttons()
        box.editor.setFocus()
        self.current = box
        self.changed.emit()

    def remove_paragraph(self, box: PartBox) -> None:
        if len(self.paragraphs) <= 1 or box not in self.paragraphs:
            return
        index = self.paragraphs.index(box)
        self.paragraphs.remove(box)
        self._layout.removeWidget(box)
        box.deleteLater()
        for i, other in enumerate(self.paragraphs):  # the ones after it move up
            other.part = Part("body", i)
            other.editor.setObjectName(f"part_body_{i}")
        self.current = self.paragraphs[min(index, len(self.paragraphs) - 1)]
        self.retranslate()
        self.changed.emit()

    # internals ------------------------------------------------------------------------------

    def _append(self, text: str) -> PartBox:
        box = self._box(Part("body", len(self.paragraphs)), 5)
        blocked = box.editor.blockSignals(True)
        box.editor.setPlainText(text)
        box.editor.blockSignals(blocked)
        self.paragraphs.append(box)
        self._layout.insertWidget(self._layout.indexOf(self.add_button), box)
        self._label(box)
        return box

    def _standard_of(self, part: Part) -> str | None:
        if part.key == "addressee":
            return self.standard.addressee
        if part.key == "title":
            return self.standard.title
        body = self.standard.body
        return body[part.index] if part.index < len(body) else None

    def _edited(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        for box in self.boxes():
            standard = self._standard_of(box.part)
            box.restore.setEnabled(standard is not None and standard != box.text().strip())
            box.remove.setEnabled(len(self.paragraphs) > 1)
        self.add_button.setEnabled(len(self.paragraphs) < MAX_PARAGRAPHS)

    def _entered(self, box: PartBox) -> None:
        if box in self.boxes():
            self.current = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for box in self.boxes():
                if box.editor is watched:
                    self.current = box
        return super().eventFilter(watched, event)

    # texts ----------------------------------------------------------------------------------

    def part_label(self, part: Part) -> str:
        """The part as the form names it, in the interface's language."""
        if part.key == "addressee":
            return self.tr("Addressee")
        if part.key == "title":
            return self.tr("Title")
        number = str(part.index + 1)
        if part.index == len(self.paragraphs) - 1 > 0:  # her own paragraph goes before it
            return self.tr("Paragraph %1 (the request)").replace("%1", number)
        return self.tr("Paragraph %1").replace("%1", number)

    def _label(self, box: PartBox) -> None:
        box.label.setText(self.part_label(box.part))
        box.editor.setAccessibleName(self.part_label(box.part))
        box.restore.setText(self.tr("Restore the standard text"))
        box.restore.setToolTip(
            self.tr("Put back the text of this part that ships with the program.")
        )
        box.remove.setText(self.tr("Remove"))
        box.remove.setToolTip(self.tr("Remove this paragraph from the letter."))

    def retranslate(self) -> None:
        for box in self.boxes():
            self._label(box)
        self.add_button.setText(self.tr("&Add a paragraph"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
