"""Deterministic generator for the blind3 evaluation set (12 fictional EHC plans).

Usage: python eval/blind3/build/build_blind3.py
Writes the plans, manifest.csv and labels.csv into eval/blind3/.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import plans_a  # noqa: E402
import plans_b  # noqa: E402
import plans_c  # noqa: E402
from common import year_group  # noqa: E402
from render import RENDER  # noqa: E402
import extras  # noqa: E402

PLANS = [plans_a.p01, plans_a.p02, plans_a.p03, plans_a.p04, plans_b.p05, plans_b.p06,
         plans_b.p07, plans_b.p08, plans_c.p09, plans_c.p10, plans_c.p11, plans_c.p12]
CRITERIA = ["holistic", "outcomes_specific", "child_voice", "pfa", "review_currency",
            "provision_specific", "golden_thread", "readability"]
COLS = ["file", "format", "child_name", "date_of_birth", "year_group", "issued", "last_review",
        "last_amended", "next_review", "nhs_number", "upn", "sections_present"]


def main():
    man, lab = [], []
    for fn in PLANS:
        style, plan, meta, labels = fn()
        plan = extras.apply(os.path.splitext(meta["file"])[0], plan)
        RENDER[style](plan, os.path.join(OUT, meta["file"]))
        meta = dict(meta)
        meta["year_group"] = year_group(meta["date_of_birth"])
        if meta["year_group"] < 9:
            assert labels["pfa"] == "NA", meta["file"]
        else:
            assert labels["pfa"] != "NA", meta["file"]
        man.append(meta)
        stem = os.path.splitext(meta["file"])[0]
        for c in CRITERIA:
            lab.append({"plan": stem, "criterion": c, "grade": labels[c]})
    with open(os.path.join(OUT, "manifest.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS, lineterminator="\n")
        w.writeheader()
        for m in man:
            w.writerow({k: m[k] for k in COLS})
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["plan", "criterion", "grade"], lineterminator="\n")
        w.writeheader()
        w.writerows(lab)
    print("wrote", len(man), "plans")


if __name__ == "__main__":
    main()
