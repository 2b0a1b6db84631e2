"""Which files the program wrote that hold persons, so an erasure can name them.

An erased person still stands in a volunteer list exported last month. The program cannot
delete files it handed to the user, but it can say which ones it made: every export that
contains persons is noted (path, kind, when) in the ``settings`` table as one JSON list,
which needs no schema change. Nothing personal goes into the note itself, apart from a
name the user gave the file ("inzage-Jansen.pdf"): an erasure drops the notes of files
named after the person once it has named them. A printout that names persons says so in
its declaration (``Printout.names_persons``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from flevodesk.domain.privacy import Setting
from flevodesk.domain.text import fold
from flevodesk.services.errors import ServiceError
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError

#: The ``settings`` key that holds the list.
EXPORTS_KEY = "exports_with_persons"
#: The oldest notes go beyond this, so the list cannot grow without end.
_MAX_NOTES = 500


@dataclass(frozen=True)
class ExportNote:
    """One file the program wrote with persons in it."""

    path: Path
    kind: str
    made_at: datetime


def _notes_in(session: Session) -> list[ExportNote]:
    stored = session.get(Setting, EXPORTS_KEY)
    if stored is None or not stored.value:
        return []
    try:
        raw: list[dict[str, Any]] = json.loads(stored.value)
        return [
            ExportNote(Path(n["path"]), str(n["kind"]), datetime.fromisoformat(n["at"]))
            for n in raw
        ]
    except (ValueError, KeyError, TypeError):
        return []  # a hand-edited, unreadable list: start again rather than fail an export


def _store(session: Session, notes: list[ExportNote]) -> None:
    value = json.dumps(
        [
            {"path": str(n.path), "kind": n.kind, "at": n.made_at.isoformat()}
            for n in notes[-_MAX_NOTES:]
        ],
        ensure_ascii=False,
    )
    session.merge(Setting(key=EXPORTS_KEY, value=value))


def note_export(db: Database, kind: str, *paths: Path) -> None:
    """Note that ``paths`` hold persons (a later export to the same path updates its note).

    Noted before the file is written: a note for a file whose write then failed names a
    file that may hold an earlier export of persons anyway, which errs on the safe side.
    A read-only database cannot take a note; then nothing is noted.

    Raises:
        ServiceError: when the database refuses the note (nothing was written then).
    """
    if db.read_only:
        return
    now = datetime.now(UTC)
    try:
        with db.write() as session:
            wanted = {str(p.resolve()) for p in paths}
            notes = [n for n in _notes_in(session) if str(n.path) not in wanted]
            notes += [ExportNote(Path(p), kind, now) for p in sorted(wanted)]
            _store(session, notes)
    except StoreError as exc:
        raise ServiceError(exc.translatable) from exc


def _words(text: str) -> str:
    """``text`` folded to its words, space-separated and padded: " anna jansen "."""
    return f" {' '.join(''.join(c if c.isalnum() else ' ' for c in fold(text)).split())} "


def forget_exports_naming(session: Session, names: Sequence[str]) -> None:
    """Drop the notes whose file name names a person by one of ``names`` (whole words), as
    the suggested names of an inzage or an urenverklaring do: after an erasure the log
    would otherwise keep the person's name. The erasure names those files to the user
    first (``exports_before``)."""
    wanted = [_words(n) for n in names if len(fold(n).strip()) >= 2]
    notes = _notes_in(session)
    kept = [n for n in notes if not any(w in _words(n.path.stem) for w in wanted)]
    if len(kept) != len(notes):
        _store(session, kept)


def exports_before(session: Session, moment: datetime) -> list[ExportNote]:
    """The noted files made before ``moment`` that still exist, oldest first."""
    return [n for n in _notes_in(session) if n.made_at <= moment and n.path.is_file()]


__all__ = [
    "EXPORTS_KEY",
    "ExportNote",
    "exports_before",
    "forget_exports_naming",
    "note_export",
]
