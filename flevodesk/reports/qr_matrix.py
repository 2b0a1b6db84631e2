"""The module matrix of a QR code at error correction level M, exactly as reportlab's
``qrencoder`` makes it, in a fraction of a millisecond instead of several.

reportlab's encoder is pure Python working module by module: it builds and scores the
whole matrix once per mask and recomputes the Reed-Solomon generator for every block,
about 7 ms for a website address. Here Reed-Solomon is one table lookup per data byte (a
table per generator, as for a CRC) and the matrix is placed and its masks scored on ints
of bits (qr_layout.py), about 0.2 ms in all.

The codes must stay reportlab's, module for module (tests/reports/test_qr_matrix.py holds
us to that), so its choices are kept where they differ from the standard's letter:
versions 1 to 39 (it never picks 40); the first of numeric, alphanumeric, Kanji and byte
mode whose characters all fit, the whole value in one segment; UTF-8 for bytes; its mask
score (see qr_layout.py).

Values this module does not encode itself (Kanji, reportlab's tolerance of one trailing
line break, more than version 39 holds) go to reportlab's encoder, so they still get its
code or its error.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.graphics.barcode import qrencoder

from flevodesk.reports.qr_layout import Rows, place

_MAX_VERSION = 39  # reportlab searches range(1, 40)
#: Level M by version (1 to 40): error correction codewords per block, number of blocks.
# fmt: off
_ECC_PER_BLOCK = (
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
    26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
)
_BLOCKS = (
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
    17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
)
# fmt: on
_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALPHANUMERIC_VALUE = {char: n for n, char in enumerate(_ALPHANUMERIC)}
_NUMERIC = re.compile("[0-9]*")
_ALPHANUMERIC_ONLY = re.compile("[-0-9A-Z $%*+./:]*")


def _galois_tables() -> tuple[list[int], list[int]]:
    """Powers and logarithms in GF(256) with the QR polynomial 0x11D; the powers doubled
    so that a sum of two logarithms needs no modulo."""
    powers, logs, x = [0] * 512, [0] * 256, 1
    for i in range(255):
        powers[i] = powers[i + 255] = x
        logs[x] = i
        x = (x << 1) ^ (0x11D if x & 0x80 else 0)
    return powers, logs


_EXP, _LOG = _galois_tables()


def encode(value: str) -> Rows:
    """The code of ``value`` at level M, exactly reportlab's (version, mask, modules)."""
    segment = _segment(value)
    if segment is None:
        return _reportlab_rows(value)
    mode, count, bits, length = segment
    version = next((v for v in range(1, _MAX_VERSION + 1) if _fits(v, mode, length)), 0)
    if not version:
        return _reportlab_rows(value)  # too long: reportlab's own error
    count_bits = _count_bits(mode, version)
    header = (mode << count_bits) | count
    return place(version, _codewords(version, header, 4 + count_bits, bits, length))


def _segment(value: str) -> tuple[int, int, int, int] | None:
    """Mode, character count, the data bits as an int and their number; None where the
    value is one reportlab's encoder should take (Kanji, a trailing line break, no UTF-8)."""
    if _NUMERIC.fullmatch(value):
        bits = length = 0
        for start in range(0, len(value), 3):
            group = value[start : start + 3]
            width = 3 * len(group) + 1  # 10, 7 or 4 bits
            bits, length = (bits << width) | int(group), length + width
        return 0b0001, len(value), bits, length
    if _ALPHANUMERIC_ONLY.fullmatch(value):
        bits = length = 0
        for start in range(0, len(value), 2):
            pair = [_ALPHANUMERIC_VALUE[char] for char in value[start : start + 2]]
            number, width = (pair[0] * 45 + pair[1], 11) if len(pair) == 2 else (pair[0], 6)
            bits, length = (bits << width) | number, length + width
        return 0b0010, len(value), bits, length
    if value.endswith("\n") or _is_kanji(value):
        return None  # reportlab's regex ``$`` lets a trailing "\n" choose a mode above
    try:
        data = value.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return 0b0100, len(data), int.from_bytes(data, "big"), 8 * len(data)


def _is_kanji(value: str) -> bool:
    try:
        qrencoder.QRKanji(value)
    except ValueError:
        return False
    return True


def _count_bits(mode: int, version: int) -> int:
    size = 0 if version < 10 else 1 if version < 27 else 2
    return {0b0001: (10, 12, 14), 0b0010: (9, 11, 13), 0b0100: (8, 16, 16)}[mode][size]


def _fits(version: int, mode: int, length: int) -> bool:
    return 4 + _count_bits(mode, version) + length <= 8 * _data_codewords(version)


def _raw_codewords(version: int) -> int:
    modules = (16 * version + 128) * version + 64
    if version >= 2:
        aligns = version // 7 + 2
        modules -= (25 * aligns - 10) * aligns - 55
        if version >= 7:
            modules -= 36
    return modules // 8


def _data_codewords(version: int) -> int:
    return _raw_codewords(version) - _ECC_PER_BLOCK[version - 1] * _BLOCKS[version - 1]


def _codewords(version: int, header: int, header_bits: int, bits: int, length: int) -> bytes:
    """Header, data, terminator and padding, split into blocks with their error correction
    and interleaved as they go into the matrix."""
    capacity = 8 * _data_codewords(version)
    stream = (header << length) | bits
    used = header_bits + length
    terminator = min(4, capacity - used)
    stream <<= terminator + (-(used + terminator)) % 8
    data = stream.to_bytes((used + terminator + 7) // 8, "big")
    pad = capacity // 8 - len(data)
    data += (b"\xec\x11" * (pad // 2 + 1))[:pad]
    blocks, ecc = _BLOCKS[version - 1], _ECC_PER_BLOCK[version - 1]
    short = _raw_codewords(version) // blocks - ecc
    longs = _raw_codewords(version) % blocks  # the last ones carry one codeword more
    pieces, start = [], 0
    for number in range(blocks):
        end = start + short + (number >= blocks - longs)
        pieces.append(data[start:end])
        start = end
    table = _remainder_table(ecc)
    top, keep = 8 * (ecc - 1), (1 << 8 * ecc) - 1
    checks = []
    for piece in pieces:
        remainder = 0
        for byte in piece:
            remainder = ((remainder << 8) & keep) ^ table[(remainder >> top) ^ byte]
        checks.append(remainder.to_bytes(ecc, "big"))
    out = bytearray()
    for column in range(short + 1):
        out += bytes(piece[column] for piece in pieces if column < len(piece))
    for column in range(ecc):
        out += bytes(check[column] for check in checks)
    return bytes(out)


@cache
def _remainder_table(degree: int) -> tuple[int, ...]:
    """For each leading byte, what dividing it out by the generator of ``degree`` error
    codewords leaves, as a ``degree``-byte int: one lookup per data byte."""
    generator = [1]  # coefficients, highest power first: prod (x - a^i)
    for i in range(degree):
        generator = [
            high ^ (_EXP[_LOG[low] + i] if low else 0)
            for high, low in zip([*generator, 0], [0, *generator], strict=True)
        ]
    logs = [_LOG[c] for c in generator[1:]]
    table = [0] * 256
    for factor in range(1, 256):
        log = _LOG[factor]
        table[factor] = int.from_bytes(bytes(_EXP[log + g] for g in logs), "big")
    return tuple(table)


def _reportlab_rows(value: str) -> Rows:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    return tuple("".join("1" if on else "0" for on in line) for line in code.modules)
