"""Word .docx -> Blocks: paragraphs and table rows in document order, read from the body XML.

The package is checked before anything parses it (zip bomb limits, encrypted or old .doc
files, DTDs and entities refused), then word/document.xml is walked directly with lxml:
content controls, text boxes and nested tables included; headers, footers, comments and
deleted text left out; merged table cells read once.
"""

from __future__ import annotations

import io
import re
import xml.sax
import zipfile
from dataclasses import dataclass

import defusedxml.sax
from defusedxml import DefusedXmlException
from docx.styles import BabelFish
from lxml import etree

from audit.errors import AuditInputError
from audit.model import Block

# Limits checked on the zip directory before any member is inflated. A real plan is a few
# MB uncompressed; XML compresses about 10:1, so 100:1 on a large member means a bomb.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_MIN_BYTES = 1024 * 1024
MAX_MEMBERS = 10_000

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# An Office file saved with a password is an OLE2 compound file holding this stream.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

_WORD_NS = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # "Strict Open XML" saves
)
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MAIN_DOCUMENT = "word/document.xml"
_HEADING_NAME = re.compile(r"^heading ([1-9])$", re.IGNORECASE)
_TYPED_BULLET = re.compile(r"^[•●▪■◦○·‣\uf0b7\uf0a7-][ \t]+(\S.*)$", re.DOTALL)
_LIST_DEPTH = re.compile(r"^list [a-z ]*?([2-9])$", re.IGNORECASE)


class _PrologSeen(Exception):
    """Raised by the pre-scan at the root element: the prolog held no DTD."""


class _StopAtRoot(xml.sax.ContentHandler):
    def startElement(self, name: str, attrs: object) -> None:  # noqa: N802 (SAX API)
        raise _PrologSeen

    def startElementNS(self, name: object, qname: object, attrs: object) -> None:  # noqa: N802
        raise _PrologSeen


def read_docx(source: str, data: bytes) -> tuple[Block, ...]:
    """The blocks of a .docx file's body, or AuditInputError for anything unsafe or broken."""
    package = open_package(source, data)
    with package:
        names = set(package.namelist())
        main = _main_part(source, package, names)
        if main is None:
            raise AuditInputError(source, "not a Word document (no word/document.xml inside)")
        document = _parse_part(source, package, main)
        styles_name = main.rsplit("/", 1)[0] + "/styles.xml"
        styles = _parse_part(source, package, styles_name) if styles_name in names else None
    ns = etree.QName(document).namespace or _WORD_NS[0]
    if ns not in _WORD_NS:
        raise AuditInputError(source, "not a Word document (unexpected XML in word/document.xml)")
    body = document.find(f"{{{ns}}}body")
    if body is None:
        raise AuditInputError(source, "not a Word document (document has no body)")
    reader = _BodyReader(ns, _Styles(ns, styles))
    try:
        reader.walk(body)
    except RecursionError:
        reason = "refused: tables or content controls nested too deeply"
        raise AuditInputError(source, reason) from None
    return tuple(reader.blocks)


