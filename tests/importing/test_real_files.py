"""The files people really have: Excel's Unicode text, sep= lines, mixed encodings, stray
quotes, huge cells, control characters and zip bombs are read or refused naming the row."""

from __future__ import annotations

import tracemalloc
import zipfile

import pytest
from openpyxl import Workbook

from flevodesk.services.errors import ServiceError
from flevodesk.services.importing import xlsx_reading
from flevodesk.services.importing.csv_records import MAX_CELL_CHARS
from flevodesk.services.importing.reading import read_csv_bytes, read_table

ROWS = "Naam\tWoonplaats\r\nZoë Çelik\tUrk\r\nŞükrü Öztürk\tDronten\r\n"


@pytest.mark.parametrize(
    ("bom", "codec", "label"),
    [(b"\xff\xfe", "utf-16-le", "UTF-16 LE"), (b"\xfe\xff", "utf-16-be", "UTF-16 BE")],
)
def test_excel_unicode_text_is_read_with_its_tabs(bom, codec, label):
    table = read_csv_bytes(bom + ROWS.encode(codec))
    assert table.headers == ["Naam", "Woonplaats"]
    assert [r.cells for r in table.rows] == [["Zoë Çelik", "Urk"], ["Şükrü Öztürk", "Dronten"]]
    assert table.encoding == codec
    assert label in str(table.how_read()) and "tab" in str(table.how_read())


def test_a_sep_line_names_the_delimiter_and_is_not_a_row():
    table = read_csv_bytes(b"sep=,\r\nNaam,Opmerkingen\r\nKees Jansen;Piet,uit Urk\r\n")
    assert table.delimiter == ","
    assert table.headers == ["Naam", "Opmerkingen"]
    assert table.rows[0].cells == ["Kees Jansen;Piet", "uit Urk"]
    assert table.rows[0].line == 2  # Excel hides the sep line and counts from the header


def test_rows_are_counted_as_excel_does_after_a_sep_line_in_every_encoding():
    text = "sep=;\r\nNaam;Woonplaats\r\nKees Jansen;Urk\r\nZo\ud800;Urk\r\n"
    files = [b"sep=;\r\nNaam\r\nKees Jansen\r\nZo\x81 Celik\r\n"]  # a byte cp1252 lacks
    for bom, codec in [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]:
        files.append(bom + text.encode(codec, errors="surrogatepass"))  # half a character
    for data in files:
        with pytest.raises(ServiceError, match=r"^Regel 3 bevat tekens"):
            read_csv_bytes(data)


def test_a_file_mixing_utf8_and_windows_1252_is_refused_naming_the_odd_line():
    data = "Naam;Woonplaats\nZoë Çelik;Urk\nAnja Müller;Lelystad\n".encode()
    data += "Chloë de Vries;Almere\n".encode("cp1252") + "René Smit;Urk\n".encode()
    with pytest.raises(ServiceError, match="Regel 4 is geen UTF-8") as refused:
        read_csv_bytes(data)
    assert "Ã" not in refused.value.message


def test_a_mostly_windows_1252_file_with_one_utf8_line_names_that_line():
    data = "Naam;Woonplaats\nZoë Çelik;Urk\nAnja Müller;Lelystad\n".encode("cp1252")
    data += "Chloë de Vries;Almere\n".encode()
    with pytest.raises(ServiceError, match="Regel 4 is UTF-8"):
        read_csv_bytes(data)


def test_a_windows_1252_line_in_a_file_with_a_utf8_bom_is_refused_naming_it():
    data = b"\xef\xbb\xbf" + "Naam\nZoë Çelik\n".encode() + "Chloë Bakker\n".encode("cp1252")
    with pytest.raises(ServiceError, match="Regel 3 bevat tekens die in UTF-8 met BOM niet"):
        read_csv_bytes(data)


def test_a_byte_windows_1252_lacks_is_refused_naming_its_line():
    with pytest.raises(ServiceError, match="Regel 3 bevat tekens"):
        read_csv_bytes(b"Naam\nKees Jansen\nZo\x81 Celik\n")


def _people(count):
    return "".join(f"Persoon{i} Jansen;p{i}@voorbeeld.nl;Urk\n" for i in range(count))


def test_a_stray_quote_swallowing_later_rows_is_refused_naming_where_it_opened():
    text = "Naam;E-mail;Woonplaats\n" + _people(10)
    text += '"Kees Jansen;kees@voorbeeld.nl;Urk\n' + _people(88) + 'Jan Smit;"jan@x.nl";Urk\n'
    with pytest.raises(ServiceError, match=r"Regel 12, kolom 1 \(Naam\): het aanhalingsteken"):
        read_csv_bytes(text.encode())


def test_a_quote_never_closed_is_refused_naming_its_row_and_column():
    text = "Naam;E-mail;Woonplaats\n" + _people(3) + 'Kees Jansen;"kees@voorbeeld.nl;Urk\n'
    with pytest.raises(ServiceError, match=r"Regel 5, kolom 2 \(E-mail\).*nergens gesloten"):
        read_csv_bytes((text + _people(5)).encode())


