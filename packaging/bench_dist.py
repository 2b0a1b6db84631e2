"""Size and start time of the frozen FlevoDesk beside a frozen bare PySide6 window.

    python packaging/bench_dist.py [--runs 7]      (make bench-dist)

Builds the yardstick (packaging/baseline/bare_window.spec) into build/baseline/ when it is
missing, then starts each program ``--runs`` times, alternating, and takes the median time
from launch to the first paint of its window, as both report it through
``FLEVODESK_SMOKE_QUIT_MS``. It measures offscreen and, where Xvfb is installed, on a real X
server too. FlevoDesk opens a demo database made beforehand, so the time is a start, not a
first-run setup. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from build import folder_size_mb  # noqa: E402  (a sibling file)
from smoke_test import SMOKE_MARKER  # noqa: E402

BASELINE_DIST = ROOT / "build" / "baseline" / "dist"


def build_baseline() -> Path:
    binary = BASELINE_DIST / "BareWindow" / "BareWindow"
    if not binary.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(BASELINE_DIST),
                "--workpath",
                str(ROOT / "build" / "baseline" / "work"),
                str(HERE / "baseline" / "bare_window.spec"),
            ],
            check=True,
        )
    return binary


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith(f"{SMOKE_MARKER} first-paint "):
            return float(line.split()[-1]) - started
    raise RuntimeError(f"{command[0]} reported no first paint:\n{done.stderr[-2000:]}")


@contextmanager
def xvfb() -> Iterator[str | None]:
    """A private X server's display name, or None when Xvfb is not installed."""
    if not shutil.which("Xvfb"):
        yield None
        return
    display = ":87"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "FlevoDesk" / "FlevoDesk")
    args = parser.parse_args(argv)

    bare = build_baseline()
    app: Path = args.app.resolve()
    print(f"size  FlevoDesk   {folder_size_mb(app.parent):6.0f} MB  ({app.parent})")
    print(f"size  bare window {folder_size_mb(bare.parent):6.0f} MB  ({bare.parent})")
    for archive in sorted(app.parent.parent.glob("FlevoDesk-*.tar.xz")):
        print(f"size  archive     {archive.stat().st_size / 2**20:6.0f} MB  ({archive.name})")

    with tempfile.TemporaryDirectory(prefix="flevodesk-bench-") as tmp, xvfb() as display:
        db = Path(tmp) / "bench.sqlite3"
        env = dict(os.environ, FLEVODESK_SMOKE_QUIT_MS="0", XDG_DATA_HOME=tmp)
        subprocess.run(
            [str(app), "--db", str(db), "init", "--demo"], env=env, check=True, capture_output=True
        )
        platforms = [("offscreen", {"QT_QPA_PLATFORM": "offscreen"})]
        if display:
            platforms.append(("xvfb", {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display}))
        for label, extra in platforms:
            run_env = dict(env, **extra)
            commands = {
                "FlevoDesk": [str(app), "--db", str(db)],
                "bare window": [str(bare)],
            }
            for command in commands.values():  # warm the file cache once
                time_to_first_paint(command, run_env)
            times: dict[str, list[float]] = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, command in commands.items():
                    times[name].append(time_to_first_paint(command, run_env))
            app_median = statistics.median(times["FlevoDesk"])
            bare_median = statistics.median(times["bare window"])
            for name, values in times.items():
                spread = f"{min(values):.2f}-{max(values):.2f}"
                print(
                    f"start {label:9} {name:11} median {statistics.median(values):.2f} s "
                    f"(range {spread} s, {args.runs} runs)"
                )
            print(f"start {label:9} ratio FlevoDesk / bare window: {app_median / bare_median:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
