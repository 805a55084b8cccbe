"""The schema. Plain columns hold only what rules and indexes need: random ids, case numbers,
calendar dates, enum codes and staff ids. Everything personal or free text is a ``Ciphertext``
column read and written through an ``Encrypted`` descriptor of the same name."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from caseapp.storage.fields import Ciphertext, Encrypted, new_id

ID = String(32)
# Case numbers are compared as ranges ("2026-" <= number < "2026.") and sorted: byte order, as
# SQLite does, on PostgreSQL too, whose natural-language collations may ignore the punctuation.
CASE_NUMBER = String(32).with_variant(String(32, collation="C"), "postgresql")


class Base(DeclarativeBase):
    pass


# Which key a model's encrypted fields are sealed under (``fields.Encrypted``): the case's own key
# ("case"; the row names its case in ``case_id``, a case row itself in ``id``), the organisation's
# compartment held by every member of staff ("org"), the shelter's compartment ("shelter"), or for
# audit entries the case's key when the entry is about a case and the organisation's otherwise.
CASE, ORG, SHELTER, AUDIT = "case", "org", "shelter", "audit"


class StruckOut:
    """A record struck out as a mistake: hidden from lists, reminders, letters and statistics but
    kept, with who struck it out, when and why (the reason sealed like the record's other free
    text). Each model using it declares ``struck_out_reason = Encrypted()`` itself: the
    descriptor binds the ciphertext to its own table."""

    struck_out_on: Mapped[date | None] = mapped_column(Date)
    struck_out_by: Mapped[str | None] = mapped_column(ID)
    struck_out_reason_ct: Mapped[bytes | None] = mapped_column("struck_out_reason", Ciphertext)


class Organisation(Base):
    __tablename__ = "organisation"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    name_ru_ct: Mapped[bytes | None] = mapped_column("name_ru", Ciphertext)
    name_kk_ct: Mapped[bytes | None] = mapped_column("name_kk", Ciphertext)
    name_en_ct: Mapped[bytes | None] = mapped_column("name_en", Ciphertext)
    # The office address: `address` is the Russian one, printed too in a language without its own.
    address_ct: Mapped[bytes | None] = mapped_column("address", Ciphertext)
    address_kk_ct: Mapped[bytes | None] = mapped_column("address_kk", Ciphertext)
    address_en_ct: Mapped[bytes | None] = mapped_column("address_en", Ciphertext)
    phone_ct: Mapped[bytes | None] = mapped_column("phone", Ciphertext)
    bin_ct: Mapped[bytes | None] = mapped_column("bin", Ciphertext)
    director_ct: Mapped[bytes | None] = mapped_column("director", Ciphertext)
    # Which cases case workers and lawyers see: a CaseVisibility code ("all", "office",
    # "assigned"); administrators see every case.
    case_visibility: Mapped[str] = mapped_column(String(16), default="assigned")
    bed_count: Mapped[int] = mapped_column(Integer, default=0)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=5)
    # Reports show a count below this as "<5" (domain.statistics); NULL: the default, 5.
    report_threshold: Mapped[int | None] = mapped_column(Integer)
    # The risk assessment's thresholds (domain.risk): a score at or above the first is a medium
    # risk, at or above the second a high one.
    risk_medium_at: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    risk_high_at: Mapped[int] = mapped_column(Integer, default=9, server_default="9")
    # Head of the audit chain, updated in the same transaction as each entry: a deleted last entry
    # is then detected too.
    audit_head_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_head_mac: Mapped[bytes] = mapped_column(LargeBinary, default=b"\0" * 32)
    # 1: the first design (one data key for everyone); 2: keys per person and compartments.
    # A row written by a migration (a database made before this version) reads 1.
    crypto_version: Mapped[int] = mapped_column(Integer, default=2, server_default="1")
    # The organisation root: its public keys are fixed at creation (their fingerprint is on the
    # recovery sheet); the private halves are sealed under the recovery key.
    root_sign_pub: Mapped[bytes | None] = mapped_column(LargeBinary)
    root_box_pub: Mapped[bytes | None] = mapped_column(LargeBinary)
    root_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = ORG
    name_ru = Encrypted()
    name_kk = Encrypted()
    name_en = Encrypted()
    address = Encrypted()
    address_kk = Encrypted()
    address_en = Encrypted()
    phone = Encrypted()
    bin = Encrypted()
    director = Encrypted()


class Office(Base):
    """A branch of the organisation. Each case belongs to one; staff belong to one or more."""

    __tablename__ = "office"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    # Creation order: the first office is the one a person in no office opens cases in.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    name_ct: Mapped[bytes | None] = mapped_column("name", Ciphertext)

    __scope__ = ORG
    name = Encrypted()


class StaffOffice(Base):
    """A staff member's membership of an office."""

    __tablename__ = "staff_office"
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), primary_key=True, index=True)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_unlocks: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[float | None] = mapped_column()
    full_name_ct: Mapped[bytes | None] = mapped_column("full_name", Ciphertext)
    phone_ct: Mapped[bytes | None] = mapped_column("phone", Ciphertext)
    position_ct: Mapped[bytes | None] = mapped_column("position", Ciphertext)

    __scope__ = ORG
    full_name = Encrypted()
    phone = Encrypted()
    position = Encrypted()


