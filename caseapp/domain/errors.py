"""Errors that carry one sentence for a person, never personal data.

Messages are English templates with named placeholders; the user interface translates the
template (see `QT_TRANSLATE_NOOP` below) and fills in the parameters. Parameters hold field names,
indexes and dates, never names or other personal values.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for Qt Linguist extraction without importing Qt into the domain."""
    return text


class CaseappError(Exception):
    """Base of every error that is shown to a person as one sentence."""

    template: str = QT_TRANSLATE_NOOP("errors", "The operation failed.")

    def __init__(self, template: str | None = None, **params: object) -> None:
        self.template = template or type(self).template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class InvalidInput(CaseappError):
    """Bad input from a person or a file: exit code 2 on the command line."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        self.field = field
        super().__init__(template, field=field, **params)


class OperationFailed(CaseappError):
    """A well-formed request that could not be carried out: exit code 1 on the command line."""
