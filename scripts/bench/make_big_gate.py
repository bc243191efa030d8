#!/usr/bin/env python3
"""Large UN Women GATE management responses, for measuring memory.

    make_big_gate.py OUT_DIR [--docs 6] [--rows 272000]

Writes OUT_DIR/big_NN.txt: each one GATE page (the layout of input/000_*.txt)
whose recommendations hold `rows` key-action rows in all, about 114 bytes a
row (272,000 rows make a 31 MB page, under the default `max_file_mb: 32`).
Every page has its own title and office, so none is a duplicate. The same
arguments give byte-identical files. Standard library only.

    make_big_gate.py /tmp/big                 # the corpus of issue 18: 6 x 31 MB
    make_big_gate.py /tmp/big --docs 2 --rows 40000
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROWS_PER_RECOMMENDATION = 2000
STATUSES = ("Completed", "Ongoing", "Overdue-Initiated", "Not Initiated", "Initiated")
UNITS = ("UN Women Country Office", "WEE Unit", "M&E Specialist", "Programme Team", "EVAW Unit")


def page(n: int, rows: int) -> str:
    """Page `n`: a header, then recommendations of ROWS_PER_RECOMMENDATION key actions each."""
    office = f"Office {n:02d}"
    out = ["Management Response", "", f": {office}", f": 2020 - 2021 , {office} (CO)",
           f": Evaluation of the large programme number {n}", ":", f": {office}", ":", "",
           "The recommendations were discussed with stakeholders and prioritized accordingly.", "",
           ": Approved"]
    done, r = 0, 0
    while done < rows:
        r += 1
        out += [f"Recommendation: Strengthen results-based monitoring across programme area {r} of page {n}.",
                f"Management Response: UN Women agrees with recommendation {r} and will act on it.",
                "Description:", "Management Response Category: Accepted",
                "Thematic Area: Women economic empowerment (SPs before 2018)",
                "Operating Principles: Oversight/governance", "Organizational Priorities: Not applicable",
                "UNEG Criteria: Effectiveness", "Key Actions", "Responsible Deadline Status Comments"]
        for k in range(min(ROWS_PER_RECOMMENDATION, rows - done)):
            i = done + k
            out.append(f"Develop the monitoring plan for step {i} with partners {UNITS[i % 5]} "
                       f"{2021 + i % 4}/{1 + i % 12:02d} {STATUSES[i % 5]} Plan shared in {r}.")
        done += min(ROWS_PER_RECOMMENDATION, rows - done)
    return "\n".join(out) + "\n"


def write(folder: Path, docs: int = 6, rows: int = 272_000) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(docs):
        p = folder / f"big_{n:02d}.txt"
        p.write_text(page(n, rows), encoding="utf-8")
        paths.append(p)
    return paths


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--docs", type=int, default=6)
    ap.add_argument("--rows", type=int, default=272_000)
    a = ap.parse_args()
    for p in write(Path(a.out), a.docs, a.rows):
        print(p, p.stat().st_size)


if __name__ == "__main__":
    main()
