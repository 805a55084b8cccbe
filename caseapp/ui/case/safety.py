"""The case window's Safety plan tab: the case's plans (made, review, language, author), the one
selected in full, a new plan written with her (the latest one's words to start from), and the
plan printed for her in Russian, Kazakh or English, shown from memory before it goes to paper."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    QWidget,
)

from caseapp.domain.changes import RecordKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP, CaseappError
from caseapp.domain.safety_plan import BAG_ITEMS, LANGUAGES, PARTS, SafetyPlan
from caseapp.services.safety import PlanView, list_plans, plan_pdf, record_plan
from caseapp.services.workspace import Workspace
from caseapp.ui.common.printout import PrintoutDialog
from caseapp.ui.common.records_tab import RecordsTab
from caseapp.ui.forms import ItemDialog
from caseapp.ui.i18n import translate_error
from caseapp.ui.letter_font import saved_letter_font
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


class SafetyTab(RecordsTab):
    """The case's safety plans, the latest first; its review date is what Today follows."""

    changed = Signal()  # a plan was added or printed: the history has more
    kind = RecordKind.PLAN
    select_first = True

    def __init__(
        self, workspace: Workspace, ready: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            workspace,
            ready,
            names=("plan_summary", "safety_plans", "plan_detail", "new_plan", "strike_plan"),
            columns=4,
            detail_stretch=2,
            parent=parent,
        )
        self.new_button.clicked.connect(self.new_plan)
        self.print_lang = QComboBox()
        self.print_lang.setObjectName("print_lang")
        for code in LANGUAGES:
            self.print_lang.addItem(LANGUAGE_WORDS[code], code)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_plan")
        self.print_button.clicked.connect(self.print_plan)
        self.needs_selection.append(self.print_button)
        self.buttons.addWidget(self.print_lang)
        self.buttons.addWidget(self.print_button)
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
            self.show_records()

    def fetch(self) -> list[PlanView]:
        return list_plans(self.workspace, self.number)

    def row(self, view: PlanView) -> tuple[str, ...]:
        return (
            shown_date(view.plan.made_on),
            shown_date(view.plan.review_on),
            LANGUAGE_WORDS.get(view.plan.lang, view.plan.lang),
            view.author,
        )

    def summary_text(self, views: Sequence[PlanView]) -> str:
        if not views:
            return QCoreApplication.translate("SafetyPlan", "The case has no safety plan yet.")
        return (
            QCoreApplication.translate("SafetyPlan", "The plan of %1 is to be reviewed on %2.")
            .replace("%1", shown_date(views[0].plan.made_on))
            .replace("%2", shown_date(views[0].plan.review_on))
        )

    def show_detail(self, view: PlanView) -> None:
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

    def struck(self, view: PlanView) -> tuple[str | None, object]:
        return view.plan.id, view.plan

    def new_plan(self) -> bool:
        if not self.ready():
            return False
        start = self.views[0].plan if self.views else None
        dialog = PlanDialog(start, self.print_lang.currentData(), self)
        if not self.keep_from(
            dialog, lambda: record_plan(self.workspace, self.number, dialog.build())
        ):
            return False
        self.changed.emit()
        self.said.emit(QCoreApplication.translate("SafetyPlan", "The safety plan was recorded."))
        return True

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
