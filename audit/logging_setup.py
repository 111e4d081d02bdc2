"""Logging for the CLI that never prints plan text: records carry file names and counts only.

A filter drops any record whose arguments (or whose message, when it has none) are long
strings, the shape plan text takes; it lets them through only for the one file named by
--debug-file or EHCP_AUDIT_DEBUG_FILE, when someone debugging that file asked to see it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOGGER_NAME = "audit"
DEBUG_FILE_ENV = "EHCP_AUDIT_DEBUG_FILE"
LEVEL_ENV = "EHCP_AUDIT_LOG_LEVEL"
# Longer than any file name or count a record needs; shorter than most plan sentences.
MAX_ARG_CHARS = 80
MAX_MESSAGE_CHARS = 200


def _long(value: object, limit: int) -> bool:
    return isinstance(value, str) and (len(value) > limit or "\n" in value)


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, ValueError):
        return a == b


class PlanTextFilter(logging.Filter):
    """Drops records that may carry plan text, except for the file being debugged.

    A record names its file with `extra={"source": path}`; only a record naming the debug
    file may carry long strings.
    """

    def __init__(self, debug_file: str | None = None) -> None:
        super().__init__()
        self.debug_file = debug_file

    def filter(self, record: logging.LogRecord) -> bool:
        source = getattr(record, "source", None)
        if self.debug_file and isinstance(source, str) and _same_file(source, self.debug_file):
            return True
        args = record.args
        values = args.values() if isinstance(args, dict) else (args or ())
        if any(_long(v, MAX_ARG_CHARS) for v in values):
            return False
        if not args and _long(record.msg, MAX_MESSAGE_CHARS):
            return False
        return True


class TerseFormatter(logging.Formatter):
    """One line per record; an exception shows its type only, as its text may quote a plan."""

    def __init__(self) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return f"({ei[0].__name__})" if ei and ei[0] else ""

    def formatStack(self, stack_info: str) -> str:  # noqa: N802
        return ""


def configure_logging(level: int | str | None = None, debug_file: str | None = None) -> logging.Handler:
    """Send the `audit` loggers to stderr through the plan-text filter; return the handler.

    `level` defaults to EHCP_AUDIT_LOG_LEVEL or WARNING; `debug_file` to EHCP_AUDIT_DEBUG_FILE.
    Calling it again replaces the handler it installed before.
    """
    level = level if level is not None else os.environ.get(LEVEL_ENV, "WARNING")
    if isinstance(level, str):
        level = logging.getLevelName(level.upper())
        level = level if isinstance(level, int) else logging.WARNING
    debug_file = debug_file or os.environ.get(DEBUG_FILE_ENV) or None
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if getattr(handler, "_ehcp_audit", False):
            logger.removeHandler(handler)
    handler = logging.StreamHandler()
    handler._ehcp_audit = True  # type: ignore[attr-defined]
    handler.setFormatter(TerseFormatter())
    handler.addFilter(PlanTextFilter(debug_file))
    logger.addHandler(handler)
    logger.setLevel(level)
    # Records stop here: a root handler someone else installed must not print plan text either.
    logger.propagate = False
    return handler
