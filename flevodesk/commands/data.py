"""Data in and out on the command line: import, table exports, calendar, contacts, backups.

```
flevodesk import volunteers FILE [--dry-run] [--skip-invalid] [--create-initiatives]
flevodesk export volunteers --format csv|xlsx --out FILE
flevodesk export table volunteers|volunteers-for-partners|initiatives|funding|partners
    --format csv|xlsx --out FILE
flevodesk export calendar --out FILE.ics
flevodesk export contacts --out FILE.vcf
flevodesk backup [--out FILE]
flevodesk restore FILE   (passphrase of an older backup: FLEVODESK_BACKUP_PASSPHRASE)
```
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from flevodesk.commands import export_subparsers
from flevodesk.commands.common import (
    open_for_command,
    passphrase_from_environment,
    say,
    with_database,
)
from flevodesk.domain.messages import Number, message
from flevodesk.message_text import render
from flevodesk.services.backups import BackupPassphraseNeeded, backup_database, restore_database
from flevodesk.services.calendar_export import export_calendar
from flevodesk.services.contacts_export import export_contacts
from flevodesk.services.errors import ServiceError
from flevodesk.services.exporting import ExportFormat, export_table
from flevodesk.services.funding import FundingListing
from flevodesk.services.importing.volunteers import (
    ImportOptions,
    import_file,
    stored_as_reported,
)
from flevodesk.services.initiatives import InitiativeListing
from flevodesk.services.listing import Listing, ListQuery
from flevodesk.services.partners import PartnerListing
from flevodesk.services.persons import PartnerVolunteerListing, PersonListing
from flevodesk.store import location
from flevodesk.store.database import Database

if TYPE_CHECKING:
    from flevodesk.commands import Subparsers

#: The tables that can be exported, by the name used on the command line.
TABLES: dict[str, type[Listing]] = {
    "volunteers": PersonListing,
    # Meant to leave the organisation: only who consented to sharing with partners.
    "volunteers-for-partners": PartnerVolunteerListing,
    "initiatives": InitiativeListing,
    "funding": FundingListing,
    "partners": PartnerListing,
}


def register(commands: Subparsers) -> None:
    """Add ``import``, the data kinds of ``export``, ``backup`` and ``restore``."""
    importing = commands.add_parser("import", help="importeer gegevens uit een bestand")
    what = importing.add_subparsers(
        dest="what", metavar="soort", required=True, parser_class=type(importing)
    )
    volunteers = what.add_parser("volunteers", help="vrijwilligers uit .csv of .xlsx")
    volunteers.add_argument("file", type=Path, metavar="BESTAND")
    volunteers.add_argument(
        "--dry-run", action="store_true", help="laat zien wat er zou gebeuren, wijzig niets"
    )
    volunteers.add_argument(
        "--skip-invalid", action="store_true", help="importeer de goede regels, sla foute over"
    )
    volunteers.add_argument(
        "--create-initiatives",
        action="store_true",
        help="maak initiatieven aan die nog niet bestaan",
    )
    volunteers.set_defaults(handler=cmd_import_volunteers)

    kinds = export_subparsers(commands)
    people = kinds.add_parser("volunteers", help="de vrijwilligerstabel als .csv of .xlsx")
    _table_options(people)
    people.set_defaults(handler=cmd_export_table, table="volunteers")
    table = kinds.add_parser("table", help="een tabel als .csv of .xlsx")
    table.add_argument("table", choices=sorted(TABLES), metavar="TABEL", help=", ".join(TABLES))
    _table_options(table)
    table.set_defaults(handler=cmd_export_table)
    calendar = kinds.add_parser("calendar", help="deadlines als iCalendar (.ics)")
    calendar.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    calendar.set_defaults(handler=cmd_export_calendar)
    contacts = kinds.add_parser("contacts", help="contactpersonen van partners als vCard")
    contacts.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    contacts.set_defaults(handler=cmd_export_contacts)

    backup = commands.add_parser("backup", help="maak een reservekopie (ook terwijl in gebruik)")
    backup.add_argument("--out", type=Path, metavar="BESTAND", help="standaard: de back-upmap")
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser("restore", help="zet een reservekopie terug")
    restore.add_argument("file", type=Path, metavar="BESTAND")
    restore.set_defaults(handler=cmd_restore)


def _table_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=[f.value for f in ExportFormat], help="standaard: naar --out"
    )
    parser.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    parser.add_argument("--search", default="", metavar="TEKST", help="alleen rijen met TEKST")


def cmd_import_volunteers(args: argparse.Namespace) -> int:
    db = open_for_command(args)
    options = ImportOptions(
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        create_initiatives=args.create_initiatives,
    )
    try:
        report = import_file(db, args.file, options)
        stored = report.dry_run or not report.committed or stored_as_reported(db, report)
    finally:
        db.dispose()
    say(report.how_read)
    for problem in report.problems:
        say(problem.text, error=True)
    for warning in report.warnings:
        say(warning.warning_text)
    if report.missing_initiatives and not args.create_initiatives:
        say(
            message(
                "Onbekende initiatieven: {names}. Gebruik --create-initiatives om ze aan te maken.",
                names=", ".join(report.missing_initiatives),
            ),
            error=True,
        )
    for duplicate in report.duplicates:
        say(
            message(
                "regel {line}: mogelijk dubbel: {name} lijkt op {existing} (wordt als nieuwe "
                "persoon toegevoegd)",
                line=duplicate.line,
                name=duplicate.row_name,
                existing=duplicate.existing,
            )
        )
    for line in report.summary_lines():
        say(line)
    if not stored:
        say(
            message(
                "flevodesk: na de import staan niet alle gemelde personen in de database; "
                "controleer de lijst en importeer opnieuw."
            ),
            error=True,
        )
        return 1
    return 1 if report.problems and not args.skip_invalid else 0


def cmd_export_table(args: argparse.Namespace) -> int:
    fmt = args.format or ("xlsx" if args.out.suffix.lower() == ".xlsx" else "csv")
    count = with_database(
        args,
        lambda db: export_table(
            db, TABLES[args.table](), ListQuery(search=args.search), args.out, fmt
        ),
    )
    say(message("{count} rijen geschreven naar {file}", count=Number(count), file=args.out))
    return 0


def cmd_export_calendar(args: argparse.Namespace) -> int:
    count = with_database(args, lambda db: export_calendar(db, args.out))
    say(message("{count} deadlines geschreven naar {file}", count=Number(count), file=args.out))
    return 0


def cmd_export_contacts(args: argparse.Namespace) -> int:
    count = with_database(args, lambda db: export_contacts(db, args.out))
    say(
        message("{count} visitekaartjes geschreven naar {file}", count=Number(count), file=args.out)
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    target = with_database(args, lambda db: backup_database(db, args.out))
    say(message("Reservekopie gemaakt: {file}", file=target))
    return 0


BACKUP_PASSPHRASE_VAR = "FLEVODESK_BACKUP_PASSPHRASE"


def cmd_restore(args: argparse.Namespace) -> int:
    # Not open_database: the current file may be damaged, which is a reason to restore.
    db = Database(location.resolve_target(args.db), passphrase=passphrase_from_environment())
    if db.path is not None:
        db.path.parent.mkdir(parents=True, exist_ok=True)
    given = os.environ.get(BACKUP_PASSPHRASE_VAR) or None
    try:
        try:
            result = restore_database(db, args.file, backup_passphrase=given)
        except BackupPassphraseNeeded as exc:
            if given:
                raise
            if not sys.stdin.isatty():
                hint = message(
                    "{problem} (op de opdrachtregel met {variable})",
                    problem=exc.translatable,
                    variable=BACKUP_PASSPHRASE_VAR,
                )
                raise ServiceError(hint) from exc
            typed = getpass.getpass(render(message("Wachtzin van de reservekopie: ")))
            result = restore_database(db, args.file, backup_passphrase=typed or None)
    finally:
        db.dispose()
    say(message("Hersteld uit {file}.", file=args.file))
    if result.kept_copy is not None:
        say(message("De vorige database is bewaard als {file}.", file=result.kept_copy))
    if result.upgraded:
        say(message("De herstelde database is bijgewerkt naar de huidige versie."))
    if result.passphrase and result.passphrase != db.passphrase:
        say(message("De herstelde database is versleuteld met de wachtzin van de reservekopie."))
    if result.other_database:
        say(message("Let op: deze reservekopie hoort bij een andere database dan de vervangen."))
    return 0