def open_package(source: str, data: bytes) -> zipfile.ZipFile:
    """The .docx zip, after refusing encrypted, old-format, corrupt and bomb-shaped files."""
    if data.startswith(OLE2_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise AuditInputError(
                source, "password-protected Word document (remove the password and save again)"
            )
        raise AuditInputError(source, "old Word 97-2003 format (save it as .docx)")
    if not data.startswith(ZIP_MAGIC):
        raise AuditInputError(source, "not a Word document (corrupt, or not a .docx file)")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except Exception:  # noqa: BLE001 - zipfile raises many exception types on damaged archives
        raise AuditInputError(source, "not a Word document (corrupt zip)") from None
    if len(members) > MAX_MEMBERS:
        raise AuditInputError(source, f"refused: more than {MAX_MEMBERS} parts inside the .docx")
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size >= RATIO_CHECK_MIN_BYTES and (
            member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1)
        ):
            raise AuditInputError(
                source, f"refused: compression ratio over {MAX_COMPRESSION_RATIO}:1 (zip bomb?)"
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise AuditInputError(
            source,
            f"refused: over {MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB uncompressed (zip bomb?)",
        )
    return package


def _main_part(source: str, package: zipfile.ZipFile, names: set[str]) -> str | None:
    if _MAIN_DOCUMENT in names:
        return _MAIN_DOCUMENT
    # Some generators name the main part differently; the package relationships say which.
    if "_rels/.rels" in names:
        relationships = _parse_part(source, package, "_rels/.rels")
        for relationship in relationships.iter("{*}Relationship"):
            if relationship.get("Type", "").endswith("/officeDocument"):
                target = relationship.get("Target", "").lstrip("/")
                if target in names:
                    return target
    return None


def _parse_part(source: str, package: zipfile.ZipFile, name: str) -> etree._Element:
    try:
        xml_bytes = package.read(name)
    except Exception:  # noqa: BLE001 - bad CRC, zlib errors, unsupported compression, ...
        reason = f"corrupt Word document ({name} cannot be unpacked)"
        raise AuditInputError(source, reason) from None
    refuse_dtd(source, xml_bytes, name)
    # No DTD loading, no entity resolution, no network: the lxml parser is safe on its own,
    # and refuse_dtd has already turned away any document that declares a DTD.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        remove_comments=True, remove_pis=True,
    )
    try:
        root = etree.fromstring(xml_bytes, parser)
    except etree.XMLSyntaxError:
        raise AuditInputError(source, f"corrupt Word document (broken XML in {name})") from None
    if root is None or root.getroottree().docinfo.doctype:
        raise AuditInputError(source, f"refused: {name} declares a DTD")
    return root


