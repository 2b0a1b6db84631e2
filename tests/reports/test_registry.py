"""Every declared printout is made from real data through its builder, on the command line
when it declares a command, and only modules that declare a printout are registered."""

import importlib
import pkgutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

import flevodesk.services.printouts as registry
from flevodesk.cli import main
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.people import Person
from flevodesk.services.export_log import exports_before
from flevodesk.services.printouts import MODULES, PRINTOUTS, Input, Ref, Request
from flevodesk.services.privacy import read_settings, save_settings
from flevodesk.store.database import Database
from tests.reports.conftest import INITIATIVE, REPORTED
from tests.reports.helpers import fonts, page_texts, reader

DAY = date(2026, 11, 1)
EMAIL = "ayse@example.nl"

#: How a test names each input on the command line; a new kind of input adds one line.
ARGV = {
    Input.MUNICIPALITY: ["--municipality", "Noordoostpolder"],
    Input.INITIATIVE: ["--initiative", INITIATIVE],
    Input.INITIATIVE_ID_OR_NAME: ["--name", INITIATIVE],
    Input.PERSON: ["--person", EMAIL],
    Input.DAY: ["--date", DAY.isoformat()],
    Input.PERIOD: ["--from", "2025-01-01", "--to", DAY.isoformat()],
}


def _request(db: Database, inputs: tuple[Input, ...]) -> Request:
    with db.read() as s:
        person_id = s.scalars(select(Person.id).where(Person.email == EMAIL)).one()
        application_id = s.scalars(
            select(FundingApplication.id).where(FundingApplication.title == REPORTED)
        ).one()
    fields = {
        Input.MUNICIPALITY: {"municipality": "Noordoostpolder"},
        Input.INITIATIVE: {"initiative": Ref(name=INITIATIVE)},
        Input.INITIATIVE_ID_OR_NAME: {"initiative": Ref(name=INITIATIVE)},
        Input.APPLICATION: {"application": Ref(application_id, REPORTED)},
        Input.PERSON: {"person": Ref(person_id, "Ayşe Çelik")},
        Input.DAY: {"day": DAY},
        Input.PERIOD: {"start": date(2025, 1, 1), "end": DAY},
    }
    chosen = {}
    for wanted in inputs:
        chosen.update(fields[wanted])
    return Request(**chosen)


@pytest.fixture
def own_copy(report_db, tmp_path):
    """A copy of the report database this test may write export notes into."""
    path = tmp_path / "copy.sqlite3"
    with sqlite3.connect(report_db.engine.url.database) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    db = Database(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.mark.parametrize("key", list(PRINTOUTS))
def test_each_printout_is_built_rendered_and_noted_when_it_names_persons(key, own_copy, tmp_path):
    printout = PRINTOUTS[key]
    assert printout.key == key and printout.title and printout.description
    out = tmp_path / printout.suggested_name(_request(own_copy, printout.inputs))
    printout.make(own_copy, _request(own_copy, printout.inputs), out)
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    text = " ".join(page_texts(pdf))
    assert text
    assert all(fonts(pdf).values())
    with own_copy.read() as session:
        names = [p.full_name for p in session.scalars(select(Person))]
    if any(name in text for name in names):
        assert printout.names_persons, f"{key} shows a person but does not say so"
    with own_copy.read() as session:
        noted = [n.path for n in exports_before(session, datetime(2100, 1, 1, tzinfo=UTC))]
    assert noted == ([out.resolve()] if printout.names_persons else [])


@pytest.mark.parametrize("key", [k for k, p in PRINTOUTS.items() if p.command is not None])
def test_each_printout_command_writes_its_pdf(key, own_copy, tmp_path, capsys):
    printout = PRINTOUTS[key]
    assert printout.command is not None
    args = [a for wanted in printout.inputs for a in ARGV.get(wanted, [])]
    if Input.APPLICATION in printout.inputs:
        args += ["--id", str(_request(own_copy, (Input.APPLICATION,)).application.id)]
    out = tmp_path / "uit.pdf"
    database = str(own_copy.engine.url.database)
    assert main(["--db", database, "export", printout.command, *args, "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{printout.title} geschreven naar {out}\n"
    assert out.read_bytes().startswith(b"%PDF")


def test_every_module_that_declares_a_printout_is_registered():
    declaring = set()
    for info in pkgutil.iter_modules(registry.__path__):
        module = importlib.import_module(f"{registry.__name__}.{info.name}")
        if hasattr(module, "PRINTOUT"):
            declaring.add(info.name)
            assert PRINTOUTS[module.PRINTOUT.key] is module.PRINTOUT, info.name
    assert declaring == set(MODULES)
    assert len(PRINTOUTS) == len(MODULES)


def _loaded_by(imports: str, wanted: str) -> str:
    """The modules for which ``wanted`` holds after a fresh interpreter ran ``imports``."""
    code = f"import sys, {imports}; print(sorted(m for m in sys.modules if {wanted}))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_opening_the_registry_loads_no_renderer():
    loaded = _loaded_by(
        "flevodesk.services.printouts, flevodesk.commands.printouts",
        "m.split('.')[0] == 'reportlab' "
        # The plain data classes are no renderer: the builders make them.
        "or m.startswith('flevodesk.reports.') "
        # Nor are the words a request carries (no reportlab in them).
        "and m not in ('flevodesk.reports.data', 'flevodesk.reports.chart_data', "
        "'flevodesk.reports.wording')",
    )
    assert loaded == "[]"


def test_reports_import_neither_qt_nor_sqlalchemy():
    loaded = _loaded_by(
        "flevodesk.reports", "m.split('.')[0] in ('sqlalchemy', 'PySide6', 'alembic')"
    )
    assert loaded == "[]"


@pytest.mark.parametrize("key", list(PRINTOUTS))
def test_each_pdf_says_who_made_it_about_what_in_dutch_and_when(key, own_copy, tmp_path):
    """The author is the organisation set in the program, "FlevoDesk" while none is."""
    printout = PRINTOUTS[key]
    request = _request(own_copy, printout.inputs)
    before = datetime.now(UTC).replace(microsecond=0)
    first = tmp_path / "zonder.pdf"
    printout.make(own_copy, request, first)
    save_settings(own_copy, replace(read_settings(own_copy), organisation_name="Stichting Flevo"))
    second = tmp_path / "met.pdf"
    printout.make(own_copy, request, second)
    for out, author in ((first, "FlevoDesk"), (second, "Stichting Flevo")):
        document = reader(out)
        info = document.metadata
        assert info is not None
        assert info.title and info.author == author
        assert info.subject == printout.description
        assert document.trailer["/Root"]["/Lang"] == "nl-NL"
        assert info.creation_date is not None
        assert info.creation_date.astimezone(UTC) >= before
