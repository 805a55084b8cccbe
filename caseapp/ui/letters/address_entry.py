"""One address book entry, added or edited: its kind of recipient and, per language (a tab each),
the addressee's position and name as they print, the body's name and its address."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.address_book import FIELDS, LANGS, Addressee, AddresseeKind
from caseapp.domain.errors import CaseappError
from caseapp.services import address_book as book
from caseapp.services.workspace import Workspace
from caseapp.ui.i18n import LANGUAGES, translate_error

KIND_LABELS = {
    AddresseeKind.POLICE: QT_TRANSLATE_NOOP("AddresseeKinds", "Police"),
    AddresseeKind.COURT: QT_TRANSLATE_NOOP("AddresseeKinds", "Court"),
    AddresseeKind.MEDICAL: QT_TRANSLATE_NOOP("AddresseeKinds", "Medical organisation"),
    AddresseeKind.LEGAL_AID: QT_TRANSLATE_NOOP("AddresseeKinds", "Legal aid"),
    AddresseeKind.SHELTER: QT_TRANSLATE_NOOP("AddresseeKinds", "Shelter"),
    AddresseeKind.SOCIAL: QT_TRANSLATE_NOOP("AddresseeKinds", "Social protection"),
    AddresseeKind.FAMILY_SUPPORT_CENTRE: QT_TRANSLATE_NOOP(
        "AddresseeKinds", "Family support centre"
    ),
    AddresseeKind.GUARDIANSHIP: QT_TRANSLATE_NOOP("AddresseeKinds", "Guardianship body"),
    AddresseeKind.PROSECUTOR: QT_TRANSLATE_NOOP("AddresseeKinds", "Prosecutor's office"),
}


def kind_label(kind: AddresseeKind) -> str:
    return QCoreApplication.translate("AddresseeKinds", str(KIND_LABELS[kind]))


_ERROR_STYLE = "color: #a40000"


class AddressEntryDialog(QDialog):
    """Saving goes through the service (which checks the fields and who may change the book);
    a refusal is shown in one sentence and the dialog stays open."""

    def __init__(self, workspace: Workspace, entry: Addressee, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("address_entry_dialog")
        self.workspace = workspace
        self.entry = entry
        self.entry_id: str | None = entry.id
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("languages")
        self.fields: dict[str, dict[str, QPlainTextEdit | QLineEdit]] = {}
        self.labels: dict[str, dict[str, QLabel]] = {}
        for lang in LANGS:
            page = QWidget()
            form = QFormLayout(page)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            self.fields[lang], self.labels[lang] = {}, {}
            for f in FIELDS:
                widget: QPlainTextEdit | QLineEdit
                if f == "name":
                    widget = QLineEdit(entry.text(lang, f))
                else:
                    widget = QPlainTextEdit(entry.text(lang, f))
                    widget.setTabChangesFocus(True)
                    widget.setMaximumHeight(56)
                widget.setObjectName(f"{f}_{lang}")
                label = QLabel()
                label.setBuddy(widget)
                form.addRow(label, widget)
                self.fields[lang][f], self.labels[lang][f] = widget, label
            self.tabs.addTab(page, LANGUAGES[lang])
        self.phone = QLineEdit(entry.phone)
        self.phone.setObjectName("phone")
        self.email = QLineEdit(entry.email)
        self.email.setObjectName("email")
        self.phone_label, self.email_label = QLabel(), QLabel()
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(self.kind_label, self.kind)
        bottom = QFormLayout()
        bottom.addRow(self.phone_label, self.phone)
        bottom.addRow(self.email_label, self.email)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.kind.setCurrentIndex(max(0, self.kind.findData(AddresseeKind(entry.kind).value)))
        self.resize(560, 520)

    def retranslate(self) -> None:
        new = self.entry.id is None
        self.setWindowTitle(
            self.tr("New address book entry") if new else self.tr("Address book entry")
        )
        current = self.kind.currentData()
        self.kind.clear()
        for kind in AddresseeKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind_label.setText(self.tr("&Kind of recipient:"))
        self.hint.setText(
            self.tr(
                "Write each text as the letter is to print it in that language, declined as an "
                "addressee line is (to whom: «To the Head of …»). A letter prints the position, "
                "the body, the name and the address, in that order."
            )
        )
        names = {
            "position": self.tr("&Position:"),
            "name": self.tr("&Name of the official:"),
            "body": self.tr("&Body:"),
            "address": self.tr("&Address:"),
        }
        for lang in LANGS:
            for f in FIELDS:
                self.labels[lang][f].setText(names[f])
        self.phone_label.setText(self.tr("&Phone:"))
        self.email_label.setText(self.tr("&E-mail:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def value(self) -> Addressee:
        texts: dict[str, dict[str, str]] = {}
        for lang in LANGS:
            texts[lang] = {}
            for f in FIELDS:
                widget = self.fields[lang][f]
                text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
                texts[lang][f] = text
        return Addressee(
            kind=AddresseeKind(str(self.kind.currentData())),
            texts=texts,
            phone=self.phone.text(),
            email=self.email.text(),
            office_id=self.entry.office_id,
            id=self.entry.id,
            version=self.entry.version,
        )

    def save(self) -> bool:
        """Add or update the entry; on a refusal say why and stay open."""
        try:
            if self.entry.id is None:
                self.entry_id = book.add_entry(self.workspace, self.value())
            else:
                book.update_entry(self.workspace, self.value())
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return False
        self.accept()
        return True
