"""What this computer last saw of a database's audit log, kept outside the database.

The audit log's hash chain shows an edited, inserted or deleted entry, but not the last entries
removed together with the chain's head in the organisation row, nor the whole database put back
to an older copy: the chain is whole again, only shorter. Whoever can write the database file or
the server's tables (a server administrator, a thief with the disk) could hide what was done
that way. So each computer remembers the head it last saw (the entry's number and its keyed MAC)
in a small file in the user's configuration folder, and compares it at the next unlock:

- the log is now shorter than what was seen: entries were removed, or an older copy came back;
- the entry seen then is not there any more as it was: the history was rewritten from that
  point (or another database took this one's place).

The file holds the organisation's random id, the entry number, the MAC (keyed: worthless without
the keys) and a date; nothing about any person. A computer that never saw the database, or lost
the file, checks nothing: this detects, it cannot prevent.
"""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services.server_address import write_private_json
from caseapp.services.workspace import Workspace
from caseapp.storage.models import AuditEntry, Organisation

FILE_NAME = "audit-anchors.json"


class AnchorProblem(StrEnum):
    SHORTER = "shorter"
    REWRITTEN = "rewritten"


MESSAGES = {
    AnchorProblem.SHORTER: QT_TRANSLATE_NOOP(
        "errors",
        "Warning: this database's audit log ends at entry {now}, but on {seen_on} this computer "
        "saw it reach entry {seen}. Entries were removed, or an older copy of the database was "
        "put back. Tell your administrator before you rely on the case records.",
    ),
    AnchorProblem.REWRITTEN: QT_TRANSLATE_NOOP(
        "errors",
        "Warning: this database's audit log no longer holds entry {seen} as this computer saw it "
        "on {seen_on}: its history was rewritten from that point, or another copy of the "
        "database took its place. Tell your administrator before you rely on the case records.",
    ),
}


@dataclass(frozen=True)
class AnchorFinding:
    problem: AnchorProblem
    seen: int  # the entry number this computer saw last
    seen_on: date
    now: int  # where the log ends now

    @property
    def template(self) -> str:
        return MESSAGES[self.problem]

    @property
    def params(self) -> dict[str, object]:
        return {"seen": self.seen, "seen_on": self.seen_on.isoformat(), "now": self.now}

    @property
    def message(self) -> str:
        """The sentence in English (the command line's language)."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class _Anchor:
    seq: int
    mac: bytes
    seen_on: date


def _read(folder: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _anchor(folder: Path, database_id: str) -> _Anchor | None:
    """The anchor kept for this database; None when there is none or it is not one we wrote (a
    file edited by hand checks nothing rather than raising a false alarm)."""
    entry = _read(folder).get(database_id)
    if not isinstance(entry, dict):
        return None
    seq, mac, seen_on = entry.get("seq"), entry.get("mac"), entry.get("seen_on")
    if not (isinstance(seq, int) and isinstance(mac, str) and isinstance(seen_on, str)):
        return None
    try:
        return _Anchor(seq, bytes.fromhex(mac), date.fromisoformat(seen_on))
    except ValueError:
        return None


def _write(folder: Path, database_id: str, anchor: _Anchor | None) -> None:
    """Best effort: a configuration folder that cannot be written loses only this check."""
    data = _read(folder)
    if anchor is None:
        if database_id not in data:
            return  # nothing to forget: no file is made
        del data[database_id]
    else:
        data[database_id] = {
            "seq": anchor.seq,
            "mac": anchor.mac.hex(),
            "seen_on": anchor.seen_on.isoformat(),
        }
    with suppress(OSError):
        write_private_json(folder, FILE_NAME, data)


def _head(workspace: Workspace) -> tuple[str, int, bytes]:
    with workspace.session() as session:
        org = session.scalars(select(Organisation)).one()
        return org.id, org.audit_head_seq, bytes(org.audit_head_mac)


def _compare(workspace: Workspace, anchor: _Anchor | None, head_seq: int) -> AnchorFinding | None:
    if anchor is None or anchor.seq == 0:
        return None
    if head_seq < anchor.seq:
        return AnchorFinding(AnchorProblem.SHORTER, anchor.seq, anchor.seen_on, head_seq)
    with workspace.session() as session:
        mac = session.scalar(select(AuditEntry.mac).where(AuditEntry.seq == anchor.seq))
    if mac is None or bytes(mac) != anchor.mac:
        return AnchorFinding(AnchorProblem.REWRITTEN, anchor.seq, anchor.seen_on, head_seq)
    return None


def check_anchor(workspace: Workspace, folder: Path) -> AnchorFinding | None:
    """Compare the database's audit log with what this computer saw last; None when it holds
    everything seen then (or when this computer saw nothing yet)."""
    database_id, head_seq, _ = _head(workspace)
    return _compare(workspace, _anchor(folder, database_id), head_seq)


def remember_anchor(
    workspace: Workspace, folder: Path, today: date | None = None
) -> AnchorFinding | None:
    """Remember the head as this computer sees it now, when the log still holds what was seen
    before; otherwise leave the anchor where it was and return the finding (only
    ``accept_anchor``, once the person was told, moves it back)."""
    database_id, head_seq, head_mac = _head(workspace)
    anchor = _anchor(folder, database_id)
    finding = _compare(workspace, anchor, head_seq)
    if finding is None and (anchor is None or (anchor.seq, anchor.mac) != (head_seq, head_mac)):
        _write(folder, database_id, _Anchor(head_seq, head_mac, today or date.today()))
    return finding


def accept_anchor(workspace: Workspace, folder: Path, today: date | None = None) -> None:
    """The person was told of a finding: from now on compare with the database as it is."""
    database_id, head_seq, head_mac = _head(workspace)
    _write(folder, database_id, _Anchor(head_seq, head_mac, today or date.today()))


def forget_anchor(database_id: str, folder: Path) -> None:
    """A backup of this database was restored on purpose: the older log is expected."""
    _write(folder, database_id, None)
