"""The overview's practices and links get audiences and addresses the user sets, and the
printed overview shows them: symbols beside the item, a short address and a QR code."""

import io
from dataclasses import replace

import pytest

from flevodesk.domain.enums import Audience
from flevodesk.reports.overview import render_overview
from flevodesk.services.errors import ServiceError
from flevodesk.services.overview_material import LINK, PRACTICE, read_material, save_material
from flevodesk.services.printouts.overview import overview_data
from tests.reports.helpers import page_texts, reader


def _pdf(db) -> tuple[bytes, str]:
    out = io.BytesIO()
    render_overview(overview_data(db), out)
    return out.getvalue(), " ".join(page_texts(out.getvalue()))


def _rectangles(pdf: bytes) -> int:
    """How many rectangles the network page draws: a QR code adds one per run of modules."""
    page = reader(pdf).pages[1]
    return page.get_contents().get_data().count(b" re")


def test_audiences_and_an_address_are_kept_and_printed(db):
    items = read_material(db)
    practice = next(i for i in items if i.kind == PRACTICE)
    link = next(i for i in items if i.kind == LINK)
    assert not practice.audiences and link.url is None  # the seed knows neither
    before, _ = _pdf(db)
    changed = save_material(
        db,
        [
            replace(practice, audiences=(Audience.GEMEENTEN, Audience.INWONERS)),
            replace(link, audiences=(Audience.PROFESSIONALS,), url="www.buurtadvies.nl/atlas/"),
        ],
    )
    assert changed == 2
    again = {(i.kind, i.id): i for i in read_material(db)}
    assert again[(PRACTICE, practice.id)].audiences == (Audience.INWONERS, Audience.GEMEENTEN)
    assert again[(LINK, link.id)].url == "https://www.buurtadvies.nl/atlas/"
    pdf, text = _pdf(db)
    # The short address as a reader types it; the QR code as one path of rectangles.
    assert "buurtadvies.nl/atlas" in text and "https://www.buurtadvies" not in text
    assert _rectangles(pdf) - _rectangles(before) > 50
    # The legend explains the symbols the page carries: the practice's and the link's.
    for letters, label in (("In", "Inwoners"), ("G", "Gemeenten"), ("P", "Professionals")):
        assert f"{letters} {label}" in text
    assert save_material(db, list(read_material(db))) == 0  # nothing new: nothing changed


def test_an_address_that_is_no_address_is_refused_naming_the_line_and_nothing_is_kept(db):
    items = read_material(db)
    practice = next(i for i in items if i.kind == PRACTICE)
    link = next(i for i in items if i.kind == LINK)
    with pytest.raises(ServiceError, match=r"^Verwijzing 'Buurtadvies biedt .*geen webadres"):
        save_material(
            db,
            [
                replace(practice, audiences=(Audience.INWONERS,)),
                replace(link, url="bel ons maar"),
            ],
        )
    assert read_material(db) == items
