"""Find the statutory sections A..K of an EHC plan in any local template.

Section titles are data (`LETTER_FORMS`, `TITLE_PHRASES`), compiled once. A heading candidate
is a heading or bold block, a table title row, or a short line without a final full stop; the
sections kept are the best-scoring run of candidates in statutory order, so a stray title-like
line in body text, a contents page or a repeated page heading never starts a section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.model import SECTION_LETTERS, Block, Section

# Headings of what follows the last section (review, rights, signatures): they end that
# section without starting a new one, so K is not padded out with appeal rights.
END_MATTER = "END"
END_PHRASES = re.compile(
    r"^(?:reviewing\s+(?:this|the|my|your)\s+plan|review\s+of\s+(?:this|the)\s+plan|how\s+(?:this|the)\s+plan\s+will\s+be\s+reviewed"
    r"|(?:your\s+)?rights?(?:\s+(?:of|to)\s+appeal)?|your\s+rights\s+.{0,40}|appeals?|mediation|disagreement\s+resolution"
    r"|signatures?|signed|sign[\s\-]off|sharing\s+(?:this\s+)?information|information\s+sharing|data\s+protection|privacy\s+notice"
    r"|glossary(?:\s+of\s+terms)?|useful\s+contacts|contacts?|contact\s+details|(?:parent(?:al)?\s+)?(?:agreement|declaration|consent))\W*$",
    re.IGNORECASE,
)

# Statutory order (SEND Code of Practice 9.62); a merged "H" sits where H1 would.
SECTION_ORDER: dict[str, float] = {
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
    "H": 8, "H1": 8, "H2": 8.5, "I": 9, "J": 10, "K": 11, END_MATTER: 12,
}

# Title phrases per letter, for headings written without a letter ("Special educational
# needs", "The child's views, interests and aspirations"). Order matters within H: the
# specific H1/H2 titles are tried before the generic merged "social care provision".
_POSS = r"(?:'s|’s|s'|s’|s)?"
TITLE_PHRASES: tuple[tuple[str, str], ...] = (
    ("A", r"views,?\s+interests\s+(?:and|&)\s+aspirations"),
    ("A", r"(?:views|interests)\s+(?:and|&)\s+aspirations"),
    ("A", r"(?:child|young\s+person|pupil|student|parent|family|carer)" + _POSS
          + r"\s+(?:(?:and|&|/)\s+\w+" + _POSS + r"\s+)?views"),
    ("A", r"(?:all\s+)?about\s+me\b"),
    ("A", r"my\s+(?:views|story|aspirations)"),
    ("A", r"(?:views|aspirations)\s*$"),
    ("B", r"special\s+educational\s+needs?(?!\s+(?:provision|and\s+provision))"),
    ("B", r"(?:sen|send)(?:\s+needs)?\s*$"),
    ("B", r"educational\s+needs"),
    ("B", r"learning\s+needs"),
    ("B", r"my\s+(?:special\s+educational\s+)?needs"),
    ("C", r"health\s+(?:care\s+)?needs"),
    ("C", r"medical\s+needs"),
    ("D", r"social\s+care\s+needs"),
    ("E", r"outcomes\b"),
    ("E", r"(?:the\s+)?outcomes?\s+sought"),
    ("E", r"(?:my|agreed)\s+outcomes"),
    ("F", r"special\s+educational\s+provision"),
    ("F", r"(?:sen|send)\s+provision"),
    ("F", r"educational\s+provision"),
    ("F", r"(?:the\s+)?(?:special\s+educational\s+)?support\s+(?:i|we)\s+(?:will\s+)?(?:get|receive|need)"),
    ("G", r"health\s+(?:care\s+)?provision"),
    ("H1", r"social\s+care\s+provision\s+(?:which\s+must\s+be\s+)?(?:made\s+)?under\s+section\s+2"),
    ("H1", r"(?:section\s+2\s+of\s+the\s+)?chronically\s+sick"),
    ("H1", r"csdpa"),
    ("H2", r"(?:any\s+)?other\s+social\s+care\s+provision"),
    ("H2", r"social\s+care\s+provision\s+reasonably\s+required"),
    ("H", r"social\s+care\s+provision"),
    ("I", r"placement"),
    ("I", r"name\s+(?:and|&)\s+type\s+of\s+(?:the\s+)?(?:school|setting|institution|placement)"),
    ("I", r"(?:school|setting)\s+or\s+other\s+institution"),
    ("I", r"name\s+of\s+(?:the\s+)?(?:school|setting|institution)"),
    ("J", r"personal\s+budget"),
    ("K", r"advice\s+(?:and|&)\s+information"),
    ("K", r"(?:list\s+of\s+)?advice\s+(?:received|gathered|obtained|considered)"),
    ("K", r"information\s+(?:and|&)\s+advice"),
)

# Phrases so distinctive that a styled heading holding them anywhere is that section's title
# ("Any social care provision which must be made ... under section 2 of the Chronically Sick ...").
DISTINCTIVE_PHRASES: tuple[tuple[str, str], ...] = (
    ("H1", r"chronically\s+sick|\bcsdpa\b"),
    ("A", r"views,?\s+interests\s+(?:and|&)\s+aspirations"),
    ("E", r"\boutcomes\s+sought\b"),
)
_COMPILED_DISTINCTIVE = tuple((letter, re.compile(p, re.IGNORECASE)) for letter, p in DISTINCTIVE_PHRASES)

# What may precede a title phrase inside a heading: "The", "Sam's", "Any", "Details of".
_LEAD = (r"^(?:(?:the|any|a|details\s+of|summary\s+of|description\s+of|my|his|her|their"
         r"|[a-z]+(?:'s|s')|(?:child\s*(?:or|and|/)\s*)?young\s+(?:person|people)(?:'s|s')?|child\s*(?:or|and|/)\s*young\s+person(?:'s|s')?)\s+){0,3}")
_COMPILED_TITLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (letter, re.compile(_LEAD + r"(?P<phrase>" + phrase + r")", re.IGNORECASE)) for letter, phrase in TITLE_PHRASES
)
# Matches where any title phrase does: one pass turns away the body lines (nearly all of them).
_ANY_TITLE = re.compile(_LEAD + "(?:" + "|".join(f"(?:{phrase})" for _, phrase in TITLE_PHRASES) + ")", re.IGNORECASE)

# "Section A", "Part H1", "SECTION H1 and H2", "Section H (H1/H2)".
_LETTER = r"(?P<letter>H\s*[12](?:\s*(?:and|&|/|,)\s*H?\s*[12])?|[A-K])"
# "Sections C and D: Health and social care needs": one heading for two sections.
_LETTERS = r"(?P<letter>H\s*[12](?:\s*(?:and|&|/|,)\s*H?\s*[12])?|[A-K](?:\s*(?:and|&|/|,)\s*(?:[A-K]|H\s*[12])(?![a-z0-9]))*)"
LETTER_FORMS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^(?:sections?|part)\s*\(?" + _LETTERS + r"\)?(?![a-z0-9])\s*[:.\-–—)|]?\s*(?P<rest>.*)$", re.IGNORECASE),
)
# "A: Views ...", "A - ...", "A. ...", "H1 Social care ...": a bare letter must be upper case and
# followed by a title of that same letter, or "I: like football" would start section I.
BARE_LETTER = re.compile(r"^\(?" + _LETTER + r"(?![A-Za-z0-9])\s*[:.\-–—)|]?\s+(?P<rest>\S.*)$")

_MARKUP = re.compile(r"^[#>*_\s]+|[*_\s]+$")
# "[A] SECTION A - VIEWS ...": a case-management system's record marker before the real heading.
_RECORD_MARKER = re.compile(r"^[\[(]\s*[A-K][12]?\s*[\])]\s*(?=(?:sections?|part)\b)", re.IGNORECASE)
_NUMBERING = re.compile(r"^(?:(?:section|part)\s+\d{1,2}|\d{1,2})\s*[:.)\-–—]\s*", re.IGNORECASE)
_CONTENTS_LEADER = re.compile(r"(?:\.{3,}|…+|\s{3,})\s*\d+\s*$")
_MAX_HEADING_WORDS = 15
# A plain line (no heading style) holding a statutory title may be this long.
_MAX_PLAIN_TITLE_WORDS = 20
# Styled headings may carry the Code's full statutory titles ("Any health provision reasonably
# required by the learning difficulties or disabilities which result in ...").
_MAX_STYLED_WORDS = 40


@dataclass(frozen=True)
class HeadingCandidate:
    """A place in Plan.text that could start a section."""

    letter: str
    title: str
    heading_start: int  # where the heading begins in Plan.text
    body_start: int  # where the section text begins in Plan.text
    strength: float  # letter-prefixed 3, styled title 2, plain short line 1.5
    block: int


def _normalise_heading(text: str) -> str:
    text = _MARKUP.sub("", text.strip())
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.split())


# Titles that also name sub-headings ("About me", "My parents' views", "Placement"): they
# start a section only where no statutory title does.
WEAK_TITLES: frozenset[str] = frozenset({
    r"(?:all\s+)?about\s+me\b", r"my\s+(?:views|story|aspirations)", r"(?:views|aspirations)\s*$",
    r"(?:child|young\s+person|pupil|student|parent|family|carer)" + _POSS
    + r"\s+(?:(?:and|&|/)\s+\w+" + _POSS + r"\s+)?views",
    r"learning\s+needs", r"educational\s+needs", r"(?:sen|send)(?:\s+needs)?\s*$", r"medical\s+needs",
    r"educational\s+provision", r"placement", r"my\s+(?:special\s+educational\s+)?needs", r"(?:my|agreed)\s+outcomes",
    r"(?:the\s+)?(?:special\s+educational\s+)?support\s+(?:i|we)\s+(?:will\s+)?(?:get|receive|need)",
})

def title_strength(text: str) -> float:
    """How strongly a styled heading's words say 'section title': statutory 2.0, weak 1.8."""
    text = _NUMBERING.sub("", _normalise_heading(text))
    if any(pattern.search(text) for _, pattern in _COMPILED_DISTINCTIVE):
        return 2.0
    for (letter, phrase), (_, pattern) in zip(TITLE_PHRASES, _COMPILED_TITLES):
        if pattern.match(text):
            return 1.8 if phrase in WEAK_TITLES else 2.0
    return 2.0