class KeyWrap(Base):
    """First design only (crypto_version 1): the one data key wrapped for an account's password or
    for the recovery key. Read once by the upgrade, then emptied."""

    __tablename__ = "key_wrap"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))  # "password" or "recovery"
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), unique=True)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    kdf_iterations: Mapped[int] = mapped_column(Integer, default=0)
    kdf_memory_kib: Mapped[int] = mapped_column(Integer, default=0)
    kdf_lanes: Mapped[int] = mapped_column(Integer, default=0)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)


class StaffKey(Base):
    """A person's key pairs: public halves in clear, private halves sealed under her password."""

    __tablename__ = "staff_key"
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    box_pub: Mapped[bytes] = mapped_column(LargeBinary)
    sign_pub: Mapped[bytes] = mapped_column(LargeBinary)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    kdf_iterations: Mapped[int] = mapped_column(Integer)
    kdf_memory_kib: Mapped[int] = mapped_column(Integer)
    kdf_lanes: Mapped[int] = mapped_column(Integer)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class CompartmentKey(Base):
    """One generation of a compartment's key: "org", "shelter" or "office:<id>". The secret is
    never stored in clear: it is granted (sealed) to its holders; a newer generation carries the
    one before it, so holders of the newest read what was written under older ones."""

    __tablename__ = "compartment_key"
    compartment: Mapped[str] = mapped_column(String(48), primary_key=True)
    gen: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    box_pub: Mapped[bytes] = mapped_column(LargeBinary)
    prev_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)


class KeyGrant(Base):
    """A compartment key generation sealed to one holder: a person, or "root"."""

    __tablename__ = "key_grant"
    holder: Mapped[str] = mapped_column(ID, primary_key=True)
    compartment: Mapped[str] = mapped_column(String(48), primary_key=True)
    gen: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class CaseGrant(Base):
    """A case's own key sealed to a person outside the compartments that hold it (the person the
    case is assigned to)."""

    __tablename__ = "case_grant"
    holder: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, primary_key=True, index=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class AuthorityRecord(Base):
    """Signed authority: the organisation's root, each account's role, offices, keys and whether
    it is active, who sees which cases, and each compartment key's public half. Each record names
    the hash of the one before it and is signed by the root or an administrator."""

    __tablename__ = "authority_record"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(24))
    body: Mapped[str] = mapped_column(Text)
    signer: Mapped[str] = mapped_column(ID)
    prev: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class Client(Base):
    __tablename__ = "client"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    # The case this client's record belongs to (no foreign key: case_file points here too).
    case_id: Mapped[str | None] = mapped_column(ID, index=True)
    # Search tokens could not be written by the person who saved it (she holds no key of the
    # case's office): the next holder of that key writes them.
    index_pending: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), index=True
    )
    # What its tokens cover (search_index.TOKENS_VERSION): rows indexed before version 1 lack the
    # phone's last digits until a holder of the office's key writes their tokens again.
    index_version: Mapped[int] = mapped_column(Integer, default=1, server_default="0", index=True)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)
    full_name_ct: Mapped[bytes | None] = mapped_column("full_name", Ciphertext)
    alias_ct: Mapped[bytes | None] = mapped_column("alias", Ciphertext)
    iin_ct: Mapped[bytes | None] = mapped_column("iin", Ciphertext)
    birth_date_ct: Mapped[bytes | None] = mapped_column("birth_date", Ciphertext)
    phone_ct: Mapped[bytes | None] = mapped_column("phone", Ciphertext)
    address_ct: Mapped[bytes | None] = mapped_column("address", Ciphertext)
    safe_contact_ct: Mapped[bytes | None] = mapped_column("safe_contact", Ciphertext)

    __scope__ = CASE
    full_name = Encrypted()
    alias = Encrypted()
    iin = Encrypted()
    birth_date = Encrypted()
    phone = Encrypted()
    address = Encrypted()
    safe_contact = Encrypted()


