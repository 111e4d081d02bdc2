"""The annotated draft: a copy of the .docx with one Word comment per finding, anchored on the
text it quotes (across runs, in table cells, or where a cross-paragraph quote starts), a
summary comment with the grades, and the original file untouched."""

from __future__ import annotations

import hashlib
import io
from collections import defaultdict
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from audit.errors import AuditInputError
from audit.ingest import read_plan
from audit.model import CriterionResult, Finding, OverallGrade, Plan, PlanAudit, PlanFacts
from audit.report.annotate import annotate_docx, write_annotated

AS_OF = date(2026, 11, 1)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SAMPLE = Path(__file__).parents[2] / "samples" / "03_alfie_marchbank_year4.docx"


def build_draft(path: Path) -> bytes:
    """A small plan: a quote split over three runs, a table, a repeated phrase, two paragraphs."""
    document = docx.Document()
    document.add_heading("Education, Health and Care Plan for Test Child", level=1)
    document.add_heading("Section A: Views, interests and aspirations", level=2)
    document.add_paragraph("I like trains and I want to drive one when I am grown up. My mum says I am kind.")
    document.add_heading("Section B: Special educational needs", level=2)
    document.add_paragraph("Sam finds reading hard and needs help with spelling as required by his teacher.")
    document.add_heading("Section E: Outcomes", level=2)
    outcome = document.add_paragraph("Sam ")
    outcome.add_run("will be ").bold = True
    outcome.add_run("supported to").italic = True
    outcome.add_run(" manage his emotions.")
    document.add_paragraph("The first line of a long outcome ends here.")
    document.add_paragraph("The second line continues it.")
    document.add_heading("Section F: Special educational provision", level=2)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Provision"
    table.cell(0, 1).text = "Who"
    table.cell(1, 0).text = "Access to ELSA sessions as required"
    run = table.cell(1, 1).paragraphs[0].add_run("Teaching assistant")
    run.font.size = Pt(11)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def finding(plan: Plan, section: str, quote: str, rule: str = "test.rule", occurrence: int = 0) -> Finding:
    text = plan.section(section).text  # type: ignore[union-attr]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return Finding(criterion="provision_specific", rule=rule, section=section, quote=quote, start=start,
                   end=start + len(quote), severity="high", message=f"Message about {quote[:12]}",
                   fix=f"Fix for {quote[:12]}")


def audit_of(plan: Plan, findings: list[Finding]) -> PlanAudit:
    result = CriterionResult(id="provision_specific", title="Provision is specified and quantified", grade=2,
                             label="Requires improvement", summary="Some vague provision.", findings=tuple(findings))
    return PlanAudit(plan_id="draft", source=plan.source, sha256=plan.sha256, rubric_id="inspection",
                     rubric_version="1.0.0", as_of=AS_OF, facts=PlanFacts(), sections_found=("A", "B", "E", "F"),
                     sections_missing=(), criteria=(result,),
                     overall=OverallGrade(grade=2, label="Requires improvement", score=2.0))


def anchored_texts(data: bytes) -> dict[str, str]:
    """Comment id -> the document text between its range start and end."""
    body = docx.Document(io.BytesIO(data)).element.body
    texts: dict[str, str] = defaultdict(str)
    open_ids: list[str] = []
    for element in body.iter():
        if element.tag == W + "commentRangeStart":
            open_ids.append(element.get(W + "id"))
        elif element.tag == W + "commentRangeEnd":
            open_ids.remove(element.get(W + "id"))
        elif element.tag == W + "t":
            for comment_id in open_ids:
                texts[comment_id] += element.text or ""
        elif element.tag == W + "p":
            for comment_id in open_ids:
                texts[comment_id] += "\n" if texts[comment_id] else ""
    return dict(texts)


def comments_of(data: bytes) -> dict[str, str]:
    return {str(c.comment_id): c.text for c in docx.Document(io.BytesIO(data)).comments}


@pytest.fixture
def draft(tmp_path: Path) -> tuple[Path, bytes, Plan]:
    path = tmp_path / "draft.docx"
    data = build_draft(path)
    return path, data, read_plan(str(path), as_of=AS_OF)


def test_each_finding_is_one_comment_anchored_on_its_quote(draft: tuple[Path, bytes, Plan]) -> None:
    path, data, plan = draft
    findings = [finding(plan, "E", "will be supported to"),  # across three runs
                finding(plan, "F", "as required"),  # in a table cell
                finding(plan, "E", "Sam will be supported to manage his emotions.")]
    annotated = annotate_docx(data, audit_of(plan, findings), plan)
    comments = comments_of(annotated)
    assert len(comments) == len(findings) + 1
    anchored = anchored_texts(annotated)
    summary_id, *finding_ids = sorted(comments, key=int)
    assert "overall 2 Requires improvement" in comments[summary_id]
    assert "Provision is specified and quantified: 2 Requires improvement" in comments[summary_id]
    for comment_id, found in zip(finding_ids, findings):
        assert anchored[comment_id] == found.quote  # exactly the quote: runs were split at its edges
        assert found.message in comments[comment_id] and f"How to fix: {found.fix}" in comments[comment_id]


def test_splitting_runs_keeps_their_text_and_formatting(draft: tuple[Path, bytes, Plan]) -> None:
    _, data, plan = draft
    annotated = annotate_docx(data, audit_of(plan, [finding(plan, "E", "be supported")]), plan)
    document = docx.Document(io.BytesIO(annotated))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Sam will"))
    assert paragraph.text == "Sam will be supported to manage his emotions."
    assert [r.text for r in paragraph.runs if r.bold] == ["will ", "be "]
    assert [r.text for r in paragraph.runs if r.italic] == ["supported", " to"]


