"""Lexicons: the word and phrase lists checks look for, kept as data in rubrics/lexicons/.

A lexicon file is YAML: `name`, `description`, `source`, and `entries`, each a `phrase`
(matched case-insensitively on token boundaries) or a `pattern` (a Python regex), with
an optional `expansion` (for jargon), `category` (e.g. a PfA area) and `source`.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from audit.errors import RubricError


class LexiconEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    phrase: str | None = None
    pattern: str | None = None
    category: str | None = None
    expansion: str | None = None
    source: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> "LexiconEntry":
        if (self.phrase is None) == (self.pattern is None):
            raise ValueError("an entry needs exactly one of 'phrase' or 'pattern'")
        if self.pattern is not None:
            try:
                re.compile(self.pattern)
            except re.error as exc:
                raise ValueError(f"invalid regex {self.pattern!r}: {exc}") from exc
        return self

    @property
    def key(self) -> str:
        """How the entry is named in findings and in `extends:` removals."""
        return self.phrase if self.phrase is not None else self.pattern  # type: ignore[return-value]


class LexiconMatch(BaseModel):
    model_config = ConfigDict(frozen=True)

    entry: LexiconEntry
    start: int
    end: int
    text: str


class Lexicon(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    description: str = ""
    source: str = ""
    entries: tuple[LexiconEntry, ...] = ()

    @cached_property
    def _regex(self) -> re.Pattern[str] | None:
        # One alternation for the whole lexicon, longest phrases first, compiled once per
        # process: matching is a single scan of the text whatever the lexicon's size.
        parts: list[str] = []
        for i, entry in enumerate(sorted(self.entries, key=lambda e: -len(e.key))):
            if entry.phrase is not None:
                words = [re.escape(w) for w in entry.phrase.split()]
                body = r"[\s\-]+".join(words)
                parts.append(rf"(?P<e{i}>(?<![\w])(?:{body})(?![\w]))")
            else:
                parts.append(f"(?P<e{i}>{entry.pattern})")
        if not parts:
            return None
        return re.compile("|".join(parts), re.IGNORECASE)

    @cached_property
    def _by_group(self) -> dict[str, LexiconEntry]:
        return {f"e{i}": e for i, e in enumerate(sorted(self.entries, key=lambda e: -len(e.key)))}

    def find(self, text: str) -> list[LexiconMatch]:
        """Every non-overlapping match in `text`, in order, with character spans."""
        regex = self._regex
        if regex is None:
            return []
        matches = []
        for m in regex.finditer(text):
            if m.end() == m.start():
                continue
            entry = self._by_group[m.lastgroup]  # type: ignore[index]
            matches.append(LexiconMatch(entry=entry, start=m.start(), end=m.end(), text=m.group(0)))
        return matches

    def matches(self, text: str) -> bool:
        regex = self._regex
        return bool(regex and regex.search(text))

    def categories(self, text: str) -> set[str]:
        return {m.entry.category for m in self.find(text) if m.entry.category}

    def edited(self, add: list[LexiconEntry], remove: list[str]) -> "Lexicon":
        """A copy with entries added and entries (by phrase or pattern) removed, as `extends:` does."""
        drop = {r.lower() for r in remove}
        kept = [e for e in self.entries if e.key.lower() not in drop]
        return Lexicon(name=self.name, description=self.description, source=self.source,
                       entries=tuple(kept + list(add)))


def load_lexicon(path: Path) -> Lexicon:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RubricError(str(path), f"cannot read lexicon: {exc}") from exc
    if not isinstance(raw, dict):
        raise RubricError(str(path), "a lexicon file must be a mapping with 'name' and 'entries'")
    raw.setdefault("name", path.stem)
    try:
        return Lexicon.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = "$." + ".".join(str(p) for p in err["loc"])
        raise RubricError(str(path), err["msg"], where) from exc