def refuse_dtd(source: str, xml_bytes: bytes, name: str) -> None:
    """Refuse XML whose prolog declares a DTD or entities (XXE, billion laughs).

    defusedxml reads only the prolog: parsing stops at the root element, so this costs
    almost nothing however large the part is.
    """
    try:
        defusedxml.sax.parseString(
            xml_bytes, _StopAtRoot(), forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except _PrologSeen:
        return
    except DefusedXmlException:
        raise AuditInputError(source, f"refused: {name} declares a DTD or entities") from None
    except xml.sax.SAXException:
        raise AuditInputError(source, f"corrupt Word document (broken XML in {name})") from None
    raise AuditInputError(source, f"corrupt Word document ({name} has no XML content)")


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    outline_level: int | None  # 0-based as Word stores it
    numbered: bool | None
    bold: bool | None


class _Styles:
    """Style names and the properties headings, lists and bold inherit through basedOn."""

    def __init__(self, ns: str, root: etree._Element | None) -> None:
        self.w = f"{{{ns}}}"
        self._cache: dict[tuple[str, str], object] = {}
        self.by_id: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        if root is None:
            return
        w = self.w
        for element in root.iter(f"{w}style"):
            style_id = element.get(f"{w}styleId")
            if not style_id:
                continue
            name_el = element.find(f"{w}name")
            name = name_el.get(f"{w}val") if name_el is not None else None
            name = BabelFish.internal2ui(name) if name else style_id
            based = element.find(f"{w}basedOn")
            ppr = element.find(f"{w}pPr")
            outline = numbered = None
            if ppr is not None:
                level = ppr.find(f"{w}outlineLvl")
                if level is not None:
                    outline = _int(level.get(f"{w}val"))
                num = ppr.find(f"{w}numPr")
                if num is not None:
                    num_id = num.find(f"{w}numId")
                    numbered = num_id is None or num_id.get(f"{w}val") != "0"
            rpr = element.find(f"{w}rPr")
            bold = _on_off(rpr.find(f"{w}b"), w) if rpr is not None else None
            self.by_id[style_id] = _Style(
                name=name,
                based_on=based.get(f"{w}val") if based is not None else None,
                outline_level=outline,
                numbered=numbered,
                bold=bold,
            )
            if element.get(f"{w}type") == "paragraph" and _on_off(element, w, "default"):
                self.default_paragraph = style_id

    def name(self, style_id: str | None) -> str | None:
        style_id = style_id or self.default_paragraph
        if style_id is None:
            return None
        style = self.by_id.get(style_id)
        return style.name if style else style_id

    def inherited(self, style_id: str | None, field: str) -> object:
        """A style property, looked up through the basedOn chain (cycles cut)."""
        style_id = style_id or self.default_paragraph
        if style_id is None:
            return None
        key = (style_id, field)
        if key in self._cache:
            return self._cache[key]
        value = None
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen:
            seen.add(current)
            style = self.by_id.get(current)
            if style is None:
                break
            value = getattr(style, field)
            if value is not None:
                break
            current = style.based_on
        self._cache[key] = value
        return value


class _BodyReader:
    """Walks body-level XML (body, table cells, content controls, text boxes) into Blocks."""

    def __init__(self, ns: str, styles: _Styles) -> None:
        w = f"{{{ns}}}"
        self.w = w
        self.styles = styles
        self.blocks: list[Block] = []
        self.table_count = 0
        self.P, self.TBL, self.SDT = w + "p", w + "tbl", w + "sdt"
        self.SDT_CONTENT = w + "sdtContent"
        self.TR, self.TC, self.R, self.T = w + "tr", w + "tc", w + "r", w + "t"
        self.TXBX = w + "txbxContent"
        self.PPR, self.RPR = w + "pPr", w + "rPr"
        # Inside a paragraph: subtrees whose text is not the paragraph's text.
        self.skip = {w + "pPr", w + "rPr", w + "del", w + "moveFrom", w + "delText",
                     w + "instrText", w + "footnoteReference", w + "endnoteReference",
                     _MC + "Fallback"}
        self.wrappers = {w + "customXml", w + "ins", w + "moveTo", w + "smartTag"}

    # --- body level ----------------------------------------------------------------------

    def walk(self, container: etree._Element) -> None:
        for child in container:
            tag = child.tag
            if tag == self.P:
                self.paragraph(child)
            elif tag == self.TBL:
                self.table(child)
            elif tag == self.SDT:
                content = child.find(self.SDT_CONTENT)
                if content is not None:
                    self.walk(content)
            elif tag in self.wrappers or tag == _MC + "AlternateContent":
                self.walk(child)
            elif tag == _MC + "Choice":
                self.walk(child)

    def paragraph(self, p: etree._Element) -> None:
        text, all_bold, boxes = self._paragraph_text(p)
        if text:
            self.blocks.append(self._paragraph_block(p, text, all_bold))
        for box in boxes:
            self.walk(box)

    def _paragraph_block(self, p: etree._Element, text: str, bold: bool) -> Block:
        w = self.w
        ppr = p.find(self.PPR)
        style_id = numbered = outline = list_level = None
        if ppr is not None:
            style_el = ppr.find(w + "pStyle")
            if style_el is not None:
                style_id = style_el.get(w + "val")
            num = ppr.find(w + "numPr")
            if num is not None:
                num_id = num.find(w + "numId")
                numbered = num_id is None or num_id.get(w + "val") != "0"
                ilvl = num.find(w + "ilvl")
                if ilvl is not None:
                    list_level = _int(ilvl.get(w + "val"))
            level_el = ppr.find(w + "outlineLvl")
            if level_el is not None:
                outline = _int(level_el.get(w + "val"))
        style = self.styles.name(style_id)
        if outline is None:
            outline = self.styles.inherited(style_id, "outline_level")
        if numbered is None:
            numbered = self.styles.inherited(style_id, "numbered")
        level: int | None = None
        if style:
            named = _HEADING_NAME.match(style)
            if named:
                level = int(named.group(1))
            elif style.lower() in ("title", "subtitle"):
                level = 1 if style.lower() == "title" else 2
        if level is None and isinstance(outline, int) and 0 <= outline <= 8:
            level = outline + 1
        text = _one_line(text) if level is not None else text
        if level is not None:
            return Block(kind="heading", text=text, level=level, bold=bold, style=style)
        typed = _TYPED_BULLET.match(text)
        if typed and not numbered:
            # A bullet typed as a character ("• item") in a plain paragraph is still a list item.
            return Block(kind="list_item", text=typed.group(1), level=1, bold=bold, style=style)
        if numbered or (style and "list" in style.lower()):
            # Nesting depth, 1 for a top-level bullet: sub-bullets are often an outcome's steps.
            if list_level is not None and 0 <= list_level <= 8:
                depth = list_level + 1
            else:
                named_depth = _LIST_DEPTH.match(style or "")
                depth = int(named_depth.group(1)) if named_depth else 1
            return Block(kind="list_item", text=text, level=depth, bold=bold, style=style)
        return Block(kind="paragraph", text=text, bold=bold, style=style)

    def _paragraph_text(self, p: etree._Element) -> tuple[str, bool, list[etree._Element]]:
        """The paragraph's visible text, whether every run with text is bold, its text boxes."""
        pieces: list[str] = []
        boxes: list[etree._Element] = []
        bold_runs = [0, 0]  # runs with text, bold runs with text
        ppr = p.find(self.PPR)
        para_style = None
        if ppr is not None:
            style_el = ppr.find(self.w + "pStyle")
            if style_el is not None:
                para_style = style_el.get(self.w + "val")
        para_bold = bool(self.styles.inherited(para_style, "bold"))
        self._collect(p, pieces, boxes, bold_runs, para_bold)
        lines = ("".join(pieces)).split("\n")
        text = "\n".join(cleaned for line in lines if (cleaned := _one_line(line)))
        return text, bold_runs[0] > 0 and bold_runs[0] == bold_runs[1], boxes

    def _collect(
        self,
        element: etree._Element,
        pieces: list[str],
        boxes: list[etree._Element],
        bold_runs: list[int],
        para_bold: bool,
    ) -> None:
        w = self.w
        for child in element:
            tag = child.tag
            if tag == self.R:
                if self._hidden(child):
                    continue
                run_text = self._run_text(child, boxes)
                if run_text:
                    pieces.append(run_text)
                    if run_text.strip():
                        bold_runs[0] += 1
                        if self._run_bold(child, para_bold):
                            bold_runs[1] += 1
            elif tag in self.skip or not isinstance(tag, str):
                continue
            elif tag == w + "sdt":
                content = child.find(self.SDT_CONTENT)
                if content is not None:
                    self._collect(content, pieces, boxes, bold_runs, para_bold)
            elif tag == self.TXBX:
                boxes.append(child)
            else:
                # hyperlink, ins, moveTo, smartTag, fldSimple, customXml, sdtContent, ...
                self._collect(child, pieces, boxes, bold_runs, para_bold)

    def _run_text(self, run: etree._Element, boxes: list[etree._Element]) -> str:
        w = self.w
        out: list[str] = []
        for child in run:
            tag = child.tag
            if tag == self.T:
                out.append(child.text or "")
            elif tag == w + "tab" or tag == w + "ptab":
                out.append("\t")
            elif tag == w + "br":
                out.append(" " if child.get(w + "type") == "page" else "\n")
            elif tag == w + "cr":
                out.append("\n")
            elif tag == w + "noBreakHyphen":
                out.append("-")
            elif tag in (w + "drawing", w + "pict", _MC + "AlternateContent", w + "object"):
                boxes.extend(self._text_boxes(child))
        return "".join(out)

    def _text_boxes(self, element: etree._Element) -> list[etree._Element]:
        # A text box is stored twice (DrawingML in mc:Choice, VML in mc:Fallback): read one.
        found: list[etree._Element] = []
        stack = [element]
        while stack:
            node = stack.pop()
            for child in node:
                if not isinstance(child.tag, str) or child.tag == _MC + "Fallback":
                    continue
                if child.tag == self.TXBX:
                    found.append(child)
                else:
                    stack.append(child)
        found.reverse()
        return found

    def _hidden(self, run: etree._Element) -> bool:
        """Hidden text (template instructions switched off) is not on the page."""
        rpr = run.find(self.RPR)
        return rpr is not None and bool(_on_off(rpr.find(self.w + "vanish"), self.w))

    def _run_bold(self, run: etree._Element, para_bold: bool) -> bool:
        w = self.w
        rpr = run.find(self.RPR)
        if rpr is not None:
            direct = _on_off(rpr.find(w + "b"), w)
            if direct is not None:
                return direct
            run_style = rpr.find(w + "rStyle")
            if run_style is not None:
                inherited = self.styles.inherited(run_style.get(w + "val"), "bold")
                if inherited is not None:
                    return bool(inherited)
        return para_bold

    # --- tables --------------------------------------------------------------------------

    def table(self, tbl: etree._Element) -> None:
        row_elements = self._children(tbl, self.TR)
        if all(len(self._children(tr, self.TC)) <= 1 for tr in row_elements):
            # A one-column table is page layout (a shaded box per section), not data:
            # read what is inside it as ordinary paragraphs, headings and lists.
            for tr in row_elements:
                for tc in self._children(tr, self.TC):
                    self.walk(tc)
            return
        index = self.table_count
        self.table_count += 1
        emitted = 0
        for tr in row_elements:
            texts = tuple(
                self._cell_text(tc) if tc is not None else "" for tc in self._row_cells(tr)
            )
            if not any(texts):
                continue
            # Lines inside a cell (its bullets) stay lines: `text` holds each cell verbatim,
            # so a cell's span can be found in it.
            flat = " | ".join(t for t in texts if t)
            self.blocks.append(
                Block(kind="table_row", text=flat, cells=texts, table=index, row=emitted)
            )
            emitted += 1

    def _children(self, element: etree._Element, tag: str) -> list[etree._Element]:
        """Direct children with `tag`, looking through content controls and customXml."""
        found: list[etree._Element] = []
        for child in element:
            if child.tag == tag:
                found.append(child)
            elif child.tag == self.SDT:
                content = child.find(self.SDT_CONTENT)
                if content is not None:
                    found.extend(self._children(content, tag))
            elif child.tag in self.wrappers:
                found.extend(self._children(child, tag))
        return found

    def _row_cells(self, tr: etree._Element) -> list[etree._Element | None]:
        """The row's cells by grid column: a merged cell's text once, None where it continues.

        Keeping one entry per grid column keeps every row aligned with the header row.
        """
        w = self.w
        cells: list[etree._Element | None] = []
        trpr = tr.find(w + "trPr")
        if trpr is not None:
            before = trpr.find(w + "gridBefore")
            if before is not None:
                cells.extend([None] * min(_int(before.get(w + "val")) or 0, 64))
        for tc in self._children(tr, self.TC):
            span = 1
            tcpr = tc.find(w + "tcPr")
            continued = False
            if tcpr is not None:
                grid_span = tcpr.find(w + "gridSpan")
                if grid_span is not None:
                    span = max(1, min(_int(grid_span.get(w + "val")) or 1, 64))
                # The lower parts of a vertically merged cell (and legacy horizontal merges)
                # repeat the cell they continue: that text is read once, where it starts.
                for merge in (tcpr.find(w + "vMerge"), tcpr.find(w + "hMerge")):
                    if merge is not None and merge.get(w + "val", "continue") != "restart":
                        continued = True
            cells.append(None if continued else tc)
            cells.extend([None] * (span - 1))
        return cells

    def _cell_text(self, tc: etree._Element) -> str:
        """A cell's paragraphs as lines; a nested table's rows as 'a | b' lines."""
        outer_blocks, outer_count = self.blocks, self.table_count
        self.blocks = []
        try:
            self.walk(tc)
            return "\n".join(block.text for block in self.blocks)
        finally:
            self.blocks, self.table_count = outer_blocks, outer_count


def _on_off(element: etree._Element | None, w: str, attr: str = "val") -> bool | None:
    """Word's on/off property: present means on unless val is false/0/off."""
    if element is None:
        return None
    value = element.get(w + attr)
    if value is None:
        return attr == "val"
    return value.lower() not in ("0", "false", "off")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _one_line(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())
