#!/usr/bin/env python3
"""Pathological pages: does any shape of input cost more than its length?

    python3 scripts/bench/pathological.py BIN [--mb 8] [--limit 60] [--only NAME] [--work DIR]

Writes one document per shape (about --mb megabytes each, under `limits.max_file_mb`), built from
the samples in input/: one long line, thousands of numbered items, header values, key-action rows
with and without a status, open and closed ERC cells rows, stamps, lessons separators, pipes,
colons, brackets, bold labels, HTML tags, nested parentheses, footers, bullets, quick facts,
responsible cells of thousands of parties, decomposed text (NFD, one long line, with and without
ASCII), UTF-16, Windows-1252 and HTML pages (deep nesting, a long table, a `<pre>`). Runs BIN over each alone (`--jobs 1`, `cache: off`, csv only)
under `timeout --limit`, and prints its seconds and exit code. Exits 1 when a run is killed by the
limit or ends other than 0 or 3 (a crash). A benchmark, not a test: the seconds are this machine's.
"""
import argparse
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def shapes(n):
    """{name: bytes}: each shape about `n` bytes long."""
    sample = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "input").glob("*.txt")}
    gate = sample["000_a207adb440d4ae1d.txt"]
    gate_head = gate.split("Key Actions")[0] + "Key Actions\nResponsible Deadline Status Comments\n"
    erc_pipe = sample["erc-ethiopia-ilm-pipetable.txt"].split("Key Action |")[0]
    erc_plain = sample["erc-uganda-nuerp-mte.txt"]
    erc_record = sample["erc-bangladesh-icbaar-detail.txt"].split("Title ")[0]
    report = sample["004_2e0e4adc54be540f.txt"]
    french = sample["003_02c458872c6b6dba.txt"].replace("e", "é").replace("a", "à")

    def fill(unit):
        return (unit * (n // len(unit) + 1))[:n]

    text = {
        "one_long_line": "Recommendation: " + "word " * (n // 5),
        "numbered_items": fill("1. Do the thing now\n"),
        "recommendation_labels": gate.split("Recommendation:")[0]
        + fill("Recommendation: Strengthen partnerships.\nManagement Response: Accepted.\n"),
        "key_action_rows": gate_head + fill("1. Hold meetings. UN Women 2021/06 Completed Four held.\n"),
        "key_action_no_status": gate_head + fill("Hold meetings with ministries and partners UN Women 2021/06\n"),
        "key_action_run_on": gate_head + "1. Hold meetings. UN Women 2021/06 Completed "
        + fill("word after word of comments wrapped at eighty columns by an e-mail client here\n"),
        "responsible_parties": gate_head + "1. Do X. " + " and ".join(["UN Women"] * (n // 14)) + " 2021/06 Completed\n",
        "responsible_commas": gate_head + "1. Do X. " + ", ".join(["MoF"] * (n // 5)) + " 2021/06 Completed\n",
        "header_values": fill(": Kenya\n"),
        "erc_cells_closed": erc_pipe + fill("PMU | 2022/12 | Initiated | History | |\n"),
        "erc_cells_open": erc_pipe + "Key Action | Responsible | DueDate | Status | Comments | Documents |\n"
        + fill("PMU | 2022/12 | Initiated | comment that goes on\n"),
        "erc_stamps": erc_plain.split("Key Action Responsible")[0] + fill("[Added: 2011/12/30] [Last Updated: 2014/07/16]\n"),
        "erc_recommendations": erc_plain.split("1. Recommendation")[0]
        + fill("1. Recommendation: a) Do X.\nManagement Response: [Added: 2011/12/30]\n"),
        "erc_record_fields": erc_record + fill("Evaluation Type: Mid Term Project\n"),
        "lessons_separators": "Lessons learned\n" + fill("-\n"),
        "lessons_titles": "Lessons learned\n" + fill("-\nTechnical Cooperation Project – Phase 2 - Final evaluation\nThe hosting had effects.\n"),
        "lesson_records": fill("Lesson learned: The hosting.\nEvaluation title: T\n"),
        "pipes": fill("|"),
        "pipe_row": "| " + " | ".join(["cell"] * (n // 7)) + " |\n",
        "colons": fill("a: b: c: d: "),
        "brackets": fill("[Added: 2011/12/30] "),
        "bold_labels": fill("**Status:** **Completed** "),
        "html_tags": fill("<p><b>Text</b></p>"),
        "nested_parentheses": "Responsible: " + "(" * (n // 2) + ")" * (n // 2),
        "footers": report + fill("Page 2 of 5\n"),
        "report_bullets": report + fill("- " + "partner " * 20 + "\n"),
        "quick_facts": "QUICK FACTS\n" + fill("Countries: Pakistan, Italy, Kenya, Nepal\n"),
        "summary_table": "QUICK FACTS\n| | |\n|---|---|\n" + fill("| Countries | Pakistan |\n"),
        "dates": fill("2019/06 "),
        "long_word": "Title\n" + "a" * n,
        "short_lines": fill("a\n"),
        "blank_lines": fill("\r\n"),
        "tabs": fill("\t"),
        "nfd_page": unicodedata.normalize("NFD", fill(french)),
        "nfd_one_line": "Title\n" + fill("e\u0301"),
        "nfd_no_ascii": "Title\n" + fill("\u0438\u0306"),
        "nfd_oriya": "Title\n" + fill("\u0b15\u0b47\u0b3e"),
    }
    text["html_nested"] = "<!DOCTYPE html><html><body>" + "<div><p>x" * (n // 9)
    text["html_table"] = "<!DOCTYPE html><html><body><table>" + fill("<tr><td>PMU</td><td>2022/12</td><td>Initiated</td></tr>\n")
    text["html_pre"] = "<html><body><pre>" + fill("Key Actions\n1. Hold meetings. UN Women 2021/06 Completed\n\n")
    out = {name: t.encode("utf-8") for name, t in text.items()}
    out["utf16"] = b"\xff\xfe" + fill(french)[: n // 2].encode("utf-16-le")
    out["windows_1252"] = fill(report).encode("cp1252", "replace")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bin")
    ap.add_argument("--mb", type=float, default=8)
    ap.add_argument("--limit", type=int, default=60, help="seconds a run may take before it is killed (default 60)")
    ap.add_argument("--only", help="run only this shape")
    ap.add_argument("--work", type=Path, help="keep the documents and outputs here (default: a temporary folder)")
    args = ap.parse_args()
    bad = 0
    with tempfile.TemporaryDirectory(prefix="pathological.") as tmp:
        work = args.work or Path(tmp)
        (work / "pipeline.yml").write_text("version: 1\ncache: off\nformats: [csv]\n")
        for name, data in shapes(int(args.mb * 1_000_000)).items():
            if args.only and name != args.only:
                continue
            folder = work / name / "input"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{name}.txt").write_bytes(data)
            start = time.monotonic()
            proc = subprocess.run(["timeout", str(args.limit), args.bin, "run", "--config", str(work / "pipeline.yml"),
                                   "--input", str(folder), "--output", str(work / name / "output"), "--jobs", "1", "--quiet"],
                                  capture_output=True, text=True)
            seconds = time.monotonic() - start
            verdict = "killed at the limit" if proc.returncode == 124 else "" if proc.returncode in (0, 3) else "CRASH"
            bad += bool(verdict)
            print(f"{name:24} {len(data) / 1e6:5.1f} MB  {seconds:7.2f} s  exit {proc.returncode}  {verdict}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
