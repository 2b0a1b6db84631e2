"""Where a QR code's modules go and which mask it gets, exactly as reportlab's
``qrencoder`` decides, with all that depends only on the version built once.

A matrix here is one int: its rows (or, transposed, its columns) one after another, most
significant first, each followed by one light guard module so that nothing runs from one
row into the next. Masking is then an XOR, and scoring a mask a few dozen operations on
that int instead of loops over every module: about 10 µs a mask.

reportlab's score (kept, as the codes must be its codes; see qr_matrix.py): the format
and version areas and the dark module are light while masks are scored; runs of five or
more in rows and columns, 2x2 blocks, the finder-like pattern only as 1011101 0000, only
along rows and never at a row's last possible place, and the dark share; the lowest
score wins, the first mask on a tie.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import itemgetter
from typing import Any

#: Rows of a code, top to bottom, each a string of "1" (dark) and "0" (light) modules.
Rows = tuple[str, ...]
Grid = list[list[bool]]

_FINDER_LIKE = "10111010000"
_FORMAT_LEVEL_M = 0b00  # level M's two bits in the format information
_MASKS: tuple[Callable[[int, int], bool], ...] = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i * j) % 3 + (i + j) % 2) % 2 == 0,
)


def place(version: int, codewords: bytes) -> Rows:
    """The matrix of ``codewords`` (interleaved, error correction included) in ``version``,
    under the mask that scores lowest."""
    layout = _layout(version)
    bits = format(int.from_bytes(codewords, "big"), f"0{8 * len(codewords)}b")
    bits = bits.ljust(layout.capacity + 1, "0")  # remainder bits, and the light index
    rows = int("".join(layout.row_bits(bits)), 2)
    columns = int("".join(layout.column_bits(bits)), 2)
    scores = [
        _penalty(layout, layout.rows | (rows ^ flip), layout.columns | (columns ^ flip_t))
        for flip, flip_t in layout.masks
    ]
    best = scores.index(min(scores))
    matrix = layout.rows | layout.information[best] | (rows ^ layout.masks[best][0])
    size = layout.size
    text = format(matrix, f"0{size * (size + 1)}b")
    return tuple(text[start : start + size] for start in range(0, len(text), size + 1))


class _Layout:
    """What every code of one version shares."""

    def __init__(self, version: int) -> None:
        size = self.size = 4 * version + 17
        dark = [[False] * size for _ in range(size)]
        taken = [[False] * size for _ in range(size)]

        def put(row: int, column: int, on: bool) -> None:
            dark[row][column], taken[row][column] = on, True

        for i in range(size):
            put(6, i, i % 2 == 0)
            put(i, 6, i % 2 == 0)
        for row, column in ((3, 3), (3, size - 4), (size - 4, 3)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    if 0 <= row + dy < size and 0 <= column + dx < size:
                        put(row + dy, column + dx, max(abs(dy), abs(dx)) not in (2, 4))
        centres = _alignment_centres(version)
        last = centres[-1] if centres else 0
        for row in centres:
            for column in centres:
                if (row, column) in ((6, 6), (6, last), (last, 6)):
                    continue  # under a finder
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        put(row + dy, column + dx, max(abs(dy), abs(dx)) != 1)
        formats, versions = _format_places(size), _version_places(size)
        for row, column in [*formats, *versions, (size - 8, 8)]:  # the last: dark module
            put(row, column, False)
        places = [(row, column) for row, column in _zigzag(size) if not taken[row][column]]
        #: Data modules: the codewords' bits, then remainder bits.
        self.capacity = len(places)
        self.rows, self.columns = _pack(dark), _pack(_transposed(dark))
        where = {spot: n for n, spot in enumerate(places)}
        light = len(places)
        sources = [[where.get((r, c), light) for c in range(size)] for r in range(size)]
        #: From a string of data bits, the characters of the packed rows (and columns).
        self.row_bits = _picker(sources, light)
        self.column_bits = _picker([list(line) for line in zip(*sources, strict=True)], light)
        self.masks = tuple(_flips(test, taken) for test in _MASKS)
        fixed = [(size - 8, 8)]
        if versions:
            word = _version_bits(version)
            fixed += [spot for n, spot in enumerate(versions) if word >> (n % 18) & 1]
        #: Per mask: its format information, the version information and the dark module.
        self.information = tuple(
            _pack(_marked(size, fixed + [s for n, s in enumerate(formats) if word >> n % 15 & 1]))
            for word in map(_format_bits, range(8))
        )
        #: Where a module is compared with the one before it in its line, where a module is
        #: the lower right of a 2x2 block, where a finder-like pattern may start.
        self.pairs = _pack(_grid(size, lambda r, c: c > 0))
        self.blocks = _pack(_grid(size, lambda r, c: r > 0 and c > 0))
        self.finder_starts = _pack(_grid(size, lambda r, c: c <= size - 12))


@cache
def _layout(version: int) -> _Layout:
    return _Layout(version)


def _penalty(layout: _Layout, rows: int, columns: int) -> int:
    """reportlab's score of a masked matrix, given as its rows and as its columns."""
    size = layout.size
    score = _long_runs(rows, layout.pairs) + _long_runs(columns, layout.pairs)
    above = ~(rows ^ (rows >> (size + 1)))  # a module as the one above it
    before = ~(rows ^ (rows >> 1))  # a module as the one left of it
    score += 3 * (above & (above >> 1) & before & layout.blocks).bit_count()
    found = layout.finder_starts
    for offset, bit in enumerate(_FINDER_LIKE):
        found &= (rows << offset) if bit == "1" else ~(rows << offset)
    score += 40 * found.bit_count()
    dark = rows.bit_count()
    return score + 10 * (abs(100 * dark // (size * size) - 50) // 5)


def _long_runs(matrix: int, pairs: int) -> int:
    """A run of five or more alike in a line scores its length minus two."""
    same = ~(matrix ^ (matrix >> 1)) & pairs
    five = same & (same >> 1) & (same >> 2) & (same >> 3)  # ends of five alike
    return five.bit_count() + 2 * (five & ~(five >> 1)).bit_count()


def _flips(test: Callable[[int, int], bool], taken: Grid) -> tuple[int, int]:
    """A mask over the data modules, as rows and as columns."""
    size = len(taken)
    flips = _grid(size, lambda r, c: test(r, c) and not taken[r][c])
    return _pack(flips), _pack(_transposed(flips))


def _grid(size: int, test: Callable[[int, int], bool]) -> Grid:
    return [[test(row, column) for column in range(size)] for row in range(size)]


def _marked(size: int, spots: list[tuple[int, int]]) -> Grid:
    grid = [[False] * size for _ in range(size)]
    for row, column in spots:
        grid[row][column] = True
    return grid


def _transposed(grid: Grid) -> Grid:
    return [list(line) for line in zip(*grid, strict=True)]


def _pack(grid: Grid) -> int:
    return int("".join("".join("1" if on else "0" for on in line) + "0" for line in grid), 2)


def _picker(sources: list[list[int]], light: int) -> Callable[[str], Any]:
    """Picks, for each packed module (guards included), its character of the data bits."""
    return itemgetter(*[n for line in sources for n in (*line, light)])


def _alignment_centres(version: int) -> list[int]:
    if version == 1:
        return []
    count, size = version // 7 + 2, 4 * version + 17
    step = 26 if version == 32 else (version * 4 + count * 2 + 1) // (count * 2 - 2) * 2
    return [6, *reversed([size - 7 - i * step for i in range(count - 1)])]


def _zigzag(size: int) -> list[tuple[int, int]]:
    """Every module in the order data fills them: column pairs from the right, up and down
    in turn, skipping the vertical timing column."""
    order = []
    pairs = [*range(size - 1, 6, -2), *range(5, 0, -2)]
    for number, right in enumerate(pairs):
        rows = range(size - 1, -1, -1) if number % 2 == 0 else range(size)
        order += [(row, column) for row in rows for column in (right, right - 1)]
    return order


def _format_places(size: int) -> list[tuple[int, int]]:
    """Where the 15 format bits go, bit 0 first, both copies."""
    first = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)]
    first += [(8, 14 - i) for i in range(9, 15)]
    second = [(8, size - 1 - i) for i in range(8)] + [(size - 15 + i, 8) for i in range(8, 15)]
    return first + second


def _version_places(size: int) -> list[tuple[int, int]]:
    """Where the 18 version bits go, bit 0 first, both copies (from version 7 on)."""
    if size < 45:
        return []
    corner = size - 11
    return [(i // 3, corner + i % 3) for i in range(18)] + [
        (corner + i % 3, i // 3) for i in range(18)
    ]


def _format_bits(mask: int) -> int:
    data = (_FORMAT_LEVEL_M << 3) | mask
    remainder = data
    for _ in range(10):
        remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537)
    return ((data << 10) | remainder) ^ 0x5412


def _version_bits(version: int) -> int:
    remainder = version
    for _ in range(12):
        remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25)
    return (version << 12) | remainder
