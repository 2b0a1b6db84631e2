"""Every mapped class in one place, for Alembic and for callers that want them all."""

# The exchange's change tracking hooks into every session that can write these models.
import flevodesk.domain.exchange_tracking  # noqa: F401
from flevodesk.domain.base import Base
from flevodesk.domain.exchange import (
    Erasure,
    ExchangeConflict,
    ExchangeSite,
    Peer,
    Tombstone,
)
from flevodesk.domain.funding import ActualCost, BudgetLine, FundingApplication, Obligation
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative, TargetGroup, Theme
from flevodesk.domain.merges import PersonMerge
from flevodesk.domain.overview import (
    Challenge,
    Impression,
    Link,
    LinkAudience,
    Practice,
    PracticeAudience,
    SuccessFactor,
)
from flevodesk.domain.partners import Partner, PartnerAudience, PartnerContact
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Consent, PersonChange, RoleSetting, Setting, VogRecord
from flevodesk.domain.schemes import FundingScheme, SchemeCostRule

__all__ = [
    "ActualCost",
    "Area",
    "Base",
    "BudgetLine",
    "Challenge",
    "Consent",
    "Engagement",
    "Erasure",
    "ExchangeConflict",
    "ExchangeSite",
    "FundingApplication",
    "FundingScheme",
    "HoursEntry",
    "Impression",
    "Initiative",
    "Link",
    "LinkAudience",
    "Municipality",
    "Obligation",
    "Partner",
    "PartnerAudience",
    "PartnerContact",
    "Peer",
    "Person",
    "PersonChange",
    "PersonMerge",
    "Practice",
    "PracticeAudience",
    "RoleSetting",
    "SchemeCostRule",
    "Setting",
    "SuccessFactor",
    "TargetGroup",
    "Theme",
    "Tombstone",
    "VogRecord",
]
