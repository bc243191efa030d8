#!/usr/bin/env python3
"""How well a build reads hard-wrapped documents.

    python3 scripts/bench/wrap_check.py CORPUS WIDTH BIN [--base BASE_BIN] [--work DIR] [--list N]

Wraps every line longer than WIDTH of every document of CORPUS at WIDTH columns, as a PDF-to-text
export or an e-mail client does (`textwrap.wrap(line, WIDTH, break_long_words=False,
break_on_hyphens=False)`, like `hard_wrapped` in tests/test_variants.py), runs BIN over the corpus as
it is and as wrapped (`cache: off`, `formats: [csv]`), and compares each document's rows, table by table.
A document differs when any of its rows does; its distance is the number of rows found in one run
and not the other. Rows are compared on their cells but the ids, `seq` and the sha256 (a row missed
above another renumbers it); a document the unwrapped run rejects as a duplicate is left out. With --base, BASE_BIN is measured the same way and the documents whose distance grew (worse) or
shrank (better) are listed. Standard library only; files that are not UTF-8 are left as they are.
"""
import argparse
import collections
import csv
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

# NB: a row is compared on what it says: a row missed above it renumbers it, but it reads the same.
LEFT_OUT = {"seq", "source_sha256"}
TABLES = ["evaluations", "recommendations", "actions", "findings", "stakeholders", "stakeholder_roles", "rejects"]


def wrap_corpus(src, dst, width):
    """Copies `src` to `dst` with every line longer than `width` wrapped; the number of files changed."""
    changed = 0
    for f in sorted(p for p in src.rglob("*") if p.is_file()):
        out = dst / f.relative_to(src)
        out.parent.mkdir(parents=True, exist_ok=True)
        data = f.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            out.write_bytes(data)
            continue
        lines = []
        for line in text.split("\n"):
            long = len(line) > width
            lines += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) if long else [line]
        wrapped = "\n".join(lines)
        changed += wrapped != text
        out.write_text(wrapped, encoding="utf-8")
    return changed


def run(binary, corpus, out, work):
    config = work / "pipeline.yml"
    config.write_text("version: 1\ncache: off\nformats: [csv]\n")
    proc = subprocess.run([binary, "run", "--config", str(config), "--input", str(corpus), "--output", str(out), "--quiet"],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 3):
        sys.exit(f"{binary} exited {proc.returncode}:\n{proc.stderr}")
    tables = {}
    for t in TABLES:
        with open(out / "csv" / f"{t}.csv", newline="", encoding="utf-8-sig") as f:
            tables[t] = list(csv.DictReader(f))
    return by_document(tables), kinds(tables)


def by_document(tables):
    """{source file: {table: Counter of rows}}, each row a tuple of its cells but the ids, `seq` and the sha256."""
    evaluations = collections.defaultdict(list)
    for r in tables["evaluations"]:
        evaluations[r["source_file"]].append(r)
    of_id = {r["evaluation_id"]: r["source_file"] for r in tables["evaluations"]}
    docs = collections.defaultdict(lambda: {t: collections.Counter() for t in TABLES})
    parties = collections.defaultdict(set)

    def add(doc, table, row):
        docs[doc][table][tuple(v for k, v in row.items() if k not in LEFT_OUT and not k.endswith("_id"))] += 1

    for r in tables["evaluations"]:
        add(r["source_file"], "evaluations", r)
    for r in tables["rejects"]:
        add(r["source_file"], "rejects", r)
    for t in ["recommendations", "actions", "findings", "stakeholder_roles"]:
        for r in tables[t]:
            doc = of_id.get(r["evaluation_id"])
            if doc is None:
                continue
            add(doc, t, r)
            if t == "stakeholder_roles":
                parties[doc].add(r["stakeholder_id"])
    stakeholders = {r["stakeholder_id"]: r for r in tables["stakeholders"]}
    for doc, ids in parties.items():
        for i in ids:
            if i in stakeholders:
                add(doc, "stakeholders", stakeholders[i])
    return docs


def duplicates(docs):
    """The documents a run rejects as a duplicate of another: they give no rows of their own to compare."""
    return {doc for doc, t in docs.items() for r in t["rejects"] if any(v.startswith("duplicate of") for v in r)}


def distances(plain, wrapped):
    """{document: {table: rows in one run and not the other}}, for the documents that differ."""
    empty = {t: collections.Counter() for t in TABLES}
    out = {}
    for doc in sorted((set(plain) | set(wrapped)) - duplicates(plain)):
        a, b = plain.get(doc, empty), wrapped.get(doc, empty)
        d = {t: sum(((a[t] - b[t]) + (b[t] - a[t])).values()) for t in TABLES}
        if any(d.values()):
            out[doc] = d
    return out


def measure(binary, corpus, wrapped, work, name):
    plain_rows, kind = run(binary, corpus, work / f"{name}-plain", work)
    wrapped_rows, _ = run(binary, wrapped, work / f"{name}-wrapped", work)
    return kind, distances(plain_rows, wrapped_rows)


def kinds(tables):
    """{document: its kind}, `doc_type/first organization` of its evaluation row (`?` when it gave none)."""
    return {r["source_file"]: f"{r['doc_type']}/{r['organizations'].split(';')[0]}" for r in tables["evaluations"]}


def summary(label, diff, kind):
    per_table = {t: sum(1 for d in diff.values() if d[t]) for t in TABLES}
    per_kind = collections.Counter(kind.get(doc, "?") for doc in diff)
    rows = sum(sum(d.values()) for d in diff.values())
    print(f"{label}: {len(diff)} of {len(kind)} documents differ, row distance {rows}")
    print("   documents differing per table: " + ", ".join(f"{t} {n}" for t, n in per_table.items() if n))
    print("   per kind: " + ", ".join(f"{k} {n}" for k, n in sorted(per_kind.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("width", type=int)
    ap.add_argument("bin")
    ap.add_argument("--base", help="a baseline binary: list the documents that got worse or better against it")
    ap.add_argument("--work", type=Path, help="keep the wrapped corpus and the outputs here (default: a temporary folder)")
    ap.add_argument("--list", type=int, default=10, help="documents listed per group (default 10)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="wrap-check.") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        wrapped = work / f"wrapped-{args.width}"
        changed = wrap_corpus(args.corpus, wrapped, args.width)
        kind, diff = measure(args.bin, args.corpus, wrapped, work, "bin")
        print(f"{args.corpus} wrapped at {args.width} columns: {changed} files changed")
        summary(args.bin, diff, kind)
        worst = sorted(diff, key=lambda d: -sum(diff[d].values()))[:args.list]
        for doc in worst:
            print(f"   {doc} ({kind.get(doc, '?')}): " + ", ".join(f"{t} {n}" for t, n in diff[doc].items() if n))
        if args.base:
            _, base = measure(args.base, args.corpus, wrapped, work, "base")
            summary(args.base, base, kind)
            score = {doc: sum(d.values()) for doc, d in diff.items()}
            base_score = {doc: sum(d.values()) for doc, d in base.items()}
            worse = sorted(d for d in set(score) | set(base_score) if score.get(d, 0) > base_score.get(d, 0))
            better = sorted(d for d in set(score) | set(base_score) if score.get(d, 0) < base_score.get(d, 0))
            print(f"against the base: {len(better)} documents better, {len(worse)} worse")
            for doc in worse[:args.list]:
                print(f"   worse: {doc}: distance {base_score.get(doc, 0)} -> {score.get(doc, 0)}")
            return 1 if worse else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
