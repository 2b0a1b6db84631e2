"""What an import is asked to do and what it did, worded for the command line and wizard."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from flevodesk.domain.messages import Message, joined, message


@dataclass(frozen=True)
class Problem:
    """Something wrong in one row, worded for the user: ``regel 4: E-mail: ...``.

    A warning has the same form; it is shown but never keeps a row out. ``field`` is the
    column's header as the file has it, so it is shown untranslated.
    """

    line: int
    field: str
    reason: Message

    @property
    def text(self) -> Message:
        """The whole line, for the edge to show in the reader's language."""
        return message(
            "regel {line}: {field}: {reason}", line=self.line, field=self.field, reason=self.reason
        )

    @property
    def warning_text(self) -> Message:
        """The line of a warning, which keeps nothing out."""
        return message(
            "regel {line}: {field}: let op: {reason}",
            line=self.line,
            field=self.field,
            reason=self.reason,
        )

    def __str__(self) -> str:
        return str(self.text)


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
    how_read: Message = field(default_factory=lambda: joined([]))
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
        """:meth:`summary_lines` in Dutch."""
        return [str(line) for line in self.summary_lines()]

    def summary_lines(self) -> list[Message]:
        """The lines for the command line and the wizard's last page."""
        lines = [message("{count} regels gelezen.", count=self.rows)]
        if self.warnings:
            lines.append(
                message(
                    "Waarschuwingen: {count} (die houden geen regel tegen).",
                    count=len(self.warnings),
                )
            )
        if not (self.committed or self.dry_run):
            lines.append(message("Er is niets geïmporteerd: verbeter de fouten of sla ze over."))
            return lines
        lines.append(
            message("Proefimport: er is niets opgeslagen.")
            if self.dry_run
            else message("Import voltooid.")
        )
        lines.append(message("Nieuwe personen: {count}.", count=self.added))
        lines.append(
            message(
                "Al aanwezig: {count} ({updated} aangevuld).",
                count=self.matched,
                updated=self.updated,
            )
        )
        if self.merged:
            lines.append(
                message("Samengevoegd met een bestaande persoon: {count}.", count=self.merged)
            )
        lines.append(
            message("Nieuwe inzet bij initiatieven: {count}.", count=self.engagements_added)
        )
        if self.initiatives_created:
            lines.append(
                message("Nieuwe initiatieven: {names}.", names=", ".join(self.initiatives_created))
            )
        if self.skipped_lines:
            skipped = ", ".join(str(n) for n in self.skipped_lines)
            lines.append(message("Overgeslagen regels: {lines}.", lines=skipped))
        return lines
