"""Issue 18: runs that meet, links that leave the input, input that is not what it seems."""
import csv
import fcntl
import json
import os
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import INPUT_DOCS, ROOT, evaletl_bin, run_evaletl

TABLES = ["evaluations", "recommendations", "actions", "stakeholders", "stakeholder_roles", "findings", "rejects"]


@pytest.fixture()
def work(tmp_path):
    shutil.copytree(ROOT / "input", tmp_path / "input")
    (tmp_path / "pipeline.yml").write_text("version: 1\njobs: 2\n")
    return tmp_path


def run(work, *extra, output=None, check=False):
    return run_evaletl("run", "--config", str(work / "pipeline.yml"), "--input", str(work / "input"),
                       "--output", str(output or work / "output"), *extra, check=check)


def rows(out: Path, table: str) -> dict:
    """The rows of `table` as each format holds them."""
    with open(out / "csv" / f"{table}.csv", encoding="utf-8-sig", newline="") as f:
        n_csv = sum(1 for _ in csv.reader(f)) - 1
    n_parquet = pq.read_metadata(out / "parquet" / f"{table}.parquet").num_rows
    n_xml = len(ET.parse(out / "xml" / f"{table}.xml").getroot())
    return {"csv": n_csv, "parquet": n_parquet, "xml": n_xml}


def rejects(out: Path) -> dict:
    with open(out / "csv" / "rejects.csv", encoding="utf-8-sig", newline="") as f:
        return {r["source_file"]: r["reason"] for r in csv.DictReader(f)}


def source_files(out: Path) -> list:
    with open(out / "csv" / "evaluations.csv", encoding="utf-8-sig", newline="") as f:
        return [r["source_file"] for r in csv.DictReader(f)]


# 1. Two runs at once


@pytest.fixture(scope="module")
def big_input(tmp_path_factory):
    """60 distinct copies of each document in input/, each with a different tail."""
    folder = tmp_path_factory.mktemp("big") / "input"
    folder.mkdir()
    for doc in sorted((ROOT / "input").iterdir()):
        text = doc.read_text(encoding="utf-8")
        for k in range(60):
            (folder / f"{k:03d}_{doc.name}").write_text(text + "\n" * (k + 1), encoding="utf-8")
    return folder


