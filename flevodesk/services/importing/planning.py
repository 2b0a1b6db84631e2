"""Plan one batch of an import: who each row is, what would be added, and count it.

Rows are matched against the persons stored before the import and against the rows before
them in the file. Within a batch that happens in memory; rows of earlier batches have been
stored in the import's transaction already, so they are found in the database like the
persons stored before, through the same indexed lookups (:func:`.matching.lookup`), and
told apart by id: the run keeps the ids of the persons it stored (colleagues on a shared
server may store persons meanwhile, so no range of ids is the import's own).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from flevodesk.services.importing.candidates import Candidate, absorb
from flevodesk.services.importing.columns import ColumnMapping, Field
from flevodesk.services.importing.initiative_links import InitiativeLookup, new_engagements
from flevodesk.services.importing.matching import identity_keys, lookup
from flevodesk.services.importing.reading import SourceRow
from flevodesk.services.importing.report import (
    ImportOptions,
    ImportReport,
    PossibleDuplicate,
    Problem,
)
from flevodesk.services.importing.row_parsing import ParsedRow, parse_row
from flevodesk.services.importing.storing import existing_engagements, store_batch


class ImportRun:
    """The state of one import across its batches, all in one session and transaction."""

    def __init__(
        self,
        session: Session,
        mapping: ColumnMapping,
        options: ImportOptions,
        report: ImportReport,
        today: date,
    ) -> None:
        self.session = session
        self.mapping = mapping
        self.options = options
        self.report = report
        self.today = today
        #: The ids of the persons this import stored, in every batch so far.
        self.stored_ids: set[int] = set()
        self.initiatives = InitiativeLookup(session, options.create_initiatives)
        #: The line each person the file named so far became (stored, matched or merged).
        self.lines: dict[int, int] = {}
        self.updated: set[int] = set()

    def batch(self, rows: Sequence[SourceRow], cleaned: frozenset[tuple[int, int]]) -> None:
        """Parse, match, count and store ``rows``."""
        parsed = [parse_row(row, self.mapping, self.today, cleaned) for row in rows]
        candidates = self._plan(parsed)
        merge_with = self._chosen_merges()
        self._count(candidates, merge_with)
        self.report.initiatives_created.extend(self.initiatives.to_create())
        stored = store_batch(
            self.session,
            candidates,
            self.initiatives,
            merge_with,
            self.stored_ids,
            self.today,
        )
        self.updated |= stored.updated
        self.report.merge_ids.extend(stored.merge_ids)
        for c in candidates:
            if c.person_id is None or c.earlier_line is not None:
                continue
            # A row merged into a stored person lives on as that person.
            person = merge_with.get(c.line, c.person_id)
            self.report.person_ids.append(person)
            self.lines.setdefault(person, c.line)
            self.lines.setdefault(c.person_id, c.line)

    def finish(self) -> None:
        """Complete the report once every batch is done."""
        report = self.report
        report.updated = len(self.updated)
        report.missing_initiatives = self.initiatives.missing
        if not self.options.skip_invalid:
            report.skipped_lines.clear()

    def _checked(self, parsed: Sequence[ParsedRow]) -> list[Candidate]:
        """The rows' candidates whose initiatives can be linked; the others are reported."""
        report = self.report
        header = self.mapping.header_of(Field.INITIATIVE)
        valid: list[Candidate] = []
        for row in parsed:
            line, candidate, problems = row.line, row.candidate, list(row.problems)
            report.warnings.extend(row.warnings)
            if candidate is not None:
                for engagement in candidate.engagements:
                    reason = self.initiatives.check(engagement, candidate.values.get("place"))
                    if reason:
                        problems.append(Problem(line, header, reason))
            if problems or candidate is None:
                report.problems.extend(problems)
                report.skipped_lines.append(line)
                report.outcomes[line] = "fout"
                continue
            valid.append(candidate)
        return valid

    def _plan(self, parsed: Sequence[ParsedRow]) -> list[Candidate]:
        """Match every row against the database and each other and say what would happen."""
        report = self.report
        valid = self._checked(parsed)
        index = lookup(self.session, valid, self.stored_ids)
        by_key: dict[tuple[str, ...], Candidate] = {}
        by_person: dict[int, Candidate] = {}
        candidates: list[Candidate] = []
        for candidate in valid:
            line = candidate.line
            same = next((by_key[k] for k in identity_keys(candidate.values) if k in by_key), None)
            found = index.match(candidate.values) if same is None else None
            if found is not None and found[0] in by_person:
                # Another row already named this stored person, under other details.
                same = by_person[found[0]]
            if same is not None:
                absorb(same, candidate)
                report.outcomes[line] = report.outcomes[same.line]
                continue
            for key in identity_keys(candidate.values):
                by_key[key] = candidate
            candidates.append(candidate)
            if found is None:
                report.outcomes[line] = "nieuw"
                for person_id, existing in index.same_name(candidate.values):
                    duplicate = PossibleDuplicate(line, candidate.name, person_id, existing)
                    report.duplicates.append(duplicate)
                continue
            candidate.person_id, candidate.matched_name = found
            by_person[found[0]] = candidate
            earlier = self.lines.get(found[0])
            if earlier is not None:
                # A row of a person an earlier batch of this file stored or matched.
                candidate.earlier_line = earlier
                report.outcomes[line] = report.outcomes[earlier]
            else:
                report.outcomes[line] = f"bestaand: {candidate.matched_name}"
        return candidates

    def _count(self, candidates: Sequence[Candidate], merge_with: dict[int, int]) -> None:
        """Fill the report's counts before the batch is stored."""
        report = self.report
        people = [c.person_id for c in candidates] + list(merge_with.values())
        existing_links = existing_engagements(self.session, people)
        for candidate in candidates:
            if candidate.earlier_line is not None:
                pass
            elif candidate.person_id is not None:
                report.matched += 1
            elif candidate.line in merge_with:
                report.merged += 1
            else:
                report.added += 1
            person = candidate.person_id or merge_with.get(candidate.line)
            report.engagements_added += len(
                new_engagements(candidate, person, existing_links, self.initiatives, self.today)
            )

    def _chosen_merges(self) -> dict[int, int]:
        """The merges asked for that name one of the row's possible duplicates."""
        offered = {(d.line, d.person_id) for d in self.report.duplicates}
        merges = self.options.merges
        return {line: pid for line, pid in merges.items() if (line, pid) in offered}
