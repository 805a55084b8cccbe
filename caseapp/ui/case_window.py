"""The case window moved to ``caseapp.ui.case.window`` (its tabs to ``caseapp.ui.case``); this
name stays importable."""

from caseapp.ui.case.tabs import TAB_NAMES as TABS
from caseapp.ui.case.window import CaseWindow

__all__ = ["TABS", "CaseWindow"]
