#!/bin/sh
# Times evaletl's Parquet writer against pyarrow on the same 1,000,000 actions rows.
#
#   EVALETL_PYTHON=.venv/bin/python scripts/parquet/bench.sh [ROWS] [OUT_DIR]
#   → the timings and ratios evaletl/pyarrow, pyarrow at its default gzip level 9 and at
#     evaletl's level 6 (< 1 means evaletl is faster)
set -eu
ROWS=${1:-1000000}
OUT=${2:-/tmp/evaletl-parquet-bench}
PY=${EVALETL_PYTHON:-python3}
cd "$(dirname "$0")/../.."
swift build -c release --product evaletl-bench >/dev/null
BIN=$(swift build -c release --show-bin-path)/evaletl-bench
E=$("$BIN" parquet --rows "$ROWS" --out "$OUT")
echo "$E"
for LEVEL in 9 6; do
    P=$("$PY" scripts/parquet/bench_pyarrow.py "$OUT/parquet/actions.parquet" "$OUT/pyarrow-actions.parquet" --level $LEVEL)
    echo "$P"
    "$PY" - "$E" "$P" <<'PYEOF'
import re, sys
sec = [float(re.search(r"seconds=([0-9.]+)", s).group(1)) for s in sys.argv[1:3]]
lvl = re.search(r"level=(\S+)", sys.argv[2]).group(1)
print(f"ratio evaletl(level 6)/pyarrow(level {lvl}) = {sec[0] / sec[1]:.2f}")
PYEOF
done
