#!/usr/bin/env python3
"""Check evaletl's Parquet files against the expected rows written beside them.

Usage: verify_roundtrip.py DIR

For every DIR/<name>.json (columns, rows, row_group_rows, codec) there must be
DIR/parquet/<name>.parquet. Checks, with pyarrow (required): schema types and
nullability, every value, row groups, codec, statistics (null_count always,
min/max equal to the values' true min/max when present and required for ints,
dates and short strings). Then every value again through duckdb and polars when
they are importable, and a shape check through pandas. Exits 1 with one line per mismatch.
"""
import datetime
import json
import math
import os
import struct
import sys

import pyarrow as pa
import pyarrow.parquet as pq

EPOCH = datetime.date(1970, 1, 1)
MAX_STATS = 4096


def arrow_type(t):
    return {
        "string": pa.string(), "int": pa.int32(), "double": pa.float64(), "bool": pa.bool_(),
        "date": pa.date32(), "list": pa.list_(pa.field("element", pa.string(), nullable=False)),
    }[t]


def decode(t, v):
    if v is None:
        return None
    if t == "double":
        return struct.unpack("<d", struct.pack("<Q", int(v, 16)))[0]
    if t == "date":
        return EPOCH + datetime.timedelta(days=v)
    return v


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) == type(b) and a == b if not isinstance(a, bool) else a is b


def expected_stats(t, values):
    """(null_count, min, max) of one chunk as the writer must report them; min/max None = omitted."""
    nulls, leaves = 0, []
    for v in values:
        if v is None:
            nulls += 1
        elif t == "list":
            if not v:
                nulls += 1
            leaves.extend(v)
        else:
            leaves.append(v)
    if not leaves:
        return nulls, None, None
    if t in ("string", "list"):
        enc = [s.encode("utf-8") for s in leaves]
        lo, hi = min(enc), max(enc)
        if len(lo) > MAX_STATS or len(hi) > MAX_STATS:
            return nulls, None, None
        return nulls, lo, hi
    if t == "double":
        if any(math.isnan(x) for x in leaves):
            return nulls, None, None
        lo, hi = min(leaves), max(leaves)
        return nulls, (-0.0 if lo == 0 else lo), (0.0 if hi == 0 else hi)
    return nulls, min(leaves), max(leaves)


def check_file(name, spec, path, errors):
    def fail(msg):
        errors.append(f"{name}: {msg}")

    columns = spec["columns"]
    types = [c["type"] for c in columns]
    rows = [[decode(t, v) for t, v in zip(types, row)] for row in spec["rows"]]
    table = pq.read_table(path)
    want_schema = pa.schema([pa.field(c["name"], arrow_type(c["type"]), nullable=not c["required"])
                             for c in columns])
    if not table.schema.equals(want_schema):
        fail(f"schema\n  got  {table.schema}\n  want {want_schema}")
        return
    got_rows = [list(r.values()) for r in table.to_pylist()]
    check_rows("pyarrow", got_rows, rows, fail)

    md = pq.ParquetFile(path).metadata
    group = spec["row_group_rows"]
    want_groups = (len(rows) + group - 1) // group
    if md.num_rows != len(rows):
        fail(f"metadata num_rows {md.num_rows} != {len(rows)}")
    if md.num_row_groups != want_groups:
        fail(f"row groups {md.num_row_groups} != {want_groups}")
    if "evaletl" not in (md.created_by or ""):
        fail(f"created_by {md.created_by!r}")
    for g in range(md.num_row_groups):
        rg = md.row_group(g)
        chunk_rows = rows[g * group:(g + 1) * group]
        if rg.num_rows != len(chunk_rows):
            fail(f"row group {g}: {rg.num_rows} rows, want {len(chunk_rows)}")
        for i, c in enumerate(columns):
            col = rg.column(i)
            if col.compression != spec["codec"]:
                fail(f"rg {g} {c['name']}: codec {col.compression}")
            st = col.statistics
            if st is None or not st.has_null_count:
                fail(f"rg {g} {c['name']}: no null_count")
                continue
            nulls, lo, hi = expected_stats(c["type"], [r[i] for r in chunk_rows])
            if st.null_count != nulls:
                fail(f"rg {g} {c['name']}: null_count {st.null_count} != {nulls}")
            if st.has_min_max:
                got_lo, got_hi = st.min, st.max
                if c["type"] in ("string", "list"):
                    got_lo, got_hi = (x.encode("utf-8") if isinstance(x, str) else x for x in (got_lo, got_hi))
                if lo is None or not same(got_lo, lo) or not same(got_hi, hi):
                    fail(f"rg {g} {c['name']}: min/max {st.min!r}/{st.max!r}, want {lo!r}/{hi!r}")
            elif lo is not None and c["type"] != "bool":
                fail(f"rg {g} {c['name']}: min/max missing, want {lo!r}/{hi!r}")

    try:
        import duckdb
    except ImportError:
        duckdb = None
    if duckdb is not None:
        got = [list(r) for r in duckdb.connect().execute("SELECT * FROM read_parquet(?)", [path]).fetchall()]
        check_rows("duckdb", got, rows, fail)
    try:
        import polars as pl
    except ImportError:
        pl = None
    if pl is not None:
        got = [list(r) for r in pl.read_parquet(path).rows()]
        check_rows("polars", got, rows, fail)
    try:
        import pandas as pd
    except ImportError:
        pd = None
    if pd is not None:
        frame = pd.read_parquet(path)
        if len(frame) != len(rows) or list(frame.columns) != [c["name"] for c in columns]:
            fail(f"pandas: {len(frame)} rows, columns {list(frame.columns)}")


def check_rows(reader, got, want, fail):
    if len(got) != len(want):
        fail(f"{reader}: {len(got)} rows, want {len(want)}")
        return
    bad = 0
    for n, (g, w) in enumerate(zip(got, want)):
        if not same(g, w):
            for j, (a, b) in enumerate(zip(g, w)):
                if not same(a, b):
                    fail(f"{reader}: row {n} column {j}: got {a!r:.200} want {b!r:.200}")
                    bad += 1
            if bad > 10:
                fail(f"{reader}: more mismatches not shown")
                return


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = sys.argv[1]
    errors = []
    names = sorted(f[:-5] for f in os.listdir(root) if f.endswith(".json"))
    if not names:
        print(f"verify_roundtrip: no *.json in {root}", file=sys.stderr)
        return 1
    for name in names:
        with open(os.path.join(root, name + ".json"), encoding="utf-8") as f:
            spec = json.load(f)
        path = os.path.join(root, "parquet", name + ".parquet")
        try:
            check_file(name, spec, path, errors)
        except Exception as e:  # a reader rejecting the file is a failure, with its message
            errors.append(f"{name}: {type(e).__name__}: {e}")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"verify_roundtrip: {len(names)} files, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
