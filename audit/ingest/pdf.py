"""PDF with a text layer -> Blocks: running headers, footers and page numbers removed, words
hyphenated across lines re-joined, wrapped lines joined into paragraphs, bullets, heading-like
lines and column-aligned rows kept as their own blocks.

pypdf's "layout" extraction is used: it keeps vertical gaps as blank lines (paragraph breaks)
and table cells apart on one line, with the same word spacing as "plain" mode.
"""

from __future__ import annotations

import io
import logging
import math
import re
from dataclasses import dataclass

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from audit.errors import AuditInputError
from audit.ingest.text import (
    SHORT_LINE,
    clean_line,
    ends_sentence,
    heading_level,
    list_bullet,
    title_like,
)
from audit.model import Block

PDF_MAGIC = b"%PDF-"
_PASSWORD = "password-protected PDF (remove the password first)"
MAX_PAGES = 2000
# Lines this near the top or bottom of a page are candidates for running headers/footers.
EDGE_LINES = 3

_PAGE_NUMBER = re.compile(
    r"^(?:page[ \t]*)?[-–—(]?[ \t]*\d{1,4}[ \t]*(?:(?:of|/)[ \t]*\d{1,4})?[ \t]*[-–—)]?$",
    re.IGNORECASE,
)
# Words with at most two spaces between them; possessive, so it cannot backtrack.
_SEGMENT = re.compile(r"\S++(?: {1,2}\S++)*+")
# A line of a table cell ending in one of these words goes on in the line below.
_RUN_ON_WORDS = frozenset(
    "a an the and or but to of for with in on at by from as when that which who than".split()
)
# A column fragment this close to a column's start belongs to that column.
COLUMN_SLACK = 4

_DIGITS = re.compile(r"\d+")
# Glyphs Word and other writers use for bullets that text extraction turns into odd code points.
_PDF_BULLETS = {"\x7f": "•", "\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "•", "\uf076": "•",
                "\uf0fc": "•", "\u25aa": "▪", "\u2023": "‣"}
# Hyphenated compounds whose hyphen stays when they break at the end of a line.
_KEEP_HYPHEN = frozenset(
    "self well non co multi cross long short full part half one two three four five face "
    "day after follow year key age semi".split()
)
_HYPHEN_END = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,40})-$|^([A-Za-z]{1,40})-$")

# pypdf logs every defect of a damaged file, and plan text could ride along: keep it quiet.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


@dataclass
class _Line:
    text: str  # whitespace collapsed; "" for a vertical gap
    raw: str  # as extracted, for indentation and cell gaps
    page: int  # 1-based


def read_pdf(source: str, data: bytes) -> tuple[Block, ...]:
    """The blocks of a PDF's text layer, or AuditInputError (encrypted, damaged, scanned)."""
    if PDF_MAGIC not in data[:1024]:
        raise AuditInputError(source, "not a PDF (corrupt, or not a PDF file)")
    pages = _page_texts(source, data)
    if not any(text.strip() for text in pages):
        raise AuditInputError(source, "scanned PDF with no text layer (OCR it first)")
    page_lines = [_split_lines(text, number) for number, text in enumerate(pages, start=1)]
    _drop_running_lines(page_lines)
    return _blocks([line for lines in page_lines for line in lines])


def _page_texts(source: str, data: bytes) -> list[str]:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many PDFs are "encrypted" with an empty user password just to set permissions.
            try:
                opened = reader.decrypt("")
            except DependencyError:
                reason = "encrypted PDF needs the cryptography package"
                raise AuditInputError(source, reason) from None
            if opened == PasswordType.NOT_DECRYPTED:
                raise AuditInputError(source, _PASSWORD)
        count = len(reader.pages)
    except AuditInputError:
        raise
    except FileNotDecryptedError:
        raise AuditInputError(source, _PASSWORD) from None
    except Exception:  # noqa: BLE001 - pypdf raises many exception types on damaged files
        raise AuditInputError(source, "damaged PDF (cannot be read)") from None
    if count == 0:
        raise AuditInputError(source, "damaged PDF (no pages)")
    if count > MAX_PAGES:
        raise AuditInputError(source, f"refused: more than {MAX_PAGES} pages")
    texts: list[str] = []
    for number in range(count):
        texts.append(_page_text(source, reader, number))
    return texts


