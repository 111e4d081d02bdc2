"""The check registry: a check is a small pure function registered by name.

A check takes (plan, params, context) and returns a `Verdict`; the rubric names the check,
supplies its params (validated against the check's own pydantic `Params` model) and wraps
the verdict with the criterion's title, weight and guidance. Checks never render text.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from audit.lexicon import Lexicon
from audit.model import Finding, OutcomeAssessment, Plan


class Params(BaseModel):
    """Base of every check's parameters; unknown keys in a rubric are an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


P = TypeVar("P", bound=Params)


class Verdict(BaseModel):
    """What a check concludes: a grade (None for N/A), why, the counts behind it, the evidence."""

    model_config = ConfigDict(frozen=True)

    grade: int | None = Field(ge=1, le=4)
    summary: str
    counts: dict[str, int | float | str | None] = Field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    outcomes: tuple[OutcomeAssessment, ...] = ()


@dataclass(frozen=True)
class CheckContext:
    """What a check may use besides the plan and its params."""

    criterion: str  # the criterion id, stamped on every Finding
    as_of: date
    lexicons: dict[str, Lexicon]
    # Normalised sentences that recur across many plans of the batch (copy-paste boilerplate).
    boilerplate: frozenset[str] = field(default_factory=frozenset)

    def lexicon(self, name: str) -> Lexicon:
        try:
            return self.lexicons[name]
        except KeyError:
            raise KeyError(f"criterion {self.criterion!r} needs lexicon {name!r}, which the rubric does not load") from None


@dataclass(frozen=True)
class RegisteredCheck(Generic[P]):
    name: str
    params: type[P]
    run: Callable[[Plan, P, CheckContext], Verdict]


REGISTRY: dict[str, RegisteredCheck] = {}


def register(name: str, params: type[P]) -> Callable[[Callable[[Plan, P, CheckContext], Verdict]], Callable[[Plan, P, CheckContext], Verdict]]:
    """Register a check function under `name`, with the pydantic model of its params."""

    def wrap(fn: Callable[[Plan, P, CheckContext], Verdict]) -> Callable[[Plan, P, CheckContext], Verdict]:
        if name in REGISTRY:
            raise ValueError(f"check {name!r} registered twice")
        REGISTRY[name] = RegisteredCheck(name=name, params=params, run=fn)
        return fn

    return wrap


def load_all() -> dict[str, RegisteredCheck]:
    """Import every module in audit.checks so their checks register themselves."""
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY
