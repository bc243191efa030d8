"""The document cache: one SQLite store per output, checked entries, pruning, failures."""
import json
import os
import shutil
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest

from conftest import INPUT_DOCS, ROOT, evaletl_bin, run_evaletl


@pytest.fixture()
def work(tmp_path):
    shutil.copytree(ROOT / "input", tmp_path / "input")
    shutil.copy(ROOT / "pipeline.yml", tmp_path / "pipeline.yml")
    return tmp_path


def run(work, *extra, check=True, config="pipeline.yml"):
    return run_evaletl("run", "--config", str(work / config), "--input", str(work / "input"),
                       "--output", str(work / "output"), *extra, check=check)


def report(work):
    return json.loads((work / "output" / "run.json").read_text())


def tables(work):
    """Every output file but run.json and report.html, by path."""
    out = work / "output"
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in ("run.json", "report.html")}


def store(work):
    return work / ".output.evaletl-cache" / "cache.sqlite"


def query(path, sql, *args):
    with sqlite3.connect(path) as db:
        return db.execute(sql, args).fetchall()


def test_one_store_file_and_reuse(work):
    run(work)
    cache = work / ".output.evaletl-cache"
    assert sorted(p.name for p in cache.iterdir()) == ["cache.sqlite"]
    assert query(store(work), "SELECT count(*) FROM docs") == [(INPUT_DOCS,)]
    assert query(store(work), "SELECT count(*) FROM files") == [(INPUT_DOCS,)]
    first = tables(work)
    (work / "input" / "001_9fc373b0ba08516c.txt").touch()    # mtime changes, bytes do not
    run(work)
    r = report(work)
    assert (r["documents_parsed"], r["documents_reused"]) == (0, INPUT_DOCS)
    assert tables(work) == first


def test_cache_on_and_off_give_the_same_tables(work):
    shutil.copy(work / "pipeline.yml", work / "off.yml")
    with open(work / "off.yml", "a") as f:
        f.write("\ncache: off\n")
    run(work, config="off.yml")
    off = tables(work)
    run(work)
    assert tables(work) == off
    (work / "input" / "002_4a3579ad06fe0c3e.txt").touch()
    run(work)
    assert report(work)["documents_reused"] == INPUT_DOCS
    assert tables(work) == off


def test_copies_in_a_first_run_are_rejected_as_without_the_cache(work):
    # A first run asks no store: a copy's parse is its original's, and the copy is a duplicate.
    shutil.copy(work / "input" / "001_9fc373b0ba08516c.txt", work / "input" / "copy.txt")
    shutil.copy(work / "pipeline.yml", work / "off.yml")
    with open(work / "off.yml", "a") as f:
        f.write("\ncache: off\n")
    run(work, config="off.yml", check=False)               # exit 3: a file was rejected
    off, off_rejects = tables(work), report(work)["rejects"]
    shutil.rmtree(work / "output")
    run(work, check=False)
    assert tables(work) == off
    assert report(work)["rejects"] == off_rejects
    assert any(r["source_file"] == "copy.txt" and r["reason"].startswith("duplicate of 001_")
               for r in off_rejects)


def test_a_renamed_file_reuses_its_entry(work):
    run(work)
    (work / "input" / "001_9fc373b0ba08516c.txt").rename(work / "input" / "renamed.txt")
    run(work)
    r = report(work)
    assert (r["documents_parsed"], r["documents_reused"]) == (0, INPUT_DOCS)


def test_composed_and_decomposed_names_are_two_files(work):
    """Same size, same mtime, names equal under Unicode normalization: still two files."""
    src = (work / "input" / "004_2e0e4adc54be540f.txt").read_text()
    nfc, nfd = unicodedata.normalize("NFC", "café.txt"), unicodedata.normalize("NFD", "café.txt")
    a, b = "Alpha " + src, "Bravo " + src
    assert a != b and len(a.encode()) == len(b.encode())
    (work / "input" / nfc).write_text(a)
    (work / "input" / nfd).write_text(b)
    stamp = 1_700_000_000
    for name in (nfc, nfd):
        os.utime(work / "input" / name, (stamp, stamp))
    run(work)
    first = report(work)
    assert first["rejected"] == 0, first["rejects"]
    assert len(query(store(work), "SELECT path FROM files")) == INPUT_DOCS + 2
    (work / "input" / "001_9fc373b0ba08516c.txt").write_text(
        (work / "input" / "001_9fc373b0ba08516c.txt").read_text() + "\n")
    run(work)
    r = report(work)
    assert r["rejected"] == 0, r["rejects"]
    assert (r["documents_parsed"], r["documents_reused"]) == (1, INPUT_DOCS + 1)
    csv = (work / "output" / "csv" / "evaluations.csv").read_text(encoding="utf-8-sig")
    assert "Alpha Report" in csv and "Bravo Report" in csv