def _page_text(source: str, reader: PdfReader, number: int) -> str:
    for mode in ("layout", "plain"):
        try:
            return reader.pages[number].extract_text(extraction_mode=mode)
        except Exception:  # noqa: BLE001 - pypdf raises many types on damaged content streams
            continue
    raise AuditInputError(source, f"damaged PDF (page {number + 1} cannot be read)")


def _split_lines(text: str, page: int) -> list[_Line]:
    lines: list[_Line] = []
    for raw in text.split("\n"):
        raw = raw.rstrip()
        for odd, bullet in _PDF_BULLETS.items():
            if odd in raw:
                raw = raw.replace(odd, bullet)
        lines.append(_Line(text=clean_line(raw), raw=raw, page=page))
    # Layout mode pads pages with blank lines; keep at most one blank between texts.
    while lines and not lines[0].text:
        lines.pop(0)
    while lines and not lines[-1].text:
        lines.pop()
    return lines


def _edge_positions(lines: list[_Line]) -> dict[int, str]:
    """Index -> position key ('top 0', 'bottom 1', ...) of the first and last text lines.

    Layout extraction keeps vertical gaps as blank lines, so a running header or footer
    sits at the same position on every page while body text ending near it does not.
    """
    texts = [i for i, line in enumerate(lines) if line.text]
    edges = {i: f"top {i}" for i in texts[:EDGE_LINES]}
    edges.update({i: f"bottom {len(lines) - 1 - i}" for i in texts[-EDGE_LINES:]})
    return edges


def _running_key(position: str, text: str) -> str:
    return position + " " + _DIGITS.sub("#", text.lower())


def _drop_running_lines(page_lines: list[list[_Line]]) -> None:
    """Remove page numbers, and lines repeated at the same top or bottom place on most pages."""
    seen_on: dict[str, int] = {}
    for lines in page_lines:
        keys = {_running_key(pos, lines[i].text) for i, pos in _edge_positions(lines).items()}
        for key in keys:
            seen_on[key] = seen_on.get(key, 0) + 1
    pages = len(page_lines)
    threshold = max(2, math.ceil(pages * 0.5)) if pages >= 2 else None
    for lines in page_lines:
        doomed = {
            i
            for i, pos in _edge_positions(lines).items()
            if _PAGE_NUMBER.match(lines[i].text)
            or (threshold is not None and seen_on[_running_key(pos, lines[i].text)] >= threshold)
        }
        if doomed:
            lines[:] = [line for i, line in enumerate(lines) if i not in doomed]
        while lines and not lines[0].text:
            lines.pop(0)
        while lines and not lines[-1].text:
            lines.pop()


def _join(previous: str, line: str) -> str:
    """Join a wrapped line, re-joining a word hyphenated across the break."""
    # Only the tail is searched: a regex over a whole long line would be quadratic.
    hyphen = _HYPHEN_END.search(previous[-64:]) if previous.endswith("-") else None
    if hyphen and line[:1].islower():
        stem = (hyphen.group(1) or hyphen.group(2)).lower()
        if stem in _KEEP_HYPHEN:
            return previous + line
        return previous[:-1] + line
    return previous + " " + line


def _segments(line: _Line) -> list[tuple[int, str]]:
    """(column, text) of each run of words on a line; 3+ spaces separate table cells."""
    return [(m.start(), m.group()) for m in _SEGMENT.finditer(line.raw)]


