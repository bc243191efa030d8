"""Issue 18: memory stays bounded with big documents (a measured peak RSS, not a timing).

Three GATE pages of 272,000 key-action rows (30 MB each, the size in the issue) run at
`--jobs 2`; the run's peak resident set, read from the kernel's accounting of that one
child (`os.wait4`), must stay under `BOUND_MB` (the issue asks 600 MB for six such
pages and every default format). Before the fix this run took about 980 MB (every page
parsed at once, each page's rows copied whole into one writer call); after, about 320-370 MB (one page parsed while the one before is written, rows handed on
in batches). The issue's full corpus (six such pages, every default format) is measured
by hand with scripts/bench/make_big_gate.py: docs/PERFORMANCE.md.
"""
import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, evaletl_bin

sys.path.insert(0, str(ROOT / "scripts" / "bench"))
import make_big_gate  # noqa: E402

PAGES = 3
ROWS = 272_000
BOUND_MB = 500


def peak_rss_mb(args, stderr_path):
    """Runs evaletl with `args`; returns (exit status, its peak RSS in MB) from wait4's rusage."""
    with open(stderr_path, "wb") as err:
        proc = subprocess.Popen([evaletl_bin(), *args], stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss / 1024  # ru_maxrss is in KB on Linux


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KB and /proc are Linux's")
def test_big_pages_peak_rss_is_bounded(tmp_path):
    folder = tmp_path / "input"
    make_big_gate.write(folder, docs=PAGES, rows=ROWS)
    config = tmp_path / "pipeline.yml"
    config.write_text("version: 1\ncache: off\nformats: [csv]\n")
    out = tmp_path / "output"
    code, peak = peak_rss_mb(["run", "--config", str(config), "--input", str(folder), "--output", str(out),
                              "--jobs", "2", "--quiet"], tmp_path / "stderr")
    assert code == 0, (tmp_path / "stderr").read_text()
    # Nothing lost or garbled: every key action of every page is its row, in order.
    with open(out / "csv" / "actions.csv", encoding="utf-8-sig", newline="") as f:
        texts = [(r["text"], r["responsible"]) for r in csv.DictReader(f)]
    assert len(texts) == PAGES * ROWS
    want = [(f"Develop the monitoring plan for step {i} with partners", make_big_gate.UNITS[i % 5])
            for i in range(ROWS)]
    for page in range(PAGES):
        assert texts[page * ROWS:(page + 1) * ROWS] == want, f"page {page}"
    assert peak < BOUND_MB, f"peak RSS {peak:.0f} MB for {PAGES} pages of {ROWS} rows at --jobs 2 (bound {BOUND_MB} MB)"
