"""Random and hostile files never crash the importer: each row gets a Dutch problem or the
file a Dutch reason, and nothing is written."""

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flevodesk.services.errors import ServiceError
from flevodesk.services.importing.volunteers import ImportOptions, ImportReport, import_file

HEADERS = [
    "Voornaam",
    "Achternaam",
    "Naam",
    "E-mailadres",
    "Telefoon",
    "Mobiel",
    "Postcode",
    "Woonplaats",
    "Geboortedatum",
    "Rol",
    "Initiatief",
    "Beschikbaarheid",
    "VOG-datum",
    "Toestemming",
    "Onzin",
]
CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "=SUM(A1)",
            "+31612345678",
            "612345678",
            "31-02-2020",
            "3-4-1961",
            "1961-04-03",
            "ja",
            "nee",
            "de Jong, Anja",
            "van 't Hof",
            "\u202e",
            ";",
            '"',
            "\r\n",
            "ma-ochtend",
            "kartrekker",
            "0" * 300,
        ]
    ),
)
ENCODINGS = ["utf-8", "utf-8-sig", "cp1252"]
RUNS = 60
relaxed = settings(
    max_examples=RUNS, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _persons(db_path):
    with sqlite3.connect(db_path) as conn:
        count = conn.execute("SELECT count(*) FROM persons").fetchone()[0]
    conn.close()
    return count


@relaxed
@given(
    headers=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
    rows=st.lists(st.lists(CELLS, max_size=8), max_size=6),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(ENCODINGS),
)
def test_random_spreadsheets_get_a_report_or_a_reason(
    db, db_path, tmp_path, headers, rows, delimiter, encoding
):
    def cell(text):
        return '"' + text.replace('"', '""') + '"'

    lines = [delimiter.join(cell(h) for h in headers)]
    lines += [delimiter.join(cell(c) for c in row) for row in rows]
    path = tmp_path / "lijst.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding, errors="replace"))
    before = _persons(db_path)
    try:
        report = import_file(db, path, ImportOptions(dry_run=True))
    except ServiceError as error:
        assert error.message
    else:
        assert isinstance(report, ImportReport)
        for problem in report.problems:
            assert str(problem).startswith("regel ")
    assert _persons(db_path) == before


@relaxed
@given(content=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_random_bytes_are_refused_with_a_reason(db, db_path, tmp_path, content, suffix):
    path = tmp_path / f"kapot{suffix}"
    path.write_bytes(content)
    before = _persons(db_path)
    try:
        report = import_file(db, path, ImportOptions(dry_run=True))
    except ServiceError as error:
        assert error.message
    else:
        assert isinstance(report, ImportReport)
    assert _persons(db_path) == before