class Case(Base):
    __tablename__ = "case_file"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(CASE_NUMBER, unique=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    risk: Mapped[str] = mapped_column(String(16), default="unknown")
    violence_types: Mapped[str] = mapped_column(String(64), default="")
    assigned_to: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), index=True)
    # Set on every case by the services; nullable in the table only because SQLite cannot add a
    # NOT NULL column with a foreign key to an existing table (migration 0004).
    office_id: Mapped[str | None] = mapped_column(ForeignKey("office.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    notes_ct: Mapped[bytes | None] = mapped_column("notes", Ciphertext)
    # Why the case was closed (a ClosingReason code) and what came of it: under the case's key.
    closing_reason_ct: Mapped[bytes | None] = mapped_column("closing_reason", Ciphertext)
    closing_outcome_ct: Mapped[bytes | None] = mapped_column("closing_outcome", Ciphertext)
    # The case's own key: wrapped under generation ``key_gen`` of its office's key, or, when the
    # person who opened it holds no key of that office, sealed to the office's public key.
    key_wrap: Mapped[bytes | None] = mapped_column(LargeBinary)
    key_gen: Mapped[int | None] = mapped_column(Integer)
    key_box: Mapped[bytes | None] = mapped_column(LargeBinary)
    # MAC of the set of the case's rows, and of this row (which covers the manifest): the case's
    # seal, repeated in the signed audit entry of each change.
    manifest: Mapped[bytes | None] = mapped_column(LargeBinary)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Deleted by an administrator: gone from lists, search, reminders, letters and statistics;
    # its rows and history stay, and the check still verifies them.
    deleted_on: Mapped[date | None] = mapped_column(Date)
    deleted_by: Mapped[str | None] = mapped_column(ID)
    deleted_reason_ct: Mapped[bytes | None] = mapped_column("deleted_reason", Ciphertext)
    # She refused to be counted in statistics: True; NULL (the default) counts her. NULL rather
    # than False so the rows sealed before this column keep their MACs (rowseal._ADDED_LATER).
    stats_refused: Mapped[bool | None] = mapped_column(Boolean)
    # Her district (an id from the organisation's list), under the case's key: where she lives
    # is hers; the reports open it as they open her birth date.
    district_ct: Mapped[bytes | None] = mapped_column("district", Ciphertext)
    # Her children, stay or no stay: JSON [{"name": ..., "birth_year": ...}] under the case's key
    # (as shelter_stay.children_named); counted in the row's MAC only when set.
    children_ct: Mapped[bytes | None] = mapped_column("children", Ciphertext)

    __scope__ = CASE
    notes = Encrypted()
    deleted_reason = Encrypted()
    closing_reason = Encrypted()
    closing_outcome = Encrypted()
    district = Encrypted()
    children = Encrypted()

    client: Mapped[Client] = relationship(lazy="joined")
    perpetrator: Mapped[Perpetrator | None] = relationship(
        back_populates="case", cascade="all, delete-orphan", uselist=False
    )
    orders: Mapped[list[ProtectionOrder]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ProtectionOrder.issued_on"
    )
    requirements: Mapped[list[SpecialRequirement]] = relationship(
        cascade="all, delete-orphan", order_by="SpecialRequirement.starts_on"
    )
    stays: Mapped[list[ShelterStay]] = relationship(
        cascade="all, delete-orphan", order_by="ShelterStay.admitted_on"
    )
    consents: Mapped[list[Consent]] = relationship(
        cascade="all, delete-orphan", order_by="Consent.given_on"
    )
    incidents: Mapped[list[Incident]] = relationship(
        cascade="all, delete-orphan", order_by="Incident.occurred_on"
    )
    # Loaded only when asked for (the case's risk, the import's new ones).
    assessments: Mapped[list[RiskAssessment]] = relationship(
        cascade="all, delete-orphan", order_by="RiskAssessment.assessed_on"
    )
    safety_plans: Mapped[list[SafetyPlan]] = relationship(
        cascade="all, delete-orphan", order_by="SafetyPlan.made_on"
    )
    services_given: Mapped[list[ServiceGiven]] = relationship(
        cascade="all, delete-orphan", order_by="ServiceGiven.given_on"
    )

    # The version moves on once per saved change, when the case is sealed (storage.rowseal).
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class Perpetrator(Base):
    __tablename__ = "perpetrator"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), unique=True)
    relation: Mapped[str | None] = mapped_column(String(24))
    full_name_ct: Mapped[bytes | None] = mapped_column("full_name", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    full_name = Encrypted()
    case: Mapped[Case] = relationship(back_populates="perpetrator")


class ProtectionOrder(StruckOut, Base):
    __tablename__ = "protection_order"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date, index=True)
    served_on: Mapped[date | None] = mapped_column(Date)
    revoked_on: Mapped[date | None] = mapped_column(Date)
    number_ct: Mapped[bytes | None] = mapped_column("number", Ciphertext)
    issued_by_ct: Mapped[bytes | None] = mapped_column("issued_by", Ciphertext)
    officer_ct: Mapped[bytes | None] = mapped_column("officer", Ciphertext)
    officer_phone_ct: Mapped[bytes | None] = mapped_column("officer_phone", Ciphertext)
    violations_ct: Mapped[bytes | None] = mapped_column("violations", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()
    number = Encrypted()
    issued_by = Encrypted()
    officer = Encrypted()
    officer_phone = Encrypted()
    violations = Encrypted()

    case: Mapped[Case] = relationship(back_populates="orders")
    checks: Mapped[list[PoliceCheck]] = relationship(
        cascade="all, delete-orphan", order_by="PoliceCheck.checked_on"
    )


class PoliceCheck(StruckOut, Base):
    __tablename__ = "police_check"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    order_id: Mapped[str] = mapped_column(ForeignKey("protection_order.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ID, index=True)
    checked_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(16))
    method: Mapped[str | None] = mapped_column(String(16))
    officer_ct: Mapped[bytes | None] = mapped_column("officer", Ciphertext)
    note_ct: Mapped[bytes | None] = mapped_column("note", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()
    officer = Encrypted()
    note = Encrypted()


class SpecialRequirement(StruckOut, Base):
    __tablename__ = "special_requirement"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    description_ct: Mapped[bytes | None] = mapped_column("description", Ciphertext)
    court_ct: Mapped[bytes | None] = mapped_column("court", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()
    description = Encrypted()
    court = Encrypted()


class ShelterStay(StruckOut, Base):
    __tablename__ = "shelter_stay"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    admitted_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date, index=True)
    children: Mapped[int] = mapped_column(Integer, default=0)
    # First design only: the room and destination now live in ShelterPlace (the shelter's
    # compartment); the upgrade moves them there and empties these.
    room_ct: Mapped[bytes | None] = mapped_column("room", Ciphertext)
    departure_reason_ct: Mapped[bytes | None] = mapped_column("departure_reason", Ciphertext)
    destination_ct: Mapped[bytes | None] = mapped_column("destination", Ciphertext)
    # An approved extension: the stay's limit instead of admission + six months, and why.
    extended_to: Mapped[date | None] = mapped_column(Date)
    extension_reason_ct: Mapped[bytes | None] = mapped_column("extension_reason", Ciphertext)
    # The children with her, as people: JSON [{"name": ..., "birth_year": ...}] under the case's
    # key; ``children`` above stays their number, for the board and the statistics.
    children_named_ct: Mapped[bytes | None] = mapped_column("children_named", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()
    departure_reason = Encrypted()
    extension_reason = Encrypted()
    children_named = Encrypted()
    place: Mapped[ShelterPlace | None] = relationship(
        cascade="all, delete-orphan", uselist=False, lazy="selectin"
    )


class ShelterPlace(Base):
    """Where in the shelter a stay is, and where she went: the shelter's compartment, readable
    only by shelter staff and administrators. Sealed (``mac``) under that compartment's key."""

    __tablename__ = "shelter_place"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    stay_id: Mapped[str] = mapped_column(ForeignKey("shelter_stay.id"), unique=True)
    room_ct: Mapped[bytes | None] = mapped_column("room", Ciphertext)
    destination_ct: Mapped[bytes | None] = mapped_column("destination", Ciphertext)
    key_gen: Mapped[int | None] = mapped_column(Integer)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = SHELTER
    room = Encrypted()
    destination = Encrypted()


class Consent(StruckOut, Base):
    __tablename__ = "consent"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    recipient_kind: Mapped[str] = mapped_column(String(16))
    given_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date, index=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()


class Incident(StruckOut, Base):
    """One dated incident of violence in a case's incident log."""

    __tablename__ = "incident"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    # ViolenceType codes, sorted and comma-joined, as on case_file.
    violence_types: Mapped[str] = mapped_column(String(64), default="")
    reported: Mapped[bool] = mapped_column(Boolean, default=False)
    description_ct: Mapped[bytes | None] = mapped_column("description", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()
    description = Encrypted()


class RiskAssessment(StruckOut, Base):
    """One risk assessment of a case: its date, author and level in clear (the level is the
    case's risk, in clear on the case too); the answers, score and any raised level's reason
    under the case's key (JSON, ``services.risk``)."""

    __tablename__ = "risk_assessment"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date, index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    level: Mapped[str] = mapped_column(String(16))
    answers_ct: Mapped[bytes | None] = mapped_column("answers", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()
    answers = Encrypted()


class SafetyPlan(StruckOut, Base):
    """A safety plan written with her: its dates, language and author in clear; its parts under
    the case's key (JSON, ``domain.safety_plan``)."""

    __tablename__ = "safety_plan"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    made_on: Mapped[date] = mapped_column(Date, index=True)
    review_on: Mapped[date] = mapped_column(Date)
    lang: Mapped[str] = mapped_column(String(2))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    body_ct: Mapped[bytes | None] = mapped_column("body", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()
    body = Encrypted()


class Attachment(StruckOut, Base):
    """A file kept with a case (a scan, a photo, a PDF): its name, type, size and SHA-256 sealed
    under the case's key (``meta``, JSON); its content in ``attachment_chunk`` rows, each sealed
    with AES-GCM under a sub-key of the case's key (``storage.attachments``). This row's MAC
    covers the number of chunks; the chunks name their attachment, place and count in their
    associated data. Listing a case's attachments reads these rows only, never the chunks."""

    __tablename__ = "attachment"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    added_on: Mapped[date] = mapped_column(Date)
    added_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    chunks: Mapped[int] = mapped_column(Integer)
    meta_ct: Mapped[bytes | None] = mapped_column("meta", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()
    meta = Encrypted()


class AttachmentChunk(Base):
    """One sealed piece (up to 1 MiB of the file) of an attachment's content."""

    __tablename__ = "attachment_chunk"
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachment.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Note(StruckOut, Base):
    """A dated note on a case by a staff member: a case worker's or a lawyer's legal note."""

    __tablename__ = "note"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    written_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16), default="general")
    body_ct: Mapped[bytes | None] = mapped_column("body", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()
    body = Encrypted()


class ServiceGiven(StruckOut, Base):
    """A service or consultation given to her (``domain.services_given``): its day, kind, who
    gave it and how many minutes in clear, for the reports' indexes; its note under the case's
    key."""

    __tablename__ = "service_given"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    given_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    given_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    minutes: Mapped[int | None] = mapped_column(Integer)
    note_ct: Mapped[bytes | None] = mapped_column("note", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = CASE
    struck_out_reason = Encrypted()
    note = Encrypted()


class SearchToken(Base):
    """Blind index: keyed HMACs of normalised name words and prefixes, IIN and phone digits."""

    __tablename__ = "search_token"
    token: Mapped[bytes] = mapped_column(LargeBinary(16), primary_key=True)
    client_id: Mapped[str] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class AuditEntry(Base):
    """Append-only: each entry is signed by the person who made it (``signer``, or the root) and
    ``mac`` is the hash of the entry, which covers the previous entry's (a hash chain). Entries
    written before the upgrade to keys per person are unsigned and vouched for by the signed
    upgrade entry that follows them."""

    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[str | None] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(ID)
    case_id: Mapped[str | None] = mapped_column(ID, index=True)
    detail_ct: Mapped[bytes | None] = mapped_column("detail", Ciphertext)
    mac: Mapped[bytes] = mapped_column(LargeBinary(32))
    signer: Mapped[str | None] = mapped_column(ID)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    # An entry about a case carries the case's seal after it (rowseal): a case put back to an
    # older state no longer matches its latest entry.
    case_seal: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The authority chain's length when the entry was written: cutting records off the end of
    # that chain shows against every later entry.
    authority_seq: Mapped[int | None] = mapped_column(Integer)

    __scope__ = AUDIT

    @property
    def id(self) -> str:
        """Row id for the associated data of the encrypted detail."""
        return f"audit-{self.seq}"

    detail = Encrypted()


class LetterSettings(Base):
    """How the organisation numbers its outgoing letters: a format with {n} and {year}."""

    __tablename__ = "letter_settings"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    number_format: Mapped[str] = mapped_column(String(32), default="{n}/{year}")


class LetterCounter(Base):
    """The last outgoing-letter number of a year. Read FOR UPDATE in the transaction that writes
    the register row, so numbers have no gaps and are never given twice."""

    __tablename__ = "letter_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class EditedLetterText(Base):
    """The organisation's own copy of a letter text (TOML source), replacing the shipped one."""

    __tablename__ = "letter_text"
    __table_args__ = (UniqueConstraint("kind", "lang"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(32))
    lang: Mapped[str] = mapped_column(String(2))
    body_ct: Mapped[bytes | None] = mapped_column("body", Ciphertext)

    __scope__ = ORG
    body = Encrypted()


class OutgoingLetter(Base):
    """An entry of the outgoing-letter register: its SHA-256 and, encrypted under the case's key,
    the letter itself (``pdf``: base64 of its bytes; none for letters issued before revision
    i15), so the register can open it again byte for byte."""

    __tablename__ = "outgoing_letter"
    __table_args__ = (UniqueConstraint("year", "seq"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(32), index=True)
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    lang: Mapped[str] = mapped_column(String(2))
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    emergency_override: Mapped[bool] = mapped_column(Boolean, default=False)
    sha256: Mapped[str] = mapped_column(String(64))
    recipient_ct: Mapped[bytes | None] = mapped_column("recipient", Ciphertext)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Read only when the letter is opened again: never with the register or the case's check.
    pdf_ct: Mapped[bytes | None] = mapped_column("pdf", Ciphertext, deferred=True)

    __scope__ = CASE
    recipient = Encrypted()
    pdf = Encrypted()


class BackupSettings(Base):
    """How often the organisation wants a backup; without a row, every seven days."""

    __tablename__ = "backup_settings"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    every_days: Mapped[int] = mapped_column(Integer, default=7)


class BackupRecord(Base):
    """One backup that was written completely. The file's place is not kept: it may name a
    person's folder or drive."""

    __tablename__ = "backup_record"
    id: Mapped[str] = mapped_column(ID, primary_key=True)  # the backup id in the file's header
    made_on: Mapped[date] = mapped_column(Date, index=True)  # local calendar date
    made_at: Mapped[str] = mapped_column(String(32))  # UTC, ISO 8601
    made_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    file_size: Mapped[int] = mapped_column(BigInteger)


class District(Base):
    """A district of the region, from the list the organisation keeps, for the hotline log and
    the reports. Retired districts stay for the calls that name them."""

    __tablename__ = "district"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    seq: Mapped[int] = mapped_column(Integer)
    retired_on: Mapped[date | None] = mapped_column(Date)
    name_ct: Mapped[bytes | None] = mapped_column("name", Ciphertext)

    __scope__ = ORG
    name = Encrypted()


class HotlineCall(StruckOut, Base):
    """A first contact: a call, a visit or a message, with or without a case. Codes and the day
    in clear for the reports; the note is free text under the organisation's key (a call is
    nobody's case yet: no case key exists for it)."""

    __tablename__ = "hotline_call"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"))
    called_on: Mapped[date] = mapped_column(Date)
    called_at: Mapped[str] = mapped_column(String(5), default="")  # HH:MM, or ""
    channel: Mapped[str] = mapped_column(String(16))
    caller: Mapped[str] = mapped_column(String(16))
    violence_types: Mapped[str] = mapped_column(String(64), default="")
    district_id: Mapped[str | None] = mapped_column(ForeignKey("district.id"))
    given: Mapped[str] = mapped_column(String(160), default="")  # HotlineHelp codes, comma-joined
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"))
    recorded_by: Mapped[str | None] = mapped_column(ID)
    version: Mapped[int] = mapped_column(Integer, default=1)
    note_ct: Mapped[bytes | None] = mapped_column("note", Ciphertext)

    __scope__ = ORG
    struck_out_reason = Encrypted()
    note = Encrypted()

    __mapper_args__ = {"version_id_col": version}


class AddressBookEntry(Base):
    """A body or official an office writes letters to. The office and the kind of recipient in
    clear (lists are per office and per kind); every text under the organisation's key, held by
    every member of staff: not secret among colleagues, closed to a thief or a server's
    administrator. Sealed (``mac``) under a sub-key of that key, like a shelter placement under
    the shelter's: an edit outside the program is detected."""

    __tablename__ = "address_book_entry"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    version: Mapped[int] = mapped_column(Integer, default=1)
    position_ru_ct: Mapped[bytes | None] = mapped_column("position_ru", Ciphertext)
    position_kk_ct: Mapped[bytes | None] = mapped_column("position_kk", Ciphertext)
    position_en_ct: Mapped[bytes | None] = mapped_column("position_en", Ciphertext)
    name_ru_ct: Mapped[bytes | None] = mapped_column("name_ru", Ciphertext)
    name_kk_ct: Mapped[bytes | None] = mapped_column("name_kk", Ciphertext)
    name_en_ct: Mapped[bytes | None] = mapped_column("name_en", Ciphertext)
    body_ru_ct: Mapped[bytes | None] = mapped_column("body_ru", Ciphertext)
    body_kk_ct: Mapped[bytes | None] = mapped_column("body_kk", Ciphertext)
    body_en_ct: Mapped[bytes | None] = mapped_column("body_en", Ciphertext)
    address_ru_ct: Mapped[bytes | None] = mapped_column("address_ru", Ciphertext)
    address_kk_ct: Mapped[bytes | None] = mapped_column("address_kk", Ciphertext)
    address_en_ct: Mapped[bytes | None] = mapped_column("address_en", Ciphertext)
    phone_ct: Mapped[bytes | None] = mapped_column("phone", Ciphertext)
    email_ct: Mapped[bytes | None] = mapped_column("email", Ciphertext)
    key_gen: Mapped[int | None] = mapped_column(Integer)
    mac: Mapped[bytes | None] = mapped_column(LargeBinary)

    __scope__ = ORG
    position_ru = Encrypted()
    position_kk = Encrypted()
    position_en = Encrypted()
    name_ru = Encrypted()
    name_kk = Encrypted()
    name_en = Encrypted()
    body_ru = Encrypted()
    body_kk = Encrypted()
    body_en = Encrypted()
    address_ru = Encrypted()
    address_kk = Encrypted()
    address_en = Encrypted()
    phone = Encrypted()
    email = Encrypted()


# The day's reminders read orders in force from this index alone (every column the query needs,
# the sealed order number too), then the case number from ix_case_number: no table rows.
Index(
    "ix_order_due",
    ProtectionOrder.expires_on,
    ProtectionOrder.issued_on,
    ProtectionOrder.revoked_on,
    ProtectionOrder.served_on,
    ProtectionOrder.struck_out_on,
    ProtectionOrder.case_id,
    ProtectionOrder.id,
    ProtectionOrder.number_ct,
)
# A case's number by its id, and whether it was deleted, without reading the case row.
Index("ix_case_number", Case.id, Case.number, Case.deleted_on, unique=True)
# The few deleted cases, and only those: an index of every case's (nearly always empty)
# deleted_on made SQLite sort all cases for "not deleted" before showing the newest.
Index(
    "ix_case_deleted",
    Case.deleted_on,
    sqlite_where=Case.deleted_on.is_not(None),
    postgresql_where=Case.deleted_on.is_not(None),
)
# The latest check that counts (by outcome, not struck out) per order, and the week's
# violations, from indexes.
Index(
    "ix_check_order_date",
    PoliceCheck.order_id,
    PoliceCheck.checked_on,
    PoliceCheck.outcome,
    PoliceCheck.struck_out_on,
)
Index("ix_check_outcome_date", PoliceCheck.outcome, PoliceCheck.checked_on, PoliceCheck.order_id)
Index("ix_requirement_ends", SpecialRequirement.ends_on, SpecialRequirement.starts_on)
# Search picks the newest matching cases from this index alone, before touching client rows.
Index("ix_case_client_opened", Case.client_id, Case.opened_on, Case.number)
# Reports select a period's cases of an office, counted, not deleted, and count them by
# violence type, from this index alone.
Index(
    "ix_case_stats",
    Case.opened_on,
    Case.office_id,
    Case.closed_on,
    Case.deleted_on,
    Case.stats_refused,
    Case.id,
    Case.violence_types,
)
Index("ix_case_closed", Case.closed_on)
# The few cases a report leaves out because she refused to be counted, and only those: over
# every case, SQLite took "stats_refused IS NULL" for selective and read every case through it.
Index(
    "ix_case_refused",
    Case.stats_refused,
    sqlite_where=Case.stats_refused.is_not(None),
    postgresql_where=Case.stats_refused.is_not(None),
)
# An office's counted cases (not deleted, not refused), their days and violence types, for its
# reports, from this index alone.
Index(
    "ix_case_office_counted",
    Case.office_id,
    Case.deleted_on,
    Case.stats_refused,
    Case.opened_on,
    Case.closed_on,
    Case.id,
    Case.violence_types,
)
# The offender's relationship of a period's new cases, from this index alone.
Index("ix_perpetrator_relation", Perpetrator.case_id, Perpetrator.relation)
Index("ix_order_issued", ProtectionOrder.issued_on, ProtectionOrder.case_id)
Index("ix_stay_admitted", ShelterStay.admitted_on, ShelterStay.left_on, ShelterStay.case_id)
# Reports count a period's services by kind, and the cases served, from this index alone.
Index(
    "ix_service_stats",
    ServiceGiven.given_on,
    ServiceGiven.kind,
    ServiceGiven.struck_out_on,
    ServiceGiven.case_id,
)
Index("ix_call_day", HotlineCall.called_on, HotlineCall.office_id, HotlineCall.struck_out_on)
