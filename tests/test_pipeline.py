"""The pipeline end to end through its command line: score, exit codes, messages."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED, run_evaletl


def test_sample_documents_score_at_least_0_97(sample_output):
    score = SHARED / "tools" / "score.py"
    if not score.exists():
        pytest.skip(f"{score} not found (the shared folder sits beside the checkout in CI)")
    proc = subprocess.run([sys.executable, str(score), "--gold", str(SHARED / "gold"), "--out", str(sample_output),
                           "--input", str(ROOT / "input"), "--min", "0.97", "--show", "30"],
                          capture_output=True, text=True)
    print(proc.stdout)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_run_json_accounts_for_every_file(sample_output):
    report = json.loads((sample_output / "run.json").read_text())
    inputs = sorted(p.name for p in (ROOT / "input").iterdir())
    assert report["files_seen"] == len(inputs)
    assert report["evaluations"] + report["rejected"] == report["files_seen"]
    assert report["accounted_for"] is True
    assert {"extract", "normalize", "load.csv", "total"} <= set(report["seconds"])
    assert report["rows"]["evaluations"] == report["evaluations"]


def test_unknown_config_key_names_the_line(tmp_path):
    cfg = tmp_path / "pipeline.yml"
    cfg.write_text("version: 1\nparquet:\n  compresion: gzip\n")
    proc = run_evaletl("run", "--config", str(cfg), "--output", str(tmp_path / "out"), check=False)
    assert proc.returncode == 64
    assert f"{cfg}:3:3: unknown key 'compresion'" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args,words,code", [
    (["--input", "/nonexistent/folder"], "cannot be read", 1),
    (["--output", "/"], "refusing", 1),
    (["--output", str(ROOT / "input")], "input folder", 64),
])
def test_unusable_folders_exit_non_zero_with_one_line(tmp_path, args, words, code):
    proc = run_evaletl("run", "--config", str(ROOT / "pipeline.yml"), "--output", str(tmp_path / "o"), *args,
                       check=False)
    assert proc.returncode == code
    assert words in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_inspect_prints_the_parse_as_json():
    proc = run_evaletl("inspect", str(sorted((ROOT / "input").iterdir())[0]))
    doc = json.loads(proc.stdout)
    assert doc["kind"] == "management_response"
    assert doc["parsed"]["recommendations"]
