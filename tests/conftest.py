"""Shared fixtures: the evaletl binary and one pipeline run over input/."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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


@pytest.fixture(scope="session")
def sample_output(tmp_path_factory):
    """output/ of a run over the sample documents in input/, every format."""
    out = tmp_path_factory.mktemp("run") / "output"
    run_evaletl("run", "--config", str(ROOT / "pipeline.yml"), "--input", str(ROOT / "input"),
                "--output", str(out), "--jobs", "2")
    return out


@pytest.fixture()
def python():
    return sys.executable
