"""Plain text and Markdown -> Blocks: '#' headings, '-'/'*'/'1.' list items, '|' tables, and
paragraphs separated by blank lines (hard-wrapped lines joined back together).

Also holds the line rules the PDF reader shares: what a heading-like line and a bullet look like.
"""

from __future__ import annotations

import re
import unicodedata

from audit.errors import AuditInputError
from audit.ingest.sections import match_heading
from audit.model import Block

# Every pattern here is anchored and linear: no nested quantifiers, so no input can make it hang.
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*)$")
_RULE = re.compile(r"^(?:={3,}|-{3,}|_{3,}|\*{3,}|~{3,})$")
# A bullet, 'o' (Word's hollow bullet as text), '1.', '(2)', 'a)' or 'b.', then the item.
BULLET = re.compile(
    r"^[ \t]*(?:[-*+•●▪■◦○·‣–—]|o(?=[ \t])|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)](?=[ \t]))[ \t]+(\S.*)$"
)
_LETTER_MARKER = re.compile(r"^[ \t]*\(?[A-K][.)][ \t]")


def list_bullet(line: str) -> re.Match[str] | None:
    """The list marker starting `line`, unless the line is a lettered section heading.

    "A. Views, interests and aspirations" and "E) Outcomes" look like items of a lettered
    list; their letter is the section's, and the line must stay whole to start the section.
    """
    match = BULLET.match(line)
    if match is not None and _LETTER_MARKER.match(line):
        found = match_heading(line.strip(), styled=True)
        if found is not None and found[1] >= 3.0:
            return None
    return match


# 'Date of birth: ' at the start of a line: a label and its value (bounded, so linear).
_LABEL = re.compile(r"^[A-Z][^:.!?]{0,40}:[ \t]")
_TABLE_RULE = re.compile(r"^\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_SECTION_LINE = re.compile(
    r"^(?:(?:section|part)[ \t]+(?:[A-K][12]?\b|\d{1,2}\b)|(?-i:[A-K][12]?[ \t]*[:–—-][ \t]+[A-Z]))",
    re.IGNORECASE,
)
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+[A-Z]")
_SENTENCE_END = (".", "?", "!", ":", ";")

# Short answers that fill a section ("Personal budget: N/A"): text, not headings.
_ANSWERS = frozenset(
    ["n/a", "na", "n.a", "none", "nil", "no", "yes", "not applicable", "none identified",
     "not known", "tbc", "tbd", "to follow", "not required", "none at present"]
)
# A line shorter than this share of the full line width ends its paragraph.
SHORT_LINE = 0.75
# A hard-wrapped file has no line longer than this; a Word "save as text" export has
# one line per paragraph, often much longer, and its lines must not be joined.
WRAP_WIDTH = 100


def decode_text(source: str, data: bytes) -> str:
    """Bytes -> str: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows cp1252.

    Binary files (NUL bytes, control characters) are refused: they are not text whatever
    their name says.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise AuditInputError(source, "text file is not valid UTF-16") from None
    elif b"\x00" in data:
        raise AuditInputError(source, "binary file, not text (NUL bytes)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Windows exports (Notepad "ANSI", older case systems) are cp1252; the five bytes
            # cp1252 leaves undefined fall back to Latin-1 rather than failing the file.
            text = data.decode("cp1252", errors="replace")
            if "\ufffd" in text:
                text = data.decode("latin-1")
    if _looks_binary(text):
        raise AuditInputError(source, "binary file, not text (control characters)")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    controls = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\t\n\r\f\v"
    )
    return controls > max(2, len(sample) // 100)


def clean_line(line: str) -> str:
    """One line with non-breaking and repeated spaces made single spaces."""
    return " ".join(line.replace("\u00a0", " ").split())


def heading_level(line: str) -> int | None:
    """The heading level a line of a PDF or text export looks like it has, or None for body text.

    Heading-like: 'Section A ...' / 'Part B ...' (level 1), a short ALL CAPS line (level 1),
    a numbered title '2.1 Health needs' (its depth). Title-case short lines are left to the
    caller, which knows what surrounds them.
    """
    text = line.strip()
    if not text or len(text) > 120 or _is_answer(text):
        return None
    if _SECTION_LINE.match(text) or (_LETTER_MARKER.match(text) and list_bullet(text) is None):
        return 1  # "Section A ...", or "A. Views, interests and aspirations" (a lettered title)
    words = text.split()
    letters = [ch for ch in text if ch.isalpha()]
    if len(words) <= 12 and len(letters) >= 4 and all(not ch.islower() for ch in letters):
        return 1
    numbered = _NUMBERED_HEADING.match(text)
    if numbered and len(words) <= 12 and not text.endswith((".", ";", ",")):
        return numbered.group(1).count(".") + 1
    return None


def ends_sentence(line: str) -> bool:
    """Whether a line ends with '.', '?', '!', ':' or ';', maybe inside quotes or brackets."""
    return line.rstrip().rstrip("\"'”’)]").endswith(_SENTENCE_END)


def read_text(source: str, data: bytes, markdown: bool) -> tuple[Block, ...]:
    """A .txt or .md file's blocks in reading order."""
    return parse_text(decode_text(source, data), markdown=markdown)


