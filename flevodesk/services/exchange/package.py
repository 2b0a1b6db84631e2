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
import os
import unicodedata
import zlib
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
)
from flevodesk.services.exchange.package_header import (
    CIPHER_NAME,
    COMPRESSION_NAME,
    FORMAT_VERSION,
    KDF_NAME,
    MAGIC,
    MAX_HEADER_BYTES,
    MAX_PAYLOAD_BYTES,
    NONCE_BYTES,
    SALT_BYTES,
    TAG_BYTES,
    KdfCost,
    encode_head,
    parse,
)
from flevodesk.store import atomic, os_errors

__all__ = [
    "DEFAULT_COST",
    "EXTENSION",
    "FORMAT_VERSION",
    "MAGIC",
    "MAX_PAYLOAD_BYTES",
    "MIN_PASSPHRASE_LENGTH",
    "RESERVED_KEYS",
    "KdfCost",
    "PackageError",
    "open_package",
    "package_header",
    "read_header",
    "read_package",
    "remove_package",
    "seal",
    "unseal",
    "write_package",
]

#: File name extension the window and the command line propose.
EXTENSION = ".fdpakket"
#: Keys of the header this module fills; a caller's header must not use them.
RESERVED_KEYS = frozenset({"format", "kdf", "cipher", "compression"})
#: A shorter team passphrase could be guessed offline by anyone who finds a package.
MIN_PASSPHRASE_LENGTH = 8
_KEY_BYTES = 32
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
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    full: dict[str, Any] = dict(header)
    full["format"] = FORMAT_VERSION
    full["kdf"] = {
        "name": KDF_NAME,
        "memory_kib": cost.memory_kib,
        "iterations": cost.iterations,
        "lanes": cost.lanes,
        "salt": _b64(salt),
    }
    full["cipher"] = {
        "name": CIPHER_NAME,
        "nonce": _b64(nonce),
        "length": len(compressed) + TAG_BYTES,
    }
    full["compression"] = {"name": COMPRESSION_NAME, "size": len(payload)}
    head = encode_head(full)
    sealed = AESGCM(_key(passphrase, salt, cost)).encrypt(nonce, compressed, head)
    return head + sealed


def read_header(data: bytes, *, name: str | None = None) -> dict[str, object]:
    """The header of a package, without the passphrase (its contents are not yet trusted).

    ``name`` (the file's name) goes into the messages.

    Raises:
        PackageError: when ``data`` is not a whole package of a format this program reads.
    """
    return parse(data, name).header


def unseal(
    data: bytes, passphrase: str, *, name: str | None = None
) -> tuple[dict[str, object], bytes]:
    """The header and the payload of a package, both checked against the passphrase.

    Raises:
        PackageError: for a file that is empty, truncated, changed, not a package, of a
            newer format, or sealed with another passphrase; nothing of the payload is
            handed back then.
    """
    parsed = parse(data, name)
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
            if size > MAX_PAYLOAD_BYTES + MAX_HEADER_BYTES + 64:
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
