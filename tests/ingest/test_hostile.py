"""Files that are empty, broken, encrypted, oversized or built to attack the reader:
each gives one clear line, never a traceback, a hang or a leak of what the file holds."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

import audit.ingest.docx as docx_reader
import audit.ingest.readers as readers
from audit.errors import AuditInputError
from audit.ingest.readers import read_document
from audit.model import RawDocument

SENTENCE = "Sam enjoys football and drawing and he would like to be a vet one day. "


def docx_bytes(paragraphs: int = 6) -> bytes:
    document = docx.Document()
    for _ in range(paragraphs):
        document.add_paragraph(SENTENCE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def replace_part(data: bytes, name: str, content: bytes | None) -> bytes:
    """A copy of a .docx with one part replaced (or removed when content is None)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == name:
                if content is not None:
                    target.writestr(name, content)
            else:
                target.writestr(item, source.read(item.filename))
    return buffer.getvalue()


def pdf_bytes(encrypt: pdfencrypt.StandardEncryption | None = None) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=encrypt)
    for line in range(8):
        pdf.drawString(72, 780 - 16 * line, f"Line {line}: " + SENTENCE)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def reason(source: str, data: bytes | None = None) -> str:
    with pytest.raises(AuditInputError) as caught:
        read_document(source, data)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{source}: ")
    return message[len(source) + 2:]


# --- missing, empty, wrong kind --------------------------------------------------------------


def test_file_not_found(tmp_path: Path) -> None:
    assert reason(str(tmp_path / "missing.docx")) == "file not found"


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "plans.docx"
    folder.mkdir()
    assert reason(str(folder)) == "is a folder, not a file"


@pytest.mark.parametrize("name", ["empty.docx", "empty.pdf", "empty.txt", "empty.md", "empty.json"])
def test_zero_byte_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert reason(str(path)) == "empty file (0 bytes)"
    assert reason(name, b"") == "empty file (0 bytes)"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plan.exe", "unsupported file type .exe; use .docx, .pdf, .txt, .md or .json"),
        ("plan.doc",
         "old Word 97-2003 format (save it as .docx); use .docx, .pdf, .txt, .md or .json"),
        ("plan", "unsupported file type (no extension); use .docx, .pdf, .txt, .md or .json"),
    ],
)
def test_unsupported_extension(name: str, expected: str) -> None:
    assert reason(name, b"anything") == expected


def test_too_little_text() -> None:
    assert reason("plan.txt", b"Section A\n\nTo follow.") == "no readable text (4 words)"
    assert reason("plan.docx", docx_bytes(paragraphs=1)) == "no readable text (15 words)"


def test_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "big.txt"
    path.write_bytes(SENTENCE.encode() * 20_000)
    assert reason(str(path)) == "file is over the 1 MB limit"
    assert reason("big.txt", path.read_bytes()) == "file is over the 1 MB limit"


def test_default_size_limit_is_50_mb() -> None:
    assert readers.MAX_FILE_BYTES == 50 * 1024 * 1024


# --- junk renamed ----------------------------------------------------------------------------

JUNK = bytes(range(256)) * 64


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("junk.docx", "not a Word document (corrupt, or not a .docx file)"),
        ("junk.pdf", "not a PDF (corrupt, or not a PDF file)"),
        ("junk.txt", "binary file, not text (NUL bytes)"),
        ("junk.md", "binary file, not text (NUL bytes)"),
        ("junk.json", "JSON plan is not UTF-8 text"),
    ],
)
def test_binary_junk_renamed(name: str, expected: str) -> None:
    assert reason(name, JUNK) == expected


def test_content_beats_the_extension() -> None:
    # A PDF saved with a .txt name is still read as the PDF it is.
    assert read_document("plan.txt", pdf_bytes()).format == "pdf"


# --- corrupt and encrypted Word files -------------------------------------------------------


def test_zip_without_document_part() -> None:
    data = replace_part(docx_bytes(), "word/document.xml", None)
    assert reason("plan.docx", data) == "not a Word document (no word/document.xml inside)"


def test_broken_document_xml() -> None:
    data = replace_part(docx_bytes(), "word/document.xml", b"<w:document><w:body><w:p>")
    assert reason("plan.docx", data) == "corrupt Word document (broken XML in word/document.xml)"


