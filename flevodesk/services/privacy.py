"""Privacy (AVG) records: program settings, consents per purpose, the VOG register, which
roles need a VOG, and the change log of personal data.

The change log is written by a ``before_flush`` hook on every session, so no caller can
forget it: whoever changes a personal field of a person (form, import, merge) leaves a line
with the configured user name, the moment and the field; never the old or new value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.enums import ConsentPurpose, Role, VogOutcome
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import message
from flevodesk.domain.people import PERSONAL_FIELDS, Engagement, Person
from flevodesk.domain.privacy import (
    DEFAULT_VOG_VALID_YEARS,
    Consent,
    PersonChange,
    RoleSetting,
    Setting,
    VogRecord,
    add_years,
)
from flevodesk.domain.validation import clean_text
from flevodesk.services.errors import NotFound
from flevodesk.services.records import RowService
from flevodesk.store.database import Database, login_name

#: Session flag: the change log is written by the caller itself (erasure writes one line).
QUIET_CHANGE_LOG = "flevodesk_quiet_change_log"
#: The field name logged when a person is added rather than changed.
CREATED = "(nieuw)"


@dataclass(frozen=True)
class PrivacySettings:
    """Settings the AVG features read; stored as text in the ``settings`` table.

    Attributes:
        user_name: who works with this copy of FlevoDesk, for the change log.
        retention_months: how long a person without engagement, hours or contact is kept
            before the program proposes anonymisation.
        warning_days: how far ahead VOG renewals are announced.
        organisation_name, organisation_contact, privacy_contact: for the verwerkingsregister.
    """

    user_name: str = ""
    retention_months: int = 24
    warning_days: int = 30
    organisation_name: str = ""
    organisation_contact: str = ""
    privacy_contact: str = ""

    def validated(self) -> PrivacySettings:
        """The settings cleaned up.

        Raises:
            ValidationError: for a retention or warning period out of range.
        """
        if not 1 <= self.retention_months <= 120:
            raise ValidationError(
                "retention_months", message("moet tussen 1 en 120 maanden liggen")
            )
        if not 0 <= self.warning_days <= 365:
            raise ValidationError("warning_days", message("moet tussen 0 en 365 dagen liggen"))
        texts: dict[str, Any] = {
            f.name: clean_text(f.name, getattr(self, f.name), max_length=200) or ""
            for f in fields(self)
            if f.type == "str"
        }
        return replace(self, **texts)


_INT_SETTINGS = {"retention_months", "warning_days"}


def settings_in(session: Session) -> PrivacySettings:
    """The settings as stored, defaults for what was never set."""
    with session.no_autoflush:
        stored = {s.key: s.value for s in session.scalars(select(Setting))}
    values: dict[str, Any] = {}
    for f in fields(PrivacySettings):
        raw = stored.get(f.name)
        if raw is None:
            continue
        if f.name in _INT_SETTINGS:
            try:
                values[f.name] = int(raw)
            except ValueError:
                continue  # a hand-edited value that is no number: use the default
        else:
            values[f.name] = raw
    return PrivacySettings(**values)


def read_settings(db: Database) -> PrivacySettings:
    """The privacy settings of this database."""
    with db.read() as session:
        return settings_in(session)


def save_settings(db: Database, settings: PrivacySettings) -> PrivacySettings:
    """Store the settings after checking them.

    Raises:
        ValidationError: naming the setting to correct; nothing is stored.
    """
    clean = settings.validated()
    with db.write() as session:
        _store_settings(session, clean)
    name_the_author(db, clean)
    return clean


def save_privacy_settings(
    db: Database, settings: PrivacySettings, rules: Mapping[Role, RoleRule]
) -> PrivacySettings:
    """The settings dialog's save: the settings and the roles' VOG rules in one
    transaction, so a refused rule leaves the settings as they were too.

    Raises:
        ValidationError: naming the setting or rule to correct; nothing is stored.
    """
    clean = settings.validated()
    with db.write() as session:
        _store_settings(session, clean)
        _store_role_rules(session, rules)
    name_the_author(db, clean)
    return clean


def _store_settings(session: Session, clean: PrivacySettings) -> None:
    for f in fields(clean):
        session.merge(Setting(key=f.name, value=str(getattr(clean, f.name))))


def name_the_author(db: Database, settings: PrivacySettings | None = None) -> None:
    """Let a file's records say who saved them (``updated_by``) by the name in the
    settings, as the change log does. A server's settings are the whole team's, so there
    each colleague stays the role they logged in as (see ``Database.author``)."""
    if db.path is None:
        return
    chosen = settings if settings is not None else read_settings(db)
    db.author_name = chosen.user_name or None


def current_user(settings: PrivacySettings) -> str:
    """The configured user name, else the computer's login name (a log line needs a who)."""
    return settings.user_name or login_name()


# --- roles -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleRule:
    role: Role
    requires_vog: bool
    vog_valid_years: int


def role_rules_in(session: Session) -> dict[Role, RoleRule]:
    """Every role's VOG rule; roles never configured need no VOG, valid three years."""
    stored = {r.role: r for r in session.scalars(select(RoleSetting))}
    return {
        role: RoleRule(
            role,
            stored[role].requires_vog if role in stored else False,
            stored[role].vog_valid_years if role in stored else DEFAULT_VOG_VALID_YEARS,
        )
        for role in Role
    }


