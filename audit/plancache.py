"""Caches that live for one plan: its texts are tokenised and split once, then forgotten.

Every check reads the same sections and sentences, so tokens, sentence splits and spaCy Docs
are cached; no text recurs between plans, so `audit_plan` empties the caches when a plan is
done, which keeps a worker's memory flat however long the batch (a bound guards other callers).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

Fn = TypeVar("Fn", bound=Callable[..., object])
# Far more texts than one plan has (a few hundred); only reached by a caller that never clears.
BOUND = 8192
_CACHES: list[Callable[..., object]] = []


def per_plan(fn: Fn) -> Fn:
    """Cache `fn` (on hashable arguments) until the current plan is done."""
    cached = lru_cache(maxsize=BOUND)(fn)
    _CACHES.append(cached)
    return cached  # type: ignore[return-value]


def plan_done() -> None:
    """Forget every text of the plan just audited."""
    for cached in _CACHES:
        cached.cache_clear()  # type: ignore[attr-defined]
