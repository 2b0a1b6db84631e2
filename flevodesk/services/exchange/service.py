"""The exchange's use cases, as the window and the command line call them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from flevodesk.domain.exchange import ExchangeSite, Peer
from flevodesk.domain.exchange_tracking import site_row
from flevodesk.domain.messages import Message, message
from flevodesk.domain.validation import clean_text
from flevodesk.services import scrubbing
from flevodesk.services.errors import ServiceError
from flevodesk.services.exchange.applying import apply_payload
from flevodesk.services.exchange.building import build_payload
from flevodesk.services.export_log import note_export
from flevodesk.store.database import Database
from flevodesk.store.migrations import HEAD_REVISION

#: The layout of the package header this program writes and reads.
FORMAT_VERSION = 1
#: The first schema revision that knew exchange; packages of older ones cannot exist.
FIRST_REVISION = "0011"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    peer: str
    package_number: int
    records: int
    size_bytes: int


@dataclass(frozen=True)
class ImportResult:
    sender: str
    package_number: int
    applied: int
    conflicts: int
    duplicates_proposed: int
    already_seen: bool
    #: What to tell when an erasure came along but readers held up scrubbing the file.
    scrub_pending: Message | None = None


def site_name(db: Database) -> str:
    """The name this database goes by in exchanges ("Laptop Repair Café Dronten")."""
    with db.write() as session:
        return site_row(session.connection()).name


def set_site_name(db: Database, name: str) -> None:
    """Give this database its name in exchanges.

    Raises:
        ValidationError: for an empty or too long name.
    """
    cleaned = clean_text("name", name, required=True, max_length=120) or ""
    with db.write() as session:
        site = site_row(session.connection())
        row = session.get(ExchangeSite, site.id)
        assert row is not None
        row.name = cleaned


def known_peers(db: Database) -> list[str]:
    """The names of the databases this one exchanged with, alphabetically."""
    with db.read() as session:
        return sorted(session.scalars(select(Peer.name)))


def packages_sent(db: Database) -> list[tuple[str, int]]:
    """Per peer that received packages from here: its name and how many (the
    verwerkingsregister names them: which packages went to whom)."""
    with db.read() as session:
        rows = session.execute(
            select(Peer.name, Peer.packages_out).where(Peer.packages_out > 0).order_by(Peer.name)
        )
        return [(str(name), int(count)) for name, count in rows]


def _peer_named(session: Session, name: str) -> Peer:
    cleaned = clean_text("peer", name, required=True, max_length=120) or ""
    peer = session.scalar(select(Peer).where(Peer.name == cleaned))
    if peer is None:
        peer = Peer(name=cleaned, same_organisation=False, shared="{}")
        for key in ("sent_seq", "acked_seq", "received_seq", "packages_out", "last_package_in"):
            setattr(peer, key, 0)
        session.add(peer)
        session.flush()
    return peer


def set_same_organisation(db: Database, peer: str, same: bool) -> None:
    """Mark a peer as part of this organisation: contact details then go without a
    sharing consent (the privacy rule of :mod:`.building`)."""
    with db.write() as session:
        _peer_named(session, peer).same_organisation = same


def export_package(
    db: Database, out: Path, passphrase: str, *, peer: str, initiatives: Sequence[str] = ()
) -> ExportResult:
    """Write a package for ``peer`` to ``out`` (atomically) with what it has not seen.

    The peer's watermark moves only when the file is written: both are one transaction.

    Raises:
        ServiceError: an unknown initiative, or the file could not be written (Dutch).
    """
    from flevodesk.services.exchange import package

    note_export(db, f"uitwisselpakket voor {peer}", out)
    with db.write() as session:
        target = _peer_named(session, peer)
        payload = build_payload(session, target, initiatives)
        header: dict[str, object] = {
            "exchange_format": FORMAT_VERSION,
            "schema": HEAD_REVISION,
            "sender": dict(payload["sender"]),
            "recipient": target.name,
            "package_number": payload["number"],
            "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        data = package.seal(header, json.dumps(payload, ensure_ascii=False).encode(), passphrase)
        # Inside the transaction: the peer's watermark moves only if the file is whole.
        package.write_package(out, data)
        return ExportResult(
            out, target.name, int(payload["number"]), len(payload["records"]), len(data)
        )


def read_package(path: Path, passphrase: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and payload of a package file, upgraded to this program's schema.

    Raises:
        ServiceError: unreadable, tampered, wrongly keyed, or from a newer program.
    """
    from flevodesk.services.exchange import package

    try:
        data = package.read_package(path)
        header = package.read_header(data, name=path.name)
        _check_schema(path, header)
        header, body = package.unseal(data, passphrase, name=path.name)
    except package.PackageError as exc:
        raise ServiceError(exc.translatable) from exc
    try:
        payload = json.loads(body.decode())
    except (UnicodeDecodeError, ValueError) as exc:
        raise ServiceError(
            message("Het uitwisselpakket {file} is beschadigd.", file=path.name)
        ) from exc
    return header, upgrade_payload(payload, str(header.get("schema")))


