"""Deterministic generator for the blind4 evaluation set (14 fictional EHC plans, as of 2026-11-01).

Usage:  python eval/blind4/build/build_blind4.py
Writes the 14 plans, manifest.csv and labels.csv into eval/blind4/. Two runs give byte-identical
files (python-docx output is re-zipped with fixed timestamps; reportlab runs with invariant=1).
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import plans_1  # noqa: E402
import plans_2  # noqa: E402
import plans_3  # noqa: E402
import plans_4  # noqa: E402
import render_docx  # noqa: E402
import render_pdf  # noqa: E402
import render_text  # noqa: E402
from helpers import nhs_ok, year_group  # noqa: E402

PLANS = [plans_1.p01, plans_1.p02, plans_1.p03,
         plans_2.p04, plans_2.p05, plans_2.p06, plans_2.p07,
         plans_3.p08, plans_3.p09, plans_3.p10, plans_3.p11,
         plans_4.p12, plans_4.p13, plans_4.p14]

LAYOUTS = {
    "docx_styled": lambda p, f: render_docx.docx_styled(p, f),
    "docx_sectiontables": render_docx.docx_sectiontables,
    "docx_lettertable": render_docx.docx_lettertable,
    "docx_bold": render_docx.docx_bold,
    "docx_contents": lambda p, f: render_docx.docx_styled(p, f, contents=True, title_style="bold"),
    "docx_merged_h": lambda p, f: render_docx.docx_styled(p, f, sect_level=1, sub_mode="bold"),
    "docx_noletters": lambda p, f: render_docx.docx_styled(p, f, sect_level=2, sub_mode="underline",
                                                           title_style="bold"),
    "pdf_sectiontable": lambda p, f: render_pdf.render(p, f, mode="sectiontable", repeat_title=True),
    "pdf_sectiontable_norepeat": lambda p, f: render_pdf.render(p, f, mode="sectiontable", repeat_title=False,
                                                                shade="#385723"),
    "pdf_headings": lambda p, f: render_pdf.render(p, f, mode="headings"),
    "pdf_lettercol": lambda p, f: render_pdf.render(p, f, mode="lettercol"),
    "txt_sentinel": render_text.txt_sentinel,
    "txt_orbis": render_text.txt_orbis,
    "md": render_text.md,
}

CRITERIA = ["holistic", "outcomes_specific", "child_voice", "pfa", "review_currency",
            "provision_specific", "golden_thread", "readability"]
COLS = ["file", "format", "child_name", "date_of_birth", "year_group", "issued", "last_review",
        "last_amended", "next_review", "nhs_number", "upn", "sections_present"]


def build():
    manifest, labels = [], []
    for fn in PLANS:
        layout, plan, meta, lab = fn()
        path = os.path.join(OUT, meta["file"])
        LAYOUTS[layout](plan, path)
        meta = dict(meta)
        meta["year_group"] = year_group(meta["date_of_birth"])
        meta["sections_present"] = ";".join(code for code, _, _ in plan["sections"])
        assert nhs_ok(meta["nhs_number"]), meta["file"]
        assert meta["nhs_number"].startswith("999"), meta["file"]
        assert (lab["pfa"] == "NA") == (meta["year_group"] < 9), meta["file"]
        assert set(lab) == set(CRITERIA), meta["file"]
        manifest.append(meta)
        stem = os.path.splitext(meta["file"])[0]
        for c in CRITERIA:
            labels.append({"plan": stem, "criterion": c, "grade": lab[c]})
    with open(os.path.join(OUT, "manifest.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS, lineterminator="\n")
        w.writeheader()
        for m in manifest:
            w.writerow({k: m[k] for k in COLS})
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["plan", "criterion", "grade"], lineterminator="\n")
        w.writeheader()
        w.writerows(labels)
    return manifest


if __name__ == "__main__":
    m = build()
    print("wrote %d plans to %s" % (len(m), OUT))
