"""The one exception a user ever sees from reading or auditing a file.

Its text is one line naming the file and the reason; the CLI prints it and exits non-zero,
a batch records it as an Errors row and carries on.
"""

from __future__ import annotations


class AuditInputError(Exception):
    """A file that cannot be read or audited. `str()` is '<source>: <reason>'."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = str(source)
        # One line, always: a reason must never smuggle a traceback or plan text across lines.
        self.reason = " ".join(str(reason).split())
        super().__init__(f"{self.source}: {self.reason}")


class RubricError(Exception):
    """An invalid rubric or lexicon file: '<file>: <json path>: <reason>'."""

    def __init__(self, source: str, reason: str, path: str = "") -> None:
        self.source = str(source)
        self.path = path
        self.reason = " ".join(str(reason).split())
        where = f"{self.source}: {path}" if path else self.source
        super().__init__(f"{where}: {self.reason}")
