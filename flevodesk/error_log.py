"""The log file where unexpected errors keep their traceback, so the user sees one sentence.

A rotating file in the user's log folder (``platformdirs.user_log_path``); nothing is written
until something goes wrong. Imports only the standard library and platformdirs: the command
line and the GUI install it before anything heavy loads.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from platformdirs import user_log_path

APP_NAME = "FlevoDesk"
LOG_FILE_NAME = "flevodesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3

log = logging.getLogger("flevodesk")


def log_path() -> Path:
    """Where the log file is (its folder may not exist yet)."""
    return user_log_path(APP_NAME, appauthor=False) / LOG_FILE_NAME


def install() -> Path | None:
    """Send FlevoDesk's log records to the rotating log file; the file, or ``None``.

    ``None`` when the log folder cannot be made (a read-only home folder); logging then
    goes nowhere rather than failing the program. Calling it again changes nothing.
    """
    path = log_path()
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            uninstall()  # the log folder moved (another user folder): follow it
            break
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # delay: a run without errors leaves no empty file behind.
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def uninstall() -> None:
    """Close and remove the log file handler (tests; a run ends by exiting)."""
    for handler in list(log.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()


def record_unexpected(error: BaseException, where: str) -> str:
    """Log ``error`` with its traceback and return the one Dutch sentence to show instead.

    Args:
        error: the exception nobody expected.
        where: what was running, for the log (English, for whoever reads the log).
    """
    path = install()
    log.error("unexpected error in %s", where, exc_info=(type(error), error, error.__traceback__))
    for handler in log.handlers:
        handler.flush()
    return unexpected_message(path)


def unexpected_message(path: Path | None) -> str:
    """The sentence a user sees for an unexpected error, naming the log file."""
    if path is None:
        return (
            "Er ging iets onverwachts mis; de details konden niet worden vastgelegd "
            "omdat de map voor het logbestand niet te maken is."
        )
    return (
        f"Er ging iets onverwachts mis; de details staan in {path}. "
        "Stuur dat bestand mee als u hulp vraagt."
    )
