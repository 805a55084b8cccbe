"""The organisation root each computer has seen, remembered outside the database.

The root's public keys are fixed when a database is created; their short fingerprint is on the
recovery sheet. A computer remembers it per organisation and per place (data folder or server
address) the first time, and refuses to unlock when a database it knows shows another root:
someone may have replaced the database, or re-signed its authority under a root of her own.
"""

from __future__ import annotations

import json
from contextlib import suppress

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services.errors import OperationFailed
from caseapp.services.server_address import config_folder, write_private_json
from caseapp.storage import authority as auth
from caseapp.storage.database import Database
from caseapp.storage.engine import without_password
from caseapp.storage.keys import root_fingerprint

FILE_NAME = "known-roots.json"


class UnknownRoot(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This database's organisation key has the fingerprint {found}, but this computer knew it "
        "as {known}: the database may have been replaced. Compare with the fingerprint on the "
        "recovery sheet and ask your administrator before you go on.",
    )


def _read() -> dict[str, dict[str, str]]:
    try:
        data = json.loads((config_folder() / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def place_of(db: Database) -> str:
    return without_password(db.url)


def check(db: Database, authority: auth.Authority) -> None:
    found = root_fingerprint(authority.root_sign_pub, authority.root_box_pub)
    data = _read()
    for known in (
        data.get("organisations", {}).get(authority.org_id),
        data.get("places", {}).get(place_of(db)),
    ):
        if known is not None and known != found:
            raise UnknownRoot(found=found, known=known, org=authority.org_id)


def remember(db: Database, org_id: str, fingerprint: str) -> None:
    data = _read()
    if (
        data.get("organisations", {}).get(org_id) == fingerprint
        and data.get("places", {}).get(place_of(db)) == fingerprint
    ):
        return
    data.setdefault("organisations", {})[org_id] = fingerprint
    data.setdefault("places", {})[place_of(db)] = fingerprint
    with suppress(OSError):
        write_private_json(config_folder(), FILE_NAME, data)


def trust(db: Database, org_id: str, fingerprint: str) -> None:
    """The person compared the fingerprint with the recovery sheet: trust this root here."""
    data = _read()
    data.setdefault("organisations", {})[org_id] = fingerprint
    data.setdefault("places", {})[place_of(db)] = fingerprint
    with suppress(OSError):
        write_private_json(config_folder(), FILE_NAME, data)


def trust_found(db: Database, refused: UnknownRoot) -> None:
    """Trust the root a refusal named (the person compared it with the recovery sheet)."""
    trust(db, str(refused.params["org"]), str(refused.params["found"]))
