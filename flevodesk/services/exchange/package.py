"""The exchange package file: a readable header, then the payload compressed and encrypted.

Layout (format 1)::

    FlevoDesk-pakket 1\\n          magic and format version, ASCII
    {"format": 1, ...}\\n          the header: one line of UTF-8 JSON (sorted keys)
    <AES-256-GCM ciphertext+tag>   zlib-compressed payload, encrypted

The header carries what the caller gives (schema revision, sender, package number) and
what this module adds under :data:`RESERVED_KEYS`: the Argon2id parameters and salt, the
nonce and the ciphertext's length, the compression and the payload's size. Everything
before the ciphertext (the version line and the header line, byte for byte) is the AEAD's
associated data, so a change to any byte of the file fails the check, and the key is
derived afresh for every package from the team passphrase and a random salt.

Reading never raises anything but :class:`PackageError` with one Dutch sentence, and
never hands back part of a payload: the whole ciphertext is authenticated before a byte
of it is decompressed.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from flevodesk.domain.messages import message
from flevodesk.services import files
from flevodesk.services.exchange.package_errors import (
    PackageError as PackageError,
)
from flevodesk.services.exchange.package_errors import (
    damaged,
    label,
    not_a_package,
    truncated,
)
from flevodesk.store import atomic, os_errors

MAGIC = b"FlevoDesk-pakket "
FORMAT_VERSION = 1
#: File name extension the window and the command line propose.
EXTENSION = ".fdpakket"
#: Keys of the header this module fills; a caller's header must not use them.
RESERVED_KEYS = frozenset({"format", "kdf", "cipher", "compression"})
#: A shorter team passphrase could be guessed offline by anyone who finds a package.
MIN_PASSPHRASE_LENGTH = 8

_KDF_NAME = "argon2id"
_CIPHER_NAME = "aes-256-gcm"
_COMPRESSION_NAME = "zlib"
_SALT_BYTES = 16
_NONCE_BYTES = 12
_TAG_BYTES = 16
_KEY_BYTES = 32
_MAX_VERSION_DIGITS = 4
_MAX_HEADER_BYTES = 64 * 1024
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


#: About 0.3 s on a 2020s laptop core (RFC 9106's second choice, with twice its memory).
DEFAULT_COST = KdfCost(memory_kib=128 * 1024, iterations=3, lanes=4)


def _key(passphrase: str, salt: bytes, cost: KdfCost) -> bytes:
    # NFC, so that "ë" typed on one system and decomposed on another give the same key.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Argon2id(
        salt=salt,
        length=_KEY_BYTES,
        iterations=cost.iterations,
        lanes=cost.lanes,
        memory_cost=cost.memory_kib,
    )
    return kdf.derive(secret)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _encode_head(header: dict[str, Any]) -> bytes:
    line = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return MAGIC + str(FORMAT_VERSION).encode("ascii") + b"\n" + line.encode("utf-8") + b"\n"


def seal(
    header: dict[str, object], payload: bytes, passphrase: str, *, cost: KdfCost = DEFAULT_COST
) -> bytes:
    """The package file's bytes: ``header`` readable, ``payload`` compressed and encrypted.

    ``header`` must be JSON-serialisable and keep clear of :data:`RESERVED_KEYS` (except
    ``format`` given as :data:`FORMAT_VERSION`).

    Raises:
        PackageError: when the passphrase is too short or the payload too large.
        ValueError: when ``header`` uses a reserved key (a programming error).
    """
    taken = set(RESERVED_KEYS & header.keys())
    if header.get("format", FORMAT_VERSION) == FORMAT_VERSION:
        taken.discard("format")  # a caller may name the version it means: the same one
    if taken:
        raise ValueError(f"header keys reserved for the package format: {sorted(taken)}")
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise PackageError(
            message(
                "De wachtzin is te kort: kies er een van minstens {count} tekens.",
                count=MIN_PASSPHRASE_LENGTH,
            )
        )
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise PackageError(
            message(
                "Het pakket wordt te groot (meer dan {size} MB); "
                "deel minder initiatieven tegelijk.",
                size=MAX_PAYLOAD_BYTES >> 20,
            )
        )
    compressed = zlib.compress(payload, 6)
    salt, nonce = os.urandom(_SALT_BYTES), os.urandom(_NONCE_BYTES)
    full: dict[str, Any] = dict(header)
    full["format"] = FORMAT_VERSION
    full["kdf"] = {
        "name": _KDF_NAME,
        "memory_kib": cost.memory_kib,
        "iterations": cost.iterations,
        "lanes": cost.lanes,
        "salt": _b64(salt),
    }
    full["cipher"] = {
        "name": _CIPHER_NAME,
        "nonce": _b64(nonce),
        "length": len(compressed) + _TAG_BYTES,
    }
    full["compression"] = {"name": _COMPRESSION_NAME, "size": len(payload)}
    head = _encode_head(full)
    sealed = AESGCM(_key(passphrase, salt, cost)).encrypt(nonce, compressed, head)
    return head + sealed


@dataclass(frozen=True)
class _Parsed:
    header: dict[str, Any]
    head: bytes  # the associated data: version line and header line
    body: bytes
    cost: KdfCost
    salt: bytes
    nonce: bytes
    size: int


def _split_head(data: bytes, name: str | None) -> tuple[int, bytes, int]:
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
    stop = data.find(b"\n", start, start + _MAX_HEADER_BYTES)
    if stop < 0:
        if len(data) - start < _MAX_HEADER_BYTES:
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


def _parse(data: bytes, name: str | None) -> _Parsed:
    version, line, body_start = _split_head(data, name)
    try:
        header = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise damaged(name) from None
    if not isinstance(header, dict) or header.get("format") != version:
        raise damaged(name)
    kdf, cipher, compression = header.get("kdf"), header.get("cipher"), header.get("compression")
    if (
        _field(kdf, "name", str, name) != _KDF_NAME
        or _field(cipher, "name", str, name) != _CIPHER_NAME
        or _field(compression, "name", str, name) != _COMPRESSION_NAME
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
    if not (length >= _TAG_BYTES and 0 <= size <= MAX_PAYLOAD_BYTES):
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
    return _Parsed(
        header=header,
        head=data[:body_start],
        body=body,
        cost=cost,
        salt=_bytes_field(kdf, "salt", _SALT_BYTES, name),
        nonce=_bytes_field(cipher, "nonce", _NONCE_BYTES, name),
        size=size,
    )


def read_header(data: bytes, *, name: str | None = None) -> dict[str, object]:
    """The header of a package, without the passphrase (its contents are not yet trusted).

    ``name`` (the file's name) goes into the messages.

    Raises:
        PackageError: when ``data`` is not a whole package of a format this program reads.
    """
    return _parse(data, name).header


def unseal(
    data: bytes, passphrase: str, *, name: str | None = None
) -> tuple[dict[str, object], bytes]:
    """The header and the payload of a package, both checked against the passphrase.

    Raises:
        PackageError: for a file that is empty, truncated, changed, not a package, of a
            newer format, or sealed with another passphrase; nothing of the payload is
            handed back then.
    """
    parsed = _parse(data, name)
    try:
        key = _key(passphrase, parsed.salt, parsed.cost)
        compressed = AESGCM(key).decrypt(parsed.nonce, parsed.body, parsed.head)
    except InvalidTag:
        # AES-GCM's check fails the same way for a wrong key and for a changed byte.
        raise PackageError(
            message(
                "{package} kan niet worden geopend: de wachtzin is onjuist of het bestand "
                "is na het maken veranderd (die twee zijn niet van elkaar te onderscheiden); "
                "er is niets ingelezen.",
                package=label(name),
            )
        ) from None
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, parsed.size + 1)
    except zlib.error:
        raise damaged(name, content=True) from None
    if len(payload) != parsed.size or not inflater.eof or inflater.unused_data:
        raise damaged(name, content=True)
    return parsed.header, payload


def write_package(out: Path, data: bytes) -> None:
    """Write a sealed package to ``out`` atomically (an earlier file stays whole on failure).

    Raises:
        ServiceError: with the operating system's reason in Dutch.
    """

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    files.write_through(out, write)


def read_package(path: Path) -> bytes:
    """The bytes of a package file, refused before reading when it is too large to be one.

    Raises:
        PackageError: when it cannot be read, in Dutch.
    """
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_PAYLOAD_BYTES + _MAX_HEADER_BYTES + 64:
                raise not_a_package(path.name)
            return handle.read()
    except OSError as exc:
        raise PackageError(os_errors.describe_message(exc, "lezen", path)) from exc


def open_package(path: Path, passphrase: str) -> tuple[dict[str, object], bytes]:
    """:func:`unseal` of the file at ``path``, its name in every message."""
    return unseal(read_package(path), passphrase, name=path.name)


def package_header(path: Path) -> dict[str, object]:
    """:func:`read_header` of the file at ``path``, its name in every message."""
    return read_header(read_package(path), name=path.name)


def remove_package(path: Path) -> None:
    """Delete a package file once read, as the receiver is offered after an import.

    The file is encrypted, so unlinking it is enough; the folder is flushed so that the
    removal survives a power cut.

    Raises:
        PackageError: when it cannot be deleted, in Dutch.
    """
    try:
        path.unlink()
        atomic.fsync_folder(path.parent)
    except OSError as exc:
        raise PackageError(os_errors.describe_message(exc, "verwijderen", path)) from exc