def _indent(line: _Line) -> int:
    return len(line.raw) - len(line.raw.lstrip(" "))


def _bullet(line: _Line) -> tuple[str, int] | None:
    """(item text, column of its bullet) for a bullet line, else None.

    Some writers draw an outer list's bullet beside a nested list's first bullet ("• • text"):
    the innermost bullet is the item's own.
    """
    match = list_bullet(line.raw)
    if match is None:
        return None
    column = _indent(line)
    while True:
        inner = list_bullet(match.group(1))
        if inner is None or inner.group(1) == match.group(1):
            break
        column = len(line.raw) - len(match.group(1))
        match = inner
    return clean_line(match.group(1)), column


def _bullet_depths(lines: list[_Line]) -> dict[int, int]:
    """Bullet column -> list depth (1 = outermost), clustering columns one or two apart."""
    indents = sorted({found[1] for line in lines if line.text and (found := _bullet(line))})
    depths: dict[int, int] = {}
    depth = 0
    previous = None
    for indent in indents:
        if previous is None or indent - previous > 2:
            depth += 1
        depths[indent] = min(depth, 9)
        previous = indent
    return depths


def _blocks(lines: list[_Line]) -> tuple[Block, ...]:
    return _Assembler(lines).run()


def _full_width(lines: list[_Line]) -> int:
    """The width of a full line of body text: the 90th percentile of one-segment lines."""
    widths = sorted(len(line.raw) for line in lines if line.text and "   " not in line.raw.strip())
    return widths[int(len(widths) * 0.9)] if widths else 0


class _Row:
    """A table row being assembled from a line and the wrapped lines under it."""

    def __init__(self, columns: list[int], page: int) -> None:
        self.columns = columns  # start column of each table column, shared by the table's rows
        self.fragments: dict[int, list[str]] = {}  # column start -> its lines of text
        self.page = page

    def add(self, segments: list[tuple[int, str]]) -> None:
        for start, text in segments:
            self.fragments.setdefault(self._column(start), []).append(clean_line(text))

    def _column(self, start: int) -> int:
        nearest = min(self.columns, key=lambda column: abs(column - start))
        if abs(nearest - start) <= COLUMN_SLACK:
            return nearest
        # A cell in a column the first row left empty.
        self.columns.append(start)
        self.columns.sort()
        return start

    def first_cell_runs_on(self) -> bool:
        """The first cell's last line stops mid-sentence (a comma, 'and', 'to' ...)."""
        lines = self.fragments.get(self.columns[0], [])
        if not lines:
            return False
        last = lines[-1].rstrip()
        return last.endswith(",") or last.rsplit(" ", 1)[-1].lower() in _RUN_ON_WORDS

    def cells(self) -> tuple[str, ...]:
        cells: list[str] = []
        for column in self.columns:
            text = ""
            for fragment in self.fragments.get(column, []):
                text = _join(text, fragment) if text else fragment
            cells.append(text)
        return tuple(cells)


