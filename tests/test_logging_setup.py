"""The CLI's logging: plan-shaped strings are dropped unless that file is being debugged."""

from __future__ import annotations

import io
import logging

import pytest

from audit.logging_setup import PlanTextFilter, TerseFormatter, configure_logging

SENTENCE = "Sam becomes anxious when routines change without warning and needs a visual timetable."


def record(msg: str, *args: object, source: str | None = None, exc: BaseException | None = None) -> logging.LogRecord:
    rec = logging.LogRecord("audit.test", logging.DEBUG, __file__, 1, msg, args or None, None)
    if exc is not None:
        rec.exc_info = (type(exc), exc, None)
    if source is not None:
        rec.source = source
    return rec


@pytest.mark.parametrize(
    ("rec", "kept"),
    [
        (record("read %s: %d sections", "plans/a.docx", 11), True),
        (record("section %s text: %s", "A", SENTENCE), False),
        (record("text:\n%s", "two\nlines"), False),
        (record(f"quote {SENTENCE} {SENTENCE} {SENTENCE}"), False),
        (record("found %d outcomes", 7), True),
        (record("found %(n)d outcomes in %(file)s", {"n": 7, "file": "a.docx"}), True),
        (record("outcome %(n)d: %(text)s", {"n": 1, "text": SENTENCE}), False),
    ],
)
def test_filter_keeps_counts_and_file_names_only(rec: logging.LogRecord, kept: bool) -> None:
    assert PlanTextFilter().filter(rec) is kept


def test_filter_lets_the_debugged_file_through_only(tmp_path) -> None:
    plan = tmp_path / "plan.docx"
    other = tmp_path / "other.docx"
    filt = PlanTextFilter(debug_file=str(plan))
    assert filt.filter(record("text %s", SENTENCE, source=str(plan)))
    assert not filt.filter(record("text %s", SENTENCE, source=str(other)))
    assert not filt.filter(record("text %s", SENTENCE))


def test_exceptions_show_their_type_only() -> None:
    line = TerseFormatter().format(record("could not read %s", "a.docx", exc=ValueError(SENTENCE)))
    assert line == "DEBUG audit.test: could not read a.docx\n(ValueError)"


def test_configure_logging_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EHCP_AUDIT_LOG_LEVEL", "debug")
    monkeypatch.setenv("EHCP_AUDIT_DEBUG_FILE", "plans/a.docx")
    logger = logging.getLogger("audit")
    before = (logger.level, logger.propagate)
    handler = configure_logging()
    try:
        stream = io.StringIO()
        handler.setStream(stream)
        assert logger.level == logging.DEBUG
        logging.getLogger("audit.ingest").debug("read %s: %d blocks", "plans/b.docx", 40)
        logging.getLogger("audit.ingest").debug("block %s", SENTENCE, extra={"source": "plans/b.docx"})
        logging.getLogger("audit.ingest").debug("block %s", SENTENCE, extra={"source": "plans/a.docx"})
        assert stream.getvalue().splitlines() == [
            "DEBUG audit.ingest: read plans/b.docx: 40 blocks",
            f"DEBUG audit.ingest: block {SENTENCE}",
        ]
        # Configuring twice keeps one handler.
        assert configure_logging() is not handler
        assert sum(getattr(h, "_ehcp_audit", False) for h in logger.handlers) == 1
    finally:
        for h in list(logger.handlers):
            if getattr(h, "_ehcp_audit", False):
                logger.removeHandler(h)
        logger.setLevel(before[0])
        logger.propagate = before[1]
