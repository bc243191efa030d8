#!/usr/bin/env python3
"""Check evaletl's Parquet tables against the contract and against the CSV tables.

Usage: check_tables.py OUTPUT_DIR [--codec GZIP|UNCOMPRESSED]

For every OUTPUT_DIR/parquet/<table>.parquet beside OUTPUT_DIR/csv/<table>.csv:
  * the pyarrow schema equals the contract (column names, order, types, nullability;
    the contract is hard-coded below from shared/CONTRACT.md, lists as
    list<element: string not null>);
  * every value equals the CSV cell (lists joined with "; ", empty cell = null or
    empty string/list, true/false, YYYY-MM-DD, doubles compared as numbers, one
    leading "'" formula guard stripped when the value starts with = + - @ tab CR);
  * DuckDB read_parquet and polars read the same values as pyarrow (when importable);
  * metadata: the codec (GZIP by default), statistics with null_count on every
    chunk, row counts that add up.
Exits 1 with one line per mismatch.
"""
import csv
import datetime
import math
import os
import sys

import pyarrow as pa
import pyarrow.parquet as pq

S, I, D, B, DT, L = "string", "int", "double", "bool", "date", "list"
R = True  # required

CONTRACT = {
    "evaluations": [
        ("evaluation_id", S, R), ("source_file", S, R), ("source_sha256", S, R), ("doc_type", S, R),
        ("organizations", L, 0), ("title", S, 0), ("office", S, 0), ("office_type", S, 0),
        ("period_start", I, 0), ("period_end", I, 0), ("countries", L, 0), ("evaluation_date", DT, 0),
        ("evaluation_type", S, 0), ("evaluation_timing", S, 0), ("approval_status", S, 0),
        ("project_code", S, 0), ("donors", L, 0), ("budget", D, 0), ("budget_currency", S, 0),
        ("keywords", L, 0), ("summary", S, 0), ("recommendation_count", I, R), ("action_count", I, R),
    ],
    "recommendations": [
        ("recommendation_id", S, R), ("evaluation_id", S, R), ("seq", I, R), ("section", S, 0),
        ("title", S, 0), ("text", S, R), ("management_response", S, 0), ("response_category", S, 0),
        ("thematic_areas", L, 0), ("operating_principles", L, 0), ("organizational_priorities", L, 0),
        ("uneg_criteria", L, 0), ("action_count", I, R),
    ],
    "actions": [
        ("action_id", S, R), ("recommendation_id", S, R), ("evaluation_id", S, R), ("seq", I, R),
        ("scope", S, 0), ("text", S, R), ("responsible", S, 0), ("deadline", DT, 0), ("status", S, 0),
        ("overdue", B, 0), ("comments", S, 0), ("last_updated", DT, 0),
    ],
    "stakeholders": [("stakeholder_id", S, R), ("name", S, R), ("kind", S, R)],
    "stakeholder_roles": [
        ("stakeholder_id", S, R), ("evaluation_id", S, R), ("recommendation_id", S, 0),
        ("action_id", S, 0), ("role", S, R), ("detail", S, 0),
    ],
    "findings": [
        ("finding_id", S, R), ("evaluation_id", S, R), ("seq", I, R), ("kind", S, R),
        ("section", S, 0), ("title", S, 0), ("text", S, R),
    ],
    "rejects": [("source_file", S, R), ("source_sha256", S, 0), ("reason", S, R)],
}

ARROW = {S: pa.string(), I: pa.int32(), D: pa.float64(), B: pa.bool_(), DT: pa.date32(),
         L: pa.list_(pa.field("element", pa.string(), nullable=False))}
GUARDED = ("=", "+", "-", "@", "\t", "\r")


def as_text(t, v):
    """The CSV form of a parquet value (None → "")."""
    if v is None:
        return ""
    if t == L:
        return "; ".join(v)
    if t == B:
        return "true" if v else "false"
    if t == DT:
        return v.isoformat()
    return str(v)


def cell_matches(t, v, cell):
    text = as_text(t, v)
    if cell.startswith("'") and text.startswith(GUARDED) and not cell.startswith(GUARDED):
        cell = cell[1:]
    if t == D and v is not None and cell != "":
        try:
            c = float(cell)
        except ValueError:
            return False
        return (math.isnan(c) and math.isnan(v)) or c == v
    return cell == text


