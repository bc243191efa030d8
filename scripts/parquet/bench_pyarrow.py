#!/usr/bin/env python3
"""Write the same actions rows with pyarrow and time it.

Usage: bench_pyarrow.py SOURCE.parquet OUT.parquet [--compression gzip|none] [--level N] [--row-group-rows N]

The rows come from evaletl's own output (SOURCE, read untimed), so both writers get
identical rows and the identical Arrow schema; only pq.write_table is timed, with
pyarrow's default settings (dictionary on, statistics on); --level overrides pyarrow's
default gzip level (9) — evaletl uses zlib's default, 6.
"""
import argparse
import os
import time

import pyarrow as pa
import pyarrow.parquet as pq


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("out")
    ap.add_argument("--compression", default="gzip")
    ap.add_argument("--level", type=int, default=None)
    ap.add_argument("--row-group-rows", type=int, default=100_000)
    a = ap.parse_args()
    table = pq.read_table(a.source)
    codec = None if a.compression == "none" else a.compression
    start = time.perf_counter()
    pq.write_table(table, a.out, compression=codec, row_group_size=a.row_group_rows,
                   compression_level=a.level if codec else None)
    seconds = time.perf_counter() - start
    level = (a.level or pa.Codec.default_compression_level(codec)) if codec else "-"
    print(f"pyarrow {pa.__version__} parquet: rows={table.num_rows} codec={a.compression} "
          f"level={level} row_group_rows={a.row_group_rows} seconds={seconds:.3f} "
          f"bytes={os.path.getsize(a.out)} file={a.out}")


if __name__ == "__main__":
    main()
