"""Read the first sheet of an .xlsx file within limits a volunteer list never comes near.

An .xlsx is a zip of XML; a 1 MB file can unpack to gigabytes. The zip's own directory
says how large each member unpacks (and Python's zipfile never unpacks past that), so the
sizes are checked before openpyxl opens anything, and the sheet is streamed in read-only
mode with a cap on rows and columns.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from flevodesk.domain.messages import Message, Number, message
from flevodesk.services.errors import ServiceError

#: Everything in the zip together, unpacked.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
#: Shared strings are held in memory whole by openpyxl, so they get a tighter cap.
MAX_SHARED_STRINGS_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 1_000
#: Rows read from the sheet, empty ones included, and columns in one row.
MAX_ROWS = 100_000
MAX_COLUMNS = 500


def check_zip(path: Path) -> None:
    """Refuse an .xlsx whose members would unpack beyond the limits, before reading them.

    Raises:
        ServiceError: for a file that is no zip or is too large unpacked.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:  # an OSError is the caller's
        raise ServiceError(_unreadable(path)) from exc
    if len(members) > MAX_MEMBERS:
        raise ServiceError(
            message("{file} is geen gewoon Excel-bestand: het bevat te veel delen.", file=path.name)
        )
    total = sum(member.file_size for member in members)
    shared = sum(m.file_size for m in members if m.filename.lower().endswith("sharedstrings.xml"))
    if total > MAX_UNPACKED_BYTES or shared > MAX_SHARED_STRINGS_BYTES:
        raise ServiceError(
            message(
                "{file} is uitgepakt {size} MB groot; een lijst met vrijwilligers mag "
                "hoogstens {most} MB zijn. Kijk of het het goede bestand is, of sla alleen het "
                "blad met de lijst op.",
                file=path.name,
                size=Number(total // (1024 * 1024)),
                most=Number(MAX_UNPACKED_BYTES // (1024 * 1024)),
            )
        )


def _unreadable(path: Path) -> Message:
    return message("{file} is geen leesbaar Excel-bestand.", file=path.name)


def xlsx_rows(path: Path) -> Iterator[tuple[int, Sequence[object]]]:
    """(row number, values) for each row of the first sheet, after :func:`check_zip`.

    Raises:
        ServiceError: for an unreadable workbook or one beyond :data:`MAX_ROWS` rows or
            :data:`MAX_COLUMNS` columns.
    """
    check_zip(path)
    # Imported here: opening a CSV should not pay for loading openpyxl.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl's own errors for a damaged file
        raise ServiceError(_unreadable(path)) from exc
    try:
        if not workbook.worksheets:
            raise ServiceError(message("{file} bevat geen werkblad.", file=path.name))
        sheet = workbook.worksheets[0]
        # Some programs write a wrong <dimension>; without it every row is read.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(values_only=True)
        number = 0
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except ServiceError:
                raise
            except Exception as exc:
                raise ServiceError(
                    message(
                        "{file} is beschadigd: rij {row} kan niet worden gelezen.",
                        file=path.name,
                        row=number + 1,
                    )
                ) from exc
            number += 1
            if number > MAX_ROWS:
                raise ServiceError(
                    message(
                        "{file} heeft meer dan {most} rijen; zoveel vrijwilligers importeert "
                        "FlevoDesk niet in één keer. Splits de lijst.",
                        file=path.name,
                        most=Number(MAX_ROWS),
                    )
                )
            if len(values) > MAX_COLUMNS:
                raise ServiceError(
                    message(
                        "{file}: rij {row} heeft meer dan {most} kolommen; verwijder de lege of "
                        "overbodige kolommen.",
                        file=path.name,
                        row=number,
                        most=MAX_COLUMNS,
                    )
                )
            yield number, values
    finally:
        workbook.close()
