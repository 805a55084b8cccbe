"""The address book on the command line: list an office's entries, add, edit or remove one.

Each entry has its kind of recipient and, per language, the addressee's position and name as they
print (declined: «Начальнику …», «… бастығына»), the body's name and its address:
``--position-ru``, ``--name-kk``, ``--body-en``, ``--address-ru`` and so on; ``\\n`` in a value
starts a new line. ``caseapp letter … --addressee ID`` prints an entry in the letter's language.
The services decide who may change an office's book (administrators and the office's staff) and
write the audit entries.
"""

from __future__ import annotations

import argparse
import json

from caseapp.cli.helpers import Command, UsageError, unlock
from caseapp.cli.offices import find_office
from caseapp.domain.address_book import FIELDS, LANGS, Addressee, AddresseeKind
from caseapp.services import address_book as book
from caseapp.services import offices


def _option(field: str, lang: str) -> str:
    return f"{field}_{lang}"


def _given(args: argparse.Namespace) -> dict[str, str]:
    """The texts given on the command line, by ``<field>_<lang>``, ``phone`` and ``email``."""
    names = [_option(f, lang) for f in FIELDS for lang in LANGS] + ["phone", "email"]
    return {
        name: str(getattr(args, name)).replace("\\n", "\n")
        for name in names
        if getattr(args, name) is not None
    }


def _apply(entry: Addressee, given: dict[str, str]) -> Addressee:
    for lang in LANGS:
        for f in FIELDS:
            value = given.get(_option(f, lang))
            if value is not None:
                entry.texts.setdefault(lang, {})[f] = value
    entry.phone = given.get("phone", entry.phone)
    entry.email = given.get("email", entry.email)
    return entry


def _as_json(entry: Addressee) -> dict[str, object]:
    return {
        "id": entry.id,
        "office_id": entry.office_id,
        "kind": entry.kind.value,
        **{lang: {f: entry.text(lang, f) for f in FIELDS} for lang in LANGS},
        "phone": entry.phone,
        "email": entry.email,
    }


def cmd_addressees(args: argparse.Namespace) -> int:
    actions = [a for a in (args.add, args.edit, args.remove) if a]
    if len(actions) > 1:
        raise UsageError("give one of --add, --edit ID and --remove ID")
    if args.add and args.kind is None:
        raise UsageError("--add needs --kind")
    workspace = unlock(args)
    office_id = None
    if args.office is not None:
        office_id = find_office(offices.list_offices(workspace), args.office).office_id
    if args.remove:
        book.remove_entry(workspace, args.remove)
        print(f"Entry {args.remove} was removed from the address book.")
        return 0
    if args.edit:
        entry = _apply(book.get_entry(workspace, args.edit), _given(args))
        if args.kind is not None:
            entry.kind = AddresseeKind(args.kind)
        book.update_entry(workspace, entry)
        print(f"Entry {args.edit} was saved.")
        return 0
    if args.add:
        new = Addressee(kind=AddresseeKind(args.kind), office_id=office_id)
        entry_id = book.add_entry(workspace, _apply(new, _given(args)))
        print(entry_id if not args.json else json.dumps({"id": entry_id}))
        return 0
    kinds = (AddresseeKind(args.kind),) if args.kind is not None else None
    entries = book.list_entries(workspace, office_id, kinds)
    if args.json:
        print(json.dumps([_as_json(e) for e in entries], ensure_ascii=False))
        return 0
    for entry in entries:
        print(f"{entry.id}\t{entry.kind.value}\t{entry.label('ru')}")
    return 0


def add_commands(command: Command) -> None:
    """Register ``addressees`` with ``build_parser``'s ``command`` helper."""
    p = command(
        "addressees",
        cmd_addressees,
        "list an office's address book; add, edit or remove an entry (administrators and the "
        "office's staff)",
    )
    p.add_argument("--office", help="the office: its name, number or id (yours by default)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--add", action="store_true", help="add an entry (needs --kind)")
    p.add_argument("--edit", metavar="ID", help="change the texts given of this entry")
    p.add_argument("--remove", metavar="ID", help="remove this entry")
    p.add_argument("--kind", choices=[k.value for k in AddresseeKind], help="the kind of recipient")
    helps = {
        "position": "the addressee's position as it prints, declined",
        "name": "the official's name as it prints, declined",
        "body": "the body's name as it prints",
        "address": "the body's address",
    }
    for f in FIELDS:
        for lang in LANGS:
            p.add_argument(
                f"--{f}-{lang}", dest=_option(f, lang), metavar="T", help=f"{helps[f]} ({lang})"
            )
    p.add_argument("--phone", metavar="T")
    p.add_argument("--email", metavar="T")
