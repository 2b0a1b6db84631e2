"""The command line in English with FLEVODESK_LANG=en: its messages, its help, its output."""

import pytest

from flevodesk.cli import main
from tests.english import english, english_catalogue, english_installed  # noqa: F401

pytestmark = pytest.mark.usefixtures("english")


def test_a_check_of_a_missing_database_says_so_in_english(tmp_path, capsys):
    missing = tmp_path / "weg.sqlite3"
    assert main(["--db", str(missing), "check"]) == 1
    assert capsys.readouterr().err.strip() == f"flevodesk: {missing} does not exist."


def test_a_sound_database_is_reported_in_english(db_path, capsys):
    assert main(["--db", str(db_path), "check"]) == 0
    assert capsys.readouterr().out.startswith(f"{db_path} is in order (schema ")


def test_an_import_with_a_bad_line_names_it_in_english(db_path, tmp_path, capsys):
    csv = tmp_path / "vrijwilligers.csv"
    csv.write_text(
        "Naam;E-mail;Geboortedatum\nKees Jansen;kees@;\nAnna de Vries;anna@example.nl;31-02-1990\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db_path), "import", "volunteers", str(csv)]) == 1
    said = capsys.readouterr()
    assert said.err.splitlines() == [
        "line 2: E-mail: 'kees@' is not a valid email address",
        "line 3: Geboortedatum: '31-02-1990' does not exist as a date",
    ]
    assert said.out.splitlines() == [
        "Read as UTF-8, columns separated by semicolon (;).",
        "2 lines read.",
        "Nothing has been imported: correct the errors or skip them.",
    ]


def test_the_help_is_in_english(capsys):
    assert main(["--help"]) == 0
    shown = capsys.readouterr().out
    assert "check the database (integrity, version)" in shown
    assert "show this help message and exit" in shown
    assert "usage: flevodesk [-h] [--version] command ..." in shown
    for dutch in ("controleer", "toon deze hulp", "gebruik:", "opdracht"):
        assert dutch not in shown