def same(a, b):
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def check_table(root, name, codec, fail):
    cols = CONTRACT[name]
    pq_path = os.path.join(root, "parquet", name + ".parquet")
    csv_path = os.path.join(root, "csv", name + ".csv")
    table = pq.read_table(pq_path)
    want = pa.schema([pa.field(n, ARROW[t], nullable=not req) for n, t, req in cols])
    if not table.schema.equals(want):
        fail(f"{name}: schema differs from the contract\n  got  {table.schema}\n  want {want}")
        return
    rows = [list(r.values()) for r in table.to_pylist()]

    with open(csv_path, newline="", encoding="utf-8-sig") as f:
        records = list(csv.reader(f))
    header, cells = (records[0], records[1:]) if records else ([], [])
    if header != [n for n, _, _ in cols]:
        fail(f"{name}: CSV header {header} != contract columns")
        return
    if len(cells) != len(rows):
        fail(f"{name}: parquet has {len(rows)} rows, CSV {len(cells)}")
    shown = 0
    for i, (row, record) in enumerate(zip(rows, cells)):
        for (col, t, _), v, cell in zip(cols, row, record):
            if not cell_matches(t, v, cell):
                fail(f"{name}: row {i + 1} {col}: parquet {as_text(t, v)!r:.120} != csv {cell!r:.120}")
                shown += 1
        if shown > 20:
            fail(f"{name}: more mismatches not shown")
            break

    try:
        import duckdb
        got = [list(r) for r in duckdb.connect().execute("SELECT * FROM read_parquet(?)", [pq_path]).fetchall()]
        compare_reader(name, "duckdb", got, rows, fail)
    except ImportError:
        pass
    try:
        import polars as pl
        compare_reader(name, "polars", [list(r) for r in pl.read_parquet(pq_path).rows()], rows, fail)
    except ImportError:
        pass

    md = pq.ParquetFile(pq_path).metadata
    if md.num_rows != len(rows) or sum(md.row_group(g).num_rows for g in range(md.num_row_groups)) != len(rows):
        fail(f"{name}: metadata row counts do not add up to {len(rows)}")
    if len(rows) > 0 and md.num_row_groups == 0:
        fail(f"{name}: rows but no row groups")
    for g in range(md.num_row_groups):
        for c in range(md.num_columns):
            chunk = md.row_group(g).column(c)
            if chunk.compression != codec:
                fail(f"{name}: row group {g} column {chunk.path_in_schema}: codec {chunk.compression}, want {codec}")
            if chunk.statistics is None or not chunk.statistics.has_null_count:
                fail(f"{name}: row group {g} column {chunk.path_in_schema}: no statistics")


def compare_reader(name, reader, got, want, fail):
    if len(got) != len(want):
        fail(f"{name}: {reader} read {len(got)} rows, pyarrow {len(want)}")
        return
    for i, (g, w) in enumerate(zip(got, want)):
        if not same(g, w):
            fail(f"{name}: {reader} row {i + 1} differs from pyarrow: {g!r:.200} vs {w!r:.200}")
            return


def main():
    args = sys.argv[1:]
    codec = "GZIP"
    if "--codec" in args:
        k = args.index("--codec")
        codec = args[k + 1]
        del args[k:k + 2]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    root = args[0]
    errors = []
    pq_dir = os.path.join(root, "parquet")
    names = sorted(f[:-8] for f in os.listdir(pq_dir) if f.endswith(".parquet")) if os.path.isdir(pq_dir) else []
    if not names:
        errors.append(f"no parquet files in {pq_dir}")
    for name in names:
        if name not in CONTRACT:
            errors.append(f"{name}: not a contract table")
            continue
        if not os.path.exists(os.path.join(root, "csv", name + ".csv")):
            errors.append(f"{name}: no csv/{name}.csv beside the parquet file")
            continue
        try:
            check_table(root, name, codec, errors.append)
        except Exception as e:
            errors.append(f"{name}: {type(e).__name__}: {e}")
    missing = sorted(set(CONTRACT) - set(names))
    if names and missing:
        errors.append(f"missing parquet tables: {', '.join(missing)}")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"check_tables: {len(names)} tables, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
