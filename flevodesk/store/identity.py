"""Which database a file is: its stable identity, read from the file or from the index.

Every database holds a random UUID in its ``settings`` table (migration 0007). Backups are
filed under that identity, so two databases with the same file name never share backups.
A database too damaged to read is recognised by the index the backups folder keeps: the
identity each database path had the last time it opened well.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Any

from flevodesk.store import atomic, crypto

#: The ``settings`` key of the identity (migration 0007 writes it).
IDENTITY_KEY = "database_id"
#: The index of the backups folder: resolved database path -> identity.
INDEX_NAME = "databases.json"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_identity(text: str) -> bool:
    """Whether ``text`` has the form of an identity (also used to tell its backup folders)."""
    return bool(_UUID.match(text))


_IDENTITY_SQL = f"SELECT value FROM settings WHERE key = '{IDENTITY_KEY}'"
_FINGERPRINT_SQL = "SELECT min(created_at) FROM municipalities"


def _values(path: Path, passphrase: str | None, *queries: str) -> list[Any] | None:
    """The first value of each read-only query on ``path`` (``None`` for a query that fails),
    or ``None`` when the file does not open at all; one connection (one key derivation)."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    conn: Any = None
    try:
        conn = crypto.open_file(path, passphrase, read_only=True)
        values: list[Any] = []
        for query in queries:
            try:
                row = conn.execute(query).fetchone()
            except Exception:  # a table this file lacks, or a damaged page
                row = None
            values.append(row[0] if row else None)
    except Exception:  # a damaged, foreign or wrongly keyed file: it has no say
        return None
    finally:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
    return values


def _as_identity(value: Any) -> str | None:
    return value if isinstance(value, str) and is_identity(value) else None


def read_identity(path: Path, passphrase: str | None = None) -> str | None:
    """The identity stored in the database file ``path``, or ``None`` when unreadable."""
    values = _values(path, passphrase, _IDENTITY_SQL)
    return _as_identity(values[0]) if values else None


def read_fingerprint(path: Path, passphrase: str | None = None) -> str | None:
    """When the database's reference data was created, to the microsecond.

    Backups made before identities existed carry no UUID; this moment, set once when the
    database was made and copied into every backup of it, proves that one belongs to it.
    """
    values = _values(path, passphrase, _FINGERPRINT_SQL)
    return None if not values or values[0] is None else str(values[0])


def read_marks(path: Path, passphrase: str | None = None) -> tuple[str | None, str | None]:
    """The identity and the fingerprint of ``path``, read through one connection."""
    values = _values(path, passphrase, _IDENTITY_SQL, _FINGERPRINT_SQL)
    if values is None:
        return None, None
    return _as_identity(values[0]), None if values[1] is None else str(values[1])


def _index_path(folder: Path) -> Path:
    return folder / INDEX_NAME


def _read_index_file(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads(_index_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _valid(mapping: Any) -> dict[str, str]:
    if not isinstance(mapping, dict):
        return {}
    return {k: v for k, v in mapping.items() if isinstance(k, str) and isinstance(v, str)}


def read_index(folder: Path) -> dict[str, str]:
    """Database path -> identity; an unreadable or hand-damaged index counts as empty."""
    paths = _valid(_read_index_file(folder).get("paths"))
    return {k: v for k, v in paths.items() if is_identity(v)}


def indexed_fingerprint(folder: Path, identity: str) -> str | None:
    """The fingerprint (see :func:`read_fingerprint`) the index keeps for ``identity``."""
    return _valid(_read_index_file(folder).get("fingerprints")).get(identity)


def remember(folder: Path, database: Path, identity: str, fingerprint: str | None) -> None:
    """Record in the index that ``database`` is ``identity`` (atomically, only if new).

    Raises:
        OSError: when the index cannot be written.
    """
    data = _read_index_file(folder)
    paths, fingerprints = _valid(data.get("paths")), _valid(data.get("fingerprints"))
    key = str(database.resolve())
    if paths.get(key) == identity and fingerprints.get(identity) == fingerprint:
        return
    paths[key] = identity
    if fingerprint is not None:
        fingerprints[identity] = fingerprint
    index = {"paths": paths, "fingerprints": fingerprints}
    text = json.dumps(index, indent=1, sort_keys=True, ensure_ascii=False)
    atomic.write_bytes(_index_path(folder), text.encode("utf-8"))


def belongs_to(
    backup: Path, identity: str, fingerprint: str | None, passphrase: str | None = None
) -> bool:
    """Whether the content of ``backup`` proves it is a copy of the database ``identity``.

    A copy made before identities existed proves it by the database's ``fingerprint``.
    """
    values = _values(backup, passphrase, _IDENTITY_SQL, _FINGERPRINT_SQL)
    if values is None:
        return False
    own = _as_identity(values[0])
    if own is not None:
        return own == identity
    return fingerprint is not None and values[1] is not None and str(values[1]) == fingerprint


def identity_of(database: Path, folder: Path, passphrase: str | None = None) -> str | None:
    """The identity of ``database``: from the file itself, else from the index of ``folder``.

    The file wins: when another database was copied over this path, its own identity is the
    truth about its content.
    """
    return read_identity(database, passphrase) or read_index(folder).get(str(database.resolve()))
