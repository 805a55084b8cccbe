"""The case window's Risk tab: the case's assessments (date, author, score, level), the answers of
the one selected, and a new assessment: twenty questions answered yes, no or don't know, the
score and level as they are answered, and the worker's judgement raising the level, with why."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from caseapp.domain.changes import RecordKind
from caseapp.domain.enums import RiskLevel
from caseapp.domain.errors import QT_TRANSLATE_NOOP, CaseappError
from caseapp.domain.risk import QUESTION_CODES, Answer, Thresholds, level_for, score
from caseapp.services.risk import AssessmentView, list_assessments, record_assessment, thresholds
from caseapp.services.workspace import Workspace
from caseapp.ui.common.records_tab import RecordsTab
from caseapp.ui.forms import ItemDialog
from caseapp.ui.i18n import translate_error
from caseapp.ui.widgets import DateField, shown_date

CONTEXT = "RiskAssessment"

QUESTION_WORDS = {
    "strangulation": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Has he ever choked or strangled her, or tried to?"
    ),
    "weapon_used": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Has he used a weapon against her or threatened her with one?"
    ),
    "weapon_access": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Does he own a weapon or can he easily get one?"
    ),
    "threat_to_kill": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Has he threatened to kill her, the children or someone close to her?"
    ),
    "threat_suicide": QT_TRANSLATE_NOOP("RiskAssessment", "Has he threatened to kill himself?"),
    "escalation_frequency": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Has the violence become more frequent lately?"
    ),
    "escalation_severity": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Has the violence become more severe lately?"
    ),
    "recent_separation": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Has she left him, or tried to, within the past year?"
    ),
    "pregnancy": QT_TRANSLATE_NOOP(
        "RiskAssessment",
        "Is she pregnant or caring for a baby under one, or did he hurt her while pregnant?",
    ),
    "stalking": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Does he follow, watch or harass her, in person, by phone or online?"
    ),
    "threats_to_children": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Has he hurt or threatened the children?"
    ),
    "order_violated": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Has he broken a protection order or a court's requirements?"
    ),
    "substance_abuse": QT_TRANSLATE_NOOP("RiskAssessment", "Does he misuse alcohol or drugs?"),
    "controlling_jealousy": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Is he extremely jealous, or does he control what she does each day?"
    ),
    "sexual_violence": QT_TRANSLATE_NOOP("RiskAssessment", "Has he forced her into sexual acts?"),
    "serious_injury": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Has she needed medical care for injuries he caused?"
    ),
    "violence_to_others": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Has he been violent to others, or been convicted of a crime?"
    ),
    "isolation": QT_TRANSLATE_NOOP(
        "RiskAssessment", "Does he keep her from her family, friends or money?"
    ),
    "unemployed": QT_TRANSLATE_NOOP("RiskAssessment", "Is he out of work?"),
    "afraid_for_life": QT_TRANSLATE_NOOP("RiskAssessment", "Does she believe he could kill her?"),
}

LEVEL_WORDS = {
    RiskLevel.STANDARD: QT_TRANSLATE_NOOP("RiskAssessment", "Standard"),
    RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("RiskAssessment", "Medium"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("RiskAssessment", "High"),
    RiskLevel.LOW: QT_TRANSLATE_NOOP("RiskAssessment", "Low"),
    RiskLevel.UNKNOWN: QT_TRANSLATE_NOOP("RiskAssessment", "Not assessed"),
}
ANSWER_WORDS = {
    Answer.YES: QT_TRANSLATE_NOOP("RiskAssessment", "Yes"),
    Answer.NO: QT_TRANSLATE_NOOP("RiskAssessment", "No"),
    Answer.UNKNOWN: QT_TRANSLATE_NOOP("RiskAssessment", "Don't know"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def level_words(level: RiskLevel) -> str:
    return _tr(LEVEL_WORDS[level])


class AssessmentDialog(ItemDialog):
    """Twenty questions, each answered yes, no or don't know (don't know until answered)."""

    result_item: tuple[date, dict[str, str], RiskLevel | None, str]

    def __init__(self, limits: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RiskAssessment", "New risk assessment"), parent
        )
        self.setObjectName("risk_assessment_dialog")
        self.limits = limits
        self.assessed_on = DateField("assessed_on", required=True)
        self.assessed_on.set_value(date.today())
        self.form.addRow(
            QCoreApplication.translate("RiskAssessment", "Assessed on:"), self.assessed_on
        )
        self.outcome = QLabel()
        self.outcome.setObjectName("risk_outcome")
        questions = QWidget()
        grid = QGridLayout(questions)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons_of: dict[str, dict[Answer, QRadioButton]] = {}
        for row, code in enumerate(QUESTION_CODES):
            label = QLabel(f"{row + 1}. {_tr(QUESTION_WORDS[code])}")
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            self.groups[code] = group
            self.buttons_of[code] = {}
            for column, answer in enumerate(Answer, start=1):
                button = QRadioButton(_tr(ANSWER_WORDS[answer]))
                button.setObjectName(f"{code}_{answer.value}")
                group.addButton(button)
                grid.addWidget(button, row, column)
                self.buttons_of[code][answer] = button
                button.toggled.connect(self._rescore)
            self.buttons_of[code][Answer.UNKNOWN].setChecked(True)
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidget(questions)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(360)
        self.form.addRow(scroll)
        self.form.addRow(self.outcome)
        self.raised_to = QComboBox()
        self.raised_to.setObjectName("raised_to")
        self.raised_to.addItem("—", None)
        for level in (RiskLevel.MEDIUM, RiskLevel.HIGH):
            self.raised_to.addItem(level_words(level), level.value)
        self.form.addRow(
            QCoreApplication.translate("RiskAssessment", "Professional judgement raises it to:"),
            self.raised_to,
        )
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("raise_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        self.form.addRow(QCoreApplication.translate("RiskAssessment", "Why:"), self.reason)
        self.finish_layout()
        self.resize(760, 640)
        self._rescore()

    def answers(self) -> dict[str, str]:
        found = {}
        for code, buttons in self.buttons_of.items():
            for answer, button in buttons.items():
                if button.isChecked():
                    found[code] = answer.value
        return found

    def answer(self, code: str, answer: Answer) -> None:
        self.buttons_of[code][answer].setChecked(True)

    def _rescore(self) -> None:
        answers = {code: Answer(a) for code, a in self.answers().items()}
        points = score(answers)
        level = level_for(points, self.limits)
        self.outcome.setText(
            QCoreApplication.translate(
                "RiskAssessment", "Score %1: %2 risk (medium from %3, high from %4)"
            )
            .replace("%1", str(points))
            .replace("%2", level_words(level))
            .replace("%3", str(self.limits.medium_at))
            .replace("%4", str(self.limits.high_at))
        )

    def build(self) -> tuple[date, dict[str, str], RiskLevel | None, str]:
        on = self.assessed_on.value()
        if on is None:
            raise ValueError("date missing")
        raised = self.raised_to.currentData()
        return (
            on,
            self.answers(),
            RiskLevel(raised) if raised else None,
            self.reason.toPlainText(),
        )


class RiskTab(RecordsTab):
    """The case's assessments, newest first; the case's risk is the newest one's."""

    assessed = Signal()  # an assessment was recorded: the window reads the case again
    kind = RecordKind.RISK

    def __init__(
        self, workspace: Workspace, ready: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            workspace,
            ready,
            names=(
                "risk_summary",
                "assessments",
                "assessment_answers",
                "new_assessment",
                "strike_assessment",
            ),
            columns=5,
            parent=parent,
        )
        self.answers = self.detail
        self.new_button.clicked.connect(self.new_assessment)

    def retranslate(self) -> None:
        self.new_button.setText(QCoreApplication.translate("RiskAssessment", "&New assessment…"))
        self.strike_button.setText(
            QCoreApplication.translate("RiskAssessment", "Strike out assessment…")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RiskAssessment", "Date"),
                QCoreApplication.translate("RiskAssessment", "Author"),
                QCoreApplication.translate("RiskAssessment", "Score"),
                QCoreApplication.translate("RiskAssessment", "Level"),
                QCoreApplication.translate("RiskAssessment", "Raised because"),
            ]
        )
        if self.number:
            self.show_records()

    def fetch(self) -> list[AssessmentView]:
        return list_assessments(self.workspace, self.number)

    def row(self, view: AssessmentView) -> tuple[str, ...]:
        return (
            shown_date(view.assessed_on),
            view.author,
            str(view.score),
            level_words(view.level) + (" ↑" if view.raised_to is not None else ""),
            view.reason.replace("\n", " "),
        )

    def summary_text(self, views: Sequence[AssessmentView]) -> str:
        if not views:
            return QCoreApplication.translate(
                "RiskAssessment", "The case has no risk assessment yet."
            )
        return (
            QCoreApplication.translate("RiskAssessment", "The case's risk: %1, assessed on %2.")
            .replace("%1", level_words(views[0].level))
            .replace("%2", shown_date(views[0].assessed_on))
        )

    def show_detail(self, view: AssessmentView) -> None:
        lines = [
            f"{n}. {_tr(QUESTION_WORDS[code])} — {_tr(ANSWER_WORDS[view.answers[code]])}"
            for n, code in enumerate(QUESTION_CODES, start=1)
            if code in view.answers
        ]
        if view.raised_to is not None:
            lines.append("")
            lines.append(
                QCoreApplication.translate("RiskAssessment", "Raised from %1 to %2: %3")
                .replace("%1", level_words(view.computed))
                .replace("%2", level_words(view.raised_to))
                .replace("%3", view.reason)
            )
        self.detail.setPlainText("\n".join(lines))

    def struck(self, view: AssessmentView) -> tuple[str | None, object]:
        return view.id, view

    def new_assessment(self) -> bool:
        if not self.ready():
            return False
        try:
            limits = thresholds(self.workspace)
        except CaseappError as exc:
            self.said.emit(translate_error(exc.template, exc.params))
            return False
        dialog = AssessmentDialog(limits, self)

        def store() -> None:
            on, answers, raised, reason = dialog.build()
            record_assessment(
                self.workspace, self.number, answers, assessed_on=on, raised_to=raised,
                reason=reason,
            )  # fmt: skip

        if not self.keep_from(dialog, store):
            return False
        self.assessed.emit()
        self.said.emit(
            QCoreApplication.translate(
                "RiskAssessment", "The assessment was recorded; the case's risk is its level."
            )
        )
        return True