def test_a_stray_quote_pairing_with_a_later_cell_on_the_same_line_is_refused():
    # Read on, the e-mail and availability would end up inside the name.
    text = 'Naam;E-mail;Beschikbaarheid;Woonplaats\n"Kees Jansen;kees@x.nl;"za, zo";Urk\n'
    with pytest.raises(ServiceError, match=r"Regel 2, kolom 1 \(Naam\): na het sluitende"):
        read_csv_bytes(text.encode())


def test_a_stray_quote_closing_at_a_quote_before_a_line_break_is_refused():
    # Found by the property test: the e-mail went into the last name, without a word.
    text = (
        "Naam;E-mail;Beschikbaarheid;Opmerkingen;Woonplaats\n"
        '"Anja de Jong;anja@x.nl;;"\nna zessen";Dronten\n'
    )
    with pytest.raises(ServiceError, match=r"Regel 2, kolom 1 \(Naam\): de cel tussen"):
        read_csv_bytes(text.encode())
    # A short row is fine when its quoted cells hold no delimiter, or it has every column.
    short = b'Naam,E-mail,Telefoon,Woonplaats\n"Jansen, Kees"\n'
    assert read_csv_bytes(short).rows[0].cells == ["Jansen, Kees"]
    assert read_csv_bytes(b'Naam;Opmerkingen\nKees Jansen;"a;b"\n').rows[0].cells[1] == "a;b"


def test_a_quoted_note_over_several_lines_is_still_one_cell():
    # A note may hold the delimiter on a later line, as long as that line is no row's worth.
    note = "belt liever\nna zessen; niet op\nzondag"
    text = f'Naam;E-mail;Telefoon;Opmerkingen;Woonplaats\nKees Jansen;;;"{note}";Urk\n'
    table = read_csv_bytes(text.encode())
    assert table.rows[0].cells == ["Kees Jansen", "", "", note, "Urk"]


def test_cells_up_to_the_limit_are_read_and_longer_ones_refused_naming_row_and_column():
    long_note = "x" * 150_000  # past the csv module's 131,072 that ended in a traceback
    table = read_csv_bytes(f"Naam;Opmerkingen\nKees Jansen;{long_note}\n".encode())
    assert table.rows[0].cells[1] == long_note
    too_long = "y" * (MAX_CELL_CHARS + 1)
    with pytest.raises(ServiceError, match=r"Regel 3, kolom 2 \(Opmerkingen\).*200\.000"):
        read_csv_bytes(f"Naam;Opmerkingen\nKees Jansen;kort\nJan Smit;{too_long}\n".encode())


def test_control_characters_are_removed_and_their_cells_noted():
    table = read_csv_bytes(b"Naam;Opmerkingen\nKees\x00 Jansen;bel\x07 na\x1b zessen\r\n")
    assert table.rows[0].cells == ["Kees Jansen", "bel na zessen"]
    assert table.cleaned == {(2, 0), (2, 1)}


def test_invisible_marks_from_pasted_text_are_removed():
    # Two files pasted together leave the second one's byte order mark inside a name.
    text = "Naam;Woonplaats\nKees Jansen;Urk\n\ufeffAnja de\u200b Jong;Dro\u202eten\n"
    table = read_csv_bytes(text.encode())
    assert table.rows[1].cells == ["Anja de Jong", "Droten"]


def _sheet_with_rows(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(["Naam", "Woonplaats"])
    for row in rows:
        sheet.append(row)
    book.save(path)


def _bomb(path, tmp_path, megabytes):
    """An .xlsx whose sheet unpacks to ``megabytes`` MB, a few hundred kB on disk."""
    plain = tmp_path / "plain.xlsx"
    _sheet_with_rows(plain, [["Kees Jansen", "Urk"]])
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 20_000
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with dst.open(info.filename, "w", force_zip64=True) as member:
                member.write(head)
                for _ in range(megabytes * 1024 * 1024 // len(row) + 1):
                    member.write(row)
                member.write(b"</sheetData>" + tail)


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "lijst.xlsx"
    _bomb(path, tmp_path, megabytes=120)
    assert path.stat().st_size < 2_000_000
    tracemalloc.start()
    try:
        with pytest.raises(ServiceError, match=r"lijst\.xlsx is uitgepakt 120 MB"):
            read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000


def test_an_xlsx_with_too_many_rows_is_refused_while_streaming(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_reading, "MAX_ROWS", 50)
    path = tmp_path / "lang.xlsx"
    _sheet_with_rows(path, [[f"Persoon{i} Jansen", "Urk"] for i in range(60)])
    with pytest.raises(ServiceError, match="meer dan 50 rijen"):
        read_table(path)
    _sheet_with_rows(path, [[f"Persoon{i} Jansen", "Urk"] for i in range(40)])
    assert len(read_table(path).rows) == 40


def test_an_xlsx_row_far_to_the_right_is_refused(tmp_path):
    path = tmp_path / "breed.xlsx"
    book = Workbook()
    book.active.append(["Naam"])
    book.active.cell(row=2, column=5000, value="x")
    book.save(path)
    with pytest.raises(ServiceError, match="rij 2 heeft meer dan 500 kolommen"):
        read_table(path)
