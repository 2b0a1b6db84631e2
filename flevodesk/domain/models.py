"""Every mapped class in one place, for Alembic and for callers that want them all."""

from flevodesk.domain.base import Base
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative, TargetGroup, Theme
from flevodesk.domain.merges import PersonMerge
from flevodesk.domain.overview import Challenge, Impression, Link, Practice, SuccessFactor
from flevodesk.domain.partners import Partner, PartnerAudience, PartnerContact
from flevodesk.domain.people import Engagement, HoursEntry, Person

__all__ = [
    "Area",
    "Base",
    "Challenge",
    "Engagement",
    "FundingApplication",
    "HoursEntry",
    "Impression",
    "Initiative",
    "Link",
    "Municipality",
    "Partner",
    "PartnerAudience",
    "PartnerContact",
    "Person",
    "PersonMerge",
    "Practice",
    "SuccessFactor",
    "TargetGroup",
    "Theme",
]