def test_truncated_zip() -> None:
    data = docx_bytes()
    assert reason("plan.docx", data[: len(data) // 2]) == "not a Word document (corrupt zip)"


def ole2_file(*streams: str) -> bytes:
    """The start of an OLE2 compound file naming its streams, as Office writes them."""
    header = docx_reader.OLE2_MAGIC + b"\x00" * 504
    directory = b"".join(name.encode("utf-16-le").ljust(128, b"\x00") for name in streams)
    return header + directory + b"\x00" * 2048


def test_password_protected_docx() -> None:
    data = ole2_file("Root Entry", "EncryptionInfo", "EncryptedPackage")
    assert reason("plan.docx", data) == (
        "password-protected Word document (remove the password and save again)"
    )


def test_old_doc_renamed_docx() -> None:
    data = ole2_file("Root Entry", "WordDocument", "1Table")
    assert reason("plan.docx", data) == "old Word 97-2003 format (save it as .docx)"


# --- zip bombs -------------------------------------------------------------------------------


def test_zip_bomb_by_ratio() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b"\x00" * (20 * 1024 * 1024))
    assert reason("plan.docx", buffer.getvalue()) == (
        "refused: compression ratio over 100:1 (zip bomb?)"
    )


def test_zip_bomb_by_total_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED_BYTES", 10 * 1024)
    assert reason("plan.docx", docx_bytes()).startswith("refused: over 0 MB uncompressed")


def test_limits_are_checked_before_any_xml_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parsing(*args: object) -> None:
        raise AssertionError("parsed a part of a refused package")

    monkeypatch.setattr(docx_reader, "_parse_part", no_parsing)
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED_BYTES", 1024)
    assert reason("plan.docx", docx_bytes()).startswith("refused:")


# --- XML attacks -----------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_external_entity_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&xxe; {SENTENCE * 3}</w:t></w:r></w:p>"
        "</w:body></w:document>"
    ).encode()
    message = reason("plan.docx", replace_part(docx_bytes(), "word/document.xml", xml))
    assert message == "refused: word/document.xml declares a DTD or entities"
    assert "TOP-SECRET" not in message


def test_billion_laughs_is_refused() -> None:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{"&a%d;" % (i - 1) * 10}">' for i in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    message = reason("plan.docx", replace_part(docx_bytes(), "word/document.xml", xml))
    assert message == "refused: word/document.xml declares a DTD or entities"


def test_dtd_in_styles_is_refused_too() -> None:
    data = docx_bytes()
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml")
    poisoned = re.sub(rb"^(<\?xml[^>]*\?>)", rb'\1<!DOCTYPE x [<!ENTITY e "e">]>', styles)
    message = reason("plan.docx", replace_part(data, "word/styles.xml", poisoned))
    assert message == "refused: word/styles.xml declares a DTD or entities"


# --- PDFs --------------------------------------------------------------------------------------


def test_password_protected_pdf() -> None:
    data = pdf_bytes(pdfencrypt.StandardEncryption("secret"))
    assert reason("plan.pdf", data) == "password-protected PDF (remove the password first)"


def test_pdf_encrypted_with_empty_user_password_is_read() -> None:
    data = pdf_bytes(pdfencrypt.StandardEncryption("", ownerPassword="owner"))
    document = read_document("plan.pdf", data)
    assert document.blocks[0].text.startswith("Line 0: Sam enjoys football")


def test_pdf_with_wrong_xref_offsets_is_still_read() -> None:
    good = pdf_bytes()
    start = good.rindex(b"xref")
    broken = good[:start] + re.sub(rb"\d{10} 00000 n", b"0000000001 00000 n", good[start:])
    assert read_document("plan.pdf", broken).blocks == read_document("plan.pdf", good).blocks


@pytest.mark.parametrize(
    "damage",
    [
        lambda pdf: pdf[: len(pdf) // 3],
        lambda pdf: pdf.replace(b"startxref", b"startxrez"),
        lambda pdf: b"%PDF-1.4\n" + JUNK,
    ],
)
def test_unreadable_pdf_fails_cleanly(damage) -> None:
    assert reason("plan.pdf", damage(pdf_bytes())) == "damaged PDF (cannot be read)"


# --- fuzzing: any bytes give a document or an AuditInputError ---------------------------------


def _read_or_refuse(name: str, data: bytes) -> None:
    try:
        assert isinstance(read_document(name, data), RawDocument)
    except AuditInputError as error:
        assert "\n" not in str(error)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=4096), name=st.sampled_from(
    ["a.docx", "a.pdf", "a.txt", "a.md", "a.json"]))
def test_random_bytes(data: bytes, name: str) -> None:
    _read_or_refuse(name, data)


DOCX = docx_bytes()
PDF = pdf_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.sampled_from(["docx", "pdf"]),
    flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)),
                   min_size=1, max_size=8),
)
def test_damaged_real_files(which: str, flips: list[tuple[float, int]]) -> None:
    data = bytearray(DOCX if which == "docx" else PDF)
    for where, value in flips:
        data[int(where * len(data))] = value
    _read_or_refuse(f"a.{which}", bytes(data))


@pytest.mark.parametrize("depth", [100, 5000])
def test_deeply_nested_content_controls(depth: int) -> None:
    xml = (
        f"<w:document {W}><w:body>" + "<w:sdt><w:sdtContent>" * depth
        + f"<w:p><w:r><w:t>{SENTENCE * 3}</w:t></w:r></w:p>"
        + "</w:sdtContent></w:sdt>" * depth + "</w:body></w:document>"
    ).encode()
    data = replace_part(docx_bytes(), "word/document.xml", xml)
    try:
        document = read_document("plan.docx", data)
    except AuditInputError as error:
        assert depth > 128, error  # libxml2 refuses XML nested more than 256 elements deep
    else:
        assert document.blocks[0].text == (SENTENCE * 3).strip()
