"""The letter dialog's emergency override: offered once a letter was refused for lack of consent,
a tick and a written reason of a minimum length. Its texts keep the letter dialog's translation
context ("LetterDialog"), where they were before this box had a module of its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from caseapp.services.letters import MIN_OVERRIDE_REASON

_ERROR_STYLE = "color: #a40000"


class OverrideBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("override_box")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.override = QCheckBox()
        self.override.setObjectName("override")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("override_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setBuddy(self.reason)
        self.reason_hint = QLabel()
        self.reason_hint.setObjectName("reason_hint")
        self.reason_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.override)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_hint)
        self.hide()

    def retranslate(self) -> None:
        self.override.setText(
            QCoreApplication.translate("LetterDialog", "Emergency &override (threat to life)")
        )
        self.reason_label.setText(
            QCoreApplication.translate(
                "LetterDialog",
                "Written &reason why it cannot wait for consent (kept in the audit log):",
            )
        )

    def missing(self) -> int:
        """How many more characters the reason needs."""
        return MIN_OVERRIDE_REASON - len(" ".join(self.reason.toPlainText().split()))

    def update_state(self, issued: bool) -> bool:
        """Enable what may be changed and say how long the reason must be; whether the
        override, when ticked, is ready."""
        self.override.setEnabled(not issued)
        ticked = self.override.isChecked()
        self.reason.setEnabled(not issued and ticked)
        missing = self.missing()
        if ticked and missing > 0:
            self.reason_hint.setStyleSheet(_ERROR_STYLE)
            self.reason_hint.setText(
                QCoreApplication.translate(
                    "LetterDialog", "At least %1 characters; %2 more needed."
                )
                .replace("%1", str(MIN_OVERRIDE_REASON))
                .replace("%2", str(missing))
            )
        else:
            self.reason_hint.setStyleSheet("")
            self.reason_hint.setText(
                QCoreApplication.translate("LetterDialog", "At least %1 characters.").replace(
                    "%1", str(MIN_OVERRIDE_REASON)
                )
            )
        return not ticked or missing <= 0

    def reason_given(self) -> str | None:
        """The written reason, sent only when the override is ticked and a reason is given."""
        if not self.override.isChecked() or self.isHidden():
            return None
        return self.reason.toPlainText().strip() or None