def role_rules(db: Database) -> dict[Role, RoleRule]:
    with db.read() as session:
        return role_rules_in(session)


def save_role_rules(db: Database, rules: Mapping[Role, RoleRule]) -> None:
    """Store which roles need a VOG and for how many years one counts.

    Raises:
        ValidationError: for a term outside 1-10 years.
    """
    with db.write() as session:
        _store_role_rules(session, rules)


def _store_role_rules(session: Session, rules: Mapping[Role, RoleRule]) -> None:
    for rule in rules.values():
        session.merge(
            RoleSetting(
                role=rule.role,
                requires_vog=rule.requires_vog,
                vog_valid_years=rule.vog_valid_years,
            )
        )


# --- consents and VOGs -----------------------------------------------------------------


class ConsentService(RowService[Consent]):
    model = Consent
    noun = message("de toestemming")

    def give(
        self,
        person_id: int,
        purpose: ConsentPurpose,
        given_on: date,
        method: Any = None,
        notes: str | None = None,
    ) -> Consent:
        """Record a consent for one purpose."""
        return self.create(
            {
                "person_id": person_id,
                "purpose": purpose,
                "given_on": given_on,
                "method": method,
                "notes": notes,
            }
        )

    def withdraw(self, consent_id: int, on: date) -> Consent:
        """Mark a consent as withdrawn from ``on``; the record stays as proof of both."""
        return self.update(consent_id, None, {"withdrawn_on": on})


class VogService(RowService[VogRecord]):
    model = VogRecord
    noun = message("de VOG-registratie")

    def record(self, person_id: int, values: Mapping[str, Any]) -> VogRecord:
        """Register a VOG; an issued one without ``valid_until`` gets the longest term of the
        person's roles (three years unless a role says otherwise).

        The term is read in the transaction that stores the VOG, so a rule or role changed
        meanwhile cannot give it a term that no longer applies."""
        values = dict(values)
        with self.writing() as session:
            if (
                values.get("outcome") is VogOutcome.AFGEGEVEN
                and values.get("valid_until") is None
                and values.get("seen_on") is not None
            ):
                years = _valid_years_in(session, person_id)
                values["valid_until"] = add_years(values["seen_on"], years)
            record_id = self.create_in(session, {**values, "person_id": person_id})
        return self.get(record_id)

    def valid_years(self, person_id: int) -> int:
        """The term a new VOG of this person counts for: the strictest (shortest) rule among
        the roles that need one, else the default."""
        with self.db.read() as session:
            return _valid_years_in(session, person_id)


def _valid_years_in(session: Session, person_id: int) -> int:
    rules = role_rules_in(session)
    roles = set(session.scalars(select(Engagement.role).where(Engagement.person_id == person_id)))
    terms = [rules[r].vog_valid_years for r in roles if rules[r].requires_vog]
    return min(terms) if terms else DEFAULT_VOG_VALID_YEARS


@dataclass(frozen=True)
class VogStatus:
    """Whether a person needs a VOG for one of their current roles, and has one."""

    required_for: tuple[Role, ...]
    valid_until: date | None

    @property
    def problem(self) -> bool:
        return bool(self.required_for) and self.valid_until is None


def vog_status_in(session: Session, person: Person, on: date) -> VogStatus:
    """The VOG situation of ``person`` on ``on`` (engagements and VOG records loaded)."""
    rules = role_rules_in(session)
    required = tuple(
        sorted(
            {e.role for e in person.engagements if e.is_active(on) and rules[e.role].requires_vog},
            key=list(Role).index,
        )
    )
    valid = [v.valid_until or on for v in person.vog_records if v.is_valid(on)]
    return VogStatus(required, max(valid) if valid else None)


def vog_status(db: Database, person_id: int, on: date | None = None) -> VogStatus:
    """See :func:`vog_status_in`.

    Raises:
        NotFound: for an unknown person.
    """
    with db.read() as session:
        person = session.scalars(
            select(Person)
            .where(Person.id == person_id)
            .options(selectinload(Person.engagements), selectinload(Person.vog_records))
        ).one_or_none()
        if person is None:
            raise NotFound(message("De persoon bestaat niet (meer)."))
        return vog_status_in(session, person, on or date.today())


# --- the change log --------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeLine:
    changed_at: Any
    user_name: str
    field: str


def change_log(db: Database, person_id: int) -> list[ChangeLine]:
    """The changes to a person's personal data, oldest first."""
    with db.read() as session:
        rows = session.scalars(
            select(PersonChange)
            .where(PersonChange.person_id == person_id)
            .order_by(PersonChange.id)
        )
        return [ChangeLine(r.changed_at, r.user_name, r.field) for r in rows]


@event.listens_for(Session, "before_flush")
def _log_personal_changes(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(QUIET_CHANGE_LOG):
        return
    changes: list[tuple[Person, str]] = []
    for obj in session.new:
        if isinstance(obj, Person):
            changes.append((obj, CREATED))
    for obj in session.dirty:
        if not isinstance(obj, Person):
            continue
        state = inspect(obj)
        for field in PERSONAL_FIELDS:
            history = state.attrs[field].history
            if history.added and tuple(history.added) != tuple(history.deleted):
                changes.append((obj, field))
    if not changes:
        return
    user = current_user(settings_in(session))
    for person, field in changes:
        session.add(PersonChange(person=person, user_name=user[:120], field=field))
