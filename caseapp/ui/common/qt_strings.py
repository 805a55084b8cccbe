"""Qt's own strings that Qt's Kazakh catalogue (qtbase_kk) leaves in English: the file dialog's
"Look in:" and "Files of type:" among them. Marked here so our catalogues carry them; Qt asks its
own catalogue first and falls back to ours. Never imported for its values: lupdate reads it."""

from __future__ import annotations

from caseapp.domain.errors import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "My Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "Drive"),
    QT_TRANSLATE_NOOP("QFileDialog", "File"),
    QT_TRANSLATE_NOOP("QFileDialog", "File Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Alias"),
    QT_TRANSLATE_NOOP("QFileDialog", "Shortcut"),
    QT_TRANSLATE_NOOP("QFileDialog", "Unknown"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages per sheet:"),
)
