"""A section's blocks -> units: logical table rows (header columns named, wrapped lines joined
back, split cells fitted), area sub-headings and the other blocks, with offsets in the section.

PDF tables arrive one printed line per row ("Oscar will use two-word phrases to | Oscar will
use a picture exchange"); a logical row is rebuilt from the line that starts it and the
lines that continue its columns, so an outcome is one outcome however many lines it wraps to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Union

from audit.ingest.sections import cell_offsets
from audit.model import Block, Section

# A wrapped continuation line of a table cell is short; a new row's main cell rarely is.
_CONTINUATION_WORDS = 8


@dataclass(frozen=True)
class Fragment:
    """Text of one cell line, with its span in the section's text."""

    text: str
    start: int
    end: int


@dataclass
class LogicalRow:
    """One row of a table as the reader of the plan sees it, however many lines it took."""

    roles: list[str | None]
    cells: list[list[Fragment]]
    start: int
    end: int
    table: int | None = None

    def text(self, column: int) -> str:
        return " ".join(f.text for f in self.cells[column])

    def column(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    def role_text(self, role: str) -> str | None:
        index = self.column(role)
        return (self.text(index) or None) if index is not None else None

    def role_span(self, role: str) -> tuple[int, int] | None:
        index = self.column(role)
        if index is None or not self.cells[index]:
            return None
        return self.cells[index][0].start, self.cells[index][-1].end

    @property
    def wrapped(self) -> bool:
        return any(len(fragments) > 1 for fragments in self.cells)

    def texts(self) -> list[str]:
        return [self.text(i) for i in range(len(self.cells))]

    def _targets(self) -> list[int]:
        """Columns a continuation line may continue: all but short area/need labels."""
        return [i for i, role in enumerate(self.roles) if role != "area"] or list(range(len(self.cells)))

    def unfinished(self) -> list[int]:
        return [i for i in self._targets() if self.cells[i] and not _finished(self.text(i))]

    def extend_aligned(self, fragments: list[Fragment | None]) -> None:
        """Add a continuation line whose cells line up with this row's columns."""
        for column, fragment in enumerate(fragments):
            if fragment is not None:
                self.cells[column].append(fragment)
                self.end = max(self.end, fragment.end)

    def extend(self, fragments: list[Fragment], main: int) -> None:
        """Add a continuation line's cells to the columns they continue, left to right."""
        targets = self._targets()
        if len(fragments) >= len(self.cells):
            targets = list(range(len(self.cells)))
        elif len(fragments) == 1:
            open_columns = self.unfinished()
            targets = [open_columns[0] if open_columns else main]
        for column, fragment in zip(targets, fragments):
            self.cells[column].append(fragment)
        for fragment in fragments[len(targets):]:
            self.cells[targets[-1] if targets else 0].append(fragment)
        self.end = max(self.end, max(f.end for f in fragments))


@dataclass(frozen=True)
class AreaHeading:
    name: str


@dataclass(frozen=True)
class BodyBlock:
    block: Block
    offset: int  # where block.text starts in the section's text


Unit = Union[LogicalRow, AreaHeading, BodyBlock]


def _finished(text: str) -> bool:
    return bool(re.search(r"[.!?][\"'”’)\]]*$", text.strip()))


def section_blocks(section: Section) -> list[tuple[Block, int]]:
    """Each block of a section with its offset in the section's text (blocks are clipped to it).

    A template that puts a whole section in one table cell ("Part F | <all the provision>")
    gives one block of many lines; its lines are read as the blocks they stand for.
    """
    out: list[tuple[Block, int]] = []
    pos = 0
    for number, block in enumerate(section.blocks):
        if not block.text.strip():
            continue
        at = section.text.find(block.text, pos)
        if at < 0:
            continue
        if block.kind == "table_row" and len([c for c in block.cells if c.strip()]) <= 1 and "\n" in block.text.strip():
            out.extend(cell_lines(block, at, table=_NESTED_TABLE + number))
        else:
            out.append((block, at))
        pos = at + len(block.text)
    return out


# Table numbers for tables nested in a cell, clear of the document's own (0-based) numbering.
_NESTED_TABLE = 1_000_000


def cell_lines(block: Block, offset: int, table: int) -> list[tuple[Block, int]]:
    """A one-cell block's lines as blocks: "a | b" lines (a table nested in the cell, as readers
    flatten it) become rows of one table, other lines paragraphs."""
    out: list[tuple[Block, int]] = []
    start = 0
    for line in block.text.split("\n"):
        if line.strip():
            if " | " in line:
                cells = tuple(cell.strip() for cell in line.split(" | "))
                out.append((Block(kind="table_row", text=line, cells=cells, table=table, page=block.page), offset + start))
            else:
                out.append((Block(kind="paragraph", text=line, page=block.page), offset + start))
        start += len(line) + 1
    return out


def header_roles(cells: list[str], columns: tuple[tuple[str, re.Pattern[str]], ...]) -> list[str | None] | None:
    """Column roles when a row is a header row (short column titles, most of them known)."""
    # A title may carry a note in brackets ("Steps (to check at review in May 2027)").
    cells = [re.sub(r"\s*\([^)]*\)", "", c).strip() if c else c for c in cells]
    filled = [c for c in cells if c]
    if len(filled) < 2 or any(len(c.split()) > 6 or c.endswith(".") for c in filled):
        return None
    roles: list[str | None] = []
    for cell in cells:
        role = next((name for name, pattern in columns if cell and pattern.search(cell)), None)
        roles.append(role if role not in roles else None)
    known = sum(1 for r in roles if r)
    return roles if known >= 2 and known * 2 >= len(filled) else None


def _row_fragments(block: Block, offset: int) -> list[Fragment | None]:
    """Each cell of a row as a Fragment (None for an empty cell), in column order."""
    if not block.cells:
        text = block.text.strip()
        at = block.text.find(text)
        return [Fragment(text, offset + at, offset + at + len(text))] if text else []
    out: list[Fragment | None] = []
    for cell, (s, e) in zip(block.cells, cell_offsets(block)):
        out.append(Fragment(cell.strip(), offset + s, offset + e) if cell.strip() and s >= 0 else None)
    return out


def _new_row(fragments: list[Fragment | None], roles: list[str | None] | None, table: int | None) -> LogicalRow:
    while fragments and fragments[-1] is None:
        fragments = fragments[:-1]
    filled = [f for f in fragments if f is not None]
    if roles is None:
        cells = [[f] for f in filled]
        return LogicalRow([None] * len(cells), cells, filled[0].start, filled[-1].end, table)
    width = len(roles)
    if len(fragments) == width:
        cells = [[f] if f is not None else [] for f in fragments]
    elif len(filled) > width:
        # A cell split in two ("Social" | "emotional and mental health"): the extras join the first.
        extra = len(filled) - width + 1
        cells = [filled[:extra]] + [[f] for f in filled[extra:]]
    else:
        cells = [[f] for f in filled] + [[] for _ in range(width - len(filled))]
    return LogicalRow(list(roles), cells, filled[0].start, filled[-1].end, table)


def _continues_main(row: LogicalRow, fragments: list[Fragment | None], roles: list[str | None], main_role: str) -> bool:
    """A printed row whose main cell goes on in lower case ("grades of at least B, C, C ...")
    continues the row above, whatever its other cells hold (a wrapped area label, more steps)."""
    if main_role not in roles or len(fragments) != len(roles) or len(row.cells) != len(roles):
        return False
    main = fragments[roles.index(main_role)]
    return main is not None and main.text[:1].islower() and bool(row.cells[roles.index(main_role)])


def _continues(row: LogicalRow, fragments: list[Fragment], width: int) -> bool:
    """Whether a table line continues the previous logical row (a PDF cell wrapping)."""
    if not fragments:
        return False
    first = fragments[0].text
    if first[:1].islower() or first[:1] in "(&,;–-":
        return True
    if any(len(f.text.split()) > _CONTINUATION_WORDS for f in fragments):
        return False
    return len(fragments) < width and bool(row.unfinished())


def table_units(section: Section, columns: tuple[tuple[str, re.Pattern[str]], ...],
                area_of: Callable[[str], str | None], main_role: str) -> list[Unit]:
    """The section as units: logical rows, area sub-headings, other blocks, in order."""
    units: list[Unit] = []
    roles: list[str | None] | None = None
    row: LogicalRow | None = None
    last_was_row = False

    def flush() -> None:
        nonlocal row
        if row is not None:
            units.append(row)
            row = None

    for block, offset in section_blocks(section):
        if block.kind == "table_row":
            fragments = _row_fragments(block, offset)
            filled = [f for f in fragments if f is not None]
            if not filled:
                continue
            header = header_roles([f.text if f else "" for f in fragments], columns)
            if header is not None:
                flush()
                while header and header[-1] is None and not fragments[len(header) - 1]:
                    header, fragments = header[:-1], fragments[:-1]  # a ghost column with no title
                roles = header
                last_was_row = True
                continue
            if len({f.text for f in filled}) == 1 and area_of(filled[0].text):
                flush()
                units.append(AreaHeading(area_of(filled[0].text)))  # type: ignore[arg-type]
                last_was_row = False
                continue
            width = len(roles) if roles else (len(row.cells) if row else len(filled))
            if row is not None and roles is not None and _continues_main(row, fragments, roles, main_role):
                row.extend_aligned(fragments)
            elif row is not None and (roles is None or len(row.roles) == width) and _continues(row, filled, width):
                row.extend(filled, _main(row, main_role))
            else:
                flush()
                row = _new_row(fragments, roles, block.table)
            last_was_row = True
            continue
        text = block.text.strip()
        # A printed (PDF) cell wraps onto short lines of its own; a line in a cell never does.
        if (row is not None and last_was_row and block.kind == "paragraph" and not block.bold
                and (row.table is None or row.table < _NESTED_TABLE)
                and len(text.split()) <= 15 and (text[:1].islower() or row.unfinished())):
            lead = len(block.text) - len(block.text.lstrip())
            row.extend([Fragment(text, offset + lead, offset + lead + len(text))], _main(row, main_role))
            last_was_row = False
            continue
        flush()
        last_was_row = False
        units.append(BodyBlock(block, offset))
    flush()
    return units


def _main(row: LogicalRow, main_role: str) -> int:
    index = row.column(main_role)
    if index is not None:
        return index
    return max(range(len(row.cells)), key=lambda i: len(row.text(i)))
