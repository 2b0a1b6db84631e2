"""Right of access (PDF + JSON with everything), the change log, and the register."""

from __future__ import annotations

import json

from flevodesk.cli import main
from flevodesk.domain.enums import ConsentPurpose
from flevodesk.services.persons import PersonService
from flevodesk.services.privacy import CREATED, PrivacySettings, change_log, save_settings
from tests.privacy.conftest import consent
from tests.reports.helpers import page_texts, pdf_text

EMAIL = "ayse.yilmaz@voorbeeld.nl"


def test_changes_to_personal_fields_are_logged_with_the_user_but_without_values(db, ayse):
    save_settings(db, PrivacySettings(user_name="Coördinator Marleen"))
    service = PersonService(db)
    person = service.get(ayse)
    service.update(ayse, person.version, {"phone": "06-13572468", "status": person.status})
    lines = change_log(db, ayse)
    assert [line.field for line in lines] == [CREATED, "phone"]
    assert lines[-1].user_name == "Coördinator Marleen"
    with db.read() as session:
        raw = session.connection().exec_driver_sql("SELECT * FROM person_changes").fetchall()
    assert "06-13572468" not in repr(raw) and "06-24681357" not in repr(raw)


def test_the_access_export_holds_everything_about_the_person(db, db_target, ayse, tmp_path):
    consent(db, ayse, ConsentPurpose.DELEN_MET_PARTNERS)
    service = PersonService(db)
    service.update(ayse, service.get(ayse).version, {"place": "Almere"})
    db.dispose()
    out = tmp_path / "inzage.pdf"
    command = ["--db", db_target, "privacy", "export", "--person", EMAIL, "--out", str(out)]
    assert main(command) == 0
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["person"]["email"] == EMAIL
    assert data["person"]["address"] == "Zuiderzeestraat 9"
    assert data["person"]["birth_year"] == 1979
    assert data["person"]["notes"] == "Belt liever na 18 uur"
    assert {c["purpose"] for c in data["consents"]} == {"contact", "delen_met_partners"}
    assert data["vog_records"][0]["screening_profile"] == "Omgang met minderjarigen"
    assert data["vog_records"][0]["valid_until"] == "2028-02-01"
    assert data["engagements"][0]["role"] == "kartrekker"
    assert data["hours"][0]["minutes"] == 90
    assert [c["field"] for c in data["changes"]] == [CREATED, "place"]
    text = pdf_text(out)
    for expected in (
        "Inzage persoonsgegevens", "Ayşe de Yılmazvries", "Zuiderzeestraat 9",
        "Belt liever na 18 uur", "Delen met partners", "Omgang met minderjarigen",
        "Kartrekker", "WIJZIGINGSLOGBOEK", "Woonplaats",
    ):  # fmt: skip
        assert expected in text, expected


def test_cli_erase_asks_unless_yes_and_review_lists_nobody(db_target, ayse, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "nee")
    assert main(["--db", db_target, "privacy", "erase", "--person", EMAIL]) == 1
    assert "Niets gewijzigd" in capsys.readouterr().out
    assert main(["--db", db_target, "privacy", "erase", "--person", EMAIL, "--yes"]) == 0
    assert "geanonimiseerd" in capsys.readouterr().out
    assert main(["--db", db_target, "privacy", "erase", "--person", EMAIL, "--yes"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Geen persoon met e-mailadres" in err[0]
    assert main(["--db", db_target, "privacy", "review"]) == 0
    assert "Niemand" in capsys.readouterr().out
    assert main(["--db", db_target, "privacy", "export"]) == 2


def test_the_register_is_one_page_filled_from_the_settings(db, db_target, tmp_path):
    save_settings(
        db,
        PrivacySettings(
            retention_months=18, organisation_name="Stichting Buurtkracht Urk",
            organisation_contact="info@buurtkracht.example.nl",
        ),
    )  # fmt: skip
    db.dispose()
    out = tmp_path / "register.pdf"
    assert main(["--db", db_target, "privacy", "register", "--out", str(out)]) == 0
    pages = page_texts(out)
    assert len(pages) == 1
    for expected in ("Verwerkingsregister", "Stichting Buurtkracht Urk", "18 maanden", "VOG"):
        assert expected in pages[0], expected


def test_the_inzage_speaks_plain_words_and_the_json_keeps_everything(db, db_target, ayse, tmp_path):
    service = PersonService(db)
    service.update(ayse, service.get(ayse).version, {"availability": "ma-ochtend,za-middag"})
    db.dispose()
    out = tmp_path / "inzage.pdf"
    assert main(["--db", db_target, "privacy", "export", "--person", EMAIL, "--out", str(out)]) == 0
    text = pdf_text(out)
    # What the program keeps for itself is not the citizen's business on paper …
    for internal in ("Zoektekst", "Sorteersleutel", "Versie", "Nummer", "Demogegevens", "(nieuw)"):
        assert internal not in text, internal
    assert "ma ochtend · za middag" in text and "ma-ochtend" not in text
    assert "Uren: 1:30 uur in totaal" in text.title() or "UREN: 1:30 UUR IN TOTAAL" in text
    assert "1:30 uur" in text and "Minuten" not in text
    assert "gegevens vastgelegd" in text
    assert "Aangevraagd op" in text  # headers never broken inside a word
    # … but the copy for computers still holds every column, as the right of access asks.
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert {"search_text", "sort_key", "version", "id", "is_demo"} <= set(data["person"])
    assert data["hours"][0]["minutes"] == 90
