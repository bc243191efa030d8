"""Killed, interrupted and failed runs leave the previous output whole."""
import hashlib
import os
import re
import signal
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, evaletl_bin, run_evaletl


def retitle(text: str, mark: str) -> str:
    """The document with `mark` added to its title: the GATE title line, else the first line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if re.match(r"^: \d{4} - \d{4}", line) and i + 1 < len(lines):
            lines[i + 1] += f" ({mark})"
            return "\n".join(lines)
    first = next(i for i, line in enumerate(lines) if line.strip())
    lines[first] += f" ({mark})"
    return "\n".join(lines)


def make_corpus(folder: Path, copies: int, tag: str):
    samples = sorted((ROOT / "input").iterdir())
    for i in range(copies):
        for s in samples:
            text = s.read_text(encoding="utf-8")
            # A distinct title keeps every copy its own evaluation.
            (folder / f"{tag}-{i:05d}-{s.name}").write_text(retitle(text, f"{tag} {i}"), encoding="utf-8")


def snapshot(folder: Path):
    """Each file's SHA-256; report.html's without its "Made" line (the time of the run)."""
    def content(p):
        data = p.read_bytes()
        if p.name == "report.html":
            data = b"\n".join(line for line in data.split(b"\n") if not line.startswith(b'<p class="made">'))
        return data
    return {str(p.relative_to(folder)): hashlib.sha256(content(p)).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def tables(snap):
    return {k: v for k, v in snap.items() if k != "run.json"}


@pytest.fixture()
def corpus(tmp_path):
    inp = tmp_path / "input"
    inp.mkdir()
    make_corpus(inp, 300, "a")
    return tmp_path


def start(corpus, out, pause_after, signals=1):
    """A run that stops once `pause_after` documents are loaded (EVALETL_TEST_PAUSE_AFTER) and waits for
    `signals` signals (EVALETL_TEST_PAUSE_SIGNALS: more than one, and the pause outlasts the first, as a long document would)."""
    env = dict(os.environ, EVALETL_TEST_PAUSE_AFTER=str(pause_after), EVALETL_TEST_PAUSE_SIGNALS=str(signals))
    return subprocess.Popen([evaletl_bin(), "run", "--config", str(ROOT / "pipeline.yml"), "--input",
                             str(corpus / "input"), "--output", str(out), "--jobs", "2", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def wait_paused(proc, n):
    """Blocks until the run says it paused after `n` documents (no clock: the line comes, or the run ended)."""
    line = proc.stderr.readline()
    assert line == f"paused after {n} documents\n", f"expected the pause line, got {line!r}"


def test_sigkill_at_any_point_leaves_previous_output_whole(corpus):
    out = corpus / "output"
    run_evaletl("run", "--input", str(corpus / "input"), "--output", str(out), "--jobs", "2", "--quiet")
    before = snapshot(out)
    # New input: a run that completes gives different tables from the previous ones.
    make_corpus(corpus / "input", 20, "b")
    total = len(list((corpus / "input").iterdir()))
    reference = corpus / "reference"
    run_evaletl("run", "--input", str(corpus / "input"), "--output", str(reference), "--jobs", "2", "--quiet")
    after = tables(snapshot(reference))
    assert tables(before) != after
    # The first document, midway (rows already with the writers), every document loaded (files not finished).
    for n in (1, total // 2, total):
        proc = start(corpus, out, pause_after=n)
        wait_paused(proc, n)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert snapshot(out) == before, f"killed after {n} of {total} documents: the previous output changed"
    # The next run succeeds, and no staging folder is left behind.
    run_evaletl("run", "--input", str(corpus / "input"), "--output", str(out), "--jobs", "2", "--quiet")
    assert tables(snapshot(out)) == after
    assert [p.name for p in corpus.iterdir() if "staging" in p.name] == []


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_sigint_and_sigterm_stop_cleanly(corpus, sig):
    out = corpus / "output"
    run_evaletl("run", "--input", str(corpus / "input"), "--output", str(out), "--jobs", "1", "--quiet")
    before = snapshot(out)
    make_corpus(corpus / "input", 300, "b")
    proc = start(corpus, out, pause_after=100)
    wait_paused(proc, 100)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 130
    assert len(err.strip().splitlines()) == 1 and "interrupted" in err
    assert snapshot(out) == before
    assert [p.name for p in corpus.iterdir() if "staging" in p.name] == []


@pytest.mark.parametrize("second, why", [(signal.SIGTERM, "interrupted again"), (None, "still busy 10 s after the signal")])
def test_a_busy_run_stops_at_once(corpus, second, why):
    """The first signal waits for the document in hand; when that takes long, a second signal stops the run
    where it is, and so does the first `Interrupt.grace` (10 s) after it: `timeout` and cron send one SIGTERM."""
    out = corpus / "output"
    run_evaletl("run", "--input", str(corpus / "input"), "--output", str(out), "--jobs", "2", "--quiet")
    before = snapshot(out)
    make_corpus(corpus / "input", 300, "b")
    proc = start(corpus, out, pause_after=100, signals=2)
    wait_paused(proc, 100)
    proc.send_signal(signal.SIGINT)
    # No clock: the run says it took the first signal and is still busy (the communicate timeout below is a
    # bound against a hang, not a measurement).
    assert proc.stderr.readline() == "still busy after 1 signal\n"
    if second:
        proc.send_signal(second)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 130
    assert err.strip().splitlines() == [f"evaletl: {why}; stopped at once, the previous output is unchanged"]
    assert snapshot(out) == before
    # The staging folder the run was writing is the next run's to remove; that run succeeds.
    run_evaletl("run", "--input", str(corpus / "input"), "--output", str(out), "--jobs", "2", "--quiet")
    assert tables(snapshot(out)) != tables(before)
    assert [p.name for p in corpus.iterdir() if "staging" in p.name] == []


def test_unwritable_output_parent_is_an_error_and_keeps_nothing_half_written(tmp_path):
    if os.getuid() == 0:
        pytest.skip("root writes anywhere; the full-disk case is covered by the tmpfs test below")
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o500)
    proc = run_evaletl("run", "--output", str(parent / "out"), check=False)
    assert proc.returncode == 1 and "cannot write output" in proc.stderr


def test_full_disk_is_an_error_and_keeps_previous_output(tmp_path):
    """A tiny tmpfs fills up mid-run: non-zero exit, one message, previous output untouched."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        inp = tmp_path / "input"
        inp.mkdir()
        make_corpus(inp, 1, "a")
        out = mnt / "output"
        run_evaletl("run", "--input", str(inp), "--output", str(out), "--quiet")
        before = snapshot(out)
        make_corpus(inp, 100, "b")
        proc = run_evaletl("run", "--input", str(inp), "--output", str(out), "--quiet", check=False)
        assert proc.returncode == 1
        assert "No space left on device" in proc.stderr
        assert snapshot(out) == before
        assert [p.name for p in mnt.iterdir() if "staging" in p.name] == []
    finally:
        subprocess.run(["umount", str(mnt)])
