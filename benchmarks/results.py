"""The one way every benchmark states a figure: beside its floor, with target and verdict.

Each figure is also printed as a machine-readable line that ``run_all.py`` collects:

    RESULT <name> <figure_ms> <floor_ms> <ratio> <target_ratio>
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def verdict(ratio: float, target: float) -> str:
    return "OK" if ratio <= target else "MISSED"


def report(name: str, label: str, figure_ms: float, floor_ms: float, target: float) -> float:
    """Print ``label``'s figure, its floor from the same run, the ratio and the verdict."""
    ratio = figure_ms / floor_ms if floor_ms > 0 else float("inf")
    print(
        f"  {label:<40}{figure_ms:9.1f} ms  floor {floor_ms:9.1f} ms  {ratio:6.2f}x  "
        f"target <= {target:g}x  {verdict(ratio, target)}"
    )
    print(f"RESULT {name} {figure_ms:.2f} {floor_ms:.2f} {ratio:.3f} {target:g}", flush=True)
    return ratio


def alternate(
    figure: Callable[[], float], floor: Callable[[], float], runs: int
) -> tuple[float, float]:
    """Medians of ``runs`` timings of each, taken in turn so a busy moment hits both."""
    figures, floors = [], []
    for _ in range(runs):
        figures.append(figure())
        floors.append(floor())
    return statistics.median(figures), statistics.median(floors)


def timed_ms(action: Callable[[], object]) -> float:
    begin = time.perf_counter()
    action()
    return (time.perf_counter() - begin) * 1000
