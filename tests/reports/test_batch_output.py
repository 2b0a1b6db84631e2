"""The stack of handouts stays exactly what it was while its renderer is made faster.

The pins were taken from the renderer before its caches existed. A deliberate change to
the handout's look (a new design) regenerates them with ``FLEVODESK_REPIN=1``; a speed-up
never should.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from flevodesk.reports.data import HandoutData
from flevodesk.reports.handout import render_handout, render_handouts
from flevodesk.reports.metadata import repeatable
from flevodesk.services.demo import load_demo_data
from flevodesk.services.printouts.initiatives import all_handouts_data
from flevodesk.services.setup import open_database
from flevodesk.store.database import Database
from tests.reports.helpers import page_texts, placed_text

PINS = Path(__file__).parent / "pins"
# A day in the past: the demo set refuses hours worked in the future.
DEMO_DAY = date(2026, 11, 1)

FULL = HandoutData(
    name="Buurtmoestuin De Groene Vinger",
    municipality="Almere",
    area="Almere Haven",
    printed_on=DEMO_DAY,
    status="Actief",
    description="Buren kweken samen groente, kruiden en bloemen op een braakliggend veld.",
    goal="Gezond eten dichtbij, en elkaar leren kennen tussen de bedden.",
    themes=("Natuur", "Ontmoeting"),
    target_groups=("Gezinnen", "Ouderen"),
    location="Veld achter De Marken, Almere Haven",
    location_temporary=True,
    location_until=date(2027, 3, 31),
    schedule="Woensdagmiddag en zaterdagochtend",
    website="https://groenevinger.example.nl",
    contact_email="tuin@groenevinger.example.nl",
    contact_phone="036-7654321",
    contact_names=("Zoë Öztürk", "Ğülay Işık"),
    how_to_join="Kom een keer meewieden.\nOf mail ons & vraag een eigen bed <gratis>.",
    open_roles="- Mensen met groene vingers\n* Iemand die de gieter beheert\n\n",
    partners=("Flever", "Gemeente Almere"),
    story="Het begon met één tomatenplant.\n\nNu oogsten dertig huishoudens samen.",
    started_on=date(2021, 4, 1),
    volunteers=12,
    minutes_last_year=5130,
    activities=(("Wieden en water geven", 2400), ("Oogsten", 1500), ("Zaaien", 45)),
)
LONG = "Heel veel tekst over de buurt. " * 300

#: Every path through the page: shrinking band titles, a story squeezed under the
#: practical part, a crowded page, no story, no panel, nothing but a name.
EDGE_CASES: tuple[HandoutData, ...] = (
    FULL,
    replace(FULL, name="Een initiatief met een erg lange naam die niet op één regel past " * 2),
    replace(FULL, story="\n\n".join(f"Alinea {n}. " + "Een zin. " * 60 for n in range(30))),
    replace(
        FULL,
        description=LONG,
        goal=LONG,
        how_to_join=LONG,
        open_roles=LONG,
        story=LONG,
        partners=tuple(f"Partner {n}" for n in range(60)),
    ),
    replace(FULL, story=None, area=None, status=None),
    HandoutData(name="Buurtmoestuin", municipality="Urk", printed_on=DEMO_DAY),
    HandoutData(
        name="Alleen een verhaal", municipality="Almere", printed_on=DEMO_DAY, story=LONG[:900]
    ),
    FULL,
)


@pytest.fixture(autouse=True)
def same_bytes_each_time() -> Iterator[None]:
    """A printout carries its real creation date; pinned bytes need reportlab's fixed one."""
    with repeatable():
        yield


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    opened = open_database(str(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    with opened.db.write() as session:
        load_demo_data(session, today=DEMO_DAY)
    yield opened.db
    opened.db.dispose()


def _batch(handouts: Sequence[HandoutData]) -> bytes:
    out = io.BytesIO()
    render_handouts(handouts, out)
    return out.getvalue()


def _check_pin(name: str, pdf: bytes) -> None:
    """Page count and each page's text first (a readable failure), then every byte."""
    pin_file = PINS / f"{name}.json"
    found = {
        "pages": len(page_texts(pdf)),
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "texts": page_texts(pdf),
    }
    if os.environ.get("FLEVODESK_REPIN"):
        pin_file.parent.mkdir(exist_ok=True)
        pin_file.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", "utf-8")
    pinned = json.loads(pin_file.read_text("utf-8"))
    assert found["pages"] == pinned["pages"]
    assert found["texts"] == pinned["texts"]
    assert found["sha256"] == pinned["sha256"]


def test_demo_batch_is_the_same_pdf_as_before(demo_db: Database) -> None:
    handouts = all_handouts_data(demo_db, today=DEMO_DAY)
    assert len(handouts) == 15
    _check_pin("handouts-demo", _batch(handouts))


def test_edge_case_batch_is_the_same_pdf_as_before() -> None:
    _check_pin("handouts-edge-cases", _batch(EDGE_CASES))


def test_single_handout_is_the_same_pdf_as_before() -> None:
    out = io.BytesIO()
    render_handout(FULL, out)
    _check_pin("handout-single", out.getvalue())


def _without_page_number(placed: list[tuple[str, float, float, float]]) -> list[list[Any]]:
    # As JSON gives them back: lists, not tuples.
    return [list(item) for item in placed if not item[0].startswith("pagina ")]


def test_a_long_page_before_does_not_change_the_next_page() -> None:
    # Whatever is cached for one handout (measured paragraphs, fitted title sizes, styles)
    # must not carry over: after a crowded neighbour with a long name, whose title drops
    # to the heading size and whose text runs over several pages, the page is laid out
    # where it was before any caching, string for string, position for position, size
    # for size. FULL is one page, the batch's last.
    crowded = replace(EDGE_CASES[3], name=EDGE_CASES[1].name)
    pin_file = PINS / "handout-single-placed.json"
    found = _without_page_number(placed_text(_batch([crowded, FULL]), -1))
    if os.environ.get("FLEVODESK_REPIN"):
        alone = io.BytesIO()
        render_handout(FULL, alone)
        pinned = _without_page_number(placed_text(alone.getvalue(), 0))
        pin_file.write_text(json.dumps(pinned, ensure_ascii=False, indent=0) + "\n", "utf-8")
    assert found == json.loads(pin_file.read_text("utf-8"))


def test_the_same_handout_twice_in_a_batch_prints_twice_alike() -> None:
    pdf = _batch([FULL, replace(EDGE_CASES[3], name=EDGE_CASES[1].name), FULL])
    first, last = placed_text(pdf, 0), placed_text(pdf, -1)
    assert [item for item in first if not item[0].startswith("pagina ")] == [
        item for item in last if not item[0].startswith("pagina ")
    ]
