"""Every file the program writes survives a failing write of its successor unchanged.

The faults are the ones users meet: a disk that fills up halfway (a real file-size limit
in a child process), a disk that reports it is full only when the data is flushed, a
read-only stick, a folder that is not there and a folder given where a file belongs.
"""

from __future__ import annotations

import errno
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flevodesk.cli import main
from flevodesk.services.export_log import exports_before
from flevodesk.services.setup import open_database
from flevodesk.store import atomic
from tests.privacy.conftest import add_person

EMAIL = "lotte.visser@voorbeeld.nl"
ROOT = Path(__file__).resolve().parents[2]

#: Each export command (without --out) and the suffix of the file it writes.
COMMANDS = {
    "volunteers-csv": (["export", "volunteers", "--format", "csv"], ".csv"),
    "volunteers-xlsx": (["export", "volunteers", "--format", "xlsx"], ".xlsx"),
    "partners-table": (["export", "table", "partners", "--format", "csv"], ".csv"),
    "initiatives-xlsx": (["export", "table", "initiatives", "--format", "xlsx"], ".xlsx"),
    "calendar": (["export", "calendar"], ".ics"),
    "contacts": (["export", "contacts"], ".vcf"),
    "overview-pdf": (["export", "overview"], ".pdf"),
    "phonelist-pdf": (["export", "phonelist", "--initiative", "Repair Café Dronten"], ".pdf"),
    "register-pdf": (["privacy", "register"], ".pdf"),
    "access-pdf-json": (["privacy", "export", "--person", EMAIL], ".pdf"),
}


@pytest.fixture
def database(db, db_target):
    add_person(db, EMAIL, first_name="Lotte", last_name="Visser", phone="0612312312")
    db.dispose()
    # The day's first opening makes a backup; made now, the faults below hit the export.
    open_database(db_target).db.dispose()
    return db_target


def _earlier_files(out: Path) -> dict[Path, bytes]:
    """The files an earlier run left, with recognisable content (both of an access pair)."""
    files = {out: b"earlier good export\n"}
    if out.suffix == ".pdf":
        files[out.with_suffix(".json")] = b'{"earlier": true}\n'
    for path, content in files.items():
        path.write_bytes(content)
    return files


def _run(database: str, command: list[str], out: Path) -> int:
    return main(["--db", database, *command, "--out", str(out)])


def _one_dutch_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and lines[0].startswith("flevodesk: Kan ")
    return lines[0]


@pytest.mark.parametrize("kind", COMMANDS)
def test_a_disk_full_at_flush_keeps_the_earlier_file(database, tmp_path, monkeypatch, capsys, kind):
    command, suffix = COMMANDS[kind]
    out = tmp_path / "uit" / f"export{suffix}"
    out.parent.mkdir()
    earlier = _earlier_files(out)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # Delayed allocation: the kernel accepts the data and reports the full disk at fsync.
    monkeypatch.setattr(os, "fsync", full)
    assert _run(database, command, out) == 1
    line = _one_dutch_line(capsys.readouterr().err)
    assert "de schijf is vol" in line and out.name in line
    assert {p: p.read_bytes() for p in earlier} == earlier
    assert sorted(out.parent.iterdir()) == sorted(earlier)  # no temporary file left


@pytest.mark.parametrize("kind", COMMANDS)
def test_a_read_only_folder_keeps_the_earlier_file(database, tmp_path, monkeypatch, capsys, kind):
    command, suffix = COMMANDS[kind]
    out = tmp_path / f"export{suffix}"
    earlier = _earlier_files(out)
    real_replace = os.replace

    def read_only(source: object, target: object) -> None:
        # Only renames into the export's folder fail, as on a stick that was locked.
        if Path(str(target)).parent == tmp_path:
            raise OSError(errno.EROFS, "Read-only file system")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", read_only)
    assert _run(database, command, out) == 1
    assert "alleen-lezen" in _one_dutch_line(capsys.readouterr().err)
    assert {p: p.read_bytes() for p in earlier} == earlier
    assert not list(tmp_path.glob(atomic.TEMP_PREFIX + "*"))


@pytest.mark.parametrize("kind", COMMANDS)
def test_a_missing_folder_or_a_folder_as_out_is_told_in_dutch(database, tmp_path, capsys, kind):
    command, suffix = COMMANDS[kind]
    missing = tmp_path / "bestaat-niet" / f"export{suffix}"
    assert _run(database, command, missing) == 1
    assert "bestaat niet" in _one_dutch_line(capsys.readouterr().err)
    assert not missing.parent.exists()  # a mistyped folder is not made

    folder = tmp_path / f"map{suffix}"
    folder.mkdir()
    assert _run(database, command, folder) == 1
    assert "een map" in _one_dutch_line(capsys.readouterr().err)
    assert folder.is_dir() and not list(folder.iterdir())


