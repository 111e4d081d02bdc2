"""Any supported file -> RawDocument: choose the reader by extension and by the file's first
bytes, refuse what is empty, too big, unreadable or too short, and fingerprint the bytes.

Every failure is an AuditInputError with a one-line reason; nothing here prints plan text.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from audit.errors import AuditInputError
from audit.ingest.docx import OLE2_MAGIC, ZIP_MAGIC, read_docx
from audit.ingest.jsonplan import read_json_plan
from audit.ingest.pdf import PDF_MAGIC, read_pdf
from audit.ingest.text import read_text
from audit.model import Block, RawDocument

MAX_FILE_BYTES = 50 * 1024 * 1024
# Fewer words than this is a blank form or a failed export, not a document to audit.
MIN_WORDS = 30

EXTENSIONS: dict[str, str] = {
    ".docx": "docx", ".docm": "docx",
    ".pdf": "pdf",
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".json": "json",
}
# Formats people often try, with what to do instead.
_ADVICE: dict[str, str] = {
    ".doc": "old Word 97-2003 format (save it as .docx)",
    ".rtf": "unsupported file type .rtf (save it as .docx)",
    ".odt": "unsupported file type .odt (save it as .docx)",
    ".pages": "unsupported file type .pages (export it as .docx or PDF)",
}


def read_document(source: str, data: bytes | None = None) -> RawDocument:
    """Read a plan or advice file into blocks. `data` (an upload) is used instead of the disk."""
    source = str(source)
    suffix = Path(source).suffix.lower()
    if suffix not in EXTENSIONS:
        reason = _ADVICE.get(suffix) or (
            f"unsupported file type {suffix}" if suffix else "unsupported file type (no extension)"
        )
        raise AuditInputError(source, reason + "; use .docx, .pdf, .txt, .md or .json")
    if data is None:
        data = _read_bytes(source)
    if len(data) == 0:
        raise AuditInputError(source, "empty file (0 bytes)")
    if len(data) > MAX_FILE_BYTES:
        raise AuditInputError(source, _too_big())

    file_format = _sniff(data) or EXTENSIONS[suffix]
    structured: dict | None = None
    if file_format == "docx":
        blocks = read_docx(source, data)
    elif file_format == "pdf":
        blocks = read_pdf(source, data)
    elif file_format == "json":
        blocks, structured = read_json_plan(source, data)
    else:
        blocks = read_text(source, data, markdown=file_format == "md")

    words = _word_count(blocks)
    if words < MIN_WORDS:
        raise AuditInputError(source, f"no readable text ({words} words)")
    return RawDocument(
        source=source,
        format=file_format,  # type: ignore[arg-type]
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=blocks,
        structured=structured,
    )


def _read_bytes(source: str) -> bytes:
    path = Path(source)
    try:
        if not path.exists():
            raise AuditInputError(source, "file not found")
        if path.is_dir():
            raise AuditInputError(source, "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise AuditInputError(source, _too_big())
        with path.open("rb") as handle:
            # Read one byte past the limit so a file that grew since stat() is still refused.
            return handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise AuditInputError(source, "permission denied") from None
    except OSError as error:
        raise AuditInputError(source, f"cannot be read ({error.strerror or 'I/O error'})") from None


def _too_big() -> str:
    return f"file is over the {MAX_FILE_BYTES // (1024 * 1024)} MB limit"


def _sniff(data: bytes) -> str | None:
    """The format the first bytes prove, whatever the extension says; None for text."""
    if data.startswith((ZIP_MAGIC, OLE2_MAGIC)):
        return "docx"
    # The PDF header may follow up to 1 KB of junk (the spec allows it; readers accept it).
    if PDF_MAGIC in data[:1024]:
        return "pdf"
    return None


def _word_count(blocks: tuple[Block, ...]) -> int:
    return sum(len(block.text.split()) for block in blocks)
