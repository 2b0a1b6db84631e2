"""Start the frozen FlevoDesk the way a user would and fail on anything missing.

    python packaging/smoke_test.py dist/FlevoDesk/FlevoDesk [--source-python .venv/bin/python]

Steps: --version, a new database in the (redirected) user data folder, ``check``, the
overview PDF with its fonts embedded, a database made by the source version, and the main
window opened offscreen, painted, the file and print dialogs built, a print preview page
drawn (PDFium), an exchange package sealed and opened (cryptography), and closed; once more
with FLEVODESK_LANG=en, where the first tab and Qt's own words must be English. Every run's
stderr is searched for import errors, missing libraries or plugins, Python warnings and any
Qt message (QT_MESSAGE_PATTERN marks them), so a warning fails the test too.

Only the standard library: CI runs this with whatever Python the runner has. Exit code 0
when every step passed, 1 when one failed, 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 90  # seconds per run; a cold start on a busy CI runner takes a few

QT_PREFIX = "QTMSG"
#: Qt prints each message as one recognisable line (see QT_MESSAGE_PATTERN below).
QT_MESSAGE_PATTERN = f"{QT_PREFIX} %{{type}} %{{category}}: %{{message}}"
#: Text that means the bundle is broken, wherever it shows up on stderr.
FATAL_MARKERS = (
    "Traceback (most recent call last)",
    "ModuleNotFoundError",
    "ImportError",
    "FileNotFoundError",
    "Fatal Python error",
    "Warning",  # Python's warnings (DeprecationWarning, UserWarning, ...) and Qt's
    "could not find or load",
    "Could not load the Qt platform plugin",
    "error while loading shared libraries",
    "undefined symbol",
    "Failed to execute script",
    "core dumped",
)
#: Qt messages that say nothing about the bundle. Each entry is a regular expression on the
#: message line and says why it is harmless; keep this list short.
QT_ALLOWED: tuple[tuple[str, str], ...] = (
    # The offscreen platform has no window manager to pass size hints to.
    (r"This plugin does not support propagateSizeHints\(\)", "offscreen platform only"),
)
SMOKE_MARKER = "FLEVODESK-SMOKE"
#: Libraries every Wayland desktop has; the bundle's Wayland plugins load them from there.
SYSTEM_PROVIDED = re.compile(r"^lib(wayland-[a-z]+|gtk-3|gdk-3)\.so")


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)

    def ok(self, step: str, detail: str = "") -> None:
        print(f"PASS  {step}{': ' + detail if detail else ''}", flush=True)

    def fail(self, step: str, detail: str) -> None:
        print(f"FAIL  {step}: {detail}", flush=True)
        self.failures.append(step)

    def skip(self, step: str, why: str) -> None:
        print(f"SKIP  {step}: {why}", flush=True)


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str
    seconds: float


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def base_env(home: Path) -> dict[str, str]:
    """The environment of every run: no display, a private data folder, loud Qt."""
    env = dict(os.environ)
    env.pop("FLEVODESK_DB", None)
    env.pop("FLEVODESK_PASSPHRASE", None)
    env.pop("FLEVODESK_LANG", None)  # Dutch unless a step asks for English
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_MESSAGE_PATTERN"] = QT_MESSAGE_PATTERN
    # Qt's default: warnings and worse on, debug off. Say so in case the machine says else.
    env["QT_LOGGING_RULES"] = "*.debug=false;*.info=false;*.warning=true"
    env["QT_FORCE_STDERR_LOGGING"] = "1"
    # The user data folder, redirected (platformdirs reads these on Linux and macOS).
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    env["XDG_STATE_HOME"] = str(home / "state")  # the log folder
    if sys.platform == "darwin":
        env["HOME"] = str(home)
    return env


def expected_data_file(home: Path) -> Path | None:
    """Where the source version puts its default database under :func:`base_env`."""
    if sys.platform.startswith("linux"):
        return home / "data" / "FlevoDesk" / "flevodesk.sqlite3"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "FlevoDesk" / "flevodesk.sqlite3"
    return None  # Windows asks the shell for %LOCALAPPDATA%; no variable moves it


def run(command: Sequence[str], env: dict[str, str], timeout: float = TIMEOUT) -> Result:
    started = time.monotonic()
    try:
        done = subprocess.run(
            list(command),
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr or ""
        return Result(-1, out, err + f"\n(timed out after {timeout} s)", timeout)
    return Result(done.returncode, done.stdout, done.stderr, time.monotonic() - started)


#: Extra patterns from ``--allow``, for a known warning while its fix is under way.
EXTRA_ALLOWED: list[str] = []


def problems(stderr: str) -> list[str]:
    """Lines of stderr that mean a broken bundle or a Qt warning."""
    allowed = [pattern for pattern, _ in QT_ALLOWED] + EXTRA_ALLOWED
    found: list[str] = []
    for line in stderr.splitlines():
        if any(re.search(pattern, line) for pattern in allowed):
            continue
        if line.startswith(QT_PREFIX) or any(marker in line for marker in FATAL_MARKERS):
            found.append(line)
    return found


def step(report: Report, name: str, result: Result, expect_code: int = 0) -> bool:
    """Record one run: it passes when the exit code is right and stderr is clean."""
    bad = problems(result.stderr)
    if result.code != expect_code or bad:
        detail = f"exit code {result.code}" + "".join(f"\n      {line}" for line in bad[:20])
        if result.code != expect_code and not bad:
            detail += "\n      " + "\n      ".join(result.stderr.strip().splitlines()[-10:])
        report.fail(name, detail)
        return False
    return True


def check_pdf(path: Path) -> str | None:
    """Why the PDF is wrong, or None: it must exist and embed its TrueType fonts."""
    if not path.is_file():
        return "no file written"
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        return "not a PDF"
    # reportlab embeds a TTF as a /FontFile2 stream; the standard fonts have none.
    if b"/FontFile2" not in data:
        return "no embedded TrueType font (standard fonts lack letters such as 'ş')"
    return None


def check_libraries(binary: Path, report: Report) -> None:
    """Linux: every bundled ELF file must find its libraries in the bundle or the system."""
    internal = binary.parent / "_internal"
    if not sys.platform.startswith("linux") or not internal.is_dir():
        report.skip("libraries", "ldd check is for the Linux one-folder build")
        return
    missing: set[str] = set()
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    for path in sorted(internal.rglob("*.so*")):
        if not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line:
                lib = line.split()[0]
                if not SYSTEM_PROVIDED.match(lib):
                    missing.add(f"{path.relative_to(internal)} needs {lib}")
    if missing:
        report.fail("libraries", "\n      ".join(sorted(missing)))
    else:
        report.ok("libraries", "every bundled library resolves")


def gui_run(binary: Path, db: Path, env: dict[str, str], quit_ms: int = 300) -> Result:
    gui_env = dict(env, FLEVODESK_SMOKE_QUIT_MS=str(quit_ms))
    return run([str(binary), "--db", str(db)], gui_env)


def first_paint_seconds(result: Result, started_at: float) -> float | None:
    match = re.search(rf"^{SMOKE_MARKER} first-paint ([0-9.]+)$", result.stdout, re.MULTILINE)
    return float(match.group(1)) - started_at if match else None


#: What the window shows per language: its first tab's title and how Qt's own words read.
LANGUAGE_MARKS = {"nl": ("Initiatieven", "dutch"), "en": ("Initiatives", "english")}


def language_problem(stdout: str, language: str) -> str | None:
    """Why the window of a run in ``language`` did not speak it, or None when it did."""
    tab, qt_words = LANGUAGE_MARKS[language]
    if f"{SMOKE_MARKER} interface {language} {tab}" not in stdout:
        return (
            f"the window does not speak {language!r} (first tab not {tab!r}): is "
            "resources/translations/flevodesk_en.qm in the build?"
        )
    if f"{SMOKE_MARKER} qt texts {qt_words}" not in stdout:
        return f"Qt's own buttons are not {qt_words}: is qtbase_nl.qm in the build?"
    return None


def check_gui(
    binary: Path, db: Path, env: dict[str, str], report: Report, name: str, language: str = "nl"
) -> None:
    started_at = time.time()
    env = dict(env, FLEVODESK_LANG=language)
    result = gui_run(binary, db, env)
    if not step(report, name, result):
        return
    first_paint = first_paint_seconds(result, started_at)
    if first_paint is None:
        report.fail(
            name,
            "the window never reported its first paint: is install_auto_quit(app) called in "
            "flevodesk/ui/app.py?",
        )
        return
    if f"{SMOKE_MARKER} dialogs file+print ok" not in result.stdout:
        report.fail(name, "the file and print dialogs were not built")
        return
    preview = re.search(
        rf"^{SMOKE_MARKER} preview page 1 of \d+ (\d+)x(\d+) ink$", result.stdout, re.M
    )
    if preview is None:
        report.fail(name, "no print preview page was drawn: is pypdfium2's library in the build?")
        return
    if f"{SMOKE_MARKER} hyphenation dutch" not in result.stdout:
        report.fail(
            name, "table cells do not hyphenate: is pyphen's Dutch dictionary in the build?"
        )
        return
    if f"{SMOKE_MARKER} exchange package ok" not in result.stdout:
        report.fail(name, "no exchange package could be sealed: is cryptography in the build?")
        return
    wrong = language_problem(result.stdout, language)
    if wrong is not None:
        report.fail(name, wrong)
        return
    report.ok(name, f"first paint after {first_paint:.2f} s, closed cleanly")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of the frozen FlevoDesk.")
    parser.add_argument("binary", type=Path, help="dist/FlevoDesk/FlevoDesk (or the -cli.exe)")
    parser.add_argument(
        "--source-python",
        help="a Python with flevodesk installed: its database must open in the frozen build",
    )
    parser.add_argument(
        "--require-pdf",
        action="store_true",
        help="fail (not skip) when the build has no 'export overview'",
    )
    parser.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="REGEX",
        help="let stderr lines matching REGEX pass (a known warning whose fix is pending)",
    )
    args = parser.parse_args(argv)
    EXTRA_ALLOWED[:] = args.allow
    binary: Path = args.binary.resolve()
    if not binary.is_file():
        print(f"no such program: {binary}", file=sys.stderr)
        return 2

    report = Report()
    print(f"smoke test of {binary}", flush=True)
    with tempfile.TemporaryDirectory(prefix="flevodesk-smoke-") as tmp:
        home = Path(tmp)
        env = base_env(home)

        version = project_version()
        result = run([str(binary), "--version"], env)
        if step(report, "--version", result):
            if result.stdout.strip() == f"FlevoDesk {version}":
                report.ok("--version", f"{result.stdout.strip()} in {result.seconds:.2f} s")
            else:
                report.fail("--version", f"printed {result.stdout.strip()!r}, want {version}")

        check_libraries(binary, report)

        # A new database where the source version would put it: same data folder.
        result = run([str(binary), "init"], env)
        default_db = expected_data_file(home)
        if step(report, "init (user data folder)", result):
            if default_db is None:
                report.skip("init (user data folder)", "cannot redirect %LOCALAPPDATA%")
            elif default_db.is_file():
                report.ok("init (user data folder)", str(default_db))
            else:
                report.fail("init (user data folder)", f"no database at {default_db}")

        db = home / "frozen.sqlite3"
        result = run([str(binary), "--db", str(db), "init", "--demo"], env)
        if step(report, "init --demo", result):
            report.ok("init --demo", result.stdout.strip().splitlines()[0])
        result = run([str(binary), "--db", str(db), "check"], env)
        if step(report, "check", result):
            report.ok("check", result.stdout.strip())

        help_text = run([str(binary), "export", "--help"], env).stdout
        if re.search(r"^\s+overview\b", help_text, re.MULTILINE):
            pdf = home / "overzicht.pdf"
            result = run(
                [str(binary), "--db", str(db), "export", "overview", "--out", str(pdf)], env
            )
            if step(report, "export overview", result):
                why = check_pdf(pdf)
                if why:
                    report.fail("export overview", why)
                else:
                    size = pdf.stat().st_size // 1024
                    report.ok("export overview", f"{size} kB, fonts embedded")
        elif args.require_pdf:
            report.fail("export overview", "this build has no 'export overview' command")
        else:
            report.skip("export overview", "this build has no 'export overview' command yet")

        if args.source_python:
            source_db = home / "source.sqlite3"
            made = run(
                [args.source_python, "-m", "flevodesk", "--db", str(source_db), "init", "--demo"],
                env,
            )
            if made.code != 0:
                report.fail("source database", made.stderr.strip()[-500:])
            else:
                result = run([str(binary), "--db", str(source_db), "check"], env)
                if step(report, "source database: check", result):
                    report.ok("source database: check", result.stdout.strip())
                check_gui(binary, source_db, env, report, "source database: main window")
        else:
            report.skip("source database", "no --source-python given")

        check_gui(binary, db, env, report, "main window (offscreen)")
        check_gui(binary, db, env, report, "main window in English", language="en")

    if report.failures:
        print(f"RESULT: FAIL ({len(report.failures)} failed: {', '.join(report.failures)})")
        return 1
    print("RESULT: PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
