"""Writing a report file all at once: to a temporary file beside it, then renamed into place.

An interrupted or failed run never leaves a half-written report, and an existing report is
only replaced when the user said --force.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def refuse_overwrite(out: Path, force: bool) -> None:
    if out.exists() and not force:
        raise FileExistsError(f"{out}: already exists; use --force to replace it")


@contextmanager
def atomic_path(out: Path, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path in `out`'s folder; on success it replaces `out`, on failure it goes."""
    out = Path(out)
    refuse_overwrite(out, force)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
