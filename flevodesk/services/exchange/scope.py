"""Which records a peer may receive (privacy by purpose, issue 18 point 7).

A peer without a scope receives everything; a peer given initiatives (a kartrekker's
laptop) receives only what belongs to them: the initiatives, their volunteers (engaged or
with hours there) with those engagements, hours, consents and VOG records, their funding
applications with cost lines and obligations, the partners they use (linked, or funding
an application) with their contacts, the links between them, and the themes, target
groups, success factors and challenges the initiatives name. Demo records never
leave the database.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, Select, Table, false, or_, select, true

from flevodesk.domain.base import Base
from flevodesk.domain.exchange_sets import link_ends, set_fields
from flevodesk.domain.exchange_tracking import LINKS

#: Uuid and id of the records a peer may receive, per table (LINKS included).
Scope = dict[str, dict[str, int]]


def _t(name: str) -> Table:
    return Base.metadata.tables[name]


def _in(column: Any, ids: Collection[int]) -> Any:
    return column.in_(sorted(ids)) if ids else false()


def _rows(conn: Connection, query: Select[Any]) -> dict[str, int]:
    return {str(u): int(i) for i, u in conn.execute(query) if u is not None}


def records_in_scope(conn: Connection, initiatives: Collection[int] | None) -> Scope:
    """The records of ``initiatives`` (ids; None for every initiative), demo left out."""
    ini, per, eng, hrs = _t("initiatives"), _t("persons"), _t("engagements"), _t("hours_entries")
    app, par, links = _t("funding_applications"), _t("partners"), _t("partner_initiatives")
    everything = initiatives is None
    chosen = true() if everything else _in(ini.c.id, initiatives or ())
    scope: Scope = {}
    scope["initiatives"] = _rows(
        conn, select(ini.c.id, ini.c.uuid).where(chosen, ini.c.is_demo.is_(False))
    )
    kept_ini = set(scope["initiatives"].values())
    if everything:
        person_where: Any = per.c.is_demo.is_(False)
    else:
        engaged = select(eng.c.person_id).where(_in(eng.c.initiative_id, kept_ini))
        worked = select(hrs.c.person_id).where(_in(hrs.c.initiative_id, kept_ini))
        person_where = (per.c.is_demo.is_(False)) & or_(per.c.id.in_(engaged), per.c.id.in_(worked))
    scope["persons"] = _rows(conn, select(per.c.id, per.c.uuid).where(person_where))
    kept_per = set(scope["persons"].values())
    for name in ("engagements", "hours_entries"):
        table = _t(name)
        scope[name] = _rows(
            conn,
            select(table.c.id, table.c.uuid).where(
                _in(table.c.initiative_id, kept_ini), _in(table.c.person_id, kept_per)
            ),
        )
    for name in ("consents", "vog_records"):
        table = _t(name)
        scope[name] = _rows(
            conn, select(table.c.id, table.c.uuid).where(_in(table.c.person_id, kept_per))
        )
    scope["funding_applications"] = _rows(
        conn,
        select(app.c.id, app.c.uuid).where(
            _in(app.c.initiative_id, kept_ini), app.c.is_demo.is_(False)
        ),
    )
    kept_app = set(scope["funding_applications"].values())
    for name in ("budget_lines", "actual_costs", "obligations"):
        table = _t(name)
        scope[name] = _rows(
            conn, select(table.c.id, table.c.uuid).where(_in(table.c.application_id, kept_app))
        )
    if everything:
        partner_where: Any = par.c.is_demo.is_(False)
    else:
        linked = select(links.c.partner_id).where(_in(links.c.initiative_id, kept_ini))
        funding = select(app.c.funder_id).where(_in(app.c.id, kept_app))
        partner_where = or_(par.c.id.in_(linked), par.c.id.in_(funding))
    scope["partners"] = _rows(conn, select(par.c.id, par.c.uuid).where(partner_where))
    kept_par = set(scope["partners"].values())
    contacts = _t("partner_contacts")
    scope["partner_contacts"] = _rows(
        conn,
        select(contacts.c.id, contacts.c.uuid).where(_in(contacts.c.partner_id, kept_par)),
    )
    for link in set_fields("initiatives").values():
        # Themes and the like: every one for a peer of everything (a theme nobody uses yet
        # too), else those the initiatives use.
        owner, member, target = link_ends(link)
        used = true() if everything else target.c.id.in_(select(member).where(_in(owner, kept_ini)))
        scope[target.name] = _rows(conn, select(target.c.id, target.c.uuid).where(used))
    scope[LINKS] = {}
    return scope


def links_in_scope(conn: Connection, scope: Scope) -> dict[str, tuple[str, str]]:
    """The partner links within ``scope``: link uuid -> (partner uuid, initiative uuid)."""
    from flevodesk.domain.exchange_tracking import link_uuid

    partners = {i: u for u, i in scope["partners"].items()}
    initiatives = {i: u for u, i in scope["initiatives"].items()}
    links = _t("partner_initiatives")
    found: dict[str, tuple[str, str]] = {}
    for partner_id, initiative_id in conn.execute(
        select(links.c.partner_id, links.c.initiative_id)
    ):
        p, i = partners.get(partner_id), initiatives.get(initiative_id)
        if p and i:
            found[link_uuid(p, i)] = (p, i)
    return found
