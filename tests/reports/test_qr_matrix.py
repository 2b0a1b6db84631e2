"""The fast QR encoder makes exactly reportlab's code, module for module, for the
addresses people put on a handout: any length up to well past a long link, every kind of
character, every version, and the values reportlab treats in its own way."""

from __future__ import annotations

import random

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget

from flevodesk.reports.qr_matrix import encode

#: The standard's byte capacity at level M of versions 1 to 40 (ISO/IEC 18004, table 7).
BYTES_AT_M = (
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560,
    624, 666, 711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722,
    1809, 1911, 1989, 2099, 2213, 2331,
)  # fmt: skip

#: Characters by how many bytes of UTF-8 they take, and the awkward ones of one byte.
KINDS = {
    "address": "abcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%",
    "latin": "éëïöüçñßĂăşŞİıøåæ",  # two bytes each
    "three bytes": "€‘’“”…—→₂ก한",
    "four bytes": "😀🚲🌱𝄞",
    "control": "\x00\x01\t\r\x1b\x7f ",
    "upper": "ABCXYZ0189 $%*+-./:",  # alone: alphanumeric mode
    "digits": "0123456789",  # alone: numeric mode
}


def theirs(value: str) -> tuple[str, ...]:
    """reportlab's widget's matrix of ``value`` at level M, as the handout used to draw it."""
    widget = QrCodeWidget(value, barLevel="M")
    widget.qr.make()
    return tuple("".join("1" if dark else "0" for dark in row) for row in widget.qr.modules)


def _version(rows: tuple[str, ...]) -> int:
    return (len(rows) - 17) // 4


def _mixed(length: int, seed: int) -> str:
    """A value of ``length`` characters drawn from every kind of character at once."""
    pick = random.Random(seed)
    every = "".join(KINDS.values())
    return "".join(pick.choice(every) for _ in range(length))


def _of_kind(kind: str, length: int) -> str:
    pick = random.Random(f"{kind}{length}")
    return "".join(pick.choice(KINDS[kind]) for _ in range(length))


ADDRESSES = [
    "https://repaircafe.example.nl",
    "https://www.buurtadvies.nl/atlas/?wijk=Ăşë&x=1" * 2,
    *(f"https://initiatief{n}.example.nl" for n in range(0, 500, 37)),
    "HTTPS://WWW.BUURTADVIES.NL/ATLAS",  # alphanumeric mode
    "0527123456",  # numeric mode
    "https://example.nl/pad/" + "a" * 120,
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_a_website_gets_reportlabs_code(value):
    assert encode(value) == theirs(value)


def test_an_address_of_every_length_up_to_150_gets_reportlabs_code():
    lengths = range(1, 151)
    assert [n for n in lengths if encode(v := _of_kind("address", n)) != theirs(v)] == []


@pytest.mark.parametrize("kind", sorted(set(KINDS) - {"address"}))
def test_every_kind_of_character_at_lengths_up_to_150_gets_reportlabs_code(kind):
    lengths = range(len(kind) % 4 + 1, 151, 4)  # a quarter of them, not the same for all
    assert [n for n in lengths if encode(v := _of_kind(kind, n)) != theirs(v)] == []


def test_characters_of_every_kind_mixed_get_reportlabs_code():
    values = [_mixed(length, seed) for length in range(1, 151, 5) for seed in range(2)]
    values += ["".join(map(chr, range(1, 256))), "".join(map(chr, range(0x100, 0x180)))]
    assert [v for v in values if encode(v) != theirs(v)] == []


@pytest.mark.parametrize("version", range(1, 14))
def test_the_longest_value_of_a_version_and_one_byte_more_get_reportlabs_code(version):
    """Both sides of each version's limit, past the change of the length field at 10."""
    longest = _of_kind("address", BYTES_AT_M[version - 1])
    one_more = longest + "x"
    assert _version(encode(longest)) == version
    assert _version(encode(one_more)) == version + 1
    assert encode(longest) == theirs(longest)
    assert encode(one_more) == theirs(one_more)


@pytest.mark.parametrize("version", range(14, 40))
def test_a_long_value_of_every_later_version_gets_reportlabs_code(version):
    value = _of_kind("address", BYTES_AT_M[version - 1])
    ours = encode(value)
    assert _version(ours) == version
    assert ours == theirs(value)


@pytest.mark.parametrize(
    ("value", "version"),
    [
        ("0" * 34, 1),  # numeric: 34 digits are version 1's limit
        ("0" * 35, 2),
        ("1" * 41, 2),  # a group of one and of two digits at the end
        ("12" * 32 + "3", 3),
        ("A" * 20, 1),  # alphanumeric: 20 characters are version 1's limit
        ("A" * 21, 2),
        ("HTTPS://EXAMPLE.NL/" * 3, 3),
        ("", 1),  # nothing at all: an empty numeric code, as reportlab makes it
    ],
)
def test_digits_and_capitals_use_their_compact_modes_as_reportlab_does(value, version):
    assert _version(encode(value)) == version
    assert encode(value) == theirs(value)


@pytest.mark.parametrize(
    "value",
    ["漢字", "東京都千代田区", "https://example.nl\n", "abc\n"],
)
def test_values_reportlab_treats_its_own_way_get_its_code(value):
    """Kanji only (Kanji mode) and a trailing line break go through reportlab's encoder."""
    assert encode(value) == theirs(value)


def test_a_value_longer_than_any_code_holds_is_refused_as_reportlab_refuses_it():
    value = "x" * (BYTES_AT_M[38] + 1)  # reportlab stops at version 39
    with pytest.raises(Exception, match="code length overflow"):
        theirs(value)
    with pytest.raises(Exception, match="code length overflow"):
        encode(value)