def _limit_file_size() -> None:
    # Past RLIMIT_FSIZE a write fails with EFBIG once SIGXFSZ no longer kills the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))


FILE_LIMIT = 64


# Exports of persons first note the file in the database, which the limit would stop first.
@pytest.mark.sqlite_only  # keeps the database's shared-memory file open beside it
@pytest.mark.parametrize(
    "kind", ["partners-table", "initiatives-xlsx", "contacts", "overview-pdf", "register-pdf"]
)
def test_a_disk_that_fills_up_halfway_keeps_the_earlier_file(database, tmp_path, kind):
    """A real refusal by the kernel halfway through the file, in a child process."""
    command, suffix = COMMANDS[kind]
    out = tmp_path / "uit" / f"export{suffix}"
    out.parent.mkdir()
    # The child may write nothing but the export: today's daily backup exists already...
    assert _run(database, ["export", "contacts"], tmp_path / "warm.vcf") == 0
    (tmp_path / "warm.vcf").unlink()
    earlier = _earlier_files(out)
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    # ... and the database's shared-memory file too, which this reader keeps in place.
    reader = sqlite3.connect(database)
    reader.execute("SELECT count(*) FROM persons").fetchone()
    try:
        run = subprocess.run(
            [sys.executable, "-m", "flevodesk", "--db", database, *command, "--out", str(out)],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
            preexec_fn=_limit_file_size,
            check=False,
        )
    finally:
        reader.close()
    assert run.returncode == 1, run.stdout + run.stderr
    line = _one_dutch_line(run.stderr)
    assert out.name in line
    assert "te groot" in line and "foutcode" not in line  # the reason, not a bare number
    assert {p: p.read_bytes() for p in earlier} == earlier
    assert sorted(out.parent.iterdir()) == sorted(earlier)


def test_an_access_export_replaces_its_pdf_and_json_together_or_not_at_all(
    database, tmp_path, monkeypatch, capsys
):
    out = tmp_path / "inzage.pdf"
    earlier = _earlier_files(out)
    real_fsync = os.fsync

    def json_does_not_fit(fd: int) -> None:
        # The PDF fits on the disk, the JSON after it does not.
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".json"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", json_does_not_fit)
    assert _run(database, ["privacy", "export", "--person", EMAIL], out) == 1
    assert "inzage.json" in _one_dutch_line(capsys.readouterr().err)
    assert {p: p.read_bytes() for p in earlier} == earlier  # not a new PDF beside an old JSON
    assert not list(tmp_path.glob(atomic.TEMP_PREFIX + "*"))


def _leftover(folder: Path, name: str) -> Path:
    """A temporary file a killed write left two hours ago."""
    left = atomic.temp_name_for(folder / name)
    left.write_bytes(b"half an export")
    two_hours_ago = time.time() - 7200
    os.utime(left, (two_hours_ago, two_hours_ago))
    return left


def test_leftovers_of_a_killed_export_go_with_the_next_write_into_that_folder(database, tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    left = _leftover(folder, "partners.csv")
    out = folder / "contacten.vcf"
    assert _run(database, ["export", "contacts"], out) == 0
    assert sorted(folder.iterdir()) == [out]
    assert not left.exists()


@pytest.mark.sqlite_only
def test_leftovers_beside_the_database_go_when_it_opens(database, tmp_path):
    left = _leftover(Path(database).parent, "flevodesk.sqlite3")
    opened = open_database(database, daily_backups=False)
    opened.db.dispose()
    assert not left.exists()


def test_exports_of_persons_are_noted_and_others_not(database, tmp_path):
    noted = {
        tmp_path / "telefoon.pdf": ["export", "phonelist", "--initiative", "Repair Café Dronten"],
        tmp_path / "inzage.pdf": ["privacy", "export", "--person", EMAIL],
        tmp_path / "vrijwilligers.xlsx": ["export", "volunteers", "--format", "xlsx"],
    }
    others = {
        tmp_path / "partners.pdf": ["export", "partners"],
        tmp_path / "contacten.vcf": ["export", "contacts"],
        tmp_path / "register.pdf": ["privacy", "register"],
    }
    for out, command in {**noted, **others}.items():
        assert _run(database, command, out) == 0
    opened = open_database(database, daily_backups=False)
    with opened.db.read() as session:
        paths = {n.path for n in exports_before(session, datetime.now(UTC))}
    opened.db.dispose()
    assert paths == {*noted, tmp_path / "inzage.json"}
