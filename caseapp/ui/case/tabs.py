"""The case window's tabs, in order, one line each: the name ``CaseWindow.show_tab`` takes, the
window's attribute holding the page, and the tab's title (translated in the "CaseWindow"
context). A page with a ``retranslate()`` method is retranslated with the window."""

from __future__ import annotations

from typing import Final

from caseapp.domain.errors import QT_TRANSLATE_NOOP

TABS: Final[tuple[tuple[str, str, str], ...]] = (
    ("client", "client_page", QT_TRANSLATE_NOOP("CaseWindow", "Client")),
    ("incident", "incident_page", QT_TRANSLATE_NOOP("CaseWindow", "Incident")),
    ("risk", "risk_page", QT_TRANSLATE_NOOP("CaseWindow", "Risk")),
    ("safety", "safety_page", QT_TRANSLATE_NOOP("CaseWindow", "Safety plan")),
    ("orders", "orders_page", QT_TRANSLATE_NOOP("CaseWindow", "Protection orders")),
    ("shelter", "shelter_page", QT_TRANSLATE_NOOP("CaseWindow", "Shelter")),
    ("consents", "consents_page", QT_TRANSLATE_NOOP("CaseWindow", "Consents")),
    ("files", "files_page", QT_TRANSLATE_NOOP("CaseWindow", "Files")),
    ("notes", "notes_page", QT_TRANSLATE_NOOP("CaseWindow", "Notes")),
    ("history", "history", QT_TRANSLATE_NOOP("CaseWindow", "History")),
)
# The Services tab installs itself after these (``ServicesTab.install``), so it comes last.
TAB_NAMES: Final = (*(name for name, _, _ in TABS), "services")
