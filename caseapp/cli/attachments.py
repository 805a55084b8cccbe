"""Files kept with a case: ``caseapp attach`` adds one, ``caseapp attachments`` lists them and,
with ``--save N --out FILE``, writes a copy of one outside the program (audited)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from caseapp.cli.helpers import Command, unlock
from caseapp.domain.errors import InvalidInput
from caseapp.services.attachments import MAX_BYTES, add_attachment, list_attachments, save_copy


def cmd_attach(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise InvalidInput("file", "FILE must be a file that exists.")
    if source.stat().st_size > MAX_BYTES:
        raise InvalidInput("file", "The file is larger than 50 MB.")
    data = source.read_bytes()
    workspace = unlock(args)
    add_attachment(workspace, args.case, source.name, data)
    print(f"Attached to case {args.case} ({len(data)} bytes).")
    return 0


def cmd_attachments(args: argparse.Namespace) -> int:
    if (args.save is None) != (args.out is None):
        raise InvalidInput("save", "--save N and --out FILE go together.")
    workspace = unlock(args)
    views = list_attachments(workspace, args.case)
    if args.save is not None:
        if not 1 <= args.save <= len(views):
            raise InvalidInput("save", f"--save must be between 1 and {len(views)}.")
        target = save_copy(workspace, args.case, views[args.save - 1].id, Path(args.out))
        print(f"Saved a copy to {target}; the case's history records it.")
        return 0
    if args.json:
        print(json.dumps([v.as_json(n) for n, v in enumerate(views, 1)], ensure_ascii=False))
        return 0
    for n, v in enumerate(views, 1):
        print(f"{n}\t{v.name}\t{v.size}\t{v.added_on.isoformat()}\t{v.added_by}")
    return 0


def add_commands(command: Command) -> None:
    p = command("attach", cmd_attach, "keep a file (up to 50 MB) with a case, encrypted")
    p.add_argument("--case", required=True, help="case number")
    p.add_argument("file")
    p = command("attachments", cmd_attachments, "list a case's files, or save a copy of one")
    p.add_argument("--case", required=True, help="case number")
    p.add_argument("--json", action="store_true")
    p.add_argument("--save", type=int, metavar="N", help="the file's number in the list")
    p.add_argument("--out", help="where to write the copy (with --save)")
