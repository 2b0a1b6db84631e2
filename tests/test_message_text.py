"""Messages of domain and services shown in the reader's language, at the edge.

The English catalogue is compiled from the repository's .ts files for the session
(``tests/english.py``); without ``FLEVODESK_LANG`` everything stays Dutch.
"""

import ast
import runpy
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from flevodesk.domain.enums import CostType
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import placeholders
from flevodesk.message_text import render
from flevodesk.services.error_text import known_text
from flevodesk.services.errors import NotFound, StaleRecord
from flevodesk.services.funding_checks import BudgetLineInput, SchemeFacts, check_application
from flevodesk.services.persons import PersonService
from flevodesk.services.records import moment_message
from flevodesk.services.setup import Database
from tests.english import english, english_catalogue, english_installed  # noqa: F401
from tests.services.test_three_way_merge import colleague  # noqa: F401  (a fixture)

ROOT = Path(__file__).resolve().parents[1]
MESSAGES_TS = ROOT / "resources" / "translations" / "flevodesk_en.ts"
#: The constructors of errors a user reads; below the edge each is given a message.
USER_ERRORS = {
    "ValidationError",
    "ServiceError",
    "NotFound",
    "Conflict",
    "InUse",
    "StaleRecord",
    "PassphraseRequired",
    "WrongPassphrase",
    "WrongBackupPassphrase",
    "BackupPassphraseNeeded",
    "ServerPasswordNeeded",
    "ImportCancelled",
    "Problem",
    "Warning",
    "StoreError",
    "WriteFailed",
    "InterruptedWrite",
    "ServerUnavailable",
    "PasswordRefused",
}


def _texts_in_code() -> list[tuple[str, str]]:
    script = runpy.run_path(str(ROOT / "scripts" / "texts_for_translation.py"))
    return script["message_texts"](ROOT)


def _translations() -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(MESSAGES_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for entry in context.iter("message"):
            found[(name, entry.findtext("source") or "")] = entry.find("translation")
    return found


def test_every_message_template_and_command_line_text_has_an_english_translation():
    translations = _translations()
    texts = _texts_in_code()
    assert len(texts) > 300  # the collector still finds the templates
    for context, text in texts:
        translation = translations.get((context, text))
        assert translation is not None, f"no entry in flevodesk_en.ts for {text!r}"
        assert translation.get("type") is None, f"unfinished: {text!r}"
        assert translation.text, f"empty translation of {text!r}"
        assert placeholders(translation.text) == placeholders(text), text


def test_no_error_below_the_edge_builds_its_own_dutch_sentence():
    """An f-string or a bare string given to an error would be shown untranslated."""
    found = []
    for path in sorted((ROOT / "flevodesk").glob("[ds]*/**/*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = isinstance(node, ast.Call) and getattr(node.func, "id", None)
            if name not in USER_ERRORS or not node.args:  # type: ignore[union-attr]
                continue
            for argument in node.args:  # type: ignore[union-attr]
                if isinstance(argument, ast.JoinedStr | ast.BinOp) or (
                    isinstance(argument, ast.Constant)
                    and isinstance(argument.value, str)
                    and " " in argument.value
                ):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")  # type: ignore[union-attr]
    assert found == []


def _person_error(db: Database) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        PersonService(db).create(
            {"first_name": "Kees", "last_name": "Jansen", "email": "kees@", "birth_year": 1850}
        )
    return caught.value


@pytest.mark.usefixtures("english_installed")
def test_the_person_forms_validation_errors_are_dutch_by_default(db):
    error = _person_error(db)
    texts = {e.field: render(e.translatable) for e in error.each}
    assert texts["email"] == "'kees@' is geen geldig e-mailadres"
    assert texts["birth_year"] == f"moet tussen 1900 en {date.today().year} liggen"


@pytest.mark.usefixtures("english")
def test_the_person_forms_validation_errors_read_in_english(db):
    error = _person_error(db)
    texts = {e.field: render(e.translatable) for e in error.each}
    assert texts["email"] == "'kees@' is not a valid email address"
    assert texts["birth_year"] == f"must be between 1900 and {date.today().year}"
    # As the window's error dialog and the command line say it: every rule, each translated.
    whole = render(known_text(error))  # type: ignore[arg-type]
    assert "email: 'kees@' is not a valid email address" in whole
    assert "geen" not in whole


@pytest.mark.usefixtures("english")
def test_a_stale_save_and_a_missing_record_read_in_english(db, colleague):  # noqa: F811  (fixture)
    mine, theirs = PersonService(db), PersonService(colleague)
    loaded = mine.create({"first_name": "Kees", "last_name": "Jansen"})
    theirs.update(loaded.id, loaded.version, {"place": "Dronten"})
    with pytest.raises(StaleRecord) as caught:
        mine.update(loaded.id, loaded.version, {"phone": "06-11112222"})
    at = f"{caught.value.changed_at.astimezone():%H:%M}"
    assert render(caught.value.translatable) == f"Anna changed the volunteer at {at}."
    assert caught.value.message == f"Anna heeft de vrijwilliger om {at} gewijzigd."
    with pytest.raises(NotFound) as gone:
        mine.get(loaded.id + 1000)
    assert render(gone.value.translatable) == "The volunteer does not exist (any more)."


@pytest.mark.usefixtures("english")
def test_a_moment_of_another_day_is_written_out_in_english():
    when = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    local = when.astimezone()
    said = moment_message(when, today=date(2026, 12, 25))
    assert render(said) == f"on {local.day} November 2026 at {local:%H:%M}"


def _scheme() -> SchemeFacts:
    return SchemeFacts(
        id=1,
        name="Buurtbudget",
        description=None,
        is_example=False,
        min_amount=None,
        max_amount=Decimal("1250.00"),
        max_budget_share_percentage=None,
        apply_days_before=42,
        accountability_months_after=None,
        window_from=None,
        window_until=None,
        obligation_kinds=(),
        excluded=frozenset(),
        caps=((CostType.ETEN_EN_DRINKEN, Decimal("150.00")),),
    )


def _warnings() -> list[str]:
    lines = [BudgetLineInput("Koffie", CostType.ETEN_EN_DRINKEN, Decimal("200.00"))]
    found = check_application(
        _scheme(), Decimal("2500.50"), lines, date(2026, 12, 1), date(2026, 11, 1)
    )
    return [render(w.said) for w in found]


@pytest.mark.usefixtures("english_installed")
def test_scheme_warnings_write_money_and_dates_the_dutch_way_by_default():
    assert _warnings()[0] == "€ 2.500,50 is meer dan het maximum van Buurtbudget (€ 1.250,00)."
    assert _warnings()[-1].endswith("de laatste dag daarvoor was 20-10-2026.")


@pytest.mark.usefixtures("english")
def test_scheme_warnings_write_money_and_dates_the_english_way():
    warnings = _warnings()
    assert warnings[0] == "€2,500.50 is more than the maximum of Buurtbudget (€1,250.00)."
    assert warnings[-1] == (
        "Buurtbudget asks for an application at least 6 weeks before the activity; the last "
        "day for that was 20/10/2026."
    )
