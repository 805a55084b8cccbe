"""Plain record types exchanged between storage, services, the importer and the user interface.

They carry plaintext and live only in memory while a database is unlocked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from caseapp.domain.enums import (
    CaseStatus,
    CheckMethod,
    CheckOutcome,
    ClosingReason,
    RecipientKind,
    Relation,
    RiskLevel,
    ViolenceType,
)
from caseapp.domain.risk import Assessment
from caseapp.domain.safety_plan import SafetyPlan
from caseapp.domain.services_given import ServiceGiven


@dataclass
class Client:
    full_name: str
    alias: str = ""
    iin: str = ""
    birth_date: date | None = None
    phone: str = ""
    address: str = ""
    safe_contact: str = ""

    @property
    def display_name(self) -> str:
        """What lists and search results show: the alias when there is one."""
        return self.alias or self.full_name


@dataclass
class Perpetrator:
    full_name: str = ""
    relation: Relation | None = None


@dataclass
class PoliceCheck:
    checked_on: date
    outcome: CheckOutcome
    officer: str = ""
    method: CheckMethod | None = None
    note: str = ""
    id: str | None = None


@dataclass
class ProtectionOrder:
    issued_on: date
    expires_on: date
    number: str = ""
    issued_by: str = ""
    officer: str = ""
    officer_phone: str = ""
    served_on: date | None = None
    revoked_on: date | None = None
    violations: str = ""
    checks: list[PoliceCheck] = field(default_factory=list)
    id: str | None = None


@dataclass
class SpecialRequirement:
    """Court-imposed requirements on the offender's behaviour, recorded beside orders."""

    starts_on: date
    ends_on: date
    description: str = ""
    court: str = ""
    id: str | None = None


@dataclass(frozen=True)
class Child:
    """A child of hers (on the case) or staying with her (on a stay): a name or alias, and a birth
    year (either may be left blank). Kept encrypted under the case's key; printouts give only how
    many and their birth years."""

    name: str = ""
    birth_year: int | None = None

    def __str__(self) -> str:
        year = str(self.birth_year) if self.birth_year is not None else "—"
        return f"{self.name or '—'}, {year}"


@dataclass
class ShelterStay:
    admitted_on: date
    left_on: date | None = None
    room: str = ""
    children: int = 0  # how many; equal to len(children_named) once they are named
    children_named: list[Child] = field(default_factory=list)
    departure_reason: str = ""
    destination: str = ""
    extended_to: date | None = None  # an approved extension: the stay's limit instead of six months
    extension_reason: str = ""
    id: str | None = None


@dataclass
class Consent:
    recipient_kind: RecipientKind
    given_on: date
    expires_on: date
    withdrawn_on: date | None = None
    id: str | None = None


@dataclass
class Incident:
    """One dated incident of violence in a case's incident log."""

    occurred_on: date
    violence_types: list[ViolenceType] = field(default_factory=list)
    description: str = ""
    reported_to_police: bool = False
    id: str | None = None


@dataclass
class CaseRecord:
    client: Client
    opened_on: date
    number: str = ""
    closed_on: date | None = None
    status: CaseStatus = CaseStatus.OPEN
    closing_reason: ClosingReason | None = None
    closing_outcome: str = ""  # what came of the support, in her worker's words
    risk: RiskLevel = RiskLevel.UNKNOWN
    perpetrator: Perpetrator = field(default_factory=Perpetrator)
    violence_types: list[ViolenceType] = field(default_factory=list)
    orders: list[ProtectionOrder] = field(default_factory=list)
    requirements: list[SpecialRequirement] = field(default_factory=list)
    stays: list[ShelterStay] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    # New risk assessments and safety plans to store with the case (the import gives them); the
    # stored ones are read through ``services.risk`` and ``services.safety``, never saved back.
    risk_assessments: list[Assessment] = field(default_factory=list)
    safety_plans: list[SafetyPlan] = field(default_factory=list)
    # New services given to store with the case (the import and the demo give them); the stored
    # ones are read and corrected through ``services.case_services``, never saved back.
    services: list[ServiceGiven] = field(default_factory=list)
    risk_assessed: bool = False  # the risk is its latest assessment's: not chosen by hand
    notes: str = ""
    # Counted in the statistics: she may refuse (default: counted).
    counted: bool = True
    district_id: str | None = None  # from the organisation's list
    # The import's district, by its name in the organisation's list, until the importer finds its
    # id there (``services.importer``); "" otherwise.
    district_name: str = ""
    # Her children, whether or not they ever stayed in the shelter (a stay keeps its own list).
    children: list[Child] = field(default_factory=list)
    assigned_to: str | None = None
    office_id: str | None = None  # None on a new case: the office of the person opening it
    id: str | None = None
    version: int = 0