def test_an_entry_whose_checksum_does_not_match_is_never_used(work):
    run(work)
    before = tables(work)
    # An edit that still decodes: a letter of the stored text changed, checksum left as it was.
    key, body = next(r for r in query(store(work), "SELECT key, body FROM docs ORDER BY key") if b" the " in r[1])
    edited = body.replace(b" the ", b" THE ", 1)
    with sqlite3.connect(store(work)) as db:
        db.execute("UPDATE docs SET body = ? WHERE key = ?", (edited, key))
    (work / "input" / "001_9fc373b0ba08516c.txt").touch()     # so the run is not skipped as up to date
    proc = run(work)
    r = report(work)
    assert (r["documents_parsed"], r["documents_reused"]) == (1, INPUT_DOCS - 1)
    assert "cache entry is corrupt or foreign" in proc.stderr
    assert tables(work) == before
    # The entry was stored again, right this time.
    (work / "input" / "001_9fc373b0ba08516c.txt").touch()
    run(work)
    assert report(work)["documents_reused"] == INPUT_DOCS


def test_a_damaged_entry_is_parsed_again(work):
    run(work)
    before = tables(work)
    with sqlite3.connect(store(work)) as db:
        db.execute("UPDATE docs SET body = x'00ff00', checksum = x'00' WHERE rowid = (SELECT min(rowid) FROM docs)")
    (work / "input" / "001_9fc373b0ba08516c.txt").touch()
    proc = run(work)
    assert "cache entry is corrupt or foreign" in proc.stderr
    assert report(work)["documents_parsed"] == 1
    assert tables(work) == before


