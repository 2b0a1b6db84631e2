"""Exchange without a network (issue 18): encrypted package files between databases,
merged per field, with conflicts for a person to decide. See docs/architecture.md,
"Uitwisseling"."""

from flevodesk.services.exchange.conflicts import FieldConflict, open_conflicts, resolve_conflict
from flevodesk.services.exchange.peer_initiatives import initiatives_by_peer
from flevodesk.services.exchange.restoring import leave_deleted, restore_deleted
from flevodesk.services.exchange.service import (
    ExportResult,
    ImportResult,
    export_package,
    import_package,
    known_peers,
    set_same_organisation,
    set_site_name,
    site_name,
)

__all__ = [
    "ExportResult",
    "FieldConflict",
    "ImportResult",
    "export_package",
    "import_package",
    "initiatives_by_peer",
    "known_peers",
    "leave_deleted",
    "open_conflicts",
    "resolve_conflict",
    "restore_deleted",
    "set_same_organisation",
    "set_site_name",
    "site_name",
]
