"""What an import is asked to do and what it did, worded for the command line and wizard."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """Something wrong in one row, worded for the user: ``regel 4: E-mail: ...``.

    A warning has the same form; it is shown but never keeps a row out.
    """

    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"regel {self.line}: {self.field}: {self.reason}"


@dataclass(frozen=True)
class ImportOptions:
    """How to import; ``merges`` maps a row's line to the stored person it is merged into
    (one of that row's possible duplicates, as the user chose in the wizard)."""

    dry_run: bool = False
    skip_invalid: bool = False
    create_initiatives: bool = False
    merges: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PossibleDuplicate:
    """A row that names someone already present by name only (other contact details)."""

    line: int
    row_name: str
    person_id: int
    existing: str


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    #: Per line, what was read otherwise than written (kept in the notes, say) or looks odd.
    warnings: list[Problem] = field(default_factory=list)
    #: How the file was read ("Gelezen als UTF-8, kolommen gescheiden door ...").
    how_read: str = ""
    skipped_lines: list[int] = field(default_factory=list)
    added: int = 0
    matched: int = 0
    updated: int = 0
    engagements_added: int = 0
    merged: int = 0
    #: The merges this import made, for the wizard's "ongedaan maken".
    merge_ids: list[int] = field(default_factory=list)
    #: The stored persons the file's rows became (after a committed import).
    person_ids: list[int] = field(default_factory=list)
    initiatives_created: list[str] = field(default_factory=list)
    missing_initiatives: list[str] = field(default_factory=list)
    duplicates: list[PossibleDuplicate] = field(default_factory=list)
    #: Per line: "nieuw", "bestaand: <naam>" or "fout" (the wizard's preview column).
    outcomes: dict[int, str] = field(default_factory=dict)
    dry_run: bool = False
    committed: bool = False

    @property
    def has_problems(self) -> bool:
        return bool(self.problems)

    def summary(self) -> list[str]:
        """Dutch lines for the command line and the wizard's last page."""
        lines = [f"{self.rows} regels gelezen."]
        if self.warnings:
            lines.append(f"Waarschuwingen: {len(self.warnings)} (die houden geen regel tegen).")
        if not (self.committed or self.dry_run):
            lines.append("Er is niets geïmporteerd: verbeter de fouten of sla ze over.")
            return lines
        lines.append("Proefimport: er is niets opgeslagen." if self.dry_run else "Import voltooid.")
        lines.append(f"Nieuwe personen: {self.added}.")
        lines.append(f"Al aanwezig: {self.matched} ({self.updated} aangevuld).")
        if self.merged:
            lines.append(f"Samengevoegd met een bestaande persoon: {self.merged}.")
        lines.append(f"Nieuwe inzet bij initiatieven: {self.engagements_added}.")
        if self.initiatives_created:
            lines.append(f"Nieuwe initiatieven: {', '.join(self.initiatives_created)}.")
        if self.skipped_lines:
            skipped = ", ".join(str(n) for n in self.skipped_lines)
            lines.append(f"Overgeslagen regels: {skipped}.")
        return lines
