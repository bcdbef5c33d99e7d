"""The log file the window and the command line share: in the user log folder, rotated at
1 MB with five old files kept, so a windowed build that has no console still keeps its errors."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from crm_desktop.paths import APP_AUTHOR, APP_NAME

LOG_NAME = "crm-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

logger = logging.getLogger("crm_desktop")
_handler: logging.handlers.RotatingFileHandler | None = None


def log_dir() -> Path:
    import platformdirs  # not needed before the first paint

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def configure_logging(
    folder: Path | None = None, max_bytes: int = MAX_BYTES, backups: int = BACKUP_COUNT
) -> Path | None:
    """Send the app's log records (and every library's warnings) to the rotating file; the
    file's path, or None when the folder cannot be written (the app runs on without a log).
    Called again, it moves the log to `folder` when one is given and does nothing otherwise."""
    global _handler
    if _handler is not None and folder is None:
        return Path(_handler.baseFilename)
    target = (folder or log_dir()) / LOG_NAME
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    logger.setLevel(logging.INFO)
    return target


def log_file() -> Path | None:
    """Where records go now (None before `configure_logging` or when it failed)."""
    return Path(_handler.baseFilename) if _handler is not None else None


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_exception(exc_info: ExcInfo, where: str) -> str:
    """Write an unexpected exception and its traceback to the log; the traceback as text."""
    configure_logging()
    logger.error("unexpected error %s", where, exc_info=exc_info)
    return "".join(traceback.format_exception(*exc_info))


def short_message(exc: BaseException) -> str:
    """The exception's first line, or its type when it says nothing."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
