"""The case window's Safety plan tab: the case's plans (made, review, language, author), the one
selected in full, a new plan written with her (the latest one's words to start from), and the
plan printed for her in Russian, Kazakh or English, shown from memory before it goes to paper."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.changes import RecordKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP, CaseappError
from caseapp.domain.safety_plan import BAG_ITEMS, LANGUAGES, PARTS, SafetyPlan
from caseapp.services.safety import PlanView, list_plans, plan_pdf, record_plan
from caseapp.services.workspace import Workspace
from caseapp.ui.case.ready import Ready
from caseapp.ui.case_tables import fill, make_table
from caseapp.ui.common.printout import PrintoutDialog
from caseapp.ui.forms import ItemDialog
from caseapp.ui.i18n import translate_error
from caseapp.ui.letter_font import saved_letter_font
from caseapp.ui.record_actions import describe
from caseapp.ui.widgets import DateField, shown_date

CONTEXT = "SafetyPlan"
REVIEW_AFTER_DAYS = 30

PART_WORDS = {
    "warning_signs": QT_TRANSLATE_NOOP("SafetyPlan", "Warning signs"),
    "safe_people": QT_TRANSLATE_NOOP("SafetyPlan", "Safe people and their contacts"),
    "code_word": QT_TRANSLATE_NOOP("SafetyPlan", "Code word"),
    "how_to_leave": QT_TRANSLATE_NOOP("SafetyPlan", "How to leave and where to go"),
    "emergency_bag": QT_TRANSLATE_NOOP("SafetyPlan", "Emergency bag: where it is, what else"),
    "children_plan": QT_TRANSLATE_NOOP("SafetyPlan", "The children's plan"),
    "phone_online_safety": QT_TRANSLATE_NOOP("SafetyPlan", "Phone and online safety"),
    "who_does_what": QT_TRANSLATE_NOOP("SafetyPlan", "Who does what"),
}
BAG_WORDS = {
    "documents": QT_TRANSLATE_NOOP("SafetyPlan", "Documents"),
    "order_copy": QT_TRANSLATE_NOOP("SafetyPlan", "The order's copy"),
    "medicines": QT_TRANSLATE_NOOP("SafetyPlan", "Medicines"),
    "money": QT_TRANSLATE_NOOP("SafetyPlan", "Money"),
    "keys": QT_TRANSLATE_NOOP("SafetyPlan", "Keys"),
    "phone": QT_TRANSLATE_NOOP("SafetyPlan", "Phone"),
}
LANGUAGE_WORDS = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PlanDialog(ItemDialog):
    """A new plan: dates, her language, each part in her words, what the bag holds."""

    result_item: SafetyPlan

    def __init__(self, start: SafetyPlan | None, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SafetyPlan", "New safety plan"), parent)
        self.setObjectName("safety_plan_dialog")
        today = date.today()
        self.made_on = DateField("made_on", required=True)
        self.made_on.set_value(today)
        self.review_on = DateField("review_on", required=True)
        self.review_on.set_value(today + timedelta(days=REVIEW_AFTER_DAYS))
        self.lang = QComboBox()
        self.lang.setObjectName("plan_lang")
        for code in LANGUAGES:
            self.lang.addItem(LANGUAGE_WORDS[code], code)
        self.lang.setCurrentIndex(self.lang.findData(start.lang if start else lang))
        self.form.addRow(QCoreApplication.translate("SafetyPlan", "Made on:"), self.made_on)
        self.form.addRow(QCoreApplication.translate("SafetyPlan", "Review on:"), self.review_on)
        self.form.addRow(QCoreApplication.translate("SafetyPlan", "Her language:"), self.lang)
        body = QWidget()
        grid = QGridLayout(body)
        self.parts: dict[str, QPlainTextEdit] = {}
        for row, part in enumerate(PARTS):
            label = QLabel(_tr(PART_WORDS[part]))
            label.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setObjectName(part)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(64)
            if start is not None:
                edit.setPlainText(start.part(part))
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            self.parts[part] = edit
        bag_row = QWidget()
        bag_layout = QHBoxLayout(bag_row)
        bag_layout.setContentsMargins(0, 0, 0, 0)
        self.bag: dict[str, QCheckBox] = {}
        for item in BAG_ITEMS:
            box = QCheckBox(_tr(BAG_WORDS[item]))
            box.setObjectName(f"bag_{item}")
            box.setChecked(start is not None and item in start.bag)
            bag_layout.addWidget(box)
            self.bag[item] = box
        grid.addWidget(QLabel(QCoreApplication.translate("SafetyPlan", "In the bag:")), 8, 0)
        grid.addWidget(bag_row, 8, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(420)
        self.form.addRow(scroll)
        self.finish_layout()
        self.resize(760, 680)

    def build(self) -> SafetyPlan:
        made, review = self.made_on.value(), self.review_on.value()
        if made is None or review is None:
            raise ValueError("date missing")
        return SafetyPlan(
            made,
            review,
            lang=self.lang.currentData(),
            parts={part: edit.toPlainText() for part, edit in self.parts.items()},
            bag=[item for item, box in self.bag.items() if box.isChecked()],
        )


class SafetyTab(QWidget):
    """The case's safety plans, the latest first; its review date is what Today follows."""

    said = Signal(str)
    changed = Signal()  # a plan was added or printed: the history has more
    strike = Signal(str, str, str)

    def __init__(
        self, workspace: Workspace, ready: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ready = Ready(ready)  # saves her other edits first; False if they cannot be
        self.number = ""
        self.views: list[PlanView] = []
        self.summary = QLabel()
        self.summary.setObjectName("plan_summary")
        self.summary.setWordWrap(True)
        self.table = make_table("safety_plans", 4)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("plan_detail")
        self.detail.setReadOnly(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_plan")
        self.new_button.clicked.connect(self.new_plan)
        self.print_lang = QComboBox()
        self.print_lang.setObjectName("print_lang")
        for code in LANGUAGES:
            self.print_lang.addItem(LANGUAGE_WORDS[code], code)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_plan")
        self.print_button.clicked.connect(self.print_plan)
        self.strike_button = QPushButton()
        self.strike_button.setObjectName("strike_plan")
        self.strike_button.clicked.connect(self.strike_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.strike_button)
        buttons.addStretch()
        buttons.addWidget(self.print_lang)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail, 2)
        layout.addLayout(buttons)
        self.printout: PrintoutDialog | None = None

    def retranslate(self) -> None:
        self.new_button.setText(QCoreApplication.translate("SafetyPlan", "&New plan…"))
        self.strike_button.setText(QCoreApplication.translate("SafetyPlan", "Strike out plan…"))
        self.print_button.setText(QCoreApplication.translate("SafetyPlan", "&Print for her…"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SafetyPlan", "Made on"),
                QCoreApplication.translate("SafetyPlan", "Review on"),
                QCoreApplication.translate("SafetyPlan", "Language"),
                QCoreApplication.translate("SafetyPlan", "Author"),
            ]
        )
        if self.number:
            self.show_plans()

    def load(self, number: str) -> None:
        self.number = number
        self.show_plans()

    def show_plans(self) -> None:
        self.views = list_plans(self.workspace, self.number)
        fill(
            self.table,
            [
                (
                    shown_date(v.plan.made_on),
                    shown_date(v.plan.review_on),
                    LANGUAGE_WORDS.get(v.plan.lang, v.plan.lang),
                    v.author,
                )
                for v in self.views
            ],
        )
        if self.views:
            self.summary.setText(
                QCoreApplication.translate("SafetyPlan", "The plan of %1 is to be reviewed on %2.")
                .replace("%1", shown_date(self.views[0].plan.made_on))
                .replace("%2", shown_date(self.views[0].plan.review_on))
            )
            self.table.selectRow(0)
        else:
            self.summary.setText(
                QCoreApplication.translate("SafetyPlan", "The case has no safety plan yet.")
            )
            self.detail.clear()
        self._show_selected()

    def selected(self) -> PlanView | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.views):
            return None
        return self.views[row]

    def _show_selected(self) -> None:
        view = self.selected()
        for button in (self.print_button, self.strike_button):
            button.setEnabled(view is not None)
        if view is None:
            return
        plan = view.plan
        self.print_lang.setCurrentIndex(self.print_lang.findData(plan.lang))
        lines = []
        for part in PARTS:
            if plan.part(part):
                lines += [_tr(PART_WORDS[part]) + ":", plan.part(part), ""]
        packed = [_tr(BAG_WORDS[item]) for item in BAG_ITEMS if item in plan.bag]
        if packed:
            lines.append(
                QCoreApplication.translate("SafetyPlan", "In the bag:") + " " + ", ".join(packed)
            )
        self.detail.setPlainText("\n".join(lines).strip())

    def new_plan(self) -> bool:
        if not self.ready():
            return False
        start = self.views[0].plan if self.views else None
        dialog = PlanDialog(start, self.print_lang.currentData(), self)
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self._save(dialog))
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted:
            return False
        self.show_plans()
        self.changed.emit()
        self.said.emit(QCoreApplication.translate("SafetyPlan", "The safety plan was recorded."))
        return True

    def _save(self, dialog: PlanDialog) -> None:
        try:
            plan = dialog.build()
        except ValueError:
            dialog.message.setText(
                QCoreApplication.translate("ItemDialog", "Please correct the fields marked in red.")
            )
            return
        try:
            record_plan(self.workspace, self.number, plan)
        except CaseappError as exc:
            dialog.message.setText(translate_error(exc.template, exc.params))
            return
        dialog.accept()

    def print_plan(self) -> PrintoutDialog | None:
        """Her plan in the chosen language, from memory; Print… or Save as PDF… from there."""
        view = self.selected()
        if view is None or view.plan.id is None:
            return None
        lang = self.print_lang.currentData()
        try:
            pdf = plan_pdf(
                self.workspace, self.number, view.plan.id, lang, font=saved_letter_font()
            )
        except CaseappError as exc:
            self.said.emit(translate_error(exc.template, exc.params))
            return None
        dialog = PrintoutDialog(
            None,
            f"plan-{view.plan.made_on.isoformat()}-{lang}",
            self,
            pdf=pdf,
            title=QCoreApplication.translate("SafetyPlan", "Safety plan"),
            notice=QCoreApplication.translate(
                "SafetyPlan",
                "Her copy: it never names the centre, the shelter or an address, nor the case.",
            ),
        )
        dialog.setModal(True)
        dialog.show()
        self.printout = dialog
        self.changed.emit()
        return dialog

    def strike_selected(self) -> None:
        view = self.selected()
        if view is not None and view.plan.id:
            kind = RecordKind.PLAN
            self.strike.emit(kind.value, view.plan.id, describe(kind, view.plan, self.table))
