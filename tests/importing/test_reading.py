"""Reading CSV and XLSX files: encodings, delimiters, line numbers, empty rows."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook

from flevodesk.services.errors import ServiceError
from flevodesk.services.importing.reading import read_csv_bytes, read_table, sniff_delimiter

TEXT = "Voornaam;Achternaam;Woonplaats\r\nZoë;Çelik;Urk\r\nŞükrü;Öztürk;Dronten\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        # Windows-1252 has no "Ş": Dutch Excel writes it as "?".
        (TEXT.replace("Ş", "S").encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_detected(data, encoding):
    table = read_csv_bytes(data)
    assert table.encoding == encoding
    assert table.headers == ["Voornaam", "Achternaam", "Woonplaats"]
    assert table.rows[0].cells == ["Zoë", "Çelik", "Urk"]
    assert table.rows[1].cells[1] == "Öztürk"


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiters_are_detected(delimiter):
    data = TEXT.replace(";", delimiter).encode("utf-8")
    table = read_csv_bytes(data)
    assert table.delimiter == delimiter
    assert table.rows[0].cells == ["Zoë", "Çelik", "Urk"]


def test_delimiter_inside_quotes_is_not_counted():
    assert sniff_delimiter('"Naam, volledig";E-mail') == ";"
    assert sniff_delimiter('"Naam; volledig",E-mail,Plaats') == ","


def test_line_numbers_are_the_rows_excel_shows():
    data = (
        b"Naam;Opmerkingen\n"
        b"Kees Jansen;gewoon\n"
        b"\n"
        b";\n"
        b'Anja de Jong;"twee\nregels"\n'
        b"Piet Bakker;laatste\n"
    )
    table = read_csv_bytes(data)
    assert [row.line for row in table.rows] == [2, 5, 6]
    assert table.rows[1].cells[1] == "twee\nregels"


def test_header_after_empty_lines_and_ragged_rows():
    table = read_csv_bytes(b"\n\nNaam;Plaats;\nKees Jansen\n")
    assert table.headers == ["Naam", "Plaats"]
    assert table.rows[0].line == 4
    assert table.rows[0].cell(1) is None


def test_our_own_formula_neutralising_is_undone():
    table = read_csv_bytes(b"Naam;Telefoon\n'=Kees;'+31612345678\n")
    assert table.rows[0].cells == ["=Kees", "+31612345678"]


def test_xlsx_keeps_typed_cells_and_row_numbers(tmp_path):
    path = tmp_path / "v.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["Naam", "Geboortedatum", "Mobiel"])
    sheet.append(["Zoë Çelik", datetime(1961, 4, 3), 612345678])
    sheet.append([])
    sheet.append([None, None, None])
    sheet.append(["Şükrü Öztürk", "3-4-1961", "06-12345678"])
    book.save(path)
    table = read_table(path)
    assert table.headers == ["Naam", "Geboortedatum", "Mobiel"]
    assert [row.line for row in table.rows] == [2, 5]
    assert table.rows[0].cells == ["Zoë Çelik", datetime(1961, 4, 3), 612345678]


def test_empty_and_unknown_files_are_refused(tmp_path):
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"\n;;\n")
    with pytest.raises(ServiceError, match="leeg"):
        read_table(empty)
    other = tmp_path / "lijst.pdf"
    other.write_bytes(b"%PDF")
    with pytest.raises(ServiceError, match="csv"):
        read_table(other)
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"geen zip")
    with pytest.raises(ServiceError, match="Excel"):
        read_table(broken)
