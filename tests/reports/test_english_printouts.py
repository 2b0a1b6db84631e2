"""The handout and the presentielijst printed in English: ``flevodesk export initiative
--language en`` and ``export signin --language en``, as a resident who reads no Dutch gets
them. Fixed texts are English, the initiative's own words stay as its people typed them."""

from __future__ import annotations

import io
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from flevodesk.cli import main
from flevodesk.reports.data import SigninData
from flevodesk.services.printouts import PRINTOUTS
from tests.reports.conftest import INITIATIVE
from tests.reports.helpers import page_texts, pdf_text, reader
from tests.reports.layout_check import problems, shrunk
from tests.reports.test_layout_check import _requests
from tests.reports.test_layout_check import databases as databases  # a fixture, shared

#: Every fixed Dutch text of the handout that differs in English; none may be left.
DUTCH_HANDOUT = (
    "Inwonersinitiatief",
    "Wat is het",
    "Ons doel",
    "Doe mee",
    "Wie zoeken we",
    "Ons verhaal",
    "Waar",
    "Wanneer",
    "Meer weten",
    "Scan de code",
    "Tijdelijke locatie",
    " tot ",
    "Kartrekkers",
    "Telefoon",
    "E-mail:",
    "Gesteund door",
    "Thema",
    "Voor wie",
    "gedrukt op",
    "juni",
)

#: The same for the presentielijst.
DUTCH_SIGNIN = (
    "Presentielijst",
    "Nr.",
    "Naam",
    "Telefoon",
    "optioneel",
    "Handtekening",
    "uw gegevens",
    "bijeenkomst",
    "zaterdag",
    "december",
    "pagina",
    "vervolg",
)


def _left_over(text: str, dutch: tuple[str, ...]) -> list[str]:
    """The Dutch labels in ``text``, as written or in the capitals of a heading."""
    return [label for label in dutch if label in text or label.upper() in text]


def _export(db_file: Path, *arguments: str) -> int:
    return main(["export", *arguments, "--db", str(db_file)])


@pytest.fixture
def db_file(report_db, tmp_path) -> Path:
    """A copy of the report database: exporting notes each file in its export log, which
    the other report tests read."""
    assert report_db.path is not None
    copy = tmp_path / "copy.sqlite3"
    with (
        closing(sqlite3.connect(report_db.path)) as source,
        closing(sqlite3.connect(copy)) as target,
    ):
        source.backup(target)
    return copy


def test_export_initiative_in_english(db_file, english, tmp_path, capsys):
    out = tmp_path / "folder.pdf"
    assert (
        _export(db_file, "initiative", "--name", INITIATIVE, "--language", "en", "--out", str(out))
        == 0
    )
    pages = page_texts(out.read_bytes())
    assert len(pages) == 1
    text = pages[0]
    for heading in (
        "Residents’ initiative in Emmeloord, Noordoostpolder",
        "WHAT IS IT?",
        "OUR AIM",
        "JOIN IN",
        "WHO ARE WE LOOKING FOR?",
        "OUR STORY",
        "Where Buurthuis De Deel, Emmeloord",
        "Temporary venue until 30 June 2027",
        # The time span the user typed, in the English house style.
        "When Elke eerste zaterdag, 10:00\u201313:00",
        "Want to know more? Scan the code or go to repaircafe.example.nl",
        "Organisers: Ayşe Çelik",
        "Phone: 0527-123456",
        "Email: info@repaircafe.example.nl",
        "SUPPORTED BY",
        "THEMES",
        "WHO IT IS FOR",
        "FlevoDesk · printed on",
    ):
        assert heading.casefold() in text.casefold(), heading
    # What the initiative's people typed, and the reference data's names, as entered.
    for own in (
        INITIATIVE,
        "Kom langs met je kapotte spullen",
        "Reparateurs met verstand van elektronica",
        "Het begon met een kapotte stofzuiger.",
        "Duurzaamheid",
        "Jong en oud",
        "Gemeente Noordoostpolder",
    ):
        assert own in text, own
    assert _left_over(text, DUTCH_HANDOUT) == []
    assert reader(out.read_bytes()).trailer["/Root"]["/Lang"] == "en-GB"


def test_export_signin_in_english(db_file, english, tmp_path):
    out = tmp_path / "signin.pdf"
    arguments = ("signin", "--initiative", INITIATIVE, "--date", "2026-12-05")
    assert _export(db_file, *arguments, "--language", "en", "--out", str(out)) == 0
    text = pdf_text(out.read_bytes())
    for label in (
        "Sign-in sheet",
        INITIATIVE,
        "Saturday 5 December 2026",
        "No.",
        "Name",
        "Phone or email (optional)",
        "Signature",
        "we use your details for this meeting only",
    ):
        assert label in text, label
    assert "Buurthuis De Deel, Emmeloord" in text
    assert _left_over(text, DUTCH_SIGNIN) == []
    assert reader(out.read_bytes()).trailer["/Root"]["/Lang"] == "en-GB"