def _title_letter(text: str, *, strict: bool) -> str | None:
    """The letter whose title phrase this heading text is, if any.

    `strict` (plain body lines): the phrase must be most of the line, so a sentence that
    merely mentions health needs is not a heading.
    """
    text = _NUMBERING.sub("", text)
    if not text or len(text.split()) > (_MAX_PLAIN_TITLE_WORDS if strict else _MAX_STYLED_WORDS):
        return None
    if not strict:
        for letter, pattern in _COMPILED_DISTINCTIVE:
            if pattern.search(text):
                return letter
    if not _ANY_TITLE.match(text):
        return None
    for letter, pattern in _COMPILED_TITLES:
        m = pattern.match(text)
        if not m:
            continue
        rest = text[m.end():].strip()
        # "Placement: Oakwood School" is a labelled value on a cover page, not a heading.
        if rest.startswith(":") and rest[1:].strip():
            return None
        # A plain line may carry the Code's long title ("The young person's health needs which
        # relate to their special educational needs or disability"); a weak title must be short.
        weak = TITLE_PHRASES[_COMPILED_TITLES.index((letter, pattern))][1] in WEAK_TITLES
        if strict and len(rest.split()) > (4 if weak else 12):
            return None
        return letter
    return None


def _normal_letter(raw: str) -> str:
    """'H1 and H2' -> 'H'; 'C and D' -> 'C+D' (one heading for two sections); 'b' -> 'B'."""
    raw = re.sub(r"\s+", "", raw.upper())
    if re.fullmatch(r"H[12](?:(?:AND|&|/|,)H?[12])+", raw):
        return "H"
    parts = [p for p in re.split(r"AND|&|/|,", raw) if p]
    return "+".join(dict.fromkeys(parts))


