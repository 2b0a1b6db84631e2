"""A printout pauses Python's garbage collector only while it is built."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator
from datetime import date

import pytest

from flevodesk.reports.collector import collector_paused
from flevodesk.reports.data import HandoutData
from flevodesk.reports.handout import render_handouts


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_on_again_after_a_batch(collector_on: None) -> None:
    seen: list[bool] = []
    data = HandoutData(name="Buurtmoestuin", municipality="Urk", printed_on=date(2026, 11, 1))

    class Watching(io.BytesIO):
        def write(self, chunk: bytes) -> int:  # type: ignore[override]
            seen.append(gc.isenabled())
            return super().write(chunk)

    render_handouts([data, data], Watching())
    assert seen and not any(seen)
    assert gc.isenabled()


def test_the_collector_is_on_again_after_a_failed_build(collector_on: None) -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("stop")
    assert gc.isenabled()


def test_overlapping_builds_switch_it_on_only_when_the_last_ends(collector_on: None) -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_program_stays_off(collector_on: None) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
