"""The case window's Services tab: the services and consultations given to her, latest first,
and a quick form below them to record one from the keyboard alone (Alt+V, its label's key,
starts it in the kind; the day is today and the person is the one at the computer; Tab moves
on, a letter picks in a list, Enter records). A service is corrected with Enter or a
double-click and struck out with Delete, with the reason, like any record; each is kept on its
own, audited, at once.

Registered by the case window with one line, ``ServicesTab.install(window)``: the tab adds itself
as the window's last tab, titles itself, and reads the case again whenever the window saves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.changes import RecordKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP, CaseappError, InvalidInput
from caseapp.domain.services_given import MAX_MINUTES, MAX_NOTE, ServiceGiven, ServiceKind
from caseapp.services.case_services import (
    ServiceView,
    StaffChoice,
    add_service,
    edit_service,
    list_services,
    staff_choices,
)
from caseapp.services.services_stats import SERVICE_WORDS
from caseapp.services.workspace import Workspace
from caseapp.ui.case.ready import Ready
from caseapp.ui.case_tables import fill, make_table, relabel, select_data, set_items
from caseapp.ui.i18n import translate_error
from caseapp.ui.record_actions import RecordActions, describe
from caseapp.ui.service_dialog import ServiceDialog
from caseapp.ui.widgets import DateField, shown_date

REQUIRED = QT_TRANSLATE_NOOP("errors", "{field} is required.")


translate = QCoreApplication.translate


def kind_words() -> list[tuple[str, str]]:
    """The kinds in the reports' own words (one translation for screen and paper)."""
    return [
        (k.value, QCoreApplication.translate("reports", SERVICE_WORDS[k.value]))
        for k in ServiceKind
    ]


