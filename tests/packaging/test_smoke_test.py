"""The smoke test's judgement of a run's output (the runs themselves need a build)."""

from __future__ import annotations


def test_qt_warnings_fail(smoke_test):
    stderr = (
        'QTMSG warning qt.qpa.plugin: Could not find the Qt platform plugin "xcb"\n'
        "QTMSG warning default: This plugin does not support propagateSizeHints()\n"
        "harmless line\n"
    )
    assert smoke_test.problems(stderr) == [stderr.splitlines()[0]]


def test_python_errors_and_missing_libraries_fail(smoke_test):
    for line in (
        "Traceback (most recent call last):",
        "ModuleNotFoundError: No module named 'alembic.ddl'",
        "/app/FlevoDesk: error while loading shared libraries: libxcb-cursor.so.0",
        "/app/x.py:3: DeprecationWarning: old",
    ):
        assert smoke_test.problems(line) == [line]


def test_pdf_must_embed_its_fonts(smoke_test, tmp_path):
    pdf = tmp_path / "x.pdf"
    assert smoke_test.check_pdf(pdf) == "no file written"
    pdf.write_bytes(b"%PDF-1.4\n/Type /Font /BaseFont /Helvetica")
    assert "no embedded" in smoke_test.check_pdf(pdf)
    pdf.write_bytes(b"%PDF-1.4\n/FontFile2 12 0 R")
    assert smoke_test.check_pdf(pdf) is None


def test_first_paint_is_read_from_stdout(smoke_test):
    result = smoke_test.Result(0, "x\nFLEVODESK-SMOKE first-paint 1000.50\n", "", 1.0)
    assert smoke_test.first_paint_seconds(result, 999.0) == 1.5
    assert smoke_test.first_paint_seconds(smoke_test.Result(0, "", "", 1.0), 0.0) is None


def test_the_version_is_pyprojects(smoke_test, specinfo):
    assert smoke_test.project_version() == specinfo.read_project().version


def test_the_window_must_speak_the_language_it_was_started_in(smoke_test):
    dutch = "FLEVODESK-SMOKE interface nl Initiatieven\nFLEVODESK-SMOKE qt texts dutch\n"
    english = "FLEVODESK-SMOKE interface en Initiatives\nFLEVODESK-SMOKE qt texts english\n"
    assert smoke_test.language_problem(dutch, "nl") is None
    assert smoke_test.language_problem(english, "en") is None
    # English asked for, but no catalogue in the bundle: the window stays Dutch.
    untranslated = "FLEVODESK-SMOKE interface en Initiatieven\nFLEVODESK-SMOKE qt texts english\n"
    assert "flevodesk_en.qm" in smoke_test.language_problem(untranslated, "en")
    # Dutch asked for, but Qt's own words stayed English: qtbase_nl.qm is missing.
    no_qt_dutch = dutch.replace("qt texts dutch", "qt texts english")
    assert "qtbase_nl" in smoke_test.language_problem(no_qt_dutch, "nl")
