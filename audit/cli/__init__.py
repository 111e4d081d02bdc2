"""The `ehcp-audit` command: each module of this package adds its commands to one typer app."""

from __future__ import annotations

import importlib
import pkgutil
import sys

from audit.cli.app import app, err_console

for _info in pkgutil.iter_modules(__path__):
    if _info.name not in ("app",) and not _info.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_info.name}")


def main() -> None:
    """Console entry point: run the app; an unexpected error is one line, never a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for the user
        err_console.print(f"error: internal error ({type(exc).__name__}); please report it. Re-run with EHCP_AUDIT_DEBUG=1 for details.")
        import os

        if os.environ.get("EHCP_AUDIT_DEBUG"):
            raise
        sys.exit(70)
