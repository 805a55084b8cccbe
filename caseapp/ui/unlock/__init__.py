"""The unlock screen and what it offers: a forgotten password reset with the recovery key, and
the new recovery key an upgrade shows once."""

from caseapp.ui.unlock.screen import UnlockDialog

__all__ = ["UnlockDialog"]
