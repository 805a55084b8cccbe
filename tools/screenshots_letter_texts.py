"""Screenshots of the letter-texts editor in ru/kk/en, for docs/ (run under offscreen Qt, on a fresh
demo database: the preview's case is fictitious).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_letter_texts.py docs/
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from caseapp.services.demo import create_demo
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database
from caseapp.ui.i18n import install_language
from caseapp.ui.letters.texts_editor import LetterTextsEditor


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder), create=True)
        workspace = create_demo(
            db,
            cases=5,
            seed=7,
            today=date.today(),
            kdf=KdfParams(iterations=1, memory_kib=8, lanes=1),
        )
        for language in ("ru", "kk", "en"):
            install_language(language)
            dialog = LetterTextsEditor(workspace)
            dialog.kind.setCurrentIndex(dialog.kind.findData("police_checks"))
            dialog.lang.setCurrentIndex(dialog.lang.findData(language))
            dialog.show()
            app.processEvents()
            # A misspelt placeholder in the second paragraph: the sentence and the red frame.
            second = dialog.parts.paragraphs[1]
            second.editor.setPlainText(second.text().replace("{order_expires_on}", "{order_ends}"))
            dialog.placeholders.list.setCurrentRow(
                dialog.placeholders.names().index("{order_expires_on}")
            )
            dialog.placeholders.list.scrollToItem(dialog.placeholders.list.currentItem())
            app.processEvents()
            dialog.grab().save(str(out / f"letter-texts-editor-{language}.png"))
            dialog.dirty = False
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
        workspace.lock()
        db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