class _Assembler:
    """Lines -> Blocks: paragraphs, list items, headings and table rows, in reading order."""

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        self.depths = _bullet_depths(lines)
        self.short = _full_width(lines) * SHORT_LINE
        self.blocks: list[Block] = []
        self.current: dict | None = None  # paragraph or list item: kind, text, page, indent
        self.row: _Row | None = None
        self.columns: list[int] | None = None  # set while a table is being read
        self.table_index = -1
        self.table_rows = 0

    def run(self) -> tuple[Block, ...]:
        for i, line in enumerate(self.lines):
            self.line(i, line)
        self.flush()
        return tuple(self.blocks)

    def flush(self) -> None:
        """Finish the block being built; any other block also ends a table."""
        self.end_table()
        if self.current is not None:
            block = self.current
            self.blocks.append(Block(kind=block["kind"], text=block["text"], page=block["page"],
                                     level=block.get("level")))
            self.current = None

    def flush_row(self) -> None:
        if self.row is None:
            return
        cells = self.row.cells()
        self.blocks.append(Block(
            kind="table_row", text=" | ".join(c for c in cells if c), cells=cells,
            table=self.table_index, row=self.table_rows, page=self.row.page,
        ))
        self.table_rows += 1
        self.row = None

    def end_table(self) -> None:
        self.flush_row()
        self.columns = None

    def line(self, i: int, line: _Line) -> None:
        text = line.text
        if not text:
            self.flush()
            return
        page_turn = i > 0 and self.lines[i - 1].page != line.page
        if page_turn:
            self.end_table()
        bullet = _bullet(line)
        segments = _segments(line)
        if not bullet and segments and self.table_line(line, segments):
            return
        current = self.current
        at_break = (
            current is None
            or ends_sentence(current["text"])
            or current["last_width"] < self.short
        )
        if bullet:
            self.flush()
            self.current = {"kind": "list_item", "text": bullet[0], "page": line.page,
                            "indent": bullet[1] + 2, "level": self.depths.get(bullet[1], 1),
                            "last_width": len(line.raw)}
            return
        if self.heading_goes_on(i, line):
            return
        level = heading_level(text)
        in_item = current is not None and current["kind"] == "list_item"
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        followed = following is not None and bool(following.text) and following.page == line.page
        if (level is not None and (at_break or in_item)) or (
            at_break and title_like(text) and (not followed or len(line.raw) < self.short)
        ):
            self.flush()
            self.blocks.append(Block(kind="heading", text=text, level=level or 2, page=line.page))
            return
        if current is not None and (
            (in_item and (_indent(line) >= current["indent"] or text[:1].islower()))
            or (not in_item and not at_break)
            or text[:1].islower()
        ):
            # A wrapped line: bullets go on indented; paragraphs go on after a full line.
            current["text"] = _join(current["text"], text)
            current["last_width"] = len(line.raw)
            return
        self.flush()
        self.current = {"kind": "paragraph", "text": text, "page": line.page,
                        "last_width": len(line.raw)}

    def heading_goes_on(self, i: int, line: _Line) -> bool:
        """A long heading wrapped onto a second line in lower case: join it back."""
        previous = self.lines[i - 1] if i > 0 else None
        last = self.blocks[-1] if self.blocks else None
        if (
            self.current is None and last is not None and last.kind == "heading"
            and previous is not None and previous.text == last.text and previous.page == line.page
            and line.text[:1].islower() and len(line.text.split()) <= 6
            and not ends_sentence(last.text)
        ):
            self.blocks[-1] = last.model_copy(update={"text": _join(last.text, line.text)})
            return True
        return False

    def table_line(self, line: _Line, segments: list[tuple[int, str]]) -> bool:
        """Take the line into the table being read, as a new row or as wrapped cell text.

        Layout text has no row borders: a line with a cell at the first column that starts
        with a capital or a digit, and at least two cells, starts a row; anything else in the
        table continues the cells above it, by column. A lone capitalised line back at the
        margin is body text again.
        """
        if self.columns is None:
            if len(segments) < 2:
                return False
            self.flush()
            self.table_index += 1
            self.table_rows = 0
            self.columns = [start for start, _ in segments]
            self.row = _Row(self.columns, line.page)
            self.row.add(segments)
            return True
        if self.row is None:
            return False
        first_start, first_text = segments[0]
        at_first_column = abs(first_start - self.columns[0]) <= COLUMN_SLACK
        if (
            at_first_column and len(segments) >= 2
            and (first_text[:1].isupper() or first_text[:1].isdigit())
            and not self.row.first_cell_runs_on()
        ):
            self.flush_row()
            self.row = _Row(self.columns, line.page)
            self.row.add(segments)
            return True
        if at_first_column and len(segments) == 1 and first_text[:1].isupper():
            self.end_table()
            return False
        self.row.add(segments)
        return True
