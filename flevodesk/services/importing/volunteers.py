"""Import volunteers: every row is checked and stored in one transaction, all or nothing.

A person already in the database (same e-mail, else same name with the same phone number or
postcode; a row with nothing but a name matches the one stored person of that name) is
matched, not added again; rows of the same person within one file become one
person. Engagements named in the file are linked once, so importing a file twice adds no
one and nothing.

The file is read :data:`BATCH_ROWS` rows at a time and each batch is matched through the
database's indexes and stored before the next is read, so memory does not grow with the
file or the database. A row that is wrong (without ``skip_invalid``), a cancel or a dry
run rolls the whole transaction back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from flevodesk.domain.messages import Message, message
from flevodesk.domain.people import Person
from flevodesk.services.errors import ServiceError
from flevodesk.services.importing.columns import ColumnMapping, recognise_columns
from flevodesk.services.importing.planning import ImportRun
from flevodesk.services.importing.reading import Batch, open_table
from flevodesk.services.importing.report import (
    ImportOptions,
    ImportReport,
    PossibleDuplicate,
    Problem,
)
from flevodesk.services.importing.row_parsing import DEFAULT_CONSENT_PURPOSE
from flevodesk.services.importing.storing import CHUNK, chunks
from flevodesk.store import server
from flevodesk.store.database import Database

#: Rows read, matched and stored at a time.
BATCH_ROWS = 500
CANCELLED = "Import geannuleerd; er is niets opgeslagen."

#: Called after every batch with (rows done, rows in the file); from the importing thread.
Progress = Callable[[int, int], None]


class Rows(Protocol):
    """A file's rows as :class:`.reading.Table` (in memory) or :class:`.reading.StreamedTable`
    (read again batch by batch) give them."""

    @property
    def count(self) -> int: ...

    def how_read(self) -> Message: ...

    def batches(self, size: int) -> Iterator[Batch]: ...


class ImportCancelled(ServiceError):
    """The user stopped the import; its transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__(CANCELLED)


class _Abort(Exception):
    """Rolls back the import's transaction when nothing may be stored."""


def import_file(
    db: Database,
    path: Path,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Check ``path`` (csv or xlsx) through, recognise its columns and import it.

    Raises:
        ServiceError: when the file cannot be read or no column names a person.
        ImportCancelled: as :func:`import_volunteers`.
    """
    table = open_table(path)
    mapping = recognise_columns(table.headers)
    return import_volunteers(db, table, mapping, options, progress=progress, cancelled=cancelled)


def import_volunteers(
    db: Database,
    table: Rows,
    mapping: ColumnMapping,
    options: ImportOptions | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Check and store every row in one write transaction.

    With problems and without ``skip_invalid`` nothing is stored; a dry run stores nothing
    but reports the same counts as the real import would (it runs the import and rolls it
    back, so it needs a writable database). ``progress`` hears after each batch how far the
    import is; ``cancelled`` is asked before each batch.

    Raises:
        ServiceError: when the mapping names no column for the person's name.
        ImportCancelled: when ``cancelled`` said so; nothing is stored then.
    """
    options = options or ImportOptions()
    if mapping.problems():
        raise ServiceError(mapping.problems()[0])
    today = today or date.today()
    report = ImportReport(rows=table.count, dry_run=options.dry_run, how_read=table.how_read())
    try:
        with db.write() as session:
            if not server.hold_exclusive(session, server.PERSONS_LOCK):
                raise ServiceError(
                    message(
                        "Een collega importeert of wist op dit moment personen; probeer het "
                        "zo opnieuw; er is niets geïmporteerd."
                    )
                )
            run = ImportRun(session, mapping, options, report, today)
            done = 0
            for rows, cleaned in table.batches(BATCH_ROWS):
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                run.batch(rows, cleaned)
                done += len(rows)
                if progress is not None:
                    progress(done, table.count)
            run.finish()
            if options.dry_run or (report.problems and not options.skip_invalid):
                raise _Abort
            report.committed = True
    except _Abort:
        report.committed = False
        report.merge_ids.clear()
        report.person_ids.clear()
    except IntegrityError as exc:
        if db.path is not None:
            raise  # rows are checked before they are stored: on a file this is a bug
        # A colleague stored a person with the same e-mail address after this import
        # looked; nothing of the import is stored.
        raise ServiceError(
            message(
                "Een collega heeft tijdens de import een persoon met hetzelfde e-mailadres "
                "opgeslagen; er is niets geïmporteerd. Importeer het bestand opnieuw."
            )
        ) from exc
    return report


def stored_as_reported(db: Database, report: ImportReport) -> bool:
    """Whether every person a committed import reports (added, matched or merged) is in the
    database now, read back in a transaction of its own."""
    if len(report.person_ids) != report.added + report.matched + report.merged:
        return False
    ids: Sequence[int] = sorted(set(report.person_ids))
    with db.read() as session:
        found = sum(
            session.scalar(select(func.count(Person.id)).where(Person.id.in_(chunk))) or 0
            for chunk in chunks(ids, CHUNK)
        )
    return found == len(ids)


__all__ = [
    "BATCH_ROWS",
    "CANCELLED",
    "DEFAULT_CONSENT_PURPOSE",
    "ImportCancelled",
    "ImportOptions",
    "ImportReport",
    "PossibleDuplicate",
    "Problem",
    "Progress",
    "import_file",
    "import_volunteers",
    "stored_as_reported",
]