def letter_order(letter: str, *, last: bool = False) -> float:
    """Statutory position of a (possibly combined 'C+D') letter: its first or last part."""
    parts = letter.split("+")
    return SECTION_ORDER[parts[-1] if last else parts[0]]


def match_heading(text: str, *, styled: bool) -> tuple[str, float] | None:
    """(letter, strength) when `text` reads as a section heading, else None.

    `styled` is true for heading/bold blocks and table title rows, whose layout already
    says "heading"; a plain line must look like a heading on its words alone.
    """
    text = _normalise_heading(text)
    if not text or _CONTENTS_LEADER.search(text):
        return None
    text = _RECORD_MARKER.sub("", text)
    numbered = _NUMBERING.sub("", text)
    if numbered != text and LETTER_FORMS[0].match(numbered):
        text = numbered  # "1. Section A: Views ..."
    if len(text.split()) > _MAX_STYLED_WORDS:
        return None
    for form in LETTER_FORMS:
        m = form.match(text)
        if m:
            letter, rest = _normal_letter(m.group("letter")), m.group("rest").strip()
            separated = bool(re.search(r"[:.\-–—)|]", text[m.end("letter"):m.start("rest")]))
            if rest.endswith(".") and len(rest.split()) > 12:
                return None  # "Section F: The school must ... ." is a sentence that names a section
            if not rest or separated or _title_letter(rest, strict=False) is not None:
                return letter, 3.0
            # "Section I updated to Reception class", "Section A of the plan sets out ...":
            # a sentence about a section, not its heading.
            if rest[0].islower() or rest.endswith(".") or len(text.split()) > _MAX_PLAIN_TITLE_WORDS:
                return None
            return letter, 2.5
    m = BARE_LETTER.match(text)
    if m:
        letter = _normal_letter(m.group("letter"))
        titled = _title_letter(m.group("rest"), strict=False)
        if titled is not None and (titled == letter or (letter == "H" and titled.startswith("H"))
                                   or (titled == "H" and letter in ("H1", "H2"))):
            return letter, 3.0
        return None
    if text.endswith(".") or text.endswith(";") or len(text.split()) > (_MAX_STYLED_WORDS if styled else _MAX_PLAIN_TITLE_WORDS):
        return None
    letter = _title_letter(text, strict=not styled)
    if letter is None:
        return None
    return letter, (title_strength(text) if styled else 1.5)


