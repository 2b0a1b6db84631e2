"""The operating system's and SQLite's refusals read in the reader's language.

A full disk or a write-protected USB stick is what a volunteer meets when saving an export
or a printout; the sentence names the file and the reason in Dutch, or in English when
English is chosen (the catalogue compiled from the repository's .ts file).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from flevodesk.message_text import render
from flevodesk.services.error_text import known_text
from flevodesk.services.errors import ServiceError
from flevodesk.services.files import write_through
from flevodesk.store import os_errors
from flevodesk.store.database import translate_write_error
from tests.english import english, english_catalogue, english_installed  # noqa: F401


def _full(path: Path) -> None:
    raise OSError(errno.ENOSPC, "No space left on device", str(path))


def _read_only(path: Path) -> None:
    raise OSError(errno.EROFS, "Read-only file system", str(path))


def _saving(tmp_path: Path, write: object) -> ServiceError:
    out = tmp_path / "overzicht.pdf"
    with pytest.raises(ServiceError) as caught:
        write_through(out, write)  # type: ignore[arg-type]
    assert not out.exists()
    return caught.value


def test_a_full_disk_reads_in_dutch_by_default(tmp_path: Path) -> None:
    error = _saving(tmp_path, _full)
    out = tmp_path / "overzicht.pdf"
    assert render(error.translatable) == f"Kan {out} niet opslaan: de schijf is vol."
    assert error.message == render(error.translatable)


@pytest.mark.usefixtures("english")
def test_a_full_disk_reads_in_english(tmp_path: Path) -> None:
    error = _saving(tmp_path, _full)
    out = tmp_path / "overzicht.pdf"
    assert render(error.translatable) == f"Cannot save {out}: the disk is full."


@pytest.mark.usefixtures("english")
def test_a_read_only_stick_reads_in_english_and_stays_dutch_in_the_log(tmp_path: Path) -> None:
    error = _saving(tmp_path, _read_only)
    out = tmp_path / "overzicht.pdf"
    assert render(error.translatable) == f"Cannot save {out}: the disk or USB stick is read-only."
    assert error.message == f"Kan {out} niet opslaan: de schijf of USB-stick is alleen-lezen."


@pytest.mark.usefixtures("english")
def test_every_action_has_its_own_english_verb() -> None:
    refused = PermissionError(errno.EACCES, "Permission denied", "a.csv")
    said = {
        action: render(os_errors.describe_message(refused, action))
        for action in ("opslaan", "lezen", "verwijderen", "gebruiken", "openen", "herstellen")
    }
    reason = "you have no access (permissions)"
    assert said == {
        "opslaan": f"Cannot save a.csv: {reason}.",
        "lezen": f"Cannot read a.csv: {reason}.",
        "verwijderen": f"Cannot delete a.csv: {reason}.",
        "gebruiken": f"Cannot use a.csv: {reason}.",
        "openen": f"Cannot open a.csv: {reason}.",
        "herstellen": f"Cannot restore a.csv: {reason}.",
    }


@pytest.mark.usefixtures("english")
def test_an_unknown_os_refusal_and_one_without_a_file_read_in_english() -> None:
    odd = OSError(errno.ENOEXEC, "Exec format error")
    assert render(os_errors.describe_message(odd, "lezen")) == (
        f"Cannot read the file: the operating system refused (error code {errno.ENOEXEC})."
    )


@pytest.mark.usefixtures("english")
def test_a_write_protected_database_reads_in_english_at_the_edge(tmp_path: Path) -> None:
    """A save into a database on a write-protected stick: the store's WriteFailed, shown
    through the same path the window and the command line use (``known_text``)."""
    db_file = tmp_path / "flevodesk.sqlite3"
    with sqlite3.connect(db_file) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    db_file.chmod(0o444)
    readonly = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            readonly.execute("INSERT INTO t VALUES (1)")
    finally:
        readonly.close()
    wrapped = OperationalError("INSERT", {}, caught.value)
    failed = translate_write_error(wrapped, db_file)
    shown = known_text(failed)
    assert shown is not None
    assert render(shown) == (
        f"{db_file} cannot be written to (read-only: the disk or the file is "
        "write-protected). Nothing has been saved."
    )
