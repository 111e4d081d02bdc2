"""Nothing the tool does at run time touches the network: plans hold children's health data
and many councils run offline. Sockets are blocked, then the spaCy pipeline, the readability
formulas and a whole audit through the CLI are run.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

PLAN = Path(__file__).parent / "fixtures" / "privacy" / "plan_with_identifiers.md"
PASSAGE = "Sam will follow a two-part spoken instruction in class. He enjoys steam trains and reading."


class NetworkUsed(AssertionError):
    """Raised by the blocked socket functions: something tried to reach the network."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Block every connection, send and name lookup; record each attempt."""
    attempts: list[str] = []
    real_socket = socket.socket

    class BlockedSocket(real_socket):  # type: ignore[misc, valid-type]
        """A socket that may be made (urllib3 probes for IPv6 on import) but never connect or send."""

        def connect(self, address: object) -> None:
            attempts.append(f"connect({address!r})")
            raise NetworkUsed("a socket tried to connect")

        def connect_ex(self, address: object) -> int:
            self.connect(address)
            return 1

        def sendto(self, *args: object) -> int:
            attempts.append("sendto")
            raise NetworkUsed("a socket tried to send")

    def refuse(name: str):  # noqa: ANN202
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args[:1]}")
            raise NetworkUsed(f"socket.{name} was called")

        return blocked

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "getfqdn"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_guard_itself_blocks_a_connection(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 443))
    with pytest.raises(NetworkUsed), socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.connect(("192.0.2.1", 443))
    assert no_network


def test_spacy_pipeline_builds_and_runs_offline(no_network: list[str]) -> None:
    from audit import nlp

    # Build a fresh pipeline (the uncached function) so that the shared one is left alone.
    fresh = nlp.get_nlp.__wrapped__()
    doc = fresh(PASSAGE)
    assert len(list(doc.sents)) == 2
    assert [s for _, _, s in nlp.sentences("One.\nTwo")] == ["One.", "Two"]
    assert no_network == []


def test_readability_runs_offline(no_network: list[str]) -> None:
    textstats = pytest.importorskip("audit.textstats", reason="audit.textstats not written yet")
    score = textstats.flesch_reading_ease(PASSAGE)
    assert score is not None and 0 < score < 121
    assert textstats.syllable_count("reading") == 2
    assert no_network == []


def test_a_whole_audit_through_the_cli_runs_offline(no_network: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    cli = pytest.importorskip("audit.cli", reason="CLI not written yet")
    pytest.importorskip("audit.pipeline", reason="audit.pipeline not written yet")
    if "check" not in {c.name or c.callback.__name__ for c in cli.app.registered_commands}:
        pytest.skip("`ehcp-audit check` not written yet")
    rubric = pytest.importorskip("audit.rubric", reason="audit.rubric not written yet")
    try:
        rubric.load_rubric("inspection")
    except Exception as exc:  # noqa: BLE001 - a half-built rubric is not this test's subject
        pytest.skip(f"the bundled rubric does not load yet: {exc}")
    from typer.testing import CliRunner

    result = CliRunner().invoke(cli.app, ["check", str(PLAN), "--json"])
    assert result.exit_code == 0, result.stderr if result.exit_code != 0 else ""
    audit = json.loads(result.stdout)
    assert audit["criteria"]
    assert no_network == []