def _is_end_matter(text: str) -> bool:
    text = _normalise_heading(text)
    return len(text.split()) <= 8 and bool(END_PHRASES.match(text))


def block_offsets(blocks: tuple[Block, ...] | list[Block]) -> list[int]:
    """Start of each block's text in the joined Plan.text (blocks joined by '\\n')."""
    offsets: list[int] = []
    pos = 0
    for block in blocks:
        offsets.append(pos)
        pos += len(block.text) + 1
    return offsets


def cell_offsets(block: Block) -> list[tuple[int, int]]:
    """(start, end) of each cell's text within block.text; (-1, -1) where it cannot be found."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for cell in block.cells:
        stripped = cell.strip()
        at = block.text.find(stripped, pos) if stripped else -1
        if at < 0:
            spans.append((-1, -1))
            continue
        spans.append((at, at + len(stripped)))
        pos = at + len(stripped)
    return spans


_PAGE_NUMBER = re.compile(r"(?:p(?:age|g)?\.?\s*)?\d{1,3}", re.IGNORECASE)


def _row_candidate(block: Block, offset: int, index: int) -> HeadingCandidate | None:
    """A table row that is a section title: one cell, or a title cell beside the content."""
    spans = [(c.strip(), s) for c, s in zip(block.cells, cell_offsets(block)) if c.strip()]
    if not spans:
        spans = [(block.text.strip(), (0, len(block.text)))] if block.text.strip() else []
    # Readers may repeat a merged cell; one title spread over a merged row is one cell.
    distinct: list[tuple[str, tuple[int, int]]] = []
    for cell, span in spans:
        if cell not in [d for d, _ in distinct]:
            distinct.append((cell, span))
    if not distinct:
        return None
    # "E | Outcomes | 6": a row of a contents table (its last cell a page number) names a
    # section without starting it.
    if len(distinct) >= 2 and _PAGE_NUMBER.fullmatch(distinct[-1][0]):
        return None
    next_block = offset + len(block.text) + 1
    if len(distinct) == 1:
        found = match_heading(distinct[0][0], styled=True)
        if found is None and _is_end_matter(distinct[0][0]):
            found = (END_MATTER, 0.6)
        if found:
            return HeadingCandidate(found[0], _normalise_heading(distinct[0][0]), offset, next_block, found[1], index)
        return None
    (first, first_span), (second, second_span) = distinct[0], distinct[1]
    # "A | Views, interests and aspirations" or "Section A | Views ...": the title spans two cells.
    # Only a short second cell can finish a title; a content cell ("Name and type of school |
    # Reachfield School ...", a table nested in the cell) is the section's body.
    # The Code's own titles can be long ("Social care provision under section 2 of the Chronically
    # Sick and Disabled Persons Act 1970"): a longer cell counts when it reads strictly as a title.
    title_cell = _normalise_heading(second)
    if ("|" not in second and "\n" not in second
            and ((len(second.split()) <= 12 and _title_letter(title_cell, strict=False) is not None)
                 or _title_letter(title_cell, strict=True) is not None)):
        both = match_heading(f"{first} {second}", styled=True)
        if both:
            body = next_block if len(distinct) == 2 or second_span[1] < 0 else offset + _after_separator(block.text, second_span[1])
            return HeadingCandidate(both[0], _normalise_heading(f"{first} {second}"), offset, body, both[1], index)
    # "A | Views, interests and aspirations\nKieran's views\nI am 15 ...": a narrow letter column
    # beside one cell that holds the title on its first line and the section below it.
    if "\n" in second:
        head_line = second.split("\n", 1)[0].strip()
        if (head_line and "|" not in head_line and len(head_line.split()) <= _MAX_PLAIN_TITLE_WORDS
                and _title_letter(_normalise_heading(head_line), strict=False) is not None):
            both = match_heading(f"{first} {head_line}", styled=True)
            newline = block.text.find("\n", second_span[0]) if second_span[0] >= 0 else -1
            if both and newline >= 0:
                return HeadingCandidate(both[0], _normalise_heading(f"{first} {head_line}"), offset,
                                        offset + newline + 1, both[1], index)
    alone = match_heading(first, styled=True)
    if alone is None:
        return None
    # A column header row ("Outcomes | Provision | Who") is not a title row: with three or
    # more cells only a lettered title counts.
    if len(distinct) >= 3 and alone[1] < 3.0:
        return None
    body = offset + _after_separator(block.text, first_span[1]) if first_span[1] >= 0 else next_block
    # "Health needs | Sam has epilepsy" may be a labelled row of a details table, so an
    # unlettered title beside content counts for less than a title row of its own.
    strength = alone[1] if alone[1] >= 3.0 else min(alone[1], 1.6)
    return HeadingCandidate(alone[0], _normalise_heading(first), offset, body, strength, index)


def _after_separator(text: str, pos: int) -> int:
    """Skip the cell separator and spaces after a title cell, so the body starts on content."""
    while pos < len(text) and text[pos] in " \t|:;-–—":
        pos += 1
    return pos


def find_candidates(blocks: tuple[Block, ...]) -> list[HeadingCandidate]:
    """Every place that could start a section, in document order."""
    offsets = block_offsets(blocks)
    candidates: list[HeadingCandidate] = []
    for index, (block, offset) in enumerate(zip(blocks, offsets)):
        if not block.text.strip():
            continue
        if block.kind == "table_row":
            found = _row_candidate(block, offset, index)
            if found:
                candidates.append(found)
            continue
        styled = block.kind == "heading" or block.bold or bool(block.style and block.style.lower().startswith(("heading", "title")))
        lines = block.text.split("\n")
        line_start = 0
        for number, line in enumerate(lines):
            whole = len(lines) == 1
            found = match_heading(line, styled=styled and (whole or number == 0))
            if found is None and (styled or whole) and _is_end_matter(line):
                found = (END_MATTER, 0.6)
            if found and block.kind == "list_item" and found[1] < 3.0:
                found = None  # a bullet "Outcomes" inside a list is body text, not a title
            if found:
                line_end = offset + line_start + len(line)
                body = line_end + 1 if number < len(lines) - 1 else offset + len(block.text) + 1
                candidates.append(HeadingCandidate(found[0], _normalise_heading(line), offset + line_start,
                                                   body, found[1], index))
            line_start += len(line) + 1
    return _absorb_split_titles(candidates, blocks, offsets)


def _absorb_split_titles(candidates: list[HeadingCandidate], blocks: tuple[Block, ...],
                         offsets: list[int]) -> list[HeadingCandidate]:
    """'Section A' on one line and 'Views, interests and aspirations' on the next: one heading."""
    out: list[HeadingCandidate] = []
    skip: set[int] = set()
    for i, cand in enumerate(candidates):
        if i in skip:
            continue
        nxt = candidates[i + 1] if i + 1 < len(candidates) else None
        if (nxt is not None and cand.strength >= 3.0 and nxt.strength < 3.0 and _bare_letter_title(cand.title)
                and nxt.heading_start == cand.body_start
                and (nxt.letter in cand.letter.split("+") or (cand.letter == "H" and nxt.letter.startswith("H")))):
            out.append(HeadingCandidate(cand.letter, f"{cand.title} {nxt.title}", cand.heading_start,
                                        nxt.body_start, cand.strength + 0.5, cand.block))
            skip.add(i + 1)
        else:
            out.append(cand)
    return out


def _bare_letter_title(title: str) -> bool:
    m = LETTER_FORMS[0].match(title)
    return bool(m) and not m.group("rest").strip()


def choose_headings(candidates: list[HeadingCandidate], text_length: int, text: str) -> list[HeadingCandidate]:
    """The best-scoring run of candidates in strictly increasing statutory order.

    A candidate followed at once by another (a contents page) scores less than the same
    heading with a body, so a table of contents never wins over the real headings.
    """
    if not candidates:
        return []
    # The body runs to the next candidate of another letter: "About me" under "Section A"
    # is a sub-heading, and does not make Section A look like a contents line.
    next_other: list[int] = [text_length] * len(candidates)
    for i in range(len(candidates) - 2, -1, -1):
        following = candidates[i + 1]
        next_other[i] = following.heading_start if following.letter != candidates[i].letter else next_other[i + 1]
    scores: list[float] = []
    for i, cand in enumerate(candidates):
        nxt = next_other[i]
        body = text[cand.body_start:nxt].strip() if cand.body_start < nxt else ""
        scores.append(cand.strength + (0.5 if body else 0.0))
    # Longest-path over statutory order, in O(candidates x letters): for each order value,
    # the best run so far ending there (earliest on ties).
    best: list[float] = []
    back: list[int] = []
    best_at: dict[float, tuple[float, int]] = {}
    waiting: list[int] = []  # candidates whose body has not started yet
    for i, cand in enumerate(candidates):
        still: list[int] = []
        for j in waiting:
            if candidates[j].body_start <= cand.heading_start:
                key = letter_order(candidates[j].letter, last=True)
                if key not in best_at or best[j] > best_at[key][0]:
                    best_at[key] = (best[j], j)
            else:
                still.append(j)
        waiting = still
        first = letter_order(cand.letter)
        prior = [v for k, v in best_at.items() if k < first]
        prev_score, prev = max(prior, key=lambda v: (v[0], -v[1])) if prior else (0.0, -1)
        best.append(prev_score + scores[i])
        back.append(prev)
        waiting.append(i)
    # On ties, prefer the earliest heading: a sub-heading repeating the title comes after it,
    # and the first end-matter heading ends the last section. (A contents page scores less.)
    end = max(range(len(candidates)), key=lambda i: (best[i], -i))
    chosen: list[HeadingCandidate] = []
    while end >= 0:
        chosen.append(candidates[end])
        end = back[end]
    return chosen[::-1]


def build_sections(blocks: tuple[Block, ...], text: str) -> tuple[list[Section], int]:
    """The sections of a plan and the offset where the first one starts (the cover page ends)."""
    chosen = choose_headings(find_candidates(blocks), len(text), text)
    offsets = block_offsets(blocks)
    sections: list[Section] = []
    for i, head in enumerate(chosen):
        if head.letter == END_MATTER:
            continue
        limit = chosen[i + 1].heading_start if i + 1 < len(chosen) else len(text)
        start = min(head.body_start, limit)
        end = limit
        while end > start and text[end - 1] in "\n \t":
            end -= 1
        while start < end and text[start] in "\n \t":
            start += 1
        parts = _h1_h2_parts(text, start, end, head) if head.letter in ("H", "H1") else None
        if parts is None:  # a combined "Sections C and D" is both
            parts = [(letter, head.title, (start, end)) for letter in head.letter.split("+")]
        for letter, title, (part_start, part_end) in parts:
            sections.append(Section(letter=letter, title=title, text=text[part_start:part_end], start=part_start,
                                    end=part_end, blocks=_blocks_within(blocks, offsets, text, part_start, part_end)))
    cover_end = chosen[0].heading_start if chosen and chosen[0].letter != END_MATTER else len(text)
    return sections, cover_end


_SUB_HEADING = re.compile(r"^[ \t]*(?:section\s+|part\s+)?(?P<letter>H[12])\b(?P<rest>[^\n]*)$", re.IGNORECASE | re.MULTILINE)


def _h1_h2_parts(text: str, start: int, end: int,
                 head: HeadingCandidate) -> list[tuple[str, str, tuple[int, int]]] | None:
    """A merged section H whose body has its own "H1 ..." and "H2 ..." heading lines is both;
    so is a section H1 whose body has its own "H2 ..." heading line.

    Only short heading lines count ("H1 (CSDPA 1970 s2)", "H2: Other social care provision"),
    and only H1 then H2: a sentence that mentions H1 is not a heading.
    """
    found: dict[str, re.Match[str]] = {}
    for m in _SUB_HEADING.finditer(text, start, end):
        letter = m.group("letter").upper()
        if letter not in found and len(m.group(0).split()) <= 12 and not m.group(0).rstrip().endswith("."):
            found[letter] = m
    if head.letter == "H1":
        if "H2" not in found:
            return None
        h2 = found["H2"]
        return [("H1", head.title, _trimmed(text, start, h2.start())),
                ("H2", h2.group(0).strip(), _trimmed(text, h2.end(), end))]
    if set(found) != {"H1", "H2"} or found["H1"].start() > found["H2"].start():
        return None
    h1, h2 = found["H1"], found["H2"]
    return [("H1", h1.group(0).strip(), _trimmed(text, h1.end(), h2.start())),
            ("H2", h2.group(0).strip(), _trimmed(text, h2.end(), end))]


def _blocks_within(blocks: tuple[Block, ...], offsets: list[int], text: str, start: int, end: int) -> tuple[Block, ...]:
    """The blocks (clipped) that hold text within [start, end) of Plan.text."""
    return tuple(clip_block(b, off, start, end) for b, off in zip(blocks, offsets)
                 if off < end and off + len(b.text) > start and text[max(off, start):min(off + len(b.text), end)].strip())


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in "\n \t":
        a += 1
    while b > a and text[b - 1] in "\n \t":
        b -= 1
    return a, b


def clip_block(block: Block, offset: int, start: int, end: int) -> Block:
    """The part of a block inside [start, end) of Plan.text (a title row's content cells)."""
    if offset >= start and offset + len(block.text) <= end:
        return block
    lo, hi = max(offset, start) - offset, min(offset + len(block.text), end) - offset
    clipped = block.text[lo:hi]
    cells = tuple(c for c, (s, e) in zip(block.cells, cell_offsets(block)) if c.strip() and s >= lo and e <= hi)
    return block.model_copy(update={"text": clipped, "cells": cells})


def missing_letters(found: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Statutory sections not found; a merged H stands for H1 and H2."""
    have = set(found)
    if "H" in have:
        have |= {"H1", "H2"}
    return tuple(letter for letter in SECTION_LETTERS if letter not in have)
