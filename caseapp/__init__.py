"""caseapp: encrypted case management for crisis centres."""

__version__ = "0.1.0"
