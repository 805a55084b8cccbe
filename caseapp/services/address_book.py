"""The address book: bodies and officials each office writes letters to.

Every member of staff reads every office's book (its texts are under the organisation's key,
which she holds anyway); an administrator, or a member of the office, adds, edits and removes
entries, each change one signed audit entry naming the entry by its id, never by its content.
Each entry's row carries a MAC under the organisation's key (``storage.rowseal``): an entry
changed outside the program is refused when opened and named by the check after unlock, and
left out of the lists meanwhile.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.address_book import (
    ADDRESSEES_FOR,
    FIELDS,
    LANGS,
    Addressee,
    AddresseeKind,
    block,
    cleaned,
)
from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.letters.addressee import police_head
from caseapp.services.cases import load_verified, visible_case
from caseapp.services.errors import (
    AccessDenied,
    DamagedRecord,
    InvalidInput,
    NotFound,
    VersionConflict,
)
from caseapp.services.letters import chosen_order
from caseapp.services.offices import check_office, home_office
from caseapp.services.workspace import Workspace
from caseapp.storage import authority as auth
from caseapp.storage import rowseal
from caseapp.storage.fields import DamagedField, new_id
from caseapp.storage.models import AddressBookEntry
from caseapp.storage.scopes import ROOT

NO_ENTRY = QT_TRANSLATE_NOOP("errors", "There is no such entry in the address book.")
ENTRY_CHANGED = QT_TRANSLATE_NOOP(
    "errors", "Someone else changed this address book entry since you opened it; look at it again."
)
NOT_EDITOR = QT_TRANSLATE_NOOP(
    "errors", "Only an administrator or the office's own staff change its address book."
)
NO_LANGUAGE = QT_TRANSLATE_NOOP(
    "errors", "The address book entry has no addressee in the letter's language."
)


def _may_edit(workspace: Workspace, session: Session, office_id: str) -> bool:
    """An administrator, a member of the office, or (for the office where a person in no office
    works) anyone whose home office it is — by the signed authority as it is now."""
    authority = auth.load(session)
    workspace.authority = authority
    if workspace.signer == ROOT:
        return True
    member = authority.members.get(workspace.actor.staff_id)
    if member is None or not member.active:
        return False
    if member.is_admin or office_id in member.offices:
        return True
    return not member.offices and home_office(session, member.staff_id) == office_id


def may_edit(workspace: Workspace, office_id: str) -> bool:
    """Whether she may change this office's book (the screens enable their buttons by it)."""
    with workspace.session() as session:
        return _may_edit(workspace, session, office_id)


def _require_editor(workspace: Workspace, session: Session, office_id: str) -> None:
    if not _may_edit(workspace, session, office_id):
        raise AccessDenied(NOT_EDITOR)


def own_office(workspace: Workspace) -> str:
    """The office whose book she sees first: her first office, else the organisation's first."""
    with workspace.session() as session:
        return home_office(session, workspace.actor.staff_id)


def _read(row: AddressBookEntry) -> Addressee:
    texts = {lang: {f: str(getattr(row, f"{f}_{lang}")) for f in FIELDS} for lang in LANGS}
    return Addressee(
        kind=AddresseeKind(row.kind),
        texts={lang: own for lang, own in texts.items() if any(own.values())},
        phone=row.phone,
        email=row.email,
        office_id=row.office_id,
        id=row.id,
        version=row.version,
    )


def _write(row: AddressBookEntry, entry: Addressee) -> None:
    row.kind = entry.kind.value
    for lang in LANGS:
        for f in FIELDS:
            setattr(row, f"{f}_{lang}", entry.text(lang, f))
    row.phone = entry.phone
    row.email = entry.email


def _verified(workspace: Workspace, session: Session, row: AddressBookEntry) -> Addressee:
    problem = rowseal.entry_problem(workspace.chest, session, row)
    if problem is not None:
        raise DamagedRecord(record=f"address_book_entry {row.id}", column="mac")
    try:
        return _read(row)
    except DamagedField as exc:
        raise DamagedRecord(record=f"{exc.table} {exc.row_id}", column=exc.column) from None


