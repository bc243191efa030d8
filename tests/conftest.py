"""Shared fixtures: the evaletl binary and one pipeline run over input/."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Documents in input/ (every one an evaluation): what the end-to-end tests count on.
INPUT_DOCS = sum(1 for p in (ROOT / "input").iterdir() if p.is_file())
SHARED = ROOT.parent / "shared"


def evaletl_bin():
    path = os.environ.get("EVALETL_BIN") or str(ROOT / ".build" / "debug" / "evaletl")
    if not Path(path).exists():
        pytest.fail(f"evaletl binary not found at {path}: run `swift build` first (make test does)")
    return path


def run_evaletl(*args, cwd=ROOT, check=True):
    proc = subprocess.run([evaletl_bin(), *args], cwd=cwd, capture_output=True, text=True, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"evaletl {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
    return proc


EVERY_FORMAT = "formats: [csv, parquet, xml, xlsx, spreadsheetml]"


@pytest.fixture(scope="session")
def sample_output(tmp_path_factory):
    """output/ of a run over the sample documents in input/, every format (workbook.xml too, which is not a default)."""
    run_dir = tmp_path_factory.mktemp("run")
    config = run_dir / "pipeline.yml"
    lines = [EVERY_FORMAT if line.startswith("formats:") else line
             for line in (ROOT / "pipeline.yml").read_text().splitlines()]
    config.write_text("\n".join(lines) + "\n")
    out = run_dir / "output"
    run_evaletl("run", "--config", str(config), "--input", str(ROOT / "input"), "--output", str(out), "--jobs", "2")
    return out


@pytest.fixture()
def python():
    return sys.executable
