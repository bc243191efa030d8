"""Nightly and make-driven runs: incremental rebuilds, exit codes, check, report.html."""
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import INPUT_DOCS, ROOT, run_evaletl


@pytest.fixture()
def work(tmp_path):
    shutil.copytree(ROOT / "input", tmp_path / "input")
    shutil.copy(ROOT / "pipeline.yml", tmp_path / "pipeline.yml")
    return tmp_path


def run(work, *extra, check=True):
    return run_evaletl("run", "--config", str(work / "pipeline.yml"), "--input", str(work / "input"),
                       "--output", str(work / "output"), *extra, check=check)


def state(folder: Path):
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def report(work):
    return json.loads((work / "output" / "run.json").read_text())


def test_no_change_rerun_touches_nothing(work):
    run(work)
    before = state(work / "output")
    proc = run(work)
    assert "nothing changed" in proc.stderr
    assert state(work / "output") == before


def test_one_changed_document_is_the_only_one_parsed(work):
    run(work)
    assert report(work)["documents_parsed"] == INPUT_DOCS
    doc = work / "input" / "004_2e0e4adc54be540f.txt"
    doc.write_text(doc.read_text().replace("Sialkot", "Sialkot city", 1))
    run(work)
    r = report(work)
    assert (r["documents_parsed"], r["documents_reused"]) == (1, INPUT_DOCS - 1)
    assert "Sialkot city" in (work / "output" / "csv" / "evaluations.csv").read_text(encoding="utf-8-sig")


def test_config_change_parses_everything_again(work):
    run(work)
    cfg = work / "pipeline.yml"
    cfg.write_text(cfg.read_text().replace("max_file_mb: 32", "max_file_mb: 16"))
    run(work)
    assert (report(work)["documents_parsed"], report(work)["documents_reused"]) == (INPUT_DOCS, 0)


def test_corrupt_cache_is_ignored_with_a_warning(work):
    import sqlite3
    run(work)
    store = work / ".output.evaletl-cache" / "cache.sqlite"
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT count(*) FROM docs").fetchone() == (INPUT_DOCS,)
        db.execute("UPDATE docs SET body = CAST('{not json' AS BLOB) WHERE rowid = (SELECT min(rowid) FROM docs)")
    (work / "input" / "000_a207adb440d4ae1d.txt").touch()
    proc = run(work)
    r = report(work)
    assert r["documents_parsed"] == 1 and r["documents_reused"] == INPUT_DOCS - 1
    assert "cache entry is corrupt or foreign" in proc.stderr
    store.write_bytes(b"[1, 2, 3]")
    (work / "input" / "000_a207adb440d4ae1d.txt").touch()
    proc = run(work)
    assert report(work)["documents_parsed"] == INPUT_DOCS
    assert "cache store is damaged or foreign" in proc.stderr


def test_exit_codes(work):
    assert run(work).returncode == 0
    (work / "input" / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    assert run(work, check=False).returncode == 3
    assert run_evaletl("run", "--input", str(work / "missing"), "--output", str(work / "o2"),
                       check=False).returncode == 1
    (work / "bad.yml").write_text("jobs: -1\n")
    assert run_evaletl("run", "--config", str(work / "bad.yml"), check=False).returncode == 64


def test_check_reports_without_writing(work):
    proc = run_evaletl("check", "--config", str(work / "pipeline.yml"), "--input", str(work / "input"),
                       "--output", str(work / "output"), check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not (work / "output").exists()
    (work / "input" / "empty.txt").write_bytes(b"")
    proc = run_evaletl("check", "--config", str(work / "pipeline.yml"), "--input", str(work / "input"), check=False)
    assert proc.returncode == 3
    assert "empty.txt: error: rejected: empty file" in proc.stdout


def test_a_page_that_is_no_evaluation_is_said_once(work):
    (work / "input" / "menu.txt").write_text("Home\nAbout us\nEvaluations\nSearch\nContact\n", encoding="utf-8")
    proc = run_evaletl("check", "--config", str(work / "pipeline.yml"), "--input", str(work / "input"), check=False)
    assert proc.returncode == 3
    lines = [l for l in proc.stdout.splitlines() + proc.stderr.splitlines() if l.startswith("menu.txt:")]
    assert lines == ["menu.txt: error: rejected: not an evaluation document: only site navigation"], lines


def test_quiet_prints_nothing_on_success(work):
    proc = run(work, "--quiet")
    assert proc.stderr == ""


def test_report_html_renders_in_a_headless_browser(work):
    (work / "input" / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    run(work, check=False)
    page = work / "output" / "report.html"
    html = page.read_text()
    assert "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    for words in ("Key actions by status", "By office", "Recommendations by management response category",
                  "scan.pdf", 'class="chart"'):
        assert words in html
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        pytest.skip("chromium not installed")
    proc = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                           "--screenshot=" + str(work / "shot.png"), "--window-size=1200,1600", page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (work / "shot.png").stat().st_size > 10_000
    assert "CONSOLE" not in proc.stderr
