"""What "Over FlevoDesk" tells: the version installed and where the data is."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from flevodesk import __version__
from flevodesk.store import location


@dataclass(frozen=True)
class AboutInfo:
    """``version`` as the installed package states it; ``data_folder`` the user's data
    folder (backups, logs of exports); ``database`` the database in use, as shown."""

    version: str
    data_folder: str
    database: str | None


def installed_version() -> str:
    """The version in the package's metadata (a wheel, the frozen build); a source checkout
    run without installing has none, and then the package's own literal counts."""
    try:
        return metadata.version("flevodesk")
    except metadata.PackageNotFoundError:
        return __version__


def about_info(database: str | None) -> AboutInfo:
    """``database`` is the handle's :attr:`~flevodesk.store.database.Database.shown` text."""
    return AboutInfo(installed_version(), str(location.data_dir()), database)