def _check_schema(path: Path, header: dict[str, object]) -> None:
    schema = str(header.get("schema", ""))
    if schema > HEAD_REVISION:
        raise ServiceError(
            message(
                "Het uitwisselpakket {file} komt van een nieuwere FlevoDesk (schema {schema}); "
                "werk FlevoDesk eerst bij.",
                file=path.name,
                schema=str(schema),
            )
        )


def upgrade_payload(payload: dict[str, Any], schema: str) -> dict[str, Any]:
    """A payload of an older schema in this schema's terms, in memory.

    Exchange began at revision 0011, so there is nothing older to translate yet: a later
    migration that renames or splits an exchanged field adds its step here (from the
    package's revision up to ours), so the merge only ever sees current field names.
    """
    return payload


def import_package(db: Database, path: Path, passphrase: str) -> ImportResult:
    """Merge a package into this database in one transaction, then scrub the file when
    an erasure came along.

    Raises:
        ServiceError: for an unreadable, tampered, wrongly keyed or newer package, with
            nothing changed.
    """
    header, payload = read_package(path, passphrase)
    return import_payload(db, payload, int(header.get("package_number") or 0))


def import_payload(db: Database, payload: dict[str, Any], number: int = 0) -> ImportResult:
    """Merge a payload (a package's content) in one transaction; scrub after an erasure."""
    number = int(payload.get("number") or number)
    with db.write() as session:
        peer, seen = _record_arrival(session, payload, number)
        applied = apply_payload(session, payload)
        sender = peer.name
    pending = None
    if (applied.erased or applied.scrub) and not scrubbing.scrub_file(db):
        on_server = db.engine.dialect.name != "sqlite"
        pending = scrubbing.PENDING_SERVER_MESSAGE if on_server else scrubbing.PENDING_MESSAGE
    return ImportResult(
        sender, number, applied.applied, applied.conflicts, applied.duplicates, seen, pending
    )


def export_payload(db: Database, *, peer: str, initiatives: Sequence[str] = ()) -> dict[str, Any]:
    """The payload a package for ``peer`` would carry, with the peer's watermarks moved
    (for measuring and for tests of the merge without files)."""
    with db.write() as session:
        built: dict[str, Any] = json.loads(
            json.dumps(build_payload(session, _peer_named(session, peer), initiatives))
        )
        return built


def _record_arrival(session: Session, payload: dict[str, Any], number: int) -> tuple[Peer, bool]:
    """The sending peer (known by its site, else by name) with its watermarks moved."""
    sender = payload["sender"]
    own = site_row(session.connection()).site_uuid
    if sender["site"] == own:
        raise ServiceError(
            message("Dit uitwisselpakket komt uit deze database zelf; er is niets veranderd.")
        )
    peer = session.scalar(select(Peer).where(Peer.site_uuid == sender["site"]))
    if peer is None:
        peer = session.scalar(
            select(Peer).where(Peer.name == sender["name"], Peer.site_uuid.is_(None))
        )
        if peer is None:
            name = sender["name"]
            if session.scalar(select(Peer).where(Peer.name == name)) is not None:
                name = f"{name} ({sender['site'][:8]})"
            peer = _peer_named(session, name)
        peer.site_uuid = sender["site"]
    if int(payload["from_seq"]) <= peer.received_seq:
        peer.received_seq = max(peer.received_seq, int(payload["to_seq"]))
    recipient = (payload.get("recipient") or {}).get("site")
    if recipient in (None, own):
        peer.acked_seq = max(peer.acked_seq, int(payload["ack"]))
    seen = number <= peer.last_package_in
    peer.last_package_in = max(peer.last_package_in, number)
    session.flush()
    return peer, seen
