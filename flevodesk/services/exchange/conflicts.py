"""The "Te beoordelen" list: values that lost a merge, for a person to choose per field.

A choice is an ordinary edit (through the ORM, so the change tracking gives it a clock
whose base is the winning value): it travels on with the next package, and every site
that receives it closes its own copy of the conflict (:mod:`.applying`, rule 3).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.base import Base
from flevodesk.domain.exchange import ExchangeConflict
from flevodesk.domain.exchange_sets import Sets, set_fields
from flevodesk.domain.exchange_tracking import exchanged_tables, take_stamp, write_clocks
from flevodesk.domain.messages import message
from flevodesk.services.errors import NotFound
from flevodesk.services.exchange.codec import Codec
from flevodesk.services.privacy_export import _RECORD_LABELS as PERSON_LABELS
from flevodesk.store.database import Database

#: How a record kind is called in the list.
KIND_LABELS = {
    "initiatives": "Initiatief",
    "persons": "Vrijwilliger",
    "engagements": "Inzet",
    "hours_entries": "Urenregel",
    "consents": "Toestemming",
    "vog_records": "VOG",
    "funding_applications": "Aanvraag",
    "budget_lines": "Begrotingsregel",
    "actual_costs": "Kostenpost",
    "obligations": "Verplichting",
    "partners": "Partner",
    "partner_contacts": "Contactpersoon",
    "partner_initiatives": "Koppeling partner-initiatief",
    "themes": "Thema",
    "target_groups": "Doelgroep",
    "success_factors": "Succesfactor",
    "challenges": "Uitdaging",
}
#: Field names in the words of the forms: a person's as the inzage names them, and others.
FIELD_LABELS = {
    **PERSON_LABELS,
    "name": "Naam",
    "description": "Omschrijving",
    "goal": "Doel",
    "minutes": "Minuten",
    "worked_on": "Datum",
    "role": "Rol",
    "since": "Sinds",
    "until": "Tot",
    "present": "Gekoppeld",
    "themes": "Thema's",
    "target_groups": "Doelgroepen",
    "success_factors": "Succesfactoren",
    "challenges": "Uitdagingen",
    "id": "Verwijderen",
}


@dataclass(frozen=True)
class FieldConflict:
    id: int
    record_kind: str
    record_label: str
    field: str
    field_label: str
    ours: str | None
    theirs: str | None
    theirs_site: str
    theirs_at: datetime | None
    #: "field", "delete" (a deleted record that can be restored) or "duplicate".
    kind: str = "field"
    #: The record's identity: conflicts of one deleted record are restored at once.
    record_uuid: str = ""
    #: The record's table: only a proposal about two persons can be merged.
    table_name: str = ""

    @property
    def mergeable(self) -> bool:
        """Whether this is a proposal to merge two persons (``merging.merge_proposal``)."""
        return self.kind == "duplicate" and self.table_name == "persons"


def _label(session: Session, table: Table | None, record_uuid: str) -> str:
    if table is None:
        return record_uuid
    row = session.connection().execute(select(table).where(table.c.uuid == record_uuid)).first()
    if row is None:
        from flevodesk.services.exchange.revival import snapshot_of

        kept = snapshot_of(session.connection(), table.name, record_uuid)
        shown = {f: v[0] for f, v in kept.items() if isinstance(v[0], str)}
        named = [shown.get(k) for k in ("first_name", "tussenvoegsel", "last_name", "name")]
        label = " ".join(p for p in named if p)
        return f"{label} (verwijderd)" if label else "(verwijderd)"
    values = row._mapping
    if table.name == "persons":
        parts = (values["first_name"], values["tussenvoegsel"], values["last_name"])
        return " ".join(p for p in parts if p)
    for key in ("name", "title", "description"):
        if values.get(key):
            return str(values[key])
    return f"{KIND_LABELS.get(table.name, table.name)} {values['id']}"


def _readable(session: Session, table: str, field: str, value: str | None) -> str | None:
    """A set's value (member UUIDs) as the members' names; any other value as it is."""
    if value is None or field not in set_fields(table):
        return value
    return Sets(session.connection()).labels(table, field, json.loads(value))


def _table(tables: dict[str, type[Base]], name: str) -> Table | None:
    return tables[name].__table__ if name in tables else None  # type: ignore[return-value]


def open_conflicts(db: Database) -> list[FieldConflict]:
    """The conflicts waiting for a person, oldest first."""
    tables = exchanged_tables()
    with db.read() as session:
        rows = session.scalars(
            select(ExchangeConflict)
            .where(ExchangeConflict.resolved.is_(False))
            .order_by(ExchangeConflict.id)
        ).all()
        return [
            FieldConflict(
                id=r.id,
                record_kind=KIND_LABELS.get(r.table_name, r.table_name),
                record_label=_label(session, _table(tables, r.table_name), r.record_uuid),
                field=r.field,
                field_label=FIELD_LABELS.get(r.field, r.field.replace("_", " ").capitalize()),
                # A proposal's "ours" is the record here that holds the value: its name.
                ours=(
                    _label(session, _table(tables, r.table_name), r.ours)
                    if r.kind == "duplicate" and r.ours
                    else _readable(session, r.table_name, r.field, r.ours)
                ),
                theirs=_readable(session, r.table_name, r.field, r.theirs),
                theirs_site=r.theirs_site,
                theirs_at=r.theirs_at,
                kind=r.kind,
                record_uuid=r.record_uuid,
                table_name=r.table_name,
            )
            for r in rows
        ]


def resolve_conflict(db: Database, conflict_id: int, keep_theirs: bool) -> None:
    """Settle one conflict: the chosen value becomes the field's value by an ordinary edit.

    A "delete" or "duplicate" conflict is only marked as seen: restoring a deleted record
    (``restoring.restore_deleted``) and merging duplicates (the merge flow for persons)
    are their own actions.

    Raises:
        NotFound: for a conflict that is not (or no longer) there.
    """
    with db.write() as session:
        conflict = session.get(ExchangeConflict, conflict_id)
        if conflict is None or conflict.resolved:
            raise NotFound(message("Dit conflict is er niet (meer)."))
        conflict.resolved = True
        model = exchanged_tables().get(conflict.table_name)
        if conflict.kind != "field" or model is None:
            return
        table: Table = model.__table__  # type: ignore[assignment]
        wanted = conflict.theirs if keep_theirs else conflict.ours
        if conflict.field in set_fields(table.name):
            _choose_set(session, model, conflict.record_uuid, conflict.field, wanted)
            return
        record: Any = session.scalar(select(model).where(table.c.uuid == conflict.record_uuid))
        if record is None or conflict.field not in table.c:
            return
        known, value = Codec(session.connection()).decode(table, conflict.field, plain(wanted))
        if known:
            setattr(record, conflict.field, value)
            _touch(record, conflict.field)


def _choose_set(
    session: Session, model: Any, record_uuid: str, field: str, wanted: str | None
) -> None:
    """Make an initiative's themes (or the like) the chosen ones, by an ordinary edit."""
    attribute = getattr(model, field)
    record: Any = session.scalar(
        select(model).where(model.uuid == record_uuid).options(selectinload(attribute))
    )
    if record is None:
        return
    member = attribute.property.mapper.class_
    uuids = json.loads(wanted) if wanted else []
    chosen = list(session.scalars(select(member).where(member.uuid.in_(uuids))))
    if {m.uuid for m in chosen} != {m.uuid for m in getattr(record, field)}:
        setattr(record, field, chosen)
        return
    # Already the value here: the choice still gets a clock (based on the current one),
    # so it travels and settles the conflict elsewhere. (Marking a collection modified
    # would make the unit of work insert its links again.)
    conn = session.connection()
    write_clocks(conn, take_stamp(conn), [(model.__tablename__, record_uuid, field)])


def plain(value: str | None) -> str | int | bool | None:
    """A value as the conflict list keeps it, as a field value travels (``codec``)."""
    if value in ("ja", "nee"):
        return value == "ja"
    return value


def _touch(record: Base, field: str) -> None:
    """Make the choice an edit even when the value is already there, so its clock (with
    the current value's clock as base) travels and closes the conflict elsewhere."""
    from sqlalchemy.orm.attributes import flag_modified

    flag_modified(record, field)
