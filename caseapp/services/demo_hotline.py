"""The demo's hotline log: the organisation's districts and a few fictitious calls a day over the
last months, so the log and the reports have something to show."""

from __future__ import annotations

import random
from datetime import date, timedelta

from caseapp.domain.enums import ViolenceType
from caseapp.domain.hotline import Call, Caller, Channel, Help
from caseapp.services.hotline import add_district, record_call
from caseapp.services.workspace import Workspace

DISTRICTS = (
    "Алмалинский район (demo)",
    "Бостандыкский район (demo)",
    "Ауэзовский район (demo)",
    "Медеуский район (demo)",
    "Карасайский район (demo)",
)
NOTES = ("", "", "", "просила перезвонить вечером (demo)", "спрашивала о приюте (demo)")


def create_demo_districts(workspace: Workspace) -> list[str]:
    return [add_district(workspace, name) for name in DISTRICTS]


def create_demo_calls(
    workspace: Workspace, today: date, seed: int, districts: list[str], days: int = 75
) -> int:
    rng = random.Random(seed)
    made = 0
    for back in range(days, -1, -1):
        day = today - timedelta(days=back)
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            hour = rng.randrange(8, 21 if back else 12)
            call = Call(
                called_on=day,
                channel=rng.choice([Channel.PHONE] * 6 + list(Channel)),
                caller=rng.choice([Caller.SURVIVOR] * 5 + list(Caller)),
                called_at=f"{hour:02d}:{rng.randrange(0, 60):02d}",
                violence_types=rng.sample(list(ViolenceType), rng.choice((0, 1, 1, 2))),
                district_id=rng.choice([*districts, None]),
                given=rng.sample(list(Help), rng.choice((1, 1, 2))),
                note=rng.choice(NOTES),
            )
            record_call(workspace, call)
            made += 1
    return made
