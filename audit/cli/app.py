"""The typer application every command module adds itself to, and what they share.

Errors a user can act on are one line on stderr and a non-zero exit; never a traceback.
"""

from __future__ import annotations

from datetime import date

import typer
from rich.console import Console

from audit.dates import parse_date

app = typer.Typer(
    name="ehcp-audit",
    help="Audit Education, Health and Care (EHC) plans against inspection criteria, with evidence.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
rubric_app = typer.Typer(help="Validate and show rubric files.", no_args_is_help=True)
app.add_typer(rubric_app, name="rubric")

err_console = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_BAD_INPUT = 2  # a file or option the user gave could not be used
EXIT_SOME_FAILED = 3  # a batch completed but some files could not be audited
EXIT_BELOW_THRESHOLD = 4  # `check --fail-under` found a grade below the bar


def fail(message: str, code: int = EXIT_BAD_INPUT) -> "typer.Exit":
    """Print one line on stderr and return the Exit to raise."""
    err_console.print(f"[bold red]error:[/] {message}", markup=True)
    return typer.Exit(code)


def resolve_as_of(value: str | None) -> date:
    """The audit date: --as-of if given (any usual UK format), else today."""
    if not value:
        return date.today()
    parsed = parse_date(value)
    if parsed is None:
        raise fail(f"--as-of: cannot read {value!r} as a date (try 2026-09-01 or 1 September 2026)")
    return parsed


@app.callback()
def global_options(
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-v info, -vv debug). Logs never hold plan text."),
    debug_file: str | None = typer.Option(None, "--debug-file", help="Let debug output for this one named file include its text (for reporting a bug)."),
) -> None:
    """Audit Education, Health and Care (EHC) plans against inspection criteria, with evidence."""
    from audit.logging_setup import configure_logging

    level = {0: None, 1: "INFO"}.get(verbose, "DEBUG")
    configure_logging(level, debug_file)
