from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from flevodesk.domain.enums import PersonStatus
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.parsing import parse_date
from flevodesk.services.funding import FundingListing
from flevodesk.services.initiatives import InitiativeListing
from flevodesk.services.partners import PartnerListing
from flevodesk.services.persons import PersonListing
from flevodesk.ui.formatting import format_money, format_value
from flevodesk.ui.table_model import ID_ROLE, ModelQuery, RecordTableModel

from .conftest import settle


def test_formatting_reads_dutch():
    assert format_money(Decimal("1234.5")) == "€\u00a01.234,50"
    assert format_value(date(2026, 3, 7)) == "07-03-2026"
    assert format_value(PersonStatus.ACTIEF) == "Actief"
    assert parse_date("vog_date", "7-3-26") == date(2026, 3, 7)
    with pytest.raises(ValidationError) as error:
        parse_date("vog_date", "31-02-2026")
    assert error.value.field == "vog_date"


@pytest.mark.parametrize(
    "listing", [InitiativeListing(), PersonListing(), FundingListing(), PartnerListing()]
)
def test_every_model_passes_qt_model_tester(qtbot, qtmodeltester, demo_db, bg, listing):
    model = RecordTableModel(demo_db, listing, bg, page_size=7)
    qtmodeltester.check(model)
    model.refresh()
    settle(qtbot, bg)
    assert model.rowCount() >= 7  # the tester itself may ask for more pages
    while model.canFetchMore():
        model.fetchMore()
        settle(qtbot, bg)
    assert model.rowCount() == model.matching
    model.sort(1, Qt.SortOrder.DescendingOrder)
    settle(qtbot, bg)
    qtmodeltester.check(model)


def test_persons_are_searched_sorted_and_counted_in_sql(qtbot, demo_db, bg):
    model = RecordTableModel(demo_db, PersonListing(), bg, page_size=20)
    model.refresh()
    settle(qtbot, bg)
    assert model.rowCount() == 20 and model.canFetchMore()
    assert model.count_text() == "60 vrijwilligers"
    model.fetchMore()
    settle(qtbot, bg)
    assert model.rowCount() == 40

    model.set_query(ModelQuery(search="zoe"))
    settle(qtbot, bg)
    names = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert names == {"Zoë"}
    assert model.count_text() == f"60 vrijwilligers, {model.rowCount()} getoond"
    assert isinstance(model.index(0, 0).data(ID_ROLE), int)

    model.set_query(ModelQuery(sort="first_name", descending=True))
    settle(qtbot, bg)
    assert model.index(0, 2).data() == "Zoë"