def test_a_repeated_quote_is_anchored_on_the_finding_s_own_occurrence(draft: tuple[Path, bytes, Plan]) -> None:
    _, data, plan = draft
    annotated = annotate_docx(data, audit_of(plan, [finding(plan, "F", "as required")]), plan)
    document = docx.Document(io.BytesIO(annotated))
    starts = [p for p in document.element.body.iter(W + "commentRangeStart")]
    finding_start = starts[1]
    # The phrase is in section B and in the table of F: the comment sits in the table.
    assert any(a.tag == W + "tbl" for a in finding_start.iterancestors())


def test_a_quote_across_paragraphs_is_anchored_where_it_starts(draft: tuple[Path, bytes, Plan]) -> None:
    _, data, plan = draft
    quote = "ends here.\nThe second line"
    annotated = annotate_docx(data, audit_of(plan, [finding(plan, "E", quote)]), plan)
    anchored = anchored_texts(annotated)
    comment_id = sorted(comments_of(annotated), key=int)[1]
    assert anchored[comment_id] == "ends here."


def test_a_finding_without_a_quote_still_gets_its_comment(draft: tuple[Path, bytes, Plan]) -> None:
    _, data, plan = draft
    absent = Finding(criterion="provision_specific", rule="test.absent", section="G", quote="", severity="high",
                     message="Section G is missing.", fix="Add health provision.")
    annotated = annotate_docx(data, audit_of(plan, [absent]), plan)
    comments = comments_of(annotated)
    assert len(comments) == 2 and any("Section G is missing." in text for text in comments.values())


def test_the_annotated_copy_is_deterministic(draft: tuple[Path, bytes, Plan]) -> None:
    _, data, plan = draft
    audit = audit_of(plan, [finding(plan, "F", "as required")])
    first = comments_of(annotate_docx(data, audit, plan))
    assert first == comments_of(annotate_docx(data, audit, plan))
    dates = {c._comment_elm.date for c in docx.Document(io.BytesIO(annotate_docx(data, audit, plan))).comments}
    assert {d.date() for d in dates} == {AS_OF}


def test_write_annotated_leaves_the_draft_alone_and_writes_atomically(draft: tuple[Path, bytes, Plan], tmp_path: Path) -> None:
    path, data, plan = draft
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    out = tmp_path / "out" / "annotated.docx"
    audit = audit_of(plan, [finding(plan, "F", "as required")])
    assert write_annotated(path, audit, out) == out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert len(comments_of(out.read_bytes())) == 2
    assert sorted(p.name for p in out.parent.iterdir()) == ["annotated.docx"]  # no temporary file left
    with pytest.raises(AuditInputError, match="already exists"):
        write_annotated(path, audit, out)
    write_annotated(path, audit, out, force=True)


@pytest.mark.parametrize("source, out, reason", [
    ("plan.txt", "out.docx", "works only on a Word .docx draft"),
    ("draft.docx", "out.pdf", "must be a .docx file"),
    ("draft.docx", "draft.docx", "must not replace the draft"),
])
def test_write_annotated_refuses_what_cannot_work(draft: tuple[Path, bytes, Plan], tmp_path: Path,
                                                   source: str, out: str, reason: str) -> None:
    path, data, plan = draft
    (tmp_path / "plan.txt").write_text("text")
    with pytest.raises(AuditInputError, match=reason):
        write_annotated(tmp_path / source, audit_of(plan, []), tmp_path / out, force=True)
    assert path.read_bytes() == data  # the draft untouched
    assert not (tmp_path / "out.docx").exists() and not (tmp_path / "out.pdf").exists()


def test_a_real_sample_gets_one_comment_per_finding_on_its_quote() -> None:
    from audit.pipeline import audit_plan
    from audit.rubric import load_rubric

    data = SAMPLE.read_bytes()
    plan = read_plan(str(SAMPLE), data=data, as_of=AS_OF)
    audit = audit_plan(plan, load_rubric("inspection"), AS_OF)
    findings = [f for r in audit.criteria for f in r.findings]
    annotated = annotate_docx(data, audit, plan)
    anchored = anchored_texts(annotated)
    ids = sorted(comments_of(annotated), key=int)
    assert len(ids) == len(findings) + 1
    for comment_id, found in zip(ids[1:], findings):
        if found.quote:
            first_line = " ".join(found.quote.split("\n")[0].split(" | ")[0].split())
            assert first_line in " ".join(anchored[comment_id].split()), (found.rule, found.quote)
    assert SAMPLE.read_bytes() == data


def test_a_quote_partly_in_a_hyperlink_is_anchored_on_its_paragraph(tmp_path: Path) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    path = tmp_path / "linked.docx"
    data = build_draft(path)
    document = docx.Document(io.BytesIO(data))
    paragraph = document.add_paragraph("See the ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), document.part.relate_to("https://example.invalid", RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "local offer"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    paragraph.add_run(" for more.")
    buffer = io.BytesIO()
    document.save(buffer)
    plan = read_plan(str(path), data=buffer.getvalue(), as_of=AS_OF)
    quote = "See the local offer"
    found = Finding(criterion="provision_specific", rule="test.link", section=None, quote=quote, severity="low",
                    message="A link.", fix="Say what it offers.")
    annotated = annotate_docx(buffer.getvalue(), audit_of(plan, [found]), plan)
    comment_id = sorted(comments_of(annotated), key=int)[1]
    assert "See the" in anchored_texts(annotated)[comment_id]
