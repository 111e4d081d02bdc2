"""`ehcp-audit serve`: the local self-check page for caseworkers (FastAPI, on this computer).

It binds 127.0.0.1 unless told otherwise, and says loudly when told otherwise: a plan holds
a child's health data and the page has no log-in.
"""

from __future__ import annotations

import typer

from audit.cli.app import app, err_console, fail

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@app.command(epilog="Exit codes: 0 stopped; 2 the host or port could not be used.")
def serve(
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="The port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host",
                             help="The address to bind. Keep the default: any other makes the page reachable from other computers."),
    redact: bool = typer.Option(False, "--redact", help="Pseudonymise names and identifiers on the page and in downloads."),
) -> None:
    """Start the local self-check page: upload or paste a draft plan and see its grades,
    its text with each finding highlighted, a checklist of fixes, and downloads.

    Uploads stay in this computer's memory (at most 30 minutes); nothing is written to disk.
    """
    import uvicorn

    from audit.web.app import create_app

    if host not in LOCAL_HOSTS:
        err_console.print(
            f"[bold red]WARNING:[/] binding to {host} makes this page, and every plan uploaded to it, reachable "
            "from other computers on the network, with no log-in and no encryption. Plans hold children's health "
            "data: use the default --host 127.0.0.1 unless your information governance lead has approved this.",
            markup=True)
    where = f"[{host}]" if ":" in host else host
    err_console.print(f"ehcp-audit self-check page on http://{where}:{port}/ (Ctrl-C to stop)", markup=False)
    try:
        # No access log: the download URLs carry result tokens, and the log is nobody's business.
        uvicorn.run(create_app(redact=redact), host=host, port=port, log_level="warning", access_log=False,
                    server_header=False)
    except OSError as exc:
        raise fail(f"--host {host} --port {port}: cannot listen ({exc.strerror or exc})") from None
