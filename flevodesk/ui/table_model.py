"""One lazy table model for every record list: pages from a services ``Listing``.

Rows arrive 200 at a time through ``canFetchMore``/``fetchMore``; search, filters and sort
go to the service (SQL), never to a proxy model, so 100,000 persons stay quick. Queries
run through :class:`~flevodesk.ui.background.Background`; a reply to an older query is
dropped, so typing fast never shows stale rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from flevodesk.services.listing import (
    Listing,
    ListQuery,
    Row,
    count,
    count_label,
    fetch_counted,
    fetch_page,
)
from flevodesk.services.setup import Database
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.formatting import format_value
from flevodesk.ui.texts import tr_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Reply:
    rows: list[Row]
    total: int | None = None
    matching: int | None = None


@dataclass
class ModelQuery:
    """What the tab asks for; the model adds the window (offset and page size)."""

    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows of one listing for a ``QTableView``; ``ID_ROLE`` gives a row's record id.

    Signals:
        loaded: a new query's first page is in (also after :meth:`refresh`).
        counted: the count label changed ("243 vrijwilligers, 12 getoond").
    """

    loaded = Signal()
    counted = Signal(str)

    def __init__(
        self,
        db: Database,
        listing: Listing,
        background: Background,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._listing = listing
        self._bg = background
        self._page_size = page_size
        self._columns = list(listing.columns)
        self._query = ModelQuery(sort=listing.default_sort)
        self._rows: list[Row] = []
        self._matching = 0
        self._total = 0
        self._total_known = False
        self._generation = 0
        self._fetching = False
        self._loading = False

    # --- what the tab calls -------------------------------------------------------------

    @property
    def listing(self) -> Listing:
        return self._listing

    @property
    def loading(self) -> bool:
        """Whether a query or a page is still on its way."""
        return self._loading or self._fetching

    @property
    def matching(self) -> int:
        """How many records match the current search and filters."""
        return self._matching

    def query(self) -> ModelQuery:
        return replace(self._query, filters=dict(self._query.filters))

    def set_query(self, query: ModelQuery) -> None:
        """Ask for other rows; the current ones stay until the answer is in."""
        self._query = query
        # Typing changes what matches, not how many records exist: keep that count.
        self._reload(recount_all=False)

    @Slot()
    def refresh(self) -> None:
        """Fetch the first page and both counts again (after a save or a delete)."""
        self._reload(recount_all=True)

    def _reload(self, recount_all: bool) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        db, listing = self._db, self._listing
        query = self._list_query(0)
        known_total = None if recount_all or not self._total_known else self._total

        def work() -> _Reply:
            page, matching = fetch_counted(db, listing, query)
            if _is_unfiltered(query):
                total = matching
            elif known_total is not None:
                total = known_total
            else:
                total = count(db, listing, ListQuery())
            return _Reply(page.rows, total, matching)

        self._bg.run(work, lambda reply: self._replace(generation, reply), self._failed)

    def record_id(self, row: int) -> int | None:
        if 0 <= row < len(self._rows):
            return self._rows[row].id
        return None

    def row_of(self, record_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == record_id:
                return number
        return None

    def leaves_out(self, record_id: int | None) -> bool:
        """Whether the search and filters leave the record ``record_id`` out; known only
        once every matching row is in (until then it may be on a page still to come)."""
        if record_id is None or self.loading or len(self._rows) < self._matching:
            return False
        return self.row_of(record_id) is None

    def count_text(self) -> str:
        return count_label(self._listing, self._total, self._matching, tr_text)

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        value = row.values[self._columns[index.column()].key]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Long names are elided in narrow columns; the tooltip shows them whole.
            text = format_value(value)
            return text if len(text) > 24 else None
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and _is_number(value):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return tr_text(self._columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._query.sort = self._columns[column].key
        self._query.descending = order == Qt.SortOrder.DescendingOrder
        # The view sorts while its tab is being built (twice): that sets the order of the
        # first read, which only the tab starts, instead of queueing reads nobody sees.
        if self._generation:
            self._reload(recount_all=False)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid() or self._loading or self._fetching:
            return False
        return len(self._rows) < self._matching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        db, listing, query = self._db, self._listing, self._list_query(len(self._rows))
        self._bg.run(
            lambda: _Reply(fetch_page(db, listing, query).rows),
            lambda reply: self._append(generation, reply),
            self._failed,
        )

    # --- replies ------------------------------------------------------------------------

    def shown_query(self) -> ListQuery:
        """Everything the table shows (search, filters, order), without the paging window:
        what an export of "this table" should contain."""
        return replace(self._list_query(0), limit=None)

    def _list_query(self, offset: int) -> ListQuery:
        q = self._query
        return ListQuery(
            search=q.search,
            filters={k: v for k, v in q.filters.items() if v is not None and v != ""},
            sort=q.sort,
            descending=q.descending,
            offset=offset,
            limit=self._page_size,
        )

    def _replace(self, generation: int, reply: _Reply) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.beginResetModel()
        self._rows = reply.rows
        self._matching = reply.matching or 0
        self._total = reply.total or 0
        self._total_known = True
        self.endResetModel()
        self.counted.emit(self.count_text())
        self.loaded.emit()

    def _append(self, generation: int, reply: _Reply) -> None:
        if generation != self._generation or not reply.rows:
            self._fetching = False
            return
        first = len(self._rows)
        # Still "fetching" while the rows go in: a view (or the model tester) that asks
        # for more from its rowsAboutToBeInserted handler would otherwise get this page twice.
        self.beginInsertRows(QModelIndex(), first, first + len(reply.rows) - 1)
        self._rows.extend(reply.rows)
        self.endInsertRows()
        self._fetching = False

    def _failed(self, error: BaseException) -> None:
        self._loading = self._fetching = False
        self._bg.failed.emit(user_message(error))


def _is_unfiltered(query: ListQuery) -> bool:
    return not query.search.strip() and not query.active_filters()


def _is_number(value: object) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool | date)
