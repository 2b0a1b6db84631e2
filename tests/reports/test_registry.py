import io
import subprocess
import sys
from datetime import date
from decimal import Decimal

from flevodesk.reports import PRINTOUTS
from flevodesk.reports.data import (
    AccessExportData,
    FinancingPlanData,
    FundingReportData,
    HandoutData,
    HoursStatementData,
    OverviewData,
    PartnerSheetData,
    PhoneListData,
    RegisterData,
    SigninData,
)
from tests.reports.helpers import fonts, page_texts

DAY = date(2026, 12, 5)
SAMPLES = {
    "overview": OverviewData((), (), (), (), (), (), (), ()),
    "initiative": HandoutData("Ideeënmarkt", "Urk", DAY),
    "initiatives": (HandoutData("Ideeënmarkt", "Urk", DAY),),
    "partners": PartnerSheetData((), DAY),
    "funding": FundingReportData("Ideeënmarkt", "Urk", "Fonds", "Ingediend", DAY),
    "financing": FinancingPlanData(
        "Ideeënmarkt", "Urk", DAY, None, *[Decimal("0.00")] * 5, None, Decimal("0.00")
    ),
    "signin": SigninData("Ideeënmarkt", DAY),
    "volunteers": PhoneListData("Ideeënmarkt", DAY),
    "hours": HoursStatementData("Şükrü Yılmaz", DAY, DAY, DAY),
    "access": AccessExportData("Şükrü Yılmaz", "", DAY, (), ()),
    "register": RegisterData("", "", "", DAY, (), ()),
}


def test_every_registered_printout_renders_its_data_type():
    assert set(PRINTOUTS) == set(SAMPLES)
    for key, printout in PRINTOUTS.items():
        assert printout.key == key and printout.title and printout.description
        sample = SAMPLES[key]
        assert isinstance(sample, printout.data_type)
        out = io.BytesIO()
        printout.render(sample, out)
        pdf = out.getvalue()
        assert pdf.startswith(b"%PDF"), key
        assert page_texts(pdf), key
        assert all(fonts(pdf).values()), key


def test_reports_import_neither_qt_nor_sqlalchemy():
    code = (
        "import sys, flevodesk.reports; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'PySide6', 'alembic')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
