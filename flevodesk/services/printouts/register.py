"""The verwerkingsregister: which personal data FlevoDesk keeps, why and how long, on one
page (the Privacy menu and ``flevodesk privacy register`` make it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import make_url

from flevodesk.reports.data import RegisterData, RegisterRow
from flevodesk.services.printouts.declaration import Printout
from flevodesk.services.privacy import read_settings, role_rules
from flevodesk.store.database import Database
from flevodesk.store.server import where


def register_data(db: Database, today: date | None = None) -> RegisterData:
    """The verwerkingsregister filled from this database's settings and role rules."""
    settings = read_settings(db)
    rules = role_rules(db)
    vog_roles = [r.role.label.lower() for r in rules.values() if r.requires_vog]
    vog_terms = sorted({r.vog_valid_years for r in rules.values() if r.requires_vog})
    months = settings.retention_months
    retention = (
        f"Tot {months} maanden na de laatste inzet, uren of contact; daarna wordt "
        "gevraagd te bewaren (met reden) of te anonimiseren."
    )
    vog_text = (
        f"Vereist voor: {', '.join(vog_roles)}; geldig {_years(vog_terms)}."
        if vog_roles
        else "Geen rol vereist een VOG (in te stellen per rol)."
    )
    rows = (
        RegisterRow(
            "Naam, e-mail, telefoon, adres, geboortejaar",
            "Vrijwilligers inzetten, roosteren en bereiken",
            "Gerechtvaardigd belang; contact met toestemming",
            retention,
            "Niemand, tenzij toestemming voor delen met partners",
        ),
        RegisterRow(
            "Vaardigheden, beschikbaarheid, inzet en uren",
            "Taken verdelen, urenverklaringen, verantwoording aan fondsen",
            "Gerechtvaardigd belang",
            retention + " Uren blijven daarna alleen anoniem als statistiek.",
            "Fondsen en gemeente alleen als anonieme totalen",
        ),
        RegisterRow(
            "Toestemmingen (contact, foto's en publicatie, delen met partners)",
            "Vastleggen waarvoor iemand toestemming gaf of die introk",
            "Wettelijke plicht (toestemming aantonen)",
            "Zolang de persoon geregistreerd is",
            "Niemand",
        ),
        RegisterRow(
            "VOG: profiel, aanvraag- en inzagedatum, ingezien door, uitkomst, geldig tot "
            "(geen kopie van de verklaring)",
            "Veilige omgeving voor deelnemers",
            "Gerechtvaardigd belang",
            vog_text,
            "Niemand",
        ),
        RegisterRow(
            "Wijzigingslogboek (wie, wanneer, welk veld; geen waarden)",
            "Verantwoording over wie persoonsgegevens wijzigde",
            "Wettelijke plicht (verantwoording)",
            "Zolang de persoon geregistreerd is",
            "Niemand",
        ),
    )
    measures = (
        *_where_kept(db),
        "Lijsten en folders tonen alleen wat hun doel vraagt: geen adressen of geboortejaren; "
        "namen op publieke folders alleen met toestemming voor publicatie.",
        "Exports voor partners bevatten alleen personen die toestemming gaven om te delen.",
        f"VOG-verlengingen worden {settings.warning_days} dagen vooraf gemeld.",
        *_exchanges(db),
    )
    return RegisterData(
        organisation=settings.organisation_name,
        contact=settings.organisation_contact,
        privacy_contact=settings.privacy_contact,
        printed_on=today or date.today(),
        rows=rows,
        measures=measures,
    )


def _where_kept(db: Database) -> tuple[str, ...]:
    """Where the data is, who secures it, how backups and erasure go: a file or a server."""
    if db.path is not None:
        return (
            "De gegevens staan alleen op deze computer, in één databasebestand; "
            "versleuteling met een wachtzin is mogelijk.",
            "Reservekopieën worden dagelijks gemaakt; de oudste verdwijnen vanzelf.",
            "Gewiste personen worden onherstelbaar geanonimiseerd in de database "
            "(ook in vrije ruimte van het bestand).",
        )
    sslmode = make_url(db.url).query.get("sslmode")
    connection = f" (verbinding met sslmode={sslmode})" if isinstance(sslmode, str) else ""
    return (
        f"De gegevens staan op een teamserver: {where(db.url)!s}{connection}. Versleuteling "
        "onderweg (TLS) en op de schijf van de server (schijfversleuteling) is het werk van "
        "de beheerder van de server.",
        "Reservekopieën, het archief van de write-ahead log (WAL) van de server en hoe lang "
        "die bewaard blijven, regelt en vermeldt de beheerder van de server; gewiste "
        "gegevens verdwijnen daaruit pas als die bewaartermijn voorbij is.",
        "Gewiste personen worden onherstelbaar geanonimiseerd; daarna herschrijft de "
        "server de betrokken tabellen (VACUUM FULL), zodat oude versies van de rijen niet "
        "in de tabelbestanden achterblijven.",
    )


def _exchanges(db: Database) -> tuple[str, ...]:
    """Which exchange packages went to which database (issue 18)."""
    from flevodesk.services.exchange.service import packages_sent

    sent = packages_sent(db)
    if not sent:
        return ()
    listed = "; ".join(f"{name}: {count} pakket(ten), nummer 1 t/m {count}" for name, count in sent)
    return (
        "Uitwisselpakketten (versleuteld met de wachtzin van het team; alleen wat de "
        f"ontvanger nodig heeft) gingen naar: {listed}.",
    )


def _years(terms: Sequence[int]) -> str:
    if not terms:
        return ""
    joined = " of ".join(str(t) for t in terms)
    return f"{joined} jaar na inzage"


PRINTOUT = Printout(
    key="register",
    title="Verwerkingsregister",
    description="Welke persoonsgegevens FlevoDesk bewaart, waarvoor en hoe lang, op één pagina.",
    build=lambda db, _request: register_data(db),
    renderer="flevodesk.reports.privacy:render_register",
    names_persons=False,
    file_name=lambda _request: "verwerkingsregister.pdf",
)