def parse_text(text: str, markdown: bool = True) -> tuple[Block, ...]:
    """Blocks from text already decoded (the JSON reader uses this for free-text fields).

    `markdown` False (a .txt export) also reads headings from the look of a line: 'Section A',
    ALL CAPS, a short title standing alone, or a line underlined with '----' or '===='.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    wrapped = _is_hard_wrapped(lines)
    # In a hard-wrapped file a line well short of the full width ends its paragraph.
    short = _full_width(lines) * SHORT_LINE if wrapped else 0
    blocks: list[Block] = []
    paragraph: list[str] = []
    item: list[str] | None = None
    item_level = 1  # nesting depth of the list item being built, from its indentation
    table_index = -1
    table_row = 0
    in_table = False
    skip_next = False

    def flush() -> None:
        nonlocal paragraph, item
        if item is not None:
            joined = clean_line(" ".join(item))
            if joined:
                blocks.append(Block(kind="list_item", text=joined, level=item_level))
            item = None
        if paragraph:
            joined = clean_line(" ".join(paragraph))
            if joined:
                blocks.append(Block(kind="paragraph", text=joined))
            paragraph = []

    for index, raw in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        stripped = raw.strip()
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if not stripped:
            flush()
            in_table = False
            continue
        if (stripped.startswith("|") and stripped.count("|") >= 2) or _bare_table_row(lines, index):
            flush()
            if _TABLE_RULE.match(stripped):
                continue
            if not in_table:
                in_table = True
                table_index += 1
                table_row = 0
            cells = tuple(clean_line(c) for c in _split_row(stripped))
            blocks.append(
                Block(
                    kind="table_row", text=" | ".join(c for c in cells if c), cells=cells,
                    table=table_index, row=table_row,
                )
            )
            table_row += 1
            continue
        in_table = False
        heading = _MD_HEADING.match(stripped) if markdown or stripped.startswith("#") else None
        if heading:
            flush()
            # Closing hashes ("## Title ##") stripped without a regex: no backtracking.
            title = clean_line(heading.group(2).rstrip(" \t#"))
            if title:
                blocks.append(Block(kind="heading", text=title, level=len(heading.group(1))))
            continue
        if _RULE.match(stripped):
            # A separator line ('-----', '====='), or the underline of a heading handled below.
            flush()
            continue
        if not paragraph and item is None and _RULE.match(following) and len(stripped) <= 120:
            # A one-line title underlined on the next line (Markdown "setext" style).
            blocks.append(Block(kind="heading", text=clean_line(stripped),
                                level=1 if following[0] == "=" else 2))
            skip_next = True
            continue
        bullet = list_bullet(raw)
        if bullet:
            flush()
            item = [bullet.group(1)]
            item_level = min(9, _indent(raw) // 2 + 1)
            continue
        if not markdown and not paragraph and item is None:
            level = heading_level(stripped)
            if level is None and title_like(stripped) and (
                not following or list_bullet(following) or len(following) >= short
                or len(following) > 2 * len(stripped)
            ):
                level = 2
            if level is not None:
                flush()
                blocks.append(Block(kind="heading", text=clean_line(stripped), level=level))
                continue
        if not wrapped:
            # One line per paragraph (Word's text export): each line stands alone.
            flush()
            paragraph = [stripped]
            flush()
            continue
        if item is not None:
            if raw[:1] in (" ", "\t"):
                item.append(stripped)
                if len(raw.rstrip()) < short:
                    flush()
                continue
            flush()
        if paragraph and _LABEL.match(stripped):
            flush()  # 'Name: ...' then 'Date of birth: ...': one labelled line each
        paragraph.append(stripped)
        if len(raw.rstrip()) < short:
            flush()
    flush()
    return tuple(blocks)


def title_like(text: str) -> bool:
    """A short line that starts with a capital and does not end a sentence: maybe a heading.

    'Name: Sam Smith' is a label with its value, not a title.
    """
    words = text.split()
    _, colon, value = text.partition(": ")
    return (
        0 < len(words) <= 10
        and not _is_answer(text)
        and len(text) <= 80
        and text[:1].isupper()
        and not text.rstrip().endswith((".", ",", ";", "?", "!"))
        and not (colon and value.strip())
    )


def _is_answer(text: str) -> bool:
    """'N/A', 'None', 'Not applicable': a section's whole content, never its heading."""
    return text.strip(" .:;-–").lower() in _ANSWERS


def _full_width(lines: list[str]) -> int:
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return widths[int(len(widths) * 0.9)] if widths else 0


def _indent(line: str) -> int:
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4
        else:
            break
    return width


def _is_hard_wrapped(lines: list[str]) -> bool:
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    return bool(lengths) and max(lengths) <= WRAP_WIDTH and len(lengths) > 1


def _bare_pipes(line: str) -> int:
    return 0 if line.strip().startswith("|") else line.count(" | ")


def _bare_table_row(lines: list[str], index: int) -> bool:
    """A table row a case-management export writes without edge pipes ("Review date | Outcome"):
    a line with " | " between cells next to another with as many, so that a lone line with a
    pipe in it (a document banner) stays a paragraph."""
    count = _bare_pipes(lines[index])
    if count == 0:
        return False
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(_bare_pipes(line) == count for line in neighbours)


def _split_row(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in body:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(ch)
    cells.append("".join(current))
    return cells
