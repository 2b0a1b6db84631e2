"""The whole-file check the GUI runs beside its imports says only "sound" or "not known"."""

from __future__ import annotations

import re

import pytest

from flevodesk.store.errors import StoreError
from flevodesk.store.integrity import check_sqlite_file, file_is_sound


def test_a_healthy_database_is_sound(db_path):
    assert file_is_sound(str(db_path))


def test_a_damaged_or_foreign_file_is_not_known_to_be_sound(db_path, tmp_path):
    damaged = tmp_path / "kapot.sqlite3"
    data = bytearray(db_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of garbage inside a real database
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "tekst.sqlite3"
    foreign.write_text("geen database", encoding="utf-8")
    assert not file_is_sound(str(damaged))
    assert not file_is_sound(str(foreign))


def test_a_database_without_a_file_is_left_to_the_full_opening():
    assert not file_is_sound("sqlite://")


def test_a_damaged_page_is_told_in_dutch_with_the_way_back_and_sqlites_words_are_logged(
    db_path, tmp_path, caplog
):
    damaged = tmp_path / "kapot.sqlite3"
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 + 8 : 4096 * 2 + 10] = b"\xff\xff"  # a cell pointer off its page
    damaged.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        check_sqlite_file(damaged)
    message = caught.value.message.split(str(damaged), 1)[1]
    assert "beschadigd" in message and "reservekopie" in message
    assert not re.search(r"[Pp]age|btree|database main|error code", message)
    assert any("quick_check" in record.getMessage() for record in caplog.records)
