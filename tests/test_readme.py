"""The README's examples stay true: its council rubric loads and extends the default one."""

from __future__ import annotations

import re
from pathlib import Path

from audit.rubric import load_rubric

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_readme_council_rubric_is_valid(tmp_path: Path) -> None:
    section = README.read_text(encoding="utf-8").split("## Your own rubric", 1)[1]
    example = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert example, "the README's rubric example is missing"
    path = tmp_path / "council.yaml"
    path.write_text(example.group(1), encoding="utf-8")
    rubric = load_rubric(str(path))
    default = load_rubric("inspection")
    assert rubric.id == "wessex"
    assert [c.id for c in rubric.criteria] == [c.id for c in default.criteria]
    assert next(c for c in rubric.criteria if c.id == "pfa").weight == 2
    vague = [e.key for e in rubric.lexicons["vague_provision"].entries]
    assert "as directed by the SENCo" in vague and "should" not in vague