def test_two_runs_from_a_barrier_publish_one_whole_output(tmp_path, big_input):
    (tmp_path / "pipeline.yml").write_text("version: 1\njobs: 2\n")
    out = tmp_path / "output"
    for attempt in range(5):
        for leftover in (out, tmp_path / ".output.evaletl-cache", tmp_path / ".output.evaletl-staging"):
            shutil.rmtree(leftover, ignore_errors=True)
        # The barrier: both runs block reading a pipe until its write end closes.
        r, w = os.pipe()
        procs = [subprocess.Popen(["sh", "-c", 'read _; exec "$@"', "sh", evaletl_bin(), "run",
                                   "--config", str(tmp_path / "pipeline.yml"), "--input", str(big_input),
                                   "--output", str(out), "--quiet"],
                                  stdin=r, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
        os.close(r)
        os.close(w)
        results = [p.communicate(timeout=600) for p in procs]
        # 3: the copies are rejected as duplicates of the first (same title and office).
        for p, (_, err) in zip(procs, results):
            assert p.returncode == 3, f"attempt {attempt}: exit {p.returncode}: {err}"
        report = json.loads((out / "run.json").read_text())
        assert report["files_seen"] == 60 * INPUT_DOCS
        for table in TABLES:
            want = report["rows"][table]
            assert rows(out, table) == {"csv": want, "parquet": want, "xml": want}, f"attempt {attempt}: {table}"
        assert (out / "workbook.xlsx").exists() and (out / "report.html").exists()
        assert not (tmp_path / ".output.evaletl-staging").exists()


def test_no_wait_exits_75_naming_the_running_process(work):
    run(work, check=True)
    before = (work / "output" / "run.json").read_bytes()
    with open(work / ".output.evaletl-lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lock.truncate(0)
        lock.write(f"{os.getpid()}\n")
        lock.flush()
        (work / "input" / "000_a207adb440d4ae1d.txt").write_text("Evaluation of the Changed Programme\n\nThe evaluation found that the programme met its aims.\n")
        proc = run(work, "--no-wait")
    assert proc.returncode == 75, proc.stderr
    assert f"evaletl process {os.getpid()}" in proc.stderr
    assert (work / "output" / "run.json").read_bytes() == before
    # Released: the next run goes ahead.
    assert run(work, "--no-wait").returncode == 0



def held_lock(work):
    """The output folder's lock, taken as a running evaletl would take it."""
    lock = open(work / ".output.evaletl-lock", "a+")
    fcntl.flock(lock, fcntl.LOCK_EX)
    return lock


def wait_until_it_opens(proc, path):
    """Returns once `proc` holds `path` open (it is then waiting for the lock); a bounded poll, not a timing."""
    for _ in range(30000):
        assert proc.poll() is None, proc.communicate()
        fds = Path(f"/proc/{proc.pid}/fd")
        try:
            if any(os.readlink(fd) == str(path) for fd in fds.iterdir()):
                return
        except (FileNotFoundError, PermissionError):
            pass
        time.sleep(0.01)
    pytest.fail("the run never opened the lock file")


def start_run(work):
    return subprocess.Popen([evaletl_bin(), "run", "--config", str(work / "pipeline.yml"), "--input", str(work / "input"),
                             "--output", str(work / "output")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_run_waits_for_the_first_then_runs(work):
    lock = held_lock(work)
    proc = start_run(work)
    wait_until_it_opens(proc, work / ".output.evaletl-lock")
    assert proc.poll() is None and not (work / "output").exists()
    lock.close()
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert rows(work / "output", "evaluations") == {"csv": INPUT_DOCS, "parquet": INPUT_DOCS, "xml": INPUT_DOCS}


def test_a_run_waiting_for_the_lock_still_stops_on_sigterm(work):
    lock = held_lock(work)
    proc = start_run(work)
    wait_until_it_opens(proc, work / ".output.evaletl-lock")
    proc.terminate()
    _, err = proc.communicate(timeout=600)
    lock.close()
    assert proc.returncode == 130, err
    assert not (work / "output").exists()

# 2. Links out of the input folder


def test_links_out_of_the_input_are_rejected_and_links_inside_are_read(work):
    outside = work / "outside"
    outside.mkdir()
    secret = "Management Response\n\nSECRET-LINE-1\nSECRET-LINE-2\n"
    (outside / "shadow").write_text(secret)
    (outside / "folder").mkdir()
    (outside / "folder" / "doc.txt").write_text(secret)
    inp = work / "input"
    (inp / "x.txt").symlink_to(outside / "shadow")
    (inp / "rel.txt").symlink_to("../outside/shadow")
    (inp / "dir").symlink_to(outside / "folder")
    (inp / "sub").mkdir()
    (inp / "sub" / "inside.txt").symlink_to("../000_a207adb440d4ae1d.txt")
    (inp / "sub" / "up").symlink_to("..")
    proc = run(work)
    assert proc.returncode == 3, proc.stderr
    out = work / "output"
    reasons = rejects(out)
    for name in ("x.txt", "rel.txt", "dir"):
        assert reasons.get(name) == "link points outside the input folder", reasons
    assert reasons["sub/inside.txt"].startswith("duplicate of 000_a207adb440d4ae1d.txt")  # read, found the same
    assert "loop" in reasons["sub/up"]
    for f in out.rglob("*"):
        if f.is_file():
            assert b"SECRET-LINE" not in f.read_bytes(), f


# 3. A FIFO where a file was


def test_inspect_refuses_a_fifo_without_hanging(tmp_path):
    fifo = tmp_path / "doc.txt"
    os.mkfifo(fifo)
    # NB: the timeout only stops a hung process; the assertion is the exit code and reason.
    proc = subprocess.run([evaletl_bin(), "inspect", str(fifo)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "not a regular file" in proc.stderr


# 4. Empty or unreadable input


def test_empty_input_keeps_the_previous_output(work):
    run(work, check=True)
    before = {p: p.read_bytes() for p in (work / "output").rglob("*") if p.is_file()}
    for f in (work / "input").iterdir():
        f.unlink()
    proc = run(work)
    assert proc.returncode == 1
    assert "holds no files" in proc.stderr and "--allow-empty" in proc.stderr
    assert {p: p.read_bytes() for p in (work / "output").rglob("*") if p.is_file()} == before
    proc = run(work, "--allow-empty")
    assert proc.returncode == 0, proc.stderr
    assert rows(work / "output", "evaluations") == {"csv": 0, "parquet": 0, "xml": 0}


def test_unreadable_file_is_a_reject_and_unreadable_input_keeps_the_previous_output(tmp_path_factory):
    if shutil.which("setpriv") is None:
        pytest.skip("needs setpriv to run as an unprivileged user")
    import tempfile
    base = Path(tempfile.mkdtemp(prefix="evaletl-unreadable-", dir="/tmp"))
    try:
        shutil.copytree(ROOT / "input", base / "input")
        (base / "pipeline.yml").write_text("version: 1\njobs: 2\n")
        subprocess.run(["chown", "-R", "65534:65534", str(base)], check=True)
        as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", evaletl_bin(), "run",
                     "--config", str(base / "pipeline.yml"), "--input", str(base / "input"),
                     "--output", str(base / "output")]
        # NB: root reads any file, so this is the only place an unreadable file is tried (BadInputTests skips as root).
        secret = sorted((base / "input").iterdir())[0]
        os.chmod(secret, 0)
        first = subprocess.run(as_nobody, capture_output=True, text=True, timeout=600)
        if first.returncode not in (0, 3):
            pytest.skip(f"cannot run evaletl as nobody here: {first.stderr}")
        assert first.returncode == 3, first.stderr
        rejects = list(csv.DictReader((base / "output" / "csv" / "rejects.csv").open(encoding="utf-8-sig")))
        assert [(r["source_file"], "cannot be read" in r["reason"]) for r in rejects] == [(secret.name, True)]
        before = (base / "output" / "csv" / "evaluations.csv").read_bytes()
        os.chmod(base / "input", 0)
        proc = subprocess.run(as_nobody, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 1, proc.stderr
        assert "cannot be read" in proc.stderr
        assert (base / "output" / "csv" / "evaluations.csv").read_bytes() == before
    finally:
        os.chmod(base / "input", 0o755)
        shutil.rmtree(base)


# 5. Output, staging or cache inside the input


def test_output_inside_the_input_through_a_link_is_refused(work):
    (work / "linkin").symlink_to(work / "input")
    proc = run(work, output=work / "linkin" / "out")
    assert proc.returncode == 64, proc.stderr
    assert str(work / "linkin" / "out") in proc.stderr and str(work / "input") in proc.stderr
    assert not (work / "input" / "out").exists()


@pytest.mark.parametrize("cache", ["input/cache", "linkin/cache", "output"])
def test_cache_inside_the_input_or_equal_to_the_output_is_refused(work, cache):
    (work / "linkin").symlink_to(work / "input")
    (work / "pipeline.yml").write_text(f"version: 1\njobs: 2\ncache: {work / cache}\n")
    proc = run(work)
    assert proc.returncode == 64, proc.stderr
    assert str(work / cache) in proc.stderr
    assert not (work / "output").exists()


# 6. Config and command line bounds


def test_a_repeated_format_is_a_config_error(work):
    cfg = work / "pipeline.yml"
    cfg.write_text("version: 1\nformats: [xlsx, xlsx]\n")
    proc = run(work)
    assert proc.returncode == 64
    assert f"{cfg}:2:17: 'formats' lists xlsx twice" in proc.stderr
    assert not (work / "output").exists()


@pytest.mark.parametrize("jobs", ["513", "1000000", "9223372036854775807"])
def test_jobs_on_the_command_line_is_bounded_like_the_file(work, jobs):
    proc = run(work, "--jobs", jobs)
    assert proc.returncode == 64, proc.stderr
    assert "--jobs must be a whole number from 0 to 512" in proc.stderr
    assert not (work / "output").exists() and not (work / ".output.evaletl-staging").exists()


# 7. File names that are not UTF-8 or hold control characters


def test_names_are_kept_as_bytes_and_written_with_a_visible_escape(work):
    inp = bytes(work / "input")
    for name, title in ((b"bad\xff.txt", b"First"), (b"bad\xfe.txt", b"Second")):
        with open(os.path.join(inp, name), "wb") as f:
            f.write(title + b" report title\n\nSome prose.\n")
    with open(os.path.join(inp, b"new\nline\x1b[31m.txt"), "wb") as f:
        f.write(b"Caf\xe9 report\n\nSome prose.\n")
    proc = run(work, "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    out = work / "output"
    names = {"bad\\xFF.txt", "bad\\xFE.txt", "new\\x0Aline\\x1B[31m.txt"}
    assert names <= set(source_files(out))
    assert names <= set(pq.read_table(out / "parquet" / "evaluations.parquet").column("source_file").to_pylist())
    xml_names = {r.findtext("source_file") for r in ET.parse(out / "xml" / "evaluations.xml").getroot()}
    assert names <= xml_names
    assert "new\\x0Aline\\x1B[31m.txt:" in proc.stderr
    assert "\x1b" not in proc.stderr and "new\nline" not in proc.stderr


# 8. Hidden files and folders


def test_hidden_files_and_folders_are_accounted_for(work):
    inp = work / "input"
    (inp / ".hidden.txt").write_text("Title\n\nText.\n")
    (inp / ".git").mkdir()
    (inp / ".git" / "config").write_text("x")
    (inp / ".git" / "HEAD").write_text("x")
    (inp / "sub").mkdir()
    (inp / "sub" / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    proc = run(work)
    assert proc.returncode == 3, proc.stderr
    report = json.loads((work / "output" / "run.json").read_text())
    assert report["files_seen"] == INPUT_DOCS + 3 and report["accounted_for"] is True
    reasons = rejects(work / "output")
    assert reasons == {".git": "hidden, not read", ".hidden.txt": "hidden, not read",
                       "sub/.DS_Store": "hidden, not read"}


# 9. User files in an existing output folder


@pytest.mark.parametrize("name", ["notes.txt", "csv/mine.csv", "extra"])
def test_user_files_in_the_output_are_never_deleted(work, name):
    run(work, check=True)
    user = work / "output" / name
    if name == "extra":
        user.mkdir()
    else:
        user.write_text("mine")
    (work / "input" / "000_a207adb440d4ae1d.txt").write_text("Evaluation of the Changed Programme\n\nThe evaluation found that the programme met its aims.\n")
    proc = run(work)
    assert proc.returncode == 1, proc.stderr
    assert name in proc.stderr and "did not write" in proc.stderr
    assert user.exists()
