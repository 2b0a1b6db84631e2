"""Closed lists of values, stored as their Dutch value and shown with a Dutch label."""

from __future__ import annotations

from enum import StrEnum


class LabeledEnum(StrEnum):
    """A StrEnum whose value is stored and whose ``label`` is what a user reads."""

    @property
    def label(self) -> str:
        """The Dutch text shown in forms, tables and printouts."""
        # Keyed by class too: members of different enums with equal values are equal strings.
        return _LABELS.get((type(self), self.value), self.value.replace("_", " ").capitalize())


class AreaKind(LabeledEnum):
    KERN = "kern"
    DORP = "dorp"
    WIJK = "wijk"
    STADSDEEL = "stadsdeel"


class InitiativeStatus(LabeledEnum):
    IDEE = "idee"
    OPSTART = "opstart"
    ACTIEF = "actief"
    GEPAUZEERD = "gepauzeerd"
    GESTOPT = "gestopt"


class Role(LabeledEnum):
    KARTREKKER = "kartrekker"
    VRIJWILLIGER = "vrijwilliger"
    COORDINATOR = "coordinator"
    BESTUUR = "bestuur"


class PersonStatus(LabeledEnum):
    ACTIEF = "actief"
    INACTIEF = "inactief"
    GESTOPT = "gestopt"


class ConsentMethod(LabeledEnum):
    FORMULIER = "formulier"
    EMAIL = "e-mail"
    MONDELING = "mondeling"


class FundingDomain(LabeledEnum):
    SOCIAAL = "sociaal"
    FYSIEK = "fysiek"
    BEIDE = "beide"


class FundingStatus(LabeledEnum):
    IN_VOORBEREIDING = "in_voorbereiding"
    INGEDIEND = "ingediend"
    TOEGEKEND = "toegekend"
    DEELS_TOEGEKEND = "deels_toegekend"
    AFGEWEZEN = "afgewezen"
    INGETROKKEN = "ingetrokken"
    VERANTWOORDING_INGEDIEND = "verantwoording_ingediend"
    AFGEROND = "afgerond"

    @property
    def is_decided(self) -> bool:
        """Whether the funder has answered (granted in part or whole, or rejected)."""
        return self not in {
            FundingStatus.IN_VOORBEREIDING,
            FundingStatus.INGEDIEND,
            FundingStatus.INGETROKKEN,
        }

    @property
    def is_granted(self) -> bool:
        """Whether money was granted, also once the verantwoording is under way or done."""
        return self in {
            FundingStatus.TOEGEKEND,
            FundingStatus.DEELS_TOEGEKEND,
            FundingStatus.VERANTWOORDING_INGEDIEND,
            FundingStatus.AFGEROND,
        }


class PartnerScope(LabeledEnum):
    GEMEENTE = "gemeente"
    FLEVOLAND = "flevoland"
    LANDELIJK = "landelijk"


class PartnerKind(LabeledEnum):
    GEMEENTE = "gemeente"
    PROVINCIE = "provincie"
    FONDS = "fonds"
    KENNISORGANISATIE = "kennisorganisatie"
    NETWERK = "netwerk"
    WELZIJN = "welzijn"
    ADVIES = "advies"
    OVERIG = "overig"


class Audience(LabeledEnum):
    INWONERS = "inwoners"
    INITIATIEVEN = "initiatieven"
    GEMEENTEN = "gemeenten"
    PROFESSIONALS = "professionals"


class Perspective(LabeledEnum):
    INWONERS = "inwoners"
    GEMEENTE = "gemeente"


class Dagdeel(LabeledEnum):
    """Half-day slots in which a volunteer is available (ochtend, middag, avond per day)."""

    MA_OCHTEND = "ma-ochtend"
    MA_MIDDAG = "ma-middag"
    MA_AVOND = "ma-avond"
    DI_OCHTEND = "di-ochtend"
    DI_MIDDAG = "di-middag"
    DI_AVOND = "di-avond"
    WO_OCHTEND = "wo-ochtend"
    WO_MIDDAG = "wo-middag"
    WO_AVOND = "wo-avond"
    DO_OCHTEND = "do-ochtend"
    DO_MIDDAG = "do-middag"
    DO_AVOND = "do-avond"
    VR_OCHTEND = "vr-ochtend"
    VR_MIDDAG = "vr-middag"
    VR_AVOND = "vr-avond"
    ZA_OCHTEND = "za-ochtend"
    ZA_MIDDAG = "za-middag"
    ZA_AVOND = "za-avond"
    ZO_OCHTEND = "zo-ochtend"
    ZO_MIDDAG = "zo-middag"
    ZO_AVOND = "zo-avond"


_LABEL_PAIRS: list[tuple[LabeledEnum, str]] = [
    (Role.COORDINATOR, "Coördinator"),
    (ConsentMethod.EMAIL, "E-mail"),
    (FundingStatus.IN_VOORBEREIDING, "In voorbereiding"),
    (FundingStatus.DEELS_TOEGEKEND, "Deels toegekend"),
    (FundingStatus.VERANTWOORDING_INGEDIEND, "Verantwoording ingediend"),
    (PartnerScope.FLEVOLAND, "Flevoland"),
    (PartnerKind.WELZIJN, "Welzijnsorganisatie"),
    (Perspective.INWONERS, "Inwonersperspectief"),
    (Perspective.GEMEENTE, "Gemeentelijk perspectief"),
]
_LABELS: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _LABEL_PAIRS}
