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


class ConsentPurpose(LabeledEnum):
    """What a person can agree to separately (AVG: consent is per purpose)."""

    CONTACT = "contact"
    FOTO_PUBLICATIE = "foto_publicatie"
    DELEN_MET_PARTNERS = "delen_met_partners"


class VogOutcome(LabeledEnum):
    """Where a VOG request stands; only ``AFGEGEVEN`` makes a VOG valid."""

    AANGEVRAAGD = "aangevraagd"
    AFGEGEVEN = "afgegeven"
    GEWEIGERD = "geweigerd"


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

    @property
    def is_funder(self) -> bool:
        """Whether partners of this kind give money rather than knowledge or network.

        The overview's network page lists the others; funders appear with their schemes.
        """
        return self in {PartnerKind.GEMEENTE, PartnerKind.PROVINCIE, PartnerKind.FONDS}


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
    (ConsentPurpose.CONTACT, "Contact opnemen"),
    (ConsentPurpose.FOTO_PUBLICATIE, "Foto's en publicatie"),
    (ConsentPurpose.DELEN_MET_PARTNERS, "Delen met partners"),
    (FundingStatus.IN_VOORBEREIDING, "In voorbereiding"),
    (FundingStatus.DEELS_TOEGEKEND, "Deels toegekend"),
    (FundingStatus.VERANTWOORDING_INGEDIEND, "Verantwoording ingediend"),
    (PartnerScope.FLEVOLAND, "Flevoland"),
    (PartnerKind.WELZIJN, "Welzijnsorganisatie"),
    (Perspective.INWONERS, "Inwonersperspectief"),
    (Perspective.GEMEENTE, "Gemeentelijk perspectief"),
]
_LABELS: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _LABEL_PAIRS}


class CostType(LabeledEnum):
    """Kinds of cost a budget line or receipt belongs to; schemes exclude or cap some."""

    MATERIAAL = "materiaal"
    ETEN_EN_DRINKEN = "eten_en_drinken"
    ALCOHOL = "alcohol"
    HUUR = "huur"
    PERSONEEL = "personeel"
    REISKOSTEN = "reiskosten"
    CADEAUS = "cadeaus"
    PROMOTIE = "promotie"
    VRIJWILLIGERSVERGOEDING = "vrijwilligersvergoeding"
    OVERIG = "overig"


class PaymentMode(LabeledEnum):
    VOORSCHOT = "voorschot"
    ACHTERAF = "achteraf"


class ObligationKind(LabeledEnum):
    ACTIVITEITENVERSLAG = "activiteitenverslag"
    FOTOVERSLAG = "fotoverslag"
    BONNEN = "bonnen"
    FINANCIEEL_VERSLAG = "financieel_verslag"
    TUSSENRAPPORTAGE = "tussenrapportage"
    INHOUDELIJK_EINDVERSLAG = "inhoudelijk_eindverslag"


class RejectionCategory(LabeledEnum):
    """Why a funder said no, from a fixed list so rejections can be counted."""

    BUITEN_VOORWAARDEN = "buiten_voorwaarden"
    BUDGET_OP = "budget_op"
    ONVOLDOENDE_ONDERBOUWING = "onvoldoende_onderbouwing"
    TE_LAAT = "te_laat"
    NIET_SUBSIDIABELE_KOSTEN = "niet_subsidiabele_kosten"
    DUBBELE_FINANCIERING = "dubbele_financiering"
    ANDERS = "anders"


_LABEL_PAIRS += [
    (CostType.ETEN_EN_DRINKEN, "Eten en drinken"),
    (CostType.HUUR, "Huur locatie"),
    (CostType.CADEAUS, "Cadeaus"),
    (CostType.VRIJWILLIGERSVERGOEDING, "Vrijwilligersvergoeding"),
    (PaymentMode.VOORSCHOT, "Voorschot"),
    (PaymentMode.ACHTERAF, "Achteraf op bonnen"),
    (ObligationKind.FINANCIEEL_VERSLAG, "Financieel verslag"),
    (ObligationKind.INHOUDELIJK_EINDVERSLAG, "Inhoudelijk eindverslag"),
    (RejectionCategory.BUITEN_VOORWAARDEN, "Past niet in de voorwaarden"),
    (RejectionCategory.BUDGET_OP, "Budget is op"),
    (RejectionCategory.ONVOLDOENDE_ONDERBOUWING, "Onvoldoende onderbouwd"),
    (RejectionCategory.TE_LAAT, "Te laat ingediend"),
    (RejectionCategory.NIET_SUBSIDIABELE_KOSTEN, "Kosten niet subsidiabel"),
    (RejectionCategory.DUBBELE_FINANCIERING, "Dubbele financiering"),
]
_LABELS.update({(type(m), m.value): text for m, text in _LABEL_PAIRS})
