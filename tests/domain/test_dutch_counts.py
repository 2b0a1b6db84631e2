"""Counts read as Dutch: the singular for one, the plural for every other number."""

from flevodesk.domain.dutch import count_of


def test_one_takes_the_singular_and_every_other_number_the_plural():
    words = ("reservekopie", "reservekopieën")
    assert count_of(1, *words) == "1 reservekopie"
    assert count_of(0, *words) == "0 reservekopieën"
    assert count_of(2, *words) == "2 reservekopieën"
