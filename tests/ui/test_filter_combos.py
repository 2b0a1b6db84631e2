"""A closed filter shows a long choice with "…" and the whole choice in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from flevodesk.ui.filter_combos import FILTER_LETTERS, FilterCombos
from flevodesk.ui.record_kind import FilterSpec

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LONG = "Stichting Dorpsbelangen Ens en omstreken"


def _combos(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    spec = FilterSpec("partner", "Partner", "Alle partners", options=((LONG, 1), ("Urk", 2)))
    combo = FilterCombos([spec], None, holder).combos["partner"]
    QHBoxLayout(holder).addWidget(combo)
    # As wide as the tab lays it out: room for about FILTER_LETTERS letters.
    holder.resize(combo.sizeHint().width() + 20, 40)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, combo


def test_a_long_choice_ends_with_an_ellipsis_and_shows_whole_in_the_tooltip(qtbot):
    _holder, combo = _combos(qtbot)
    combo.setCurrentIndex(combo.findData(1))
    shown = combo.shown_text()
    assert shown.endswith("…")
    assert LONG.startswith(shown[:-1])
    assert len(shown) <= len(LONG) // 2
    assert combo.toolTip() == f"Partner: {LONG}"
    assert not combo.grab().isNull()  # paints through the eliding paintEvent


def test_a_short_choice_is_shown_whole(qtbot):
    _holder, combo = _combos(qtbot)
    combo.setCurrentIndex(combo.findData(2))
    assert combo.shown_text() == "Urk"
    assert combo.toolTip() == "Partner: Urk"
    assert len("Urk") < FILTER_LETTERS


class Lists(QObject):
    """Stands in for the database's shared choices."""

    updated = Signal()
    lists = None


def test_a_choice_kept_when_the_options_are_read_again_is_named_in_the_tooltip(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    spec = FilterSpec(
        "municipality_id",
        "Gemeente",
        "Alle gemeenten",
        choices=lambda _lists, _chosen: [("Noordoostpolder", 4), ("Urk", 5)],
    )
    choices = Lists(holder)
    filters = FilterCombos([spec], choices, holder)  # type: ignore[arg-type]
    combo = filters.combos["municipality_id"]
    QHBoxLayout(holder).addWidget(combo)
    combo.setCurrentIndex(combo.findData(4))  # a pick fills the options again
    assert combo.toolTip() == "Gemeente: Noordoostpolder"
    choices.updated.emit()
    assert combo.toolTip() == "Gemeente: Noordoostpolder"
