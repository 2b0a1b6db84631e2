"""Keep the Qt Linguist files in step with the code, check them, and compile them.

    .venv/bin/python scripts/translations.py update    # `make translations`
    .venv/bin/python scripts/translations.py check     # `make translations-check`, in lint
    .venv/bin/python scripts/translations.py compile   # the .qm files `make run` needs

``update`` extracts every text of the program into ``flevodesk_<code>.ts`` of every
language: the interface (``flevodesk/ui`` through ``tr`` and its aliases ``tr_text`` and
``tr_later``, plus the enum labels, table headers and printout names that
``texts_for_translation.py`` writes out), the messages of domain/ and services/ and the
command line's texts (context "messages", "commands") and the printouts' fixed texts
(context "printouts"). It
keeps the translations already made, drops texts the code no longer has, and prints how many
are unfinished. ``check`` does the same into a temporary copy, leaves the committed files
alone and exits 1 when a text is unfinished or missing. ``compile`` turns each into
``flevodesk_<code>.qm``, which ``flevodesk.translation`` loads. A new language is one more
file: see docs/translating.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
#: The one Linguist file of a language: the interface, the messages and the printouts.
INTERFACE = "flevodesk_{code}.ts"
#: Territory written into a new file: the English is British.
TARGETS = {"en": "en_GB"}
_TS_NAME = re.compile(r"^[a-z]+_(?P<code>[a-z]{2,3})\.ts$")


def tool(name: str) -> str:
    """A Qt Linguist tool beside this Python (the venv's PySide6), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (it comes with PySide6)")
    return found


def languages(folder: Path = FOLDER) -> list[str]:
    """The language codes that have an interface file in ``folder``."""
    codes = {m["code"] for p in folder.glob("*.ts") if (m := _TS_NAME.match(p.name))}
    return sorted(c for c in codes if (folder / INTERFACE.format(code=c)).exists())


#: What ``texts_for_translation.py`` writes for lupdate, by its option: the UI's texts
#: kept below it (enum labels, headers), the messages and command-line texts, the printouts'.
GENERATED = {
    "domain_texts.py": [],
    "messages.py": ["--messages"],
    "printout_texts.py": ["--printouts"],
}


def sources(work: Path) -> list[str]:
    """The files lupdate reads: the UI's modules and the generated texts of everything below."""
    made = []
    for name, option in GENERATED.items():
        generated = work / name
        written = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "texts_for_translation.py"), *option],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
            # This checkout's package, not whichever one the venv has installed.
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        generated.write_text(written.stdout, encoding="utf-8")
        made.append(str(generated))
    return [*sorted(str(p) for p in (ROOT / "flevodesk" / "ui").rglob("*.py")), *made]


def extract(ts: Path, files: Sequence[str], code: str) -> None:
    """Merge the texts of ``files`` into ``ts``: new ones unfinished, vanished ones dropped.

    No source locations are written: line numbers would change the file on every edit of
    the code and make merges of parallel work collide.
    """
    command = [
        tool("pyside6-lupdate"),
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        "-target-language",
        TARGETS.get(code, code),
        "-tr-function-alias",
        "tr+=tr_text,QT_TR_NOOP+=tr_later",
        *files,
        "-ts",
        str(ts),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every message in ``ts`` that has no finished translation."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = [f.text for f in forms] if forms else [getattr(translation, "text", None)]
            if (
                translation is None
                or translation.get("type") in ("unfinished", "obsolete", "vanished")
                or not all(texts)
            ):
                found.append((name, message.findtext("source") or ""))
    return found


def _report(code: str, missing: list[tuple[str, str]], limit: int = 20) -> None:
    print(f"{INTERFACE.format(code=code)}: {len(missing)} unfinished text(s)")
    for context, source in missing[:limit]:
        print(f"  [{context or '-'}] {source!r}")
    if len(missing) > limit:
        print(f"  ... and {len(missing) - limit} more")


def update(folder: Path = FOLDER) -> int:
    """Bring every interface file up to date with the code; report what is unfinished."""
    with tempfile.TemporaryDirectory() as work:
        files = sources(Path(work))
        for code in languages(folder):
            ts = folder / INTERFACE.format(code=code)
            extract(ts, files, code)
            _report(code, unfinished(ts))
    return 0


def check(folder: Path = FOLDER) -> int:
    """1 when a text of the code is unfinished or missing in a language, else 0; the
    committed files are not changed."""
    failed = False
    with tempfile.TemporaryDirectory() as work:
        files = sources(Path(work))
        for code in languages(folder):
            copy = Path(work) / INTERFACE.format(code=code)
            shutil.copyfile(folder / INTERFACE.format(code=code), copy)
            extract(copy, files, code)
            missing = unfinished(copy)
            _report(code, missing)
            failed = failed or bool(missing)
    return 1 if failed else 0


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """``flevodesk_<code>.qm`` in ``out`` (default ``folder``) from ``flevodesk_<code>.ts``."""
    out = out or folder
    made = []
    for code in languages(folder):
        parts = [str(folder / INTERFACE.format(code=code))]
        qm = out / f"flevodesk_{code}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", *parts, "-qm", str(qm)], check=True, cwd=ROOT
        )
        made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "check", "compile"))
    args = parser.parse_args(argv)
    if args.action == "update":
        return update()
    if args.action == "check":
        return check()
    for qm in compile_all():
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
