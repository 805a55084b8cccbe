"""Organisation details and settings: read by everyone, changed by an administrator only."""

from __future__ import annotations

from dataclasses import dataclass, fields

from caseapp.domain.enums import CaseVisibility, Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.iin import is_valid_iin
from caseapp.domain.risk import DEFAULT_HIGH_AT, DEFAULT_MEDIUM_AT, Thresholds, check_thresholds
from caseapp.domain.statistics import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    check_threshold,
)
from caseapp.services import grants
from caseapp.services.errors import InvalidInput
from caseapp.services.workspace import OrganisationDetails, Workspace
from caseapp.storage import authority as auth


@dataclass
class OrganisationSettings:
    details: OrganisationDetails
    bed_count: int
    idle_lock_minutes: int
    # Which cases case workers and lawyers see; administrators see all.
    case_visibility: CaseVisibility = CaseVisibility.ASSIGNED
    # Reports show a count below this as "<5" (domain.statistics).
    report_threshold: int = DEFAULT_THRESHOLD
    # The risk assessment's thresholds: medium from this score, high from that one.
    risk_medium_at: int = DEFAULT_MEDIUM_AT
    risk_high_at: int = DEFAULT_HIGH_AT


def idle_lock_minutes(value: object) -> int:
    """The auto-lock minutes as read from the database, kept within 1 to 240 whatever the file
    says (a value written outside the program must not keep a session open for days)."""
    try:
        minutes = int(str(value))
    except (TypeError, ValueError):
        return 5
    return min(240, max(1, minutes))


def get_settings(workspace: Workspace) -> OrganisationSettings:
    with workspace.session() as session:
        org = workspace.organisation(session)
        details = OrganisationDetails(
            **{f.name: getattr(org, f.name) for f in fields(OrganisationDetails)}
        )
        try:  # the signed record decides
            visibility = CaseVisibility(workspace.authority.visibility)
        except ValueError:
            visibility = CaseVisibility.ASSIGNED
        threshold = org.report_threshold
        if threshold is None or not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
            threshold = DEFAULT_THRESHOLD
        return OrganisationSettings(
            details,
            org.bed_count,
            idle_lock_minutes(org.idle_lock_minutes),
            visibility,
            threshold,
            org.risk_medium_at,
            org.risk_high_at,
        )


def update_settings(workspace: Workspace, new: OrganisationSettings) -> None:
    workspace.require_role(Role.ADMIN)
    if not 0 <= new.bed_count <= 10_000:
        raise InvalidInput(
            "bed_count", QT_TRANSLATE_NOOP("errors", "The number of beds must be 0 to 10000.")
        )
    if not 1 <= new.idle_lock_minutes <= 240:
        raise InvalidInput(
            "idle_lock_minutes",
            QT_TRANSLATE_NOOP("errors", "Auto-lock must be between 1 and 240 minutes."),
        )
    check_threshold(new.report_threshold)
    if not new.details.name_ru.strip():
        raise InvalidInput("name_ru", QT_TRANSLATE_NOOP("errors", "The organisation needs a name."))
    bin_ = new.details.bin.strip()
    if bin_ and not is_valid_iin(bin_):  # a BIN has the IIN's 12 digits and check digit
        raise InvalidInput(
            "bin",
            QT_TRANSLATE_NOOP(
                "errors", "The BIN must have 12 digits, the last one a correct check digit."
            ),
        )
    check_thresholds(Thresholds(new.risk_medium_at, new.risk_high_at))
    try:
        visibility = CaseVisibility(new.case_visibility)
    except ValueError:
        raise InvalidInput(
            "case_visibility",
            QT_TRANSLATE_NOOP(
                "errors", "Who sees which cases must be 'all', 'office' or 'assigned'."
            ),
        ) from None
    with workspace.transaction() as session:
        authority = workspace.require_admin(session)
        org = workspace.organisation(session)
        for f in fields(OrganisationDetails):
            setattr(org, f.name, getattr(new.details, f.name).strip())
        org.bed_count = new.bed_count
        org.idle_lock_minutes = new.idle_lock_minutes
        org.report_threshold = new.report_threshold
        org.risk_medium_at, org.risk_high_at = new.risk_medium_at, new.risk_high_at
        org.case_visibility = visibility.value
        if authority.visibility != visibility.value:
            # Who sees which cases is who holds which office's key: signed, then granted (and
            # rotated away from whoever no longer sees an office's cases).
            body = {"visibility": visibility.value}
            auth.append(
                session, authority, auth.VISIBILITY, body, workspace.signer, workspace.chest.pairs
            )
            grants.reconcile(session, authority, workspace.chest)
        workspace.audit(session, "organisation.update", "organisation", org.id)
