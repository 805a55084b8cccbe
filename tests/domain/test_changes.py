"""What changed in a case, as the history keeps it: compared by record id, kept as JSON values,
read back whole; any other audit detail reads as no change."""

from __future__ import annotations

from datetime import date

from caseapp.domain import records as rec
from caseapp.domain.changes import (
    Action,
    FieldChange,
    RecordChange,
    RecordKind,
    case_changes,
    decode,
    encode,
)
from caseapp.domain.enums import CheckOutcome, RecipientKind


def _case() -> rec.CaseRecord:
    return rec.CaseRecord(
        rec.Client("Жанар"),
        date(2026, 3, 1),
        orders=[
            rec.ProtectionOrder(
                date(2026, 3, 2),
                date(2026, 3, 31),
                number="ЗП-1",
                id="o1",
                checks=[rec.PoliceCheck(date(2026, 3, 6), CheckOutcome.COMPLIED, id="c1")],
            )
        ],
        stays=[rec.ShelterStay(date(2026, 3, 2), room="Room 1", id="s1")],
        consents=[rec.Consent(RecipientKind.POLICE, date(2026, 3, 1), date(2026, 9, 1), id="k1")],
    )


def test_changes_are_matched_by_id_and_a_record_left_out_is_no_change() -> None:
    before, after = _case(), _case()
    after.orders[0].checks[0].outcome = CheckOutcome.VIOLATED
    after.stays[0].room = "Room 2"
    after.consents = []  # left out: records are struck out, never removed
    after.orders[0].checks.append(rec.PoliceCheck(date(2026, 3, 12), CheckOutcome.NOT_REACHED))
    assert case_changes(before, after) == [
        RecordChange(
            RecordKind.CHECK,
            Action.CHANGED,
            (("checked_on", "2026-03-06"),),
            (FieldChange("outcome", "complied", "violated"),),
        ),
        RecordChange(RecordKind.CHECK, Action.ADDED, (("checked_on", "2026-03-12"),)),
        RecordChange(
            RecordKind.STAY,
            Action.CHANGED,
            (("admitted_on", "2026-03-02"),),
            (FieldChange("room", hidden=True),),
        ),
    ]
    assert case_changes(before, _case()) == []


def test_changes_read_back_as_written() -> None:
    changes = [
        RecordChange(
            RecordKind.INCIDENT,
            Action.CHANGED,
            (("occurred_on", "2026-02-28"),),
            (FieldChange("violence_types", ["physical"], ["physical", "economic"]),),
        ),
        RecordChange(RecordKind.STAY, Action.CHANGED, (), (FieldChange("room", hidden=True),)),
        RecordChange(RecordKind.CHECK, Action.STRUCK_OUT, (("checked_on", None),), reason="ошибка"),
        RecordChange(RecordKind.CASE, Action.DELETED, reason="Opened twice"),
    ]
    detail = encode(changes)
    assert "Room" not in detail
    assert decode(detail) == changes


def test_any_other_detail_reads_as_no_change() -> None:
    for detail in (
        "",
        "letter 1/2026: police, ru, sha256 00",
        "0f" * 16,
        "{not json",
        '{"format": "other"}',
        '{"format": "caseapp-changes/1", "changes": [{"kind": "spaceship"}]}',
        '{"format": "caseapp-changes/1", "changes": 3}',
    ):
        assert decode(detail) == []