def list_entries(
    workspace: Workspace,
    office_id: str | None = None,
    kinds: tuple[AddresseeKind, ...] | None = None,
) -> list[Addressee]:
    """The office's entries (her own office's by default), of the kinds given in that order,
    each kind's entries by their Russian label. Damaged entries are left out (the check after
    unlock names them)."""
    with workspace.session() as session:
        office = office_id or home_office(session, workspace.actor.staff_id)
        query = select(AddressBookEntry).where(AddressBookEntry.office_id == office)
        if kinds is not None:
            query = query.where(AddressBookEntry.kind.in_([k.value for k in kinds]))
        found = []
        for row in session.scalars(query):
            try:
                found.append(_verified(workspace, session, row))
            except DamagedRecord:
                continue
    order = {k: i for i, k in enumerate(kinds or tuple(AddresseeKind))}
    return sorted(found, key=lambda e: (order.get(e.kind, 99), e.label("ru").casefold(), e.id))


def get_entry(workspace: Workspace, entry_id: str) -> Addressee:
    with workspace.session() as session:
        row = session.get(AddressBookEntry, entry_id)
        if row is None:
            raise NotFound(NO_ENTRY)
        return _verified(workspace, session, row)


def add_entry(workspace: Workspace, entry: Addressee) -> str:
    """A new entry in ``entry.office_id``'s book (her own office's when None); returns its id."""
    entry = cleaned(entry)
    with workspace.transaction() as session:
        office = entry.office_id or home_office(session, workspace.actor.staff_id)
        check_office(session, office)
        _require_editor(workspace, session, office)
        row = AddressBookEntry(id=new_id(), office_id=office)
        session.add(row)
        _write(row, entry)
        session.flush()
        workspace.audit(session, "address_book.add", "address_book_entry", row.id)
        return row.id


def update_entry(workspace: Workspace, entry: Addressee) -> None:
    """Save an edited entry; refused when someone changed it since ``entry.version`` was read.
    The entry stays in its office."""
    if entry.id is None:
        raise NotFound(NO_ENTRY)
    entry = cleaned(entry)
    with workspace.transaction() as session:
        row = session.get(AddressBookEntry, entry.id)
        if row is None:
            raise NotFound(NO_ENTRY)
        _require_editor(workspace, session, row.office_id)
        _verified(workspace, session, row)
        if entry.version and row.version != entry.version:
            raise VersionConflict(ENTRY_CHANGED)
        _write(row, entry)
        session.flush()
        workspace.audit(session, "address_book.edit", "address_book_entry", row.id)


def remove_entry(workspace: Workspace, entry_id: str) -> None:
    """Take an entry out of the book. Letters already issued keep the addressee they printed."""
    with workspace.transaction() as session:
        row = session.get(AddressBookEntry, entry_id)
        if row is None:
            raise NotFound(NO_ENTRY)
        _require_editor(workspace, session, row.office_id)
        session.delete(row)
        session.flush()
        workspace.audit(session, "address_book.remove", "address_book_entry", entry_id)


def case_office(workspace: Workspace, number: str) -> str:
    """The office a case belongs to: whose book its letters are offered."""
    with workspace.session() as session:
        case = visible_case(workspace, session, number)
        return case.office_id or home_office(session, workspace.actor.staff_id)


def entry_block(workspace: Workspace, entry_id: str, lang: str) -> str:
    """The addressee block the entry prints in a letter in `lang`; `InvalidInput` when it has
    nothing in that language."""
    text = block(get_entry(workspace, entry_id), lang)
    if not text:
        raise InvalidInput("addressee", NO_LANGUAGE)
    return text


def order_addressee(
    workspace: Workspace, number: str, kind: LetterKind, lang: str, on: date | None = None
) -> str:
    """For a letter to the police, the head of the unit that issued the case's order (the one the
    letter is about), declined in `lang`; "" for other letters or a case with no order."""
    if AddresseeKind.POLICE not in ADDRESSEES_FOR.get(kind, ()):
        return ""
    on = on or date.today()
    with workspace.session() as session:
        case = load_verified(workspace, session, number)
        order = chosen_order(case, on)
        return police_head(order.issued_by, lang) if order is not None else ""
