"""The closed vocabularies of the domain. Their values are the codes stored and exchanged."""

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    CASE_WORKER = "case_worker"
    LAWYER = "lawyer"


class CaseVisibility(StrEnum):
    """Which cases a case worker or lawyer sees (an administrator sees all): every case, her
    offices' cases and the ones assigned to her, or only the ones assigned to her."""

    ALL = "all"
    OFFICE = "office"
    ASSIGNED = "assigned"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ClosingReason(StrEnum):
    """Why a case was closed: the reasons crisis centres report on."""

    GOALS_MET = "goals_met"  # the support plan is done and she is safe
    CLIENT_DECLINED = "client_declined"  # she chose to end the support
    REFERRED = "referred"  # handed over to another organisation
    MOVED_AWAY = "moved_away"  # she left the centre's region
    LOST_CONTACT = "lost_contact"  # she could not be reached despite attempts
    RECONCILED = "reconciled"  # she went back to living with the offender
    OTHER = "other"


class Relation(StrEnum):
    """The perpetrator's relationship to the client, as the 2009 law defines domestic relations."""

    SPOUSE = "spouse"
    FORMER_SPOUSE = "former_spouse"
    COHABITANT = "cohabitant"
    FORMER_COHABITANT = "former_cohabitant"
    RELATIVE = "relative"
    CHILD_IN_COMMON = "child_in_common"
    OTHER = "other"


class ViolenceType(StrEnum):
    PHYSICAL = "physical"
    PSYCHOLOGICAL = "psychological"
    SEXUAL = "sexual"
    ECONOMIC = "economic"


class CheckOutcome(StrEnum):
    COMPLIED = "complied"
    VIOLATED = "violated"
    NOT_REACHED = "not_reached"


class CheckMethod(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    SUMMONS = "summons"
    OTHER = "other"


class RecipientKind(StrEnum):
    """Who a letter or a consent is for; letter kinds use the same codes."""

    POLICE = "police"
    COURT = "court"
    MEDICAL = "medical"
    LEGAL_AID = "legal_aid"
    SHELTER = "shelter"
    SOCIAL = "social"


class RiskLevel(StrEnum):
    UNKNOWN = "unknown"
    LOW = "low"  # the drop-down's, before assessments; shown beside "standard"
    STANDARD = "standard"  # the lowest level an assessment gives
    MEDIUM = "medium"
    HIGH = "high"


class LetterKind(StrEnum):
    """What a letter is for: the codes ``caseapp letter --kind`` takes and the register keeps.
    Each goes to one kind of recipient, whose consent it needs (`caseapp.domain.letters`)."""

    POLICE_CHECKS = "police_checks"  # checks of an order in force were missed
    POLICE_SERVE = "police_serve"  # an order in force was never served
    POLICE_VIOLATION = "police_violation"  # a check found the order violated
    POLICE_FORENSIC = "police_forensic"  # ask the police to order a forensic examination
    COURT_REQUIREMENTS = "court_requirements"  # application for special requirements
    MEDICAL_CERTIFICATE = "medical_certificate"  # examination and a medical certificate
    LEGAL_AID = "legal_aid"
    SHELTER_REFERRAL = "shelter_referral"  # to another crisis centre, with her children
    SOCIAL = "social"
    FAMILY_SUPPORT_CENTRE = "family_support_centre"  # the 2025 law's family support centres
    MINOR_AT_RISK = "minor_at_risk"  # the organisation's report about a child
    # Documents for the survivor herself, to sign: registered like letters, need no consent.
    CONSENT_FORM = "consent_form"
    POLICE_STATEMENT = "police_statement"  # her statement to the police, written for her
