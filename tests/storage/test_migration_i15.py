"""Migration i15: an organisation's own copy of an old kind's text becomes the nearest new
kind's, and the kind columns take the new, longer names (on PostgreSQL too)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from caseapp.services import workspace as ws
from caseapp.services.letter_texts import letter_text_source, set_letter_text
from caseapp.storage import schema
from caseapp.storage.database import Database
from tests.conftest import ADMIN_PASSWORD
from tests.letters.sample import set_up_organisation


def _kinds(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return sorted(connection.execute(text("SELECT kind FROM letter_text")).scalars())


def test_old_kinds_texts_move_to_the_nearest_purpose(
    db: Database, admin: ws.Workspace, db_target: str
) -> None:
    set_up_organisation(admin)
    own = 'addressee = "Начальнику"\ntitle = "Своё"\nbody = ["{organisation}: {client}."]\n'
    set_letter_text(admin, "police_checks", "ru", own)
    set_letter_text(admin, "legal_aid", "kk", own)
    with db.engine.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
    assert _kinds(db) == ["legal_aid", "police"]
    db.close()

    upgraded = ws.open_database(db_target)  # runs i15
    assert schema.current_revision(upgraded.engine) == schema.head_revision()
    assert _kinds(upgraded) == ["legal_aid", "police_checks"]
    workspace = ws.unlock(upgraded, "admin", ADMIN_PASSWORD)
    assert letter_text_source(workspace, "police", "ru") == own  # the old name still finds it
    set_letter_text(workspace, "family_support_centre", "ru", own)  # 21 characters fit
    assert "family_support_centre" in _kinds(upgraded)
    upgraded.close()