#: The same for the overview: its headings, legends, closing words, charts and footer.
DUTCH_OVERVIEW = (
    "Inwonersinitiatieven",
    "Algemeen beeld",
    "gemeente Noordoostpolder",
    "Impressies uit de gesprekken",
    "Initiatieven in Noordoostpolder",
    "Kern of wijk",
    "Waar het om gaat",
    "Succesfactoren",
    "Inspiratie vinden",
    "Uitdagingen",
    "Inwoners perspectief",
    "Gemeentelijk perspectief",
    "EXPERIMENTEERRUIMTE",
    "VERTROUWEN",
    "KRACHTEN BUNDELEN",
    "Legenda",
    "Interessant voor",
    "Verder interessant",
    "Landelijk",
    "Netwerk partners",
    "IN CIJFERS",
    "Vrijwilligersuren",
    "Actieve vrijwilligers",
    "Uren in de laatste",
    "Aanvragen per fase",
    "aangevraagd",
    "toegekend",
    "Ingediend",
    "Gepauzeerd",
    "Minder actieve",
    "stand op",
    "Alle cijfers",
    "Bron:",
    "pagina 1 van",  # "pagina" alone is in the seed's "projectpagina"
    "vervolg",
    " mrt ",
    " okt ",
)


@pytest.mark.parametrize("municipality", [None, "Noordoostpolder"])
def test_export_overview_in_english(db_file, english, tmp_path, municipality):
    out = tmp_path / "overview.pdf"
    where = ["--municipality", municipality] if municipality else []
    assert _export(db_file, "overview", *where, "--language", "en", "--out", str(out)) == 0
    pages = page_texts(out.read_bytes())
    text = " ".join(pages)
    for label in (
        "RESIDENTS’ INITIATIVES IN FLEVOLAND",
        "IMPRESSIONS FROM CONVERSATIONS IN THE STREET",
        "SUCCESS FACTORS",
        "INSPIRATION FROM EACH OTHER",
        "CHALLENGES | QUESTIONS | NEEDS",
        "RESIDENTS’ PERSPECTIVE",
        "MUNICIPAL PERSPECTIVE",
        "ROOM TO EXPERIMENT",
        "TRUST",
        "PARTNER NETWORK",
        "Of interest to:",
        "FURTHER READING",
        "NATIONAL",
        "IN FIGURES",
        "Initiatives per municipality and status",
        "Volunteer hours per month in",
        "Applications per stage",
        "requested",
        "granted",
        "Source: ",
        "page 1 of",
    ):
        assert label in text, label
    if municipality:
        assert "Overview · municipality of Noordoostpolder" in text
        assert "INITIATIVES IN NOORDOOSTPOLDER (1)" in text
    # The seed's own words (impressions, success factors) and the partners, as entered.
    assert "Verdeeld beeld." in text or municipality
    assert "Bottom-up aanpak" in text and "Flever" in text
    assert _left_over(text, DUTCH_OVERVIEW) == []
    assert reader(out.read_bytes()).trailer["/Root"]["/Lang"] == "en-GB"


def test_a_long_presentielijst_numbers_and_continues_its_pages_in_english(english):
    out = io.BytesIO()
    data = SigninData(INITIATIVE, date(2026, 12, 5), rows=45)
    PRINTOUTS["signin"].render(data, out, wording=english)
    pages = page_texts(out.getvalue())
    assert len(pages) == 2
    assert "page 1 of 2" in pages[0]
    assert f"Sign-in sheet: {INITIATIVE} (continued)" in pages[1]
    assert _left_over(" ".join(pages), DUTCH_SIGNIN) == []


def test_without_language_the_printouts_stay_dutch(db_file, english, tmp_path):
    out = tmp_path / "signin.pdf"
    arguments = ("signin", "--initiative", INITIATIVE, "--date", "2026-12-05")
    assert _export(db_file, *arguments, "--out", str(out)) == 0
    text = pdf_text(out.read_bytes())
    assert "Presentielijst" in text and "zaterdag 5 december 2026" in text
    assert reader(out.read_bytes()).trailer["/Root"]["/Lang"] == "nl-NL"


@pytest.mark.parametrize("code", ["xx", "", "fr"])
def test_an_unknown_language_is_one_dutch_line(db_file, tmp_path, capsys, code):
    out = tmp_path / "signin.pdf"
    arguments = ("signin", "--initiative", INITIATIVE, "--date", "2026-12-05")
    assert _export(db_file, *arguments, "--language", code, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        f"flevodesk: Onbekende taal bij --language: '{code}'; kies nl/en."
    ]
    assert not out.exists()


def test_only_printouts_for_residents_offer_a_language():
    offered = {key for key, printout in PRINTOUTS.items() if printout.translatable}
    assert offered >= {"initiative", "signin", "initiatives"}
    assert "hours" not in offered and "funding" not in offered


def test_a_printout_refuses_a_language_it_is_not_declared_in(english):
    with pytest.raises(ValueError, match="not printed in English"):
        PRINTOUTS["hours"].render(None, io.BytesIO(), wording=english)


TRANSLATABLE = [key for key, printout in PRINTOUTS.items() if printout.translatable]


@pytest.mark.parametrize(
    ("key", "name"), [(k, n) for k in TRANSLATABLE for n in ("demo", "stressed")]
)
def test_english_printouts_read_cleanly_on_paper(key, name, databases, english, tmp_path):
    """English labels are another length than Dutch ones: the layout checks hold for them."""
    printout = PRINTOUTS[key]
    db = databases[name]
    found = []
    for index, request in enumerate(_requests(db, name == "stressed")):
        out = tmp_path / f"{key}-{index}.pdf"
        printout.make(db, replace(request, wording=english), out)
        assert reader(out).trailer["/Root"]["/Lang"] == "en-GB"
        found += [*problems(out), *shrunk(out)]
    assert not found, "\n".join(str(p) for p in found[:15])
