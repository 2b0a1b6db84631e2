"""Files are replaced whole or not at all, and leftovers of a killed write are cleaned."""

import errno
import os
import time

import pytest

from flevodesk.store import atomic, os_errors


def test_a_failed_write_keeps_the_earlier_file_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "lijst.csv"
    target.write_bytes(b"goede export")
    with pytest.raises(RuntimeError), atomic.replacing(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("schijf vol halverwege")
    assert target.read_bytes() == b"goede export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lijst.csv"]


def test_a_whole_write_replaces_the_file_and_leaves_nothing_beside_it(tmp_path):
    target = tmp_path / "sub" / "overzicht.pdf"
    atomic.write_bytes(target, b"%PDF nieuw")
    assert target.read_bytes() == b"%PDF nieuw"
    assert [p.name for p in target.parent.iterdir()] == ["overzicht.pdf"]


def test_leftovers_of_a_killed_write_are_removed_but_young_ones_are_not(tmp_path):
    old = atomic.temp_name_for(tmp_path / "a.pdf")
    old.write_bytes(b"x")
    an_hour_ago = time.time() - 7200
    os.utime(old, (an_hour_ago, an_hour_ago))
    young = atomic.temp_name_for(tmp_path / "b.pdf")
    young.write_bytes(b"y")
    keep = tmp_path / "c.pdf"
    keep.write_bytes(b"z")
    assert atomic.remove_leftovers(tmp_path) == 1
    assert not old.exists() and young.exists() and keep.exists()


def test_os_errors_are_told_in_dutch_by_their_number():
    full = OSError(errno.ENOSPC, "No space left on device")
    assert (
        os_errors.describe(full, "opslaan", "x.pdf") == "Kan x.pdf niet opslaan: de schijf is vol."
    )
    assert "alleen-lezen" in os_errors.reason_of(OSError(errno.EROFS, "Read-only file system"))
    assert "foutcode" in os_errors.reason_of(OSError(12345, "Weird"))
