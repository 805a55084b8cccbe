"""The case window's Incident tab: the dates, risk, violence, perpetrator and relationship, her
district and whether she is counted (saved with the case), the case's status with Close/Reopen
(saved at once), and the dated incident log (each incident saved at once). Texts keep the
"CaseWindow" translation context they had inside the window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain import records as rec
from caseapp.domain.changes import RecordKind
from caseapp.domain.closing import close, reopen
from caseapp.domain.enums import CaseStatus, Relation, RiskLevel, ViolenceType
from caseapp.ui.case.closing import CloseCaseDialog, status_words
from caseapp.ui.case_tables import (
    fill,
    iso,
    make_table,
    relabel,
    select_data,
    set_items,
)
from caseapp.ui.forms import IncidentDialog
from caseapp.ui.record_actions import RecordActions, describe
from caseapp.ui.widgets import DateField

translate = QCoreApplication.translate


class IncidentTab(QWidget):
    """Dates, risk, violence, perpetrator and relationship (saved with the case), the case's
    status with its Close/Reopen button (saved at once), and the dated incident log below them
    (each incident saved at once)."""

    edited = Signal()
    change = Signal(object)  # a function that changes the record, to apply and save
    strike = Signal(str, str, str)  # record kind, its id, what it is in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: rec.CaseRecord | None = None
        self.violence = {v: QCheckBox() for v in ViolenceType}
        self.relation, self.risk = QComboBox(), QComboBox()
        self.perpetrator = QLineEdit()
        self.perpetrator.setObjectName("perpetrator")
        self.opened_on = DateField("opened_on", required=True)
        # Her district, from the organisation's list (retired ones only where already chosen).
        self.district = QComboBox()
        self.district.setObjectName("district")
        self.districts: list[tuple[str, str, bool]] = []  # id, name, retired
        # She may refuse to be counted in the statistics; counted unless she does.
        self.counted = QCheckBox()
        self.counted.setObjectName("counted")
        self.counted.setChecked(True)
        # Open, or closed on a date with a reason: changed only through "Close the case…".
        self.status_text = QLabel()
        self.status_text.setObjectName("case_status")
        self.status_text.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_case")
        self.close_button.clicked.connect(self.close_or_reopen)
        self.status_row = QWidget()
        status_layout = QHBoxLayout(self.status_row)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status_text, 1)
        status_layout.addWidget(self.close_button)
        form_widget = QWidget()
        self.form = QFormLayout(form_widget)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.incidents = make_table("incidents", 4)
        self.incidents_label = QLabel()
        self.add_incident_button = QPushButton()
        self.add_incident_button.setObjectName("add_incident")
        self.add_incident_button.clicked.connect(self.add_incident)
        self.incident_actions = RecordActions(
            self.incidents, self.change_incident, self.strike_incident
        )
        incident_buttons = QHBoxLayout()
        incident_buttons.addWidget(self.add_incident_button)
        incident_buttons.addWidget(self.incident_actions.edit_button)
        incident_buttons.addWidget(self.incident_actions.strike_button)
        incident_buttons.addStretch()
        page_layout = QVBoxLayout(self)
        page_layout.addWidget(form_widget)
        page_layout.addWidget(self.incidents_label)
        page_layout.addWidget(self.incidents, 1)
        page_layout.addLayout(incident_buttons)
        self._violence_labels: dict[ViolenceType, str] = {}
        self.violence_row = QWidget()
        row_layout = QHBoxLayout(self.violence_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.violence.values():
            row_layout.addWidget(box)
            box.toggled.connect(self.edited)
        for combo in (self.relation, self.risk, self.district):
            combo.currentIndexChanged.connect(self.edited)
        self.perpetrator.textChanged.connect(self.edited)
        self.opened_on.changed.connect(self.edited)
        self.counted.toggled.connect(self.edited)

    def retranslate(self) -> None:
        labels = {
            ViolenceType.PHYSICAL: translate("CaseWindow", "Physical"),
            ViolenceType.PSYCHOLOGICAL: translate("CaseWindow", "Psychological"),
            ViolenceType.SEXUAL: translate("CaseWindow", "Sexual"),
            ViolenceType.ECONOMIC: translate("CaseWindow", "Economic"),
        }
        for kind, box in self.violence.items():
            box.setText(labels[kind])
        self._violence_labels = labels
        relations = (
            (Relation.SPOUSE, translate("CaseWindow", "Spouse")),
            (Relation.FORMER_SPOUSE, translate("CaseWindow", "Former spouse")),
            (Relation.COHABITANT, translate("CaseWindow", "Cohabiting partner")),
            (Relation.FORMER_COHABITANT, translate("CaseWindow", "Former partner")),
            (Relation.RELATIVE, translate("CaseWindow", "Close relative")),
            (Relation.CHILD_IN_COMMON, translate("CaseWindow", "Has a child in common")),
            (Relation.OTHER, translate("CaseWindow", "Other")),
        )
        set_items(self.relation, [(None, "—")] + [(r.value, t) for r, t in relations])
        risks = (
            (RiskLevel.UNKNOWN, translate("CaseWindow", "Not assessed")),
            (RiskLevel.LOW, translate("CaseWindow", "Low")),
            (RiskLevel.STANDARD, translate("CaseWindow", "Standard")),
            (RiskLevel.MEDIUM, translate("CaseWindow", "Medium")),
            (RiskLevel.HIGH, translate("CaseWindow", "High")),
        )
        set_items(self.risk, [(k.value, t) for k, t in risks])
        relabel(
            self.form,
            [
                (translate("CaseWindow", "Opened on:"), self.opened_on),
                (translate("CaseWindow", "Status:"), self.status_row),
                (translate("CaseWindow", "Risk:"), self.risk),
                (translate("CaseWindow", "Violence:"), self.violence_row),
                (translate("CaseWindow", "Perpetrator:"), self.perpetrator),
                (translate("CaseWindow", "Relationship:"), self.relation),
                (translate("CaseWindow", "District:"), self.district),
                (translate("CaseWindow", "Statistics:"), self.counted),
            ],
        )
        self.counted.setText(translate("CaseWindow", "Counted in statistics (she may refuse)"))
        self.counted.setToolTip(
            translate(
                "CaseWindow",
                "Reports count cases only; untick when she does not want her case counted.",
            )
        )
        self.incidents_label.setText(translate("CaseWindow", "Incident log"))
        self.add_incident_button.setText(translate("CaseWindow", "Add an &incident…"))
        self.incident_actions.retranslate(
            translate("CaseWindow", "Edit incident…"),
            translate("CaseWindow", "Strike out incident…"),
        )
        self.incidents.setHorizontalHeaderLabels(
            [
                translate("CaseWindow", "Date"),
                translate("CaseWindow", "Violence"),
                translate("CaseWindow", "Reported to the police"),
                translate("CaseWindow", "Description"),
            ]
        )
        if self.record is not None:
            self.show_record(self.record)
            self._show_status(self.record)

    def _show_status(self, record: rec.CaseRecord) -> None:
        text = status_words(record)
        if record.status == CaseStatus.CLOSED and record.closing_outcome:
            text += "\n" + translate("CaseWindow", "Outcome: %1").replace(
                "%1", record.closing_outcome
            )
        self.status_text.setText(text)
        closed = record.status == CaseStatus.CLOSED
        self.close_button.setText(
            translate("CaseWindow", "&Reopen the case…")
            if closed
            else translate("CaseWindow", "&Close the case…")
        )

    def close_or_reopen(self) -> None:
        """Close the case through its dialog, or reopen a closed one once she confirms."""
        record = self.record
        if record is None:
            return
        if record.status == CaseStatus.CLOSED:
            answer = QMessageBox.question(
                self,
                translate("CaseWindow", "Reopen the case"),
                translate(
                    "CaseWindow",
                    "Reopen case %1? Its closing date, reason and outcome are cleared; the "
                    "case's history keeps them.",
                ).replace("%1", record.number),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.change.emit(reopen)
            return
        dialog = CloseCaseDialog(record, self)
        if dialog.exec():
            on, reason, outcome = dialog.result_item
            self.change.emit(lambda r: close(r, on, reason, outcome, date.today()))
        dialog.deleteLater()

    def load(self, record: rec.CaseRecord) -> None:
        """Show the record's values in the form and its incident log."""
        for kind, box in self.violence.items():
            box.setChecked(kind in record.violence_types)
        self.perpetrator.setText(record.perpetrator.full_name)
        self.opened_on.set_value(record.opened_on)
        self.counted.setChecked(record.counted)
        self.record = record
        self.retranslate()
        relation = record.perpetrator.relation
        select_data(self.relation, relation.value if relation else None)
        select_data(self.risk, record.risk.value)
        self._fill_districts(record.district_id)
        # An assessed case's risk is its latest assessment's (the Risk tab), not chosen here.
        self.risk.setEnabled(not record.risk_assessed)
        self.risk.setToolTip(
            translate("CaseWindow", "The latest risk assessment's level (the Risk tab)")
            if record.risk_assessed
            else ""
        )

    def _fill_districts(self, chosen: str | None) -> None:
        items: list[tuple[str | None, str]] = [(None, "—")]
        items += [(i, name) for i, name, retired in self.districts if not retired or i == chosen]
        set_items(self.district, items)
        select_data(self.district, chosen)

    def show_record(self, record: rec.CaseRecord) -> None:
        self.record = record
        fill(
            self.incidents,
            [
                (
                    iso(i.occurred_on),
                    ", ".join(
                        self._violence_labels.get(v, v.value)
                        for v in ViolenceType
                        if v in i.violence_types
                    ),
                    translate("CaseWindow", "Yes")
                    if i.reported_to_police
                    else translate("CaseWindow", "No"),
                    i.description.replace("\n", " "),
                )
                for i in record.incidents
            ],
        )

    def fields(self) -> tuple[DateField, ...]:
        """The fields that can be marked invalid."""
        return (self.opened_on,)

    def collect_into(self, record: rec.CaseRecord) -> None:
        """Copy the form into ``record``; the fields must be valid."""
        record.violence_types = [k for k, box in self.violence.items() if box.isChecked()]
        relation = self.relation.currentData()
        record.perpetrator = rec.Perpetrator(
            self.perpetrator.text().strip(), Relation(relation) if relation else None
        )
        record.risk = RiskLevel(self.risk.currentData())
        record.counted = self.counted.isChecked()
        record.district_id = self.district.currentData()
        opened = self.opened_on.value()
        assert opened is not None
        record.opened_on = opened

    def add_incident(self) -> None:
        dialog = IncidentDialog(self)
        if dialog.exec():
            self.change.emit(lambda r: r.incidents.append(dialog.result_item))

    def selected_incident(self) -> rec.Incident | None:
        incidents = self.record.incidents if self.record is not None else []
        row = self.incidents.currentRow()
        if not self.incident_actions.selected():
            return None
        return incidents[row] if 0 <= row < len(incidents) else None

    def change_incident(self) -> None:
        row = self.incidents.currentRow()
        incident = self.selected_incident()
        if incident is None:
            return
        dialog = IncidentDialog(self, incident)
        if dialog.exec():

            def corrected(r: rec.CaseRecord) -> None:
                r.incidents[row] = dialog.result_item
                r.incidents.sort(key=lambda i: i.occurred_on)

            self.change.emit(corrected)

    def strike_incident(self) -> None:
        incident = self.selected_incident()
        if incident is not None and incident.id:
            kind = RecordKind.INCIDENT
            self.strike.emit(kind.value, incident.id, describe(kind, incident, self.incidents))