class ServiceFields(QObject):
    """The fields of one service, shared by the quick form and the correction dialog."""

    def __init__(self, choices: list[StaffChoice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day = DateField("service_given_on", required=True)
        self.kind = QComboBox()
        self.kind.setObjectName("service_kind")
        self.given_by = QComboBox()
        self.given_by.setObjectName("service_given_by")
        self.minutes = QLineEdit()
        self.minutes.setObjectName("service_minutes")
        self.minutes.setValidator(QIntValidator(1, MAX_MINUTES, self.minutes))
        self.minutes.setMaximumWidth(90)
        self.note = QLineEdit()
        self.note.setObjectName("service_note")
        self.note.setMaxLength(MAX_NOTE)
        self.choices = choices
        self.extra: list[tuple[str, str]] = []  # someone no longer on staff, on an old record

    def retranslate(self) -> None:
        set_items(self.kind, [(code, text) for code, text in kind_words()])
        people: list[tuple[str | None, str]] = [(c.staff_id, c.name) for c in self.choices]
        people += [(i, n) for i, n in self.extra if i not in {c.staff_id for c in self.choices}]
        set_items(self.given_by, [*people, (None, translate("ServicesTab", "— not recorded —"))])
        self.minutes.setPlaceholderText(translate("ServicesTab", "minutes"))
        self.note.setPlaceholderText(translate("ServicesTab", "Note (kept encrypted)"))

    def show(self, service: ServiceGiven) -> None:
        self.day.set_value(service.given_on)
        select_data(self.kind, service.kind.value)
        select_data(self.given_by, service.given_by)
        self.minutes.setText("" if service.minutes is None else str(service.minutes))
        self.note.setText(service.note)

    def read(self, service_id: str | None = None) -> ServiceGiven:
        """The service the fields hold; ValueError names a field marked invalid."""
        day = self.day.value()
        if day is None:
            raise ValueError("service_given_on")
        text = self.minutes.text().strip()
        return ServiceGiven(
            given_on=day,
            kind=ServiceKind(self.kind.currentData()),
            minutes=int(text) if text else None,
            note=self.note.text(),
            given_by=self.given_by.currentData(),
            id=service_id,
        )


class ServiceEditDialog(ServiceDialog):
    """Correct one service given; OK saves it (a refusal stays in the dialog)."""

    def __init__(
        self,
        workspace: Workspace,
        number: str,
        view: ServiceView,
        choices: list[StaffChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("service_dialog")
        self.workspace, self.number, self.view = workspace, number, view
        self.fields = ServiceFields(choices, self)
        if view.service.given_by is not None:
            self.fields.extra = [(view.service.given_by, view.given_by or "?")]
        for widget in (self.fields.day, self.fields.kind, self.fields.given_by):
            self.form.addRow("", widget)
        self.form.addRow("", self.fields.minutes)
        self.form.addRow("", self.fields.note)
        self.retranslate()
        self.fields.show(view.service)
        self.changed = False

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ServicesTab", "Correct the service"))
        self.fields.retranslate()
        f = self.fields
        relabel(
            self.form,
            [
                (translate("ServicesTab", "&Date:"), f.day),
                (translate("ServicesTab", "&Kind:"), f.kind),
                (translate("ServicesTab", "&Given by:"), f.given_by),
                (translate("ServicesTab", "Duration, &minutes:"), f.minutes),
                (translate("ServicesTab", "&Note:"), f.note),
            ],
        )

    def submit(self) -> None:
        try:
            service = self.fields.read(self.view.service.id)
        except ValueError:
            raise InvalidInput("service.given_on", REQUIRED) from None
        self.changed = edit_service(self.workspace, self.number, service)


class ServicesTab(QWidget):
    said = Signal(str)  # a sentence for the window's message line
    changed = Signal()  # a service was added, corrected or struck out: the history has more
    strike = Signal(str, str, str)  # kind, record id, what: the window asks why and strikes

    @classmethod
    def install(cls, window: Any) -> ServicesTab:
        """Add the tab to a case window (its ``tabs``, ``message``, ``strike_out``,
        ``history_refresh``, ``_ready_for_records``, ``saved`` and ``record``)."""
        tab = cls(window.workspace, window._ready_for_records)
        tab.said.connect(window.message.setText)
        tab.changed.connect(window.history_refresh)
        tab.strike.connect(window.strike_out)
        tabs: QTabWidget = window.tabs
        tabs.addTab(tab, "")
        tab.retranslate()
        tab.load(window.record.number)
        window.saved.connect(tab.reload)
        return tab

    def __init__(
        self, workspace: Workspace, ready: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ready = Ready(ready)
        self.number = ""
        self.views: list[ServiceView] = []
        self.table = make_table("services", 5)
        self.record_actions = RecordActions(self.table, self.change_selected, self.strike_selected)
        try:
            choices = staff_choices(workspace)
        except CaseappError:
            choices = []
        self.fields = ServiceFields(choices, self)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_service")
        self.add_button.clicked.connect(self.add)
        self.heading = QLabel()
        self.heading.setObjectName("service_heading")
        self.heading.setBuddy(self.fields.kind)
        self.hint = QLabel()
        self.hint.setObjectName("service_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555")
        form = QGridLayout()
        form.addWidget(self.heading, 0, 0, 1, 6)
        form.addWidget(self.fields.day, 1, 0)
        form.addWidget(self.fields.kind, 1, 1)
        form.addWidget(self.fields.given_by, 1, 2)
        form.addWidget(self.fields.minutes, 1, 3)
        form.addWidget(self.fields.note, 1, 4)
        form.addWidget(self.add_button, 1, 5)
        form.setColumnStretch(4, 1)
        form.addWidget(self.hint, 2, 0, 1, 6)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_actions.edit_button)
        buttons.addWidget(self.record_actions.strike_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        order = [
            self.fields.day.edit,
            self.fields.kind,
            self.fields.given_by,
            self.fields.minutes,
            self.fields.note,
            self.add_button,
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        for widget in order[:-1]:
            widget.installEventFilter(self)  # Enter in any field records the service
        self.fields.retranslate()
        self.clear_form()

    # texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.fields.retranslate()
        self.heading.setText(translate("ServicesTab", "New ser&vice (Enter records it):"))
        self.add_button.setText(translate("ServicesTab", "&Record service"))
        self.hint.setText(
            translate(
                "ServicesTab",
                "The day, the kind and who gave it are in clear for the reports; the note is "
                "kept encrypted under the case's key. The minutes may be left empty.",
            )
        )
        self.record_actions.retranslate(
            translate("ServicesTab", "Correct service…"),
            translate("ServicesTab", "Strike out service…"),
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("ServicesTab", "Date"),
                translate("ServicesTab", "Kind"),
                translate("ServicesTab", "Given by"),
                translate("ServicesTab", "Minutes"),
                translate("ServicesTab", "Note"),
            ]
        )
        tabs = self._tabs()
        if tabs is not None:
            tabs.setTabText(tabs.indexOf(self), translate("ServicesTab", "Services"))
        if self.number:
            self.show_services()

    def _tabs(self) -> QTabWidget | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        return parent

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # data ---------------------------------------------------------------------------------

    def load(self, number: str) -> None:
        self.number = number
        self.show_services()

    def reload(self) -> None:
        if self.number:
            self.show_services()

    def show_services(self) -> None:
        try:
            self.views = list_services(self.workspace, self.number)
        except CaseappError as exc:
            self.views = []
            self.said.emit(translate_error(exc.template, exc.params))
        kinds = dict(kind_words())
        fill(
            self.table,
            [
                (
                    shown_date(v.service.given_on),
                    kinds.get(v.service.kind.value, v.service.kind.value),
                    v.given_by or "—",
                    "" if v.service.minutes is None else str(v.service.minutes),
                    v.service.note,
                )
                for v in self.views
            ],
        )
        self.record_actions.update_buttons()

    def clear_form(self) -> None:
        self.fields.day.set_value(date.today())
        self.fields.kind.setCurrentIndex(0)
        select_data(self.fields.given_by, self.workspace.actor.staff_id or None)
        self.fields.minutes.clear()
        self.fields.note.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            no_modifier = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            popup = isinstance(watched, QComboBox) and watched.view().isVisible()
            if no_modifier and enter and not popup:
                self.add()
                return True
        return super().eventFilter(watched, event)

    # actions ------------------------------------------------------------------------------

    def add(self) -> bool:
        try:
            service = self.fields.read()
        except ValueError:
            self.said.emit(translate("ServicesTab", "Please correct the fields marked in red."))
            return False
        if not self.ready():
            return False
        try:
            add_service(self.workspace, self.number, service)
        except CaseappError as exc:
            self.said.emit(translate_error(exc.template, exc.params))
            return False
        self.clear_form()
        self.show_services()
        self.changed.emit()
        self.said.emit(translate("ServicesTab", "Service recorded."))
        self.fields.kind.setFocus()  # ready for the next one
        return True

    def selected(self) -> ServiceView | None:
        row = self.table.currentRow()
        if not self.record_actions.selected() or not 0 <= row < len(self.views):
            return None
        return self.views[row]

    def change_selected(self) -> bool:
        view = self.selected()
        if view is None or not self.ready():
            return False
        dialog = ServiceEditDialog(
            self.workspace, self.number, view, self.fields.choices, self.window()
        )
        accepted = dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        if not accepted or not changed:
            return False
        self.show_services()
        self.changed.emit()
        self.said.emit(translate("ServicesTab", "The service was corrected."))
        return True

    def strike_selected(self) -> None:
        view = self.selected()
        if view is None or view.service.id is None:
            return
        what = describe(RecordKind.SERVICE, view.service, self.table)
        self.strike.emit(RecordKind.SERVICE.value, view.service.id, what)
