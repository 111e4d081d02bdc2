"""BatchAudit and PlanAudit as JSON: the whole audit, byte-identical for the same inputs.

The run time is left out so that the same files, rubric version and --as-of date give the
same bytes; it is in the workbook's About sheet instead.
"""

from __future__ import annotations

import json
from pathlib import Path

from audit.model import BatchAudit, PlanAudit
from audit.report.atomic import atomic_path


def audit_json(audit: PlanAudit | BatchAudit) -> str:
    exclude = {"elapsed_seconds"} if isinstance(audit, BatchAudit) else None
    return json.dumps(audit.model_dump(mode="json", exclude=exclude), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_json(audit: PlanAudit | BatchAudit, out: Path, force: bool = False) -> Path:
    with atomic_path(out, force) as temp:
        temp.write_text(audit_json(audit), encoding="utf-8")
    return out