@pytest.mark.parametrize("damage", ["truncated", "not a database", "foreign tables"])
def test_a_damaged_or_foreign_store_is_rebuilt(work, damage):
    run(work)
    before = tables(work)
    path = store(work)
    if damage == "truncated":
        data = path.read_bytes()
        assert len(data) > 8192
        path.write_bytes(data[: len(data) // 2])
    elif damage == "not a database":
        path.write_bytes(b"hello, this is not SQLite\n" * 200)
    else:
        path.unlink()
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE something (x)")
    (work / "input" / "001_9fc373b0ba08516c.txt").touch()
    proc = run(work)
    r = report(work)
    assert tables(work) == before
    assert r["documents_parsed"] + r["documents_reused"] == INPUT_DOCS
    assert "cache store is damaged" in proc.stderr or "cache entry is corrupt" in proc.stderr
    # Built afresh (by that run, or, when the damage showed only midway, by the next),
    # without another warning.
    for _ in range(2):
        (work / "input" / "001_9fc373b0ba08516c.txt").touch()
        proc = run(work)
        assert "warning" not in proc.stderr
    assert report(work)["documents_reused"] == INPUT_DOCS
    assert tables(work) == before


def test_entries_no_input_refers_to_are_pruned(work):
    run(work)
    assert query(store(work), "SELECT count(*) FROM docs") == [(INPUT_DOCS,)]
    gone = work / "input" / "004_2e0e4adc54be540f.txt"
    gone_path = gone.name.encode()
    gone.unlink()
    run(work)
    assert query(store(work), "SELECT count(*) FROM docs") == [(INPUT_DOCS - 1,)]
    assert query(store(work), "SELECT count(*) FROM files WHERE path = ?", gone_path) == [(0,)]
    # A changed document: its old parse goes, the new one stays.
    doc = work / "input" / "001_9fc373b0ba08516c.txt"
    doc.write_text(doc.read_text() + "\n")
    run(work)
    assert query(store(work), "SELECT count(*) FROM docs") == [(INPUT_DOCS - 1,)]


def with_settings_changed(work):
    """A config whose parses differ from pipeline.yml's, as a new evaletl build's do: its parser key differs."""
    text = (work / "pipeline.yml").read_text()
    assert "max_file_mb: 32" in text
    (work / "other.yml").write_text(text.replace("max_file_mb: 32", "max_file_mb: 31"))
    return "other.yml"


@pytest.mark.parametrize("why", ["settings changed", "store without a parser key"])
def test_a_store_no_entry_of_which_can_be_used_is_replaced_by_a_new_one(work, why):
    run(work)
    before = tables(work)
    config = "pipeline.yml"
    if why == "settings changed":
        config = with_settings_changed(work)
    else:
        with sqlite3.connect(store(work)) as db:
            db.execute("DELETE FROM meta WHERE name = 'parser'")
    old_parser = query(store(work), "SELECT value FROM meta WHERE name = 'parser'")
    (work / "input" / "001_9fc373b0ba08516c.txt").touch()
    proc = run(work, config=config)
    r = report(work)
    assert (r["documents_parsed"], r["documents_reused"]) == (INPUT_DOCS, 0)
    assert "warning" not in proc.stderr
    assert tables(work) == before
    # A new file, not the old one pruned: no free pages, one parser key, nothing left beside it.
    assert sorted(p.name for p in store(work).parent.iterdir()) == ["cache.sqlite"]
    assert query(store(work), "PRAGMA freelist_count") == [(0,)]
    assert query(store(work), "SELECT count(*) FROM docs") == [(INPUT_DOCS,)]
    new_parser = query(store(work), "SELECT value FROM meta WHERE name = 'parser'")
    assert len(new_parser) == 1 and new_parser != old_parser
    # The next run with the same settings reuses every entry.
    (work / "input" / "001_9fc373b0ba08516c.txt").touch()
    run(work, config=config)
    assert report(work)["documents_reused"] == INPUT_DOCS


def test_a_run_killed_while_it_builds_a_new_store_leaves_the_old_one(work):
    run(work)
    old = store(work).read_bytes()
    config = with_settings_changed(work)
    (work / "input" / "001_9fc373b0ba08516c.txt").touch()
    env = dict(os.environ, EVALETL_TEST_PAUSE_AFTER="2")
    proc = subprocess.Popen([evaletl_bin(), "run", "--config", str(work / config), "--input", str(work / "input"),
                             "--output", str(work / "output"), "--quiet"],
                            stderr=subprocess.PIPE, text=True, env=env)
    # No clock: the run says when it has loaded two documents, and waits there.
    assert proc.stderr.readline() == "paused after 2 documents\n"
    proc.kill()
    proc.wait()
    assert store(work).read_bytes() == old
    assert (store(work).parent / "cache.sqlite.new").exists()
    # The next run removes what the killed one left and puts its own store in place.
    run(work, config=config)
    assert sorted(p.name for p in store(work).parent.iterdir()) == ["cache.sqlite"]
    assert report(work)["documents_parsed"] == INPUT_DOCS
    (work / "input" / "001_9fc373b0ba08516c.txt").touch()
    run(work, config=config)
    assert report(work)["documents_reused"] == INPUT_DOCS


def test_the_old_per_document_cache_is_removed(work):
    old = work / ".output.evaletl-cache"
    (old / "docs").mkdir(parents=True)
    (old / "docs" / "abc.json").write_text("{}")
    (old / "manifest.json").write_text("{}")
    run(work)
    assert sorted(p.name for p in old.iterdir()) == ["cache.sqlite"]


@pytest.mark.parametrize("settings", ["same", "changed"])
def test_a_failed_run_leaves_the_cache_as_it_was(work, settings):
    run(work)
    before = query(store(work), "SELECT key, checksum FROM docs ORDER BY key")
    files_before = query(store(work), "SELECT * FROM files ORDER BY path")
    doc = work / "input" / "001_9fc373b0ba08516c.txt"
    doc.write_text(doc.read_text() + "\n")
    # NB: the output on a disk too small for it: the run parses, then fails writing.
    # With other settings the run builds a new store beside the old one, and removes it.
    small = work / "small-disk"
    if not can_mount_tmpfs(small, "16k"):
        pytest.skip("cannot mount a small tmpfs (needs root)")
    try:
        cfg = work / "elsewhere.yml"
        base = work / ("pipeline.yml" if settings == "same" else with_settings_changed(work))
        cfg.write_text(base.read_text() + f"\ncache: {work / '.output.evaletl-cache'}\n")
        proc = run_evaletl("run", "--config", str(cfg), "--input", str(work / "input"),
                           "--output", str(small / "output"), check=False)
        assert proc.returncode == 1, proc.stderr
    finally:
        subprocess.run(["umount", str(small)], capture_output=True)
    assert query(store(work), "SELECT key, checksum FROM docs ORDER BY key") == before
    assert query(store(work), "SELECT * FROM files ORDER BY path") == files_before
    assert sorted(p.name for p in store(work).parent.iterdir()) == ["cache.sqlite"]


def can_mount_tmpfs(where: Path, size: str = "64k") -> bool:
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


def test_a_full_disk_during_the_cache_commit_still_publishes_the_output(work):
    small = work / "small-disk"
    if not can_mount_tmpfs(small):
        pytest.skip("cannot mount a small tmpfs (needs root)")
    try:
        cfg = work / "full.yml"
        cfg.write_text((work / "pipeline.yml").read_text() + f"\ncache: {small / 'cache'}\n")
        # Enough documents that their parses do not fit in 64 KB.
        for i in range(6):
            for f in sorted((ROOT / "input").glob("*.txt")):
                text = f"{i} " + f.read_text().replace("Evaluation", f"Evaluation {i}", 1)
                (work / "input" / f"{i}_{f.name}").write_text(text)
        proc = run_evaletl("run", "--config", str(cfg), "--input", str(work / "input"),
                           "--output", str(work / "output"), check=False)
        assert proc.returncode in (0, 3), proc.stderr
        assert "cannot use the document cache" in proc.stderr
        r = report(work)
        assert any("cannot use the document cache" in w["message"] for w in r.get("warnings", [])), r.get("warnings")
        assert (work / "output" / "csv" / "evaluations.csv").exists()
        # The next run (disk still full) parses again and still publishes.
        (work / "input" / "001_9fc373b0ba08516c.txt").touch()
        proc = run_evaletl("run", "--config", str(cfg), "--input", str(work / "input"),
                           "--output", str(work / "output"), check=False)
        assert proc.returncode in (0, 3), proc.stderr
    finally:
        subprocess.run(["umount", str(small)], capture_output=True)
