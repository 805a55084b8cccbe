"""``caseapp check``: the database's own integrity, every ciphertext, and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, text

from caseapp.services.workspace import Workspace
from caseapp.storage import audit
from caseapp.storage.case_repo import all_encrypted_rows
from caseapp.storage.crypto import FIELD_VERSION, DecryptionFailed
from caseapp.storage.database import Database
from caseapp.storage.fields import encrypted_fields


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    records_checked: int = 0
    keyed: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database, workspace: Workspace | None = None) -> IntegrityReport:
    """Structure always; with an unlocked workspace also every field's authentication tag and
    the audit chain's MACs. Problems name records by table and random id, never by content."""
    report = IntegrityReport(keyed=workspace is not None)
    with db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            result = connection.execute(text("PRAGMA integrity_check")).scalars().all()
            if result != ["ok"]:
                report.problems.append("The database file is damaged: " + "; ".join(result[:5]))
                return report
    with db.session(workspace.keys if workspace else None) as session:
        for model in all_encrypted_rows():
            table = model.__tablename__
            descriptors = encrypted_fields(model)
            for row in session.scalars(select(model)):
                report.records_checked += 1
                for d in descriptors:
                    blob = getattr(row, d.ct_attr)
                    if blob is None:
                        continue
                    if blob[:1] != bytes([FIELD_VERSION]):
                        report.problems.append(
                            f"{table} {row.id}: field '{d.name}' is not a ciphertext."
                        )
                    elif workspace is not None:
                        try:
                            workspace.keys.field.open(table, d.name, row.id, blob)
                        except DecryptionFailed:
                            report.problems.append(
                                f"{table} {row.id}: field '{d.name}' is damaged or was moved."
                            )
        if workspace is not None:
            report.problems.extend(audit.verify(session, workspace.keys))
    return report
