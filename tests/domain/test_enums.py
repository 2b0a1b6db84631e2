from flevodesk.domain.enums import Audience, PartnerKind, PartnerScope, Perspective, Role


def test_labels_belong_to_their_own_enum_even_for_equal_values():
    assert Audience.INWONERS.label == "Inwoners"
    assert Perspective.INWONERS.label == "Inwonersperspectief"
    assert PartnerKind.GEMEENTE.label == "Gemeente"
    assert PartnerScope.GEMEENTE.label == "Gemeente"
    assert Role.COORDINATOR.label == "Coördinator"
