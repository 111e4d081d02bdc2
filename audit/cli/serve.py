"""`ehcp-audit serve`: the local self-check page for caseworkers (FastAPI, on this computer).

It binds 127.0.0.1 unless told otherwise, and says loudly when told otherwise: a plan holds
a child's health data and the page has no log-in.
"""

from __future__ import annotations

import socket

import typer

from audit.cli.app import app, err_console, fail


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
    from rich.markup import escape

    from audit.web.app import LOCAL_HOSTS, create_app

    if host not in LOCAL_HOSTS:
        err_console.print(
            f"[bold red]WARNING:[/] binding to {escape(host)} makes this page, and every plan uploaded to it, reachable "
            "from other computers on the network, with no log-in and no encryption. Plans hold children's health "
            "data: use the default --host 127.0.0.1 unless your information governance lead has approved this.",
            markup=True)
    check_can_listen(host, port)
    where = f"[{host}]" if ":" in host else host
    err_console.print(f"ehcp-audit self-check page on http://{where}:{port}/ (Ctrl-C to stop)", markup=False)
    # No access log: the download URLs carry result tokens, and the log is nobody's business.
    # On another address the page answers whatever name it was reached by (it was asked to).
    hosts = LOCAL_HOSTS if host in LOCAL_HOSTS else ("*",)
    try:
        uvicorn.run(create_app(redact=redact, allowed_hosts=hosts), host=host, port=port, log_level="warning",
                    access_log=False, server_header=False)
    except SystemExit as exc:  # uvicorn exits when it cannot start; it has said why
        if exc.code:
            raise fail(f"--host {host} --port {port}: the page could not start") from None


def check_can_listen(host: str, port: int) -> None:
    """One clear line, before the server starts, if the address is taken or not this computer's."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        raise fail(f"--host {host} --port {port}: cannot listen ({exc.strerror or exc})") from None
