"""Lexicons: the word and phrase lists checks look for, kept as data in rubrics/lexicons/.

A lexicon file is YAML: `name`, `description`, `source`, and `entries`, each a `phrase`
(matched case-insensitively on token boundaries) or a `pattern` (a Python regex), with
an optional `expansion` (for jargon), `category` (e.g. a PfA area) and `source`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from audit.errors import RubricError
from audit.plancache import per_plan


_TOKEN = re.compile(r"\w+|[^\w\s]")
# Tokens are cached for the plan being audited (audit.plancache): each check looks up several
# lexicons in the same few hundred sections and sentences.


@per_plan
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, lowercased token) of words and punctuation; hyphens only separate words."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return tuple((m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)
                 if m.group() not in ("-", "\u2010", "\u2011", "\u2013"))


@per_plan
def _sorted_tokens(text: str) -> tuple[str, ...]:
    return tuple(sorted(_positions(text)))


_BOUNDARY = "\x00"
_REST_OF_WORD = "\x01"  # \w* : a token that starts with what precedes it
_MORE_OF_WORD = "\x02"  # \w+ : a token that starts with it and is longer
_PHRASE_CHARS = re.compile(r"[\w\s'\-.:/&\x01\x02]+")


def finite_phrases(pattern: str, limit: int = 64) -> list[str] | None:
    """The phrases a word-bounded pattern with a finite language matches, or None.

    `\\b(?:asks|asked|ask)\\b` and `\\bseizures?\\b` are phrase lists in regex form; looking them
    up as phrases is a dictionary hit instead of a scan of the text for each pattern. A pattern
    with an open part (`\\w+`, `*`), no `\\b` at both ends, or more than `limit` phrases stays a regex.
    """
    from re import _constants as C, _parser as parser  # noqa: PLC0415 - stdlib, stable since 3.11

    try:
        parsed = parser.parse(pattern)
    except re.error:
        return None

    def expand(items: list) -> list[str] | None:
        results = [""]
        for op, av in items:
            if op is C.LITERAL:
                options: list[str] | None = [chr(av)]
            elif op is C.AT and av is C.AT_BOUNDARY:
                options = [_BOUNDARY]
            elif op is C.SUBPATTERN:
                options = expand(av[3])
            elif op is C.BRANCH:
                options = []
                for branch in av[1]:
                    expanded = expand(branch)
                    if expanded is None:
                        return None
                    options += expanded
            elif op is C.IN and all(inner_op is C.LITERAL for inner_op, _ in av):
                options = [chr(code) for _, code in av]
            elif op is C.MAX_REPEAT and av[1] is C.MAXREPEAT and av[0] in (0, 1) \
                    and list(av[2]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])]:
                options = [_REST_OF_WORD if av[0] == 0 else _MORE_OF_WORD]
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] == 1:
                inner = expand(av[2])
                options = None if inner is None else ([""] if av[0] == 0 else []) + inner
            else:
                return None
            if options is None:
                return None
            results = [r + o for r in results for o in options]
            if len(results) > limit:
                return None
        return results

    strings = expand(list(parsed))
    if not strings:
        return None
    phrases = []
    for string in strings:
        # A trailing \w* or \w+ runs to the end of the word: a boundary of its own.
        if string.endswith((_REST_OF_WORD, _MORE_OF_WORD)):
            string += _BOUNDARY
        body = string[1:-1]
        if not (string.startswith(_BOUNDARY) and string.endswith(_BOUNDARY)) or _BOUNDARY in body \
                or not body.strip() or not _PHRASE_CHARS.fullmatch(body) \
                or re.search(r"[\x01\x02](?=\w)|(?<!\w)[\x01\x02]", body):
            return None
        phrases.append(body)
    return phrases


def anchor_prefixes(pattern: str, limit: int = 256) -> frozenset[str] | None:
    """Lowercase prefixes one of which every match's first token must start with, or None.

    `\\b(?:by|before) the end of ...` can only start at a token starting "by" or "before";
    `\\b\\d+ out of` only at a digit. Such a pattern is tried at those tokens alone.
    """
    from re import _constants as C, _parser as parser  # noqa: PLC0415

    try:
        parsed = list(parser.parse(pattern))
    except re.error:
        return None

    def word_prefixes(items: list) -> set[str] | None:
        out = {""}
        for op, av in items:
            if op is C.LITERAL and chr(av).isalnum():
                out = {o + chr(av).lower() for o in out}
                continue
            if op is C.IN and all(inner is C.LITERAL and chr(code).isalnum() for inner, code in av):
                out = {o + chr(code).lower() for o in out for _, code in av}
                continue
            tail: set[str] | None = None
            if op is C.IN and list(av) == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
                tail = set("0123456789")
            elif op is C.SUBPATTERN:
                tail = word_prefixes(list(av[3]))
            elif op is C.BRANCH:
                tail = set()
                for branch in av[1]:
                    got = word_prefixes(list(branch))
                    if got is None:
                        return None
                    tail |= got
            elif op is C.MAX_REPEAT and av[0] >= 1:
                tail = word_prefixes(list(av[2]))
            if tail is not None:
                out = {o + t for o in out for t in tail}
            break
        return None if "" in out or len(out) > limit else out

    def starts(items: list) -> set[str] | None:
        if not items:
            return None
        op, av = items[0]
        if op is C.AT and av is C.AT_BOUNDARY:
            return word_prefixes(items[1:])
        if op is C.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                got = starts(list(branch))
                if got is None:
                    return None
                found |= got
            return found
        if op is C.SUBPATTERN and len(items) == 1:
            return starts(list(av[3]))
        return None

    found = starts(parsed)
    return frozenset(found) if found else None


# A phrase as token matchers: (text, kind) with kind "=" exact, "*" prefix, "+" longer prefix.
TokenMatcher = tuple[str, str]


def phrase_matchers(phrase: str) -> tuple[TokenMatcher, ...]:
    matchers: list[TokenMatcher] = []
    for _, _, token in _tokens(phrase):
        if token in (_REST_OF_WORD, _MORE_OF_WORD) and matchers:
            matchers[-1] = (matchers[-1][0], "*" if token == _REST_OF_WORD else "+")
        else:
            matchers.append((token, "="))
    return tuple(matchers)


def _token_fits(token: str, matcher: TokenMatcher) -> bool:
    text, kind = matcher
    if kind == "=":
        return token == text
    return token.startswith(text) and (kind == "*" or len(token) > len(text))


@per_plan
def _positions(text: str) -> dict[str, list[int]]:
    """Token -> its indexes in `text`: a lexicon looks up its own entries, not every token."""
    positions: dict[str, list[int]] = {}
    for i, (_, _, token) in enumerate(_tokens(text)):
        positions.setdefault(token, []).append(i)
    return positions


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


@dataclass(frozen=True, slots=True)
class LexiconMatch:
    """One place an entry matched: made hundreds of times per plan, so a plain record."""

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
    def _phrase_index(self) -> tuple[dict[str, list[tuple[tuple[TokenMatcher, ...], LexiconEntry]]],
                                     list[tuple[tuple[TokenMatcher, ...], LexiconEntry]]]:
        # Phrases are looked up as token sequences, longest first: exact first tokens by
        # dictionary, stems (a first token ending in \w*) by bisecting the text's sorted tokens.
        # One big regex alternation with look-arounds costs milliseconds per call; this, microseconds.
        exact: dict[str, list[tuple[tuple[TokenMatcher, ...], LexiconEntry]]] = {}
        stems: list[tuple[tuple[TokenMatcher, ...], LexiconEntry]] = []
        for entry in self.entries:
            phrases = [entry.phrase] if entry.phrase is not None else self._pattern_phrases.get(entry.key, [])
            for phrase in phrases:
                matchers = phrase_matchers(phrase)
                if not matchers:
                    continue
                if matchers[0][1] == "=":
                    exact.setdefault(matchers[0][0], []).append((matchers, entry))
                else:
                    stems.append((matchers, entry))
        for candidates in exact.values():
            candidates.sort(key=lambda c: -len(c[0]))
        stems.sort(key=lambda c: -len(c[0]))
        return exact, stems

    @cached_property
    def _pattern_phrases(self) -> dict[str, list[str]]:
        found = {}
        for entry in self.entries:
            if entry.pattern is not None and (phrases := finite_phrases(entry.pattern)) is not None:
                found[entry.key] = phrases
        return found

    @cached_property
    def _patterns(self) -> tuple[list[tuple[re.Pattern[str], frozenset[str], LexiconEntry]],
                                 tuple[re.Pattern[str], dict[str, LexiconEntry]] | None]:
        # Open patterns with known first-token prefixes are tried at those tokens only; the
        # rest run as one alternation: one scan of the text per lexicon.
        anchored: list[tuple[re.Pattern[str], frozenset[str], LexiconEntry]] = []
        scanned: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            if entry.pattern is None or entry.key in self._pattern_phrases:
                continue
            prefixes = anchor_prefixes(entry.pattern)
            if prefixes is not None:
                anchored.append((re.compile(entry.pattern, re.IGNORECASE), prefixes, entry))
            else:
                scanned[f"p{len(scanned)}"] = entry
        if not scanned:
            return anchored, None
        combined = "|".join(f"(?P<{name}>{entry.pattern})" for name, entry in scanned.items())
        return anchored, (re.compile(combined, re.IGNORECASE), scanned)

    def find(self, text: str) -> list[LexiconMatch]:
        """Every non-overlapping match in `text`, in order, with character spans.

        Where matches overlap, the one starting first wins, then the longer one; an
        alternation in a pattern likewise matches its longest alternative ("is good at",
        not "is good"), where a plain regex would take the first that fits.
        """
        candidates: list[tuple[int, int, LexiconEntry]] = []
        exact, stems = self._phrase_index
        if exact or stems:
            tokens = _tokens(text)
            positions = _positions(text)

            count = len(tokens)

            def extend(i: int, matchers: tuple[TokenMatcher, ...], entry: LexiconEntry) -> bool:
                # The innermost loop of every check: written out, without helper calls.
                n = len(matchers)
                if i + n > count:
                    return False
                for k in range(1, n):
                    want, kind = matchers[k]
                    token = tokens[i + k][2]
                    if kind == "=":
                        if token != want:
                            return False
                    elif not token.startswith(want) or (kind == "+" and len(token) == len(want)):
                        return False
                candidates.append((tokens[i][0], tokens[i + n - 1][1], entry))
                return True

            for first in exact.keys() & positions.keys():
                phrases = exact[first]  # longest first: the first that fits wins
                for i in positions[first]:
                    for matchers, entry in phrases:
                        if extend(i, matchers, entry):
                            break
            if stems:
                vocabulary = _sorted_tokens(text)
                for matchers, entry in stems:
                    stem = matchers[0]
                    at = bisect_left(vocabulary, stem[0])
                    while at < len(vocabulary) and vocabulary[at].startswith(stem[0]):
                        if _token_fits(vocabulary[at], stem):
                            for i in positions[vocabulary[at]]:
                                extend(i, matchers, entry)
                        at += 1
        anchored, scanned = self._patterns
        if anchored:
            tokens = _tokens(text)
            positions = _positions(text)
            vocabulary = _sorted_tokens(text)
            for regex, prefixes, entry in anchored:
                starts: set[int] = set()
                for prefix in prefixes:
                    at = bisect_left(vocabulary, prefix)
                    while at < len(vocabulary) and vocabulary[at].startswith(prefix):
                        starts.update(positions[vocabulary[at]])
                        at += 1
                for i in sorted(starts):
                    m = regex.match(text, tokens[i][0])
                    if m and m.end() > m.start():
                        candidates.append((m.start(), m.end(), entry))
        if scanned is not None:
            regex, entries = scanned
            for m in regex.finditer(text):
                if m.end() > m.start():
                    # The wrapping group closes last, so it is always the match's lastgroup.
                    candidates.append((m.start(), m.end(), entries[m.lastgroup]))  # type: ignore[index]
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        matches: list[LexiconMatch] = []
        last_end = -1
        for start, end, entry in candidates:
            if start >= last_end:
                matches.append(LexiconMatch(entry=entry, start=start, end=end, text=text[start:end]))
                last_end = end
        return matches

    def compile(self) -> "Lexicon":
        """Build the lookup tables now (they are otherwise built on first use)."""
        _ = self._phrase_index, self._patterns
        return self

    def matches(self, text: str) -> bool:
        return bool(self.find(text))

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
