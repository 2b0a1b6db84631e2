"""The readable part of a package file (see ``package``): the version line, the header
line, and the checks that a header is one this program reads, before any key is derived.

Nothing here trusts the header: it bounds what a changed header may ask of the key
derivation and finds where the ciphertext starts; the AEAD check in ``package.unseal``
is what authenticates it.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from flevodesk.domain.messages import message
from flevodesk.services.exchange.package_errors import (
    PackageError,
    damaged,
    label,
    not_a_package,
    truncated,
)

MAGIC = b"FlevoDesk-pakket "
FORMAT_VERSION = 1

KDF_NAME = "argon2id"
CIPHER_NAME = "aes-256-gcm"
COMPRESSION_NAME = "zlib"
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
_MAX_VERSION_DIGITS = 4
MAX_HEADER_BYTES = 64 * 1024
#: AES-GCM in `cryptography` takes at most 2**31 - 1 bytes in one call.
MAX_PAYLOAD_BYTES = 1 << 30
# Bounds on what a header may ask of the key derivation: a changed header must not make
# the reader allocate gigabytes or spin for minutes before the check refuses it.
_MAX_MEMORY_KIB = 1 << 20
_MAX_ITERATIONS = 16
_MAX_LANES = 16


@dataclass(frozen=True)
class KdfCost:
    """Argon2id's cost; stored in each header so that later packages may ask more."""

    memory_kib: int
    iterations: int
    lanes: int


def encode_head(header: dict[str, Any]) -> bytes:
    line = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return MAGIC + str(FORMAT_VERSION).encode("ascii") + b"\n" + line.encode("utf-8") + b"\n"


@dataclass(frozen=True)
class Parsed:
    header: dict[str, Any]
    head: bytes  # the associated data: version line and header line
    body: bytes
    cost: KdfCost
    salt: bytes
    nonce: bytes
    size: int


def split_head(data: bytes, name: str | None) -> tuple[int, bytes, int]:
    """The format version, the header line (without its newline) and where the body starts."""
    if not data:
        raise PackageError(message("{package} is leeg.", package=label(name)))
    if not data.startswith(MAGIC):
        raise truncated(name) if MAGIC.startswith(data) else not_a_package(name)
    window = data[len(MAGIC) : len(MAGIC) + _MAX_VERSION_DIGITS + 1]
    end = window.find(b"\n")
    if end < 0:
        if not window or (window.isdigit() and len(window) <= _MAX_VERSION_DIGITS):
            raise truncated(name)
        raise not_a_package(name)
    digits = window[:end]
    if not digits.isdigit() or digits.startswith(b"0"):
        raise not_a_package(name)
    version = int(digits)
    if version > FORMAT_VERSION:
        raise PackageError(
            message(
                "{package} is gemaakt met een nieuwere FlevoDesk (pakketformaat {version}); "
                "werk FlevoDesk bij om het in te lezen.",
                package=label(name),
                version=version,
            )
        )
    start = len(MAGIC) + end + 1
    stop = data.find(b"\n", start, start + MAX_HEADER_BYTES)
    if stop < 0:
        if len(data) - start < MAX_HEADER_BYTES:
            raise truncated(name)
        raise damaged(name)
    return version, data[start:stop], stop + 1


def _field(table: Any, key: str, kind: type, name: str | None) -> Any:
    value = table.get(key) if isinstance(table, dict) else None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise damaged(name)
    return value


def _bytes_field(table: Any, key: str, length: int, name: str | None) -> bytes:
    try:
        value = base64.b64decode(_field(table, key, str, name), validate=True)
    except (binascii.Error, ValueError):
        raise damaged(name) from None
    if len(value) != length:
        raise damaged(name)
    return value


def parse(data: bytes, name: str | None) -> Parsed:
    version, line, body_start = split_head(data, name)
    try:
        header = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise damaged(name) from None
    if not isinstance(header, dict) or header.get("format") != version:
        raise damaged(name)
    kdf, cipher, compression = header.get("kdf"), header.get("cipher"), header.get("compression")
    if (
        _field(kdf, "name", str, name) != KDF_NAME
        or _field(cipher, "name", str, name) != CIPHER_NAME
        or _field(compression, "name", str, name) != COMPRESSION_NAME
    ):
        raise damaged(name)
    cost = KdfCost(
        memory_kib=_field(kdf, "memory_kib", int, name),
        iterations=_field(kdf, "iterations", int, name),
        lanes=_field(kdf, "lanes", int, name),
    )
    if not (
        1 <= cost.lanes <= _MAX_LANES
        and 1 <= cost.iterations <= _MAX_ITERATIONS
        and 8 * cost.lanes <= cost.memory_kib <= _MAX_MEMORY_KIB
    ):
        raise damaged(name)
    length = _field(cipher, "length", int, name)
    size = _field(compression, "size", int, name)
    if not (length >= TAG_BYTES and 0 <= size <= MAX_PAYLOAD_BYTES):
        raise damaged(name)
    body = data[body_start:]
    if len(body) < length:
        raise truncated(name)
    if len(body) > length:
        raise PackageError(
            message(
                "{package} is na het maken veranderd (er staan gegevens achter het pakket); "
                "er is niets ingelezen.",
                package=label(name),
            )
        )
    return Parsed(
        header=header,
        head=data[:body_start],
        body=body,
        cost=cost,
        salt=_bytes_field(kdf, "salt", SALT_BYTES, name),
        nonce=_bytes_field(cipher, "nonce", NONCE_BYTES, name),
        size=size,
    )
