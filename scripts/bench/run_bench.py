#!/usr/bin/env python3
"""Throughput benchmark for evaletl.

    run_bench.py --bin PATH [--docs N] [--seed S] [--work DIR] [--repeat R]
                 [--memory-scaling] [--keep-output] [--peer PEER_PY] [--formats csv,parquet,xml]

1. Generates the corpus with make_corpus.py (cached in WORK by N and seed).
2. Times `find CORPUS -type f -exec cat {} + > /dev/null` after a warm-up
   read: the floor no pipeline beats.
3. Runs `evaletl run` with the default formats (or --formats) at --jobs = all cores, side by
   side: the first run on default settings (document cache on, no output and
   no cache yet), the same with `cache: off`, the first run of a new build
   (a cache of the previous build's parses), a rerun after one document
   changed (cache on, and cache off), a rerun with nothing changed, and
   --jobs 1 (cache off, the sequential baseline); reports wall time,
   documents/s, input MB/s, the child's peak RSS, fsync calls (strace) and the
   per-stage seconds from run.json, the speed-up against --jobs 1, and the goals.
4. --memory-scaling also runs at 10,000 and 100,000 documents and compares
   the peak RSS values.
5. --peer PEER_PY also times the plain-Python peer (../shared/peer/peer.py)
   on the same corpus at the same --jobs.

Figures go to stdout as a table and to WORK/bench.json. MB = 10^6 bytes.
Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True     # no __pycache__ in the source tree
import make_corpus  # noqa: E402

GOAL_MBPS = 50.0          # input MB/s end to end, jobs = all cores
GOAL_SPEEDUP = 1.7        # 2 jobs against 1 job
GOAL_RSS_RATIO = 1.5      # peak RSS at 100,000 docs / at 10,000 docs
GOAL_RSS_MB = 300.0       # peak RSS at 100,000 docs
GOAL_DEFAULT_VS_OFF = 1.2  # first run on default settings / the same with cache off
GOAL_CHANGED_VS_FULL = 0.5  # one-document-changed rerun / a full run
GOAL_FSYNCS = 36          # "a few dozen" per run, whatever the corpus size
GOAL_VS_PEER = 10.0       # default-settings run against the plain-Python peer
STAGES = ["extract", "normalize", "load.csv", "load.parquet", "load.xml", "load.xlsx", "total"]

# Runs the command given after the result path in a fresh interpreter, so
# RUSAGE_CHILDREN holds that one child only; writes wall time, exit code and
# peak RSS (ru_maxrss is KiB on Linux, bytes on macOS) as JSON.
WRAPPER = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[2:])
wall = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
scale = 1 if sys.platform == "darwin" else 1024
json.dump({"rc": rc, "wall": wall, "maxrss_bytes": ru.ru_maxrss * scale,
           "user": ru.ru_utime, "sys": ru.ru_stime}, open(sys.argv[1], "w"))
"""


def generator_digest() -> str:
    """Corpus cache key part: changes when the generator or the samples change."""
    h = hashlib.sha256(Path(make_corpus.__file__).read_bytes())
    for f in sorted(make_corpus.DEFAULT_SAMPLES.glob("*.txt")):
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def corpus(work: Path, docs: int, seed: int, mixed: bool = False) -> tuple[Path, dict]:
    """The corpus for (docs, seed), generated once. Its stats live next to it,
    not inside it, so the pipeline reads documents only."""
    name = f"corpus-n{docs}-s{seed}" + ("-mixed" if mixed else "")
    d = work / name
    meta = work / f"{name}.json"
    digest = generator_digest()
    if meta.exists() and d.is_dir():
        m = json.loads(meta.read_text())
        if m.get("digest") == digest:
            print(f"corpus: cached {d} ({m['files']} files, {m['mb']:.1f} MB)", flush=True)
            return d, m
    print(f"corpus: generating {docs} documents (seed {seed}) into {d} ...", flush=True)
    t = time.perf_counter()
    m = make_corpus.generate(d, docs, seed, mixed_encodings=mixed)
    m["digest"] = digest
    meta.write_text(json.dumps(m, indent=1) + "\n")
    k = m["kinds"]
    print(f"corpus: {m['files']} files, {m['mb']:.1f} MB, {m['avg_kb']:.1f} KB average "
          f"({k['management_response']} management_response / {k['evaluation_summary']} "
          f"evaluation_summary / {k['report']} report) in {time.perf_counter() - t:.1f} s", flush=True)
    return d, m


def time_cat(d: Path) -> float:
    cmd = f"find '{d}' -type f -exec cat {{}} + > /dev/null"
    subprocess.run(cmd, shell=True, check=True)          # warm-up: fill the page cache
    t = time.perf_counter()
    subprocess.run(cmd, shell=True, check=True)
    return time.perf_counter() - t


# `--formats`: the formats every run writes; None = the default formats (what a user gets).
FORMATS: list[str] | None = None


def write_config(work: Path, cache: bool) -> Path:
    """`FORMATS` (the defaults unless --formats); the document cache on (the default) or `cache: off`."""
    cfg = work / ("bench-cache.yml" if cache else "bench.yml")
    formats = f"formats: [{', '.join(FORMATS)}]\n" if FORMATS else ""
    cfg.write_text("version: 1\n" + formats + ("" if cache else "cache: off\n"))
    return cfg


def cache_dir(out: Path) -> Path:
    return out.parent / f".{out.name}.evaletl-cache"


SYNC_CALLS = ("fsync", "fdatasync", "syncfs", "sync_file_range")


def count_fsyncs(cmd: list[str], work: Path) -> dict | None:
    """Runs `cmd` under `strace -f -c` and returns how many fsync, fdatasync, syncfs and
    sync_file_range calls it made, by name; None without strace. Not timed: strace slows
    a run. The `fsyncs` column is fsync + fdatasync + syncfs (calls that wait for the
    disk); sync_file_range (the writers starting write-back early) is in bench.json."""
    if not shutil.which("strace"):
        return None
    summary = work / "strace-summary.txt"
    p = subprocess.run(["strace", "-f", "-c", "-o", str(summary), "-e", "trace=" + ",".join(SYNC_CALLS)] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if p.returncode not in (0, 3):
        sys.exit(f"run_bench: evaletl under strace exited with {p.returncode}")
    counts = {name: 0 for name in SYNC_CALLS}
    for line in summary.read_text().splitlines():
        parts = line.split()
        # % time, seconds, usecs/call, calls, [errors], syscall
        if len(parts) >= 5 and parts[-1] in SYNC_CALLS:
            counts[parts[-1]] = int(parts[3])
    summary.unlink()
    return counts


def run_once(binary: Path, cfg: Path, inp: Path, out: Path, jobs: int, work: Path,
             fresh: bool = True, fsyncs: bool = False) -> dict:
    """One evaletl run in a fresh wrapper process. `fresh`: no previous output
    and no document cache (a cold run). `fsyncs`: count fsync calls with strace
    instead of timing (the run's figures are then not comparable)."""
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache_dir(out), ignore_errors=True)
    res = work / "wrapper-result.json"
    evaletl = [str(binary), "run", "--config", str(cfg),
               "--input", str(inp), "--output", str(out), "--jobs", str(jobs), "--quiet"]
    if fsyncs:
        return {"fsyncs": count_fsyncs(evaletl, work)}
    cmd = [sys.executable, "-c", WRAPPER, str(res)] + evaletl
    before = (out / "run.json").stat().st_mtime_ns if (out / "run.json").exists() else None
    subprocess.run(cmd, check=True)
    r = json.loads(res.read_text())
    res.unlink()
    # 0 = done; 3 = done, some documents rejected (reported below); else failed
    if r["rc"] not in (0, 3) or not (out / "run.json").exists():
        sys.exit(f"run_bench: evaletl exited with {r['rc']} (jobs {jobs}); command: {' '.join(cmd[4:])}")
    rj = json.loads((out / "run.json").read_text())
    if before is not None and (out / "run.json").stat().st_mtime_ns == before:
        # NB: nothing changed: evaletl wrote nothing, run.json is the previous run's.
        r.update(up_to_date=True, seconds={k: None for k in STAGES}, seconds_raw={}, documents_parsed=None,
                 documents_reused=None, files_seen=rj.get("files_seen"), rejected=rj.get("rejected"),
                 first_rejects=[])
        return r
    r["seconds"] = {k: rj.get("seconds", {}).get(k) for k in STAGES}
    r["seconds_raw"] = rj.get("seconds", {})
    for k in ("files_seen", "evaluations", "rejected", "rows", "documents_parsed", "documents_reused"):
        r[k] = rj.get(k)
    if "cache: off" in cfg.read_text():
        r["documents_parsed"] = r["documents_reused"] = None
    reasons = [x.get("reason", "") for x in rj.get("rejects", [])[:3]]
    r["first_rejects"] = reasons
    return r


def output_digest(out: Path) -> str:
    """SHA-256 over every output file but run.json (path and bytes), to check
    that the output does not depend on --jobs. report.html is read without its
    one line that says when the page was made."""
    h = hashlib.sha256()
    for f in sorted(p for p in out.rglob("*") if p.is_file() and p.name != "run.json"):
        h.update(f.relative_to(out).as_posix().encode() + b"\0")
        if f.name == "report.html":
            lines = f.read_bytes().split(b"\n")
            h.update(b"\n".join(l for l in lines if not l.startswith(b'<p class="made">')))
            continue
        with open(f, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def bench_binary(binary: Path, cfg: Path, corpus_dir: Path, meta: dict, jobs: int, work: Path,
                 repeat: int, keep: bool) -> dict:
    """Best (lowest wall) of `repeat` cold runs; peak RSS is the highest seen."""
    out = work / f"out-n{meta['files']}-jobs{jobs}"
    runs = [run_once(binary, cfg, corpus_dir, out, jobs, work) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["wall"])
    best["maxrss_bytes"] = max(r["maxrss_bytes"] for r in runs)
    best["walls"] = [r["wall"] for r in runs]
    best["jobs"] = jobs
    best["docs_per_s"] = meta["files"] / best["wall"]
    best["mb_per_s"] = meta["mb"] / best["wall"]
    best["peak_rss_mb"] = best["maxrss_bytes"] / 1e6
    best["output_digest"] = output_digest(out)
    if not keep:
        shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache_dir(out), ignore_errors=True)
    if best["rejected"]:
        print(f"  note: jobs {jobs}: {best['rejected']} of {best['files_seen']} documents rejected, "
              f"e.g. {best['first_rejects'][:1]}", flush=True)
    if best["files_seen"] != meta["files"]:
        print(f"  note: jobs {jobs}: evaletl saw {best['files_seen']} files, the corpus has {meta['files']}",
              flush=True)
    return best


# (key, label, cache on, what comes before the timed run)
SCENARIOS = [
    ("default", "first run, defaults", True, "fresh"),
    ("off", "first run, cache off", False, "fresh"),
    ("rebuilt", "first run after a new build", True, "rebuilt"),
    ("changed", "1 doc changed", True, "changed"),
    ("changed_off", "1 doc changed, off", False, "changed"),
    ("unchanged", "nothing changed", True, "same"),
]


class DocumentFlip:
    """Changes one document of the corpus back and forth (a trailing newline added or
    taken away), so each one-document-changed rerun sees a change; `restore` puts it back."""

    def __init__(self, corpus_dir: Path):
        self.path = sorted(p for p in corpus_dir.rglob("*.txt"))[0]
        self.original = self.path.read_bytes()

    def flip(self) -> None:
        now = self.path.read_bytes()
        self.path.write_bytes(self.original + b"\n" if now == self.original else self.original)

    def restore(self) -> None:
        if self.path.read_bytes() != self.original:
            self.path.write_bytes(self.original)


def scenario_run(binary: Path, work: Path, corpus_dir: Path, jobs: int, scenario: tuple,
                 flip: DocumentFlip, fsyncs: bool = False) -> dict:
    """One timed run of `scenario` (or, with `fsyncs`, one counted under strace), after
    the untimed runs that set it up."""
    key, _, cache, before = scenario
    cfg = write_config(work, cache)
    out = work / f"out-{key}"
    if before == "fresh":
        return run_once(binary, cfg, corpus_dir, out, jobs, work, fresh=True, fsyncs=fsyncs)
    # NB: a run first, so output and cache match the corpus as it is now (other scenarios flip it).
    if cache or not (out / "run.json").exists():
        run_once(binary, cfg, corpus_dir, out, jobs, work, fresh=False)
    if before == "changed":
        flip.flip()
    if before == "rebuilt":
        # NB: a copy of the binary has another mtime, so another build key: every parse the
        # cache holds is an older build's, as on the first `make run` after a change of evaletl.
        copy = work / "evaletl-rebuilt"
        shutil.copyfile(binary, copy)
        copy.chmod(0o755)
        binary = copy
    return run_once(binary, cfg, corpus_dir, out, jobs, work, fresh=False, fsyncs=fsyncs)


def bench_scenarios(binary: Path, corpus_dir: Path, meta: dict, jobs: int, work: Path,
                    repeat: int) -> dict[str, dict]:
    """Every scenario `repeat` times, round by round (so drift of the machine hits all
    alike); the fastest run of each counts, peak RSS is the highest seen. Then one
    run of each under strace for its fsync count."""
    flip = DocumentFlip(corpus_dir)
    seen: dict[str, list[dict]] = {k: [] for k, *_ in SCENARIOS}
    try:
        for i in range(repeat):
            for sc in SCENARIOS:
                print(f"  round {i + 1}/{repeat}: {sc[1]} ...", flush=True)
                seen[sc[0]].append(scenario_run(binary, work, corpus_dir, jobs, sc, flip))
        digests = {k: output_digest(work / f"out-{k}") for k in ("default", "off")}
        counted = {}
        for sc in SCENARIOS:
            print(f"  fsync count (strace): {sc[1]} ...", flush=True)
            counted[sc[0]] = scenario_run(binary, work, corpus_dir, jobs, sc, flip, fsyncs=True)["fsyncs"]
    finally:
        flip.restore()
    best = {}
    for key, label, cache, _ in SCENARIOS:
        runs = seen[key]
        b = dict(min(runs, key=lambda r: r["wall"]))
        b.update(label=label, cache=cache, jobs=jobs, walls=[r["wall"] for r in runs],
                 maxrss_bytes=max(r["maxrss_bytes"] for r in runs), sync_calls=counted[key],
                 fsyncs=None if counted[key] is None else
                 counted[key]["fsync"] + counted[key]["fdatasync"] + counted[key]["syncfs"],
                 docs_per_s=meta["files"] / b["wall"], mb_per_s=meta["mb"] / b["wall"])
        b["peak_rss_mb"] = b["maxrss_bytes"] / 1e6
        b["output_digest"] = digests.get(key)
        best[key] = b
    return best


def run_peer(peer: Path, python: str, corpus_dir: Path, meta: dict, jobs: int, work: Path,
             repeat: int) -> dict:
    """The plain-Python peer on the same corpus: fastest of `repeat` runs."""
    out = work / "out-peer"
    runs = []
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        res = work / "wrapper-result.json"
        subprocess.run([sys.executable, "-c", WRAPPER, str(res), python, str(peer), str(corpus_dir), str(out),
                        "--jobs", str(jobs)], check=True, stdout=subprocess.DEVNULL)
        r = json.loads(res.read_text())
        res.unlink()
        if r["rc"] != 0:
            sys.exit(f"run_bench: the peer exited with {r['rc']}")
        runs.append(r)
    shutil.rmtree(out, ignore_errors=True)
    b = dict(min(runs, key=lambda r: r["wall"]))
    b.update(label="python peer", jobs=jobs, walls=[r["wall"] for r in runs],
             docs_per_s=meta["files"] / b["wall"], mb_per_s=meta["mb"] / b["wall"],
             peak_rss_mb=max(r["maxrss_bytes"] for r in runs) / 1e6, fsyncs=None)
    return b


def fmt(v, spec=".2f", width=8) -> str:
    return f"{'-':>{width}}" if v is None else f"{v:>{width}{spec}}"


def print_table(cat_s: float, meta: dict, runs: list[dict]) -> None:
    head = (f"{'run':<30}{'jobs':>5}{'wall s':>8}{'docs/s':>9}{'MB/s':>8}{'RSS MB':>8}{'fsyncs':>8}"
            f"{'parsed':>8}{'reused':>8}  " + "".join(f"{s.replace('load.', ''):>10}" for s in STAGES))
    print()
    print(f"corpus: {meta['files']} files, {meta['mb']:.1f} MB, {meta['avg_kb']:.1f} KB average; "
          f"stage columns: seconds from run.json (extract/normalize summed over threads)")
    print(head)
    print("-" * len(head))
    print(f"{'cat (floor)':<30}{'':>5}{fmt(cat_s)}{fmt(meta['files'] / cat_s, '.0f', 9)}"
          f"{fmt(meta['mb'] / cat_s, '.1f')}")
    for r in runs:
        label = r.get("label") or f"cache off"
        if r.get("up_to_date"):
            label += " (up to date)"
        secs = r.get("seconds") or {}
        print(f"{label:<30}{r['jobs']:>5}{fmt(r['wall'])}{fmt(r['docs_per_s'], '.0f', 9)}"
              f"{fmt(r['mb_per_s'], '.1f')}{fmt(r['peak_rss_mb'], '.0f')}{fmt(r.get('fsyncs'), 'd')}"
              f"{fmt(r.get('documents_parsed'), 'd')}{fmt(r.get('documents_reused'), 'd')}  "
              + "".join(fmt(secs.get(s), '.3f', 10) for s in STAGES))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", required=True, type=Path, help="the evaletl binary")
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, default=REPO / ".bench" / "throughput",
                    help="corpora, outputs and bench.json (default: .bench/throughput)")
    # NB: one run on this project's virtual machine sometimes takes half again as long
    # (the host, not evaletl); the fastest of three is the figure worth comparing.
    ap.add_argument("--repeat", type=int, default=3, help="runs per setting; the fastest counts (default 3)")
    ap.add_argument("--jobs", type=int, default=0, help="'all cores' setting (default: os.cpu_count())")
    ap.add_argument("--memory-scaling", action="store_true",
                    help="also run at 10,000 and 100,000 documents and compare peak RSS")
    ap.add_argument("--scaling-docs", default="10000,100000",
                    help="the two corpus sizes --memory-scaling compares (default: 10000,100000)")
    ap.add_argument("--mixed-encodings", action="store_true",
                    help="corpus with ~12%% CRLF / BOM / UTF-16 / Windows-1252 files")
    ap.add_argument("--formats", help="comma-separated formats for every run, e.g. csv,parquet,xml "
                    "(the peer's; default: evaletl's default formats)")
    ap.add_argument("--peer", type=Path, help="the plain-Python peer's peer.py: timed on the same corpus")
    ap.add_argument("--peer-python", default=sys.executable,
                    help="a Python with the peer's requirements (pyarrow, lxml)")
    ap.add_argument("--peer-repeat", type=int, default=1, help="peer runs; the fastest counts (default 1)")
    ap.add_argument("--keep-output", action="store_true", help="keep the evaletl output folders")
    a = ap.parse_args(argv)

    global FORMATS
    FORMATS = a.formats.split(",") if a.formats else None
    binary = Path(os.path.abspath(a.bin))   # not resolved: a rebuild may swap the symlink
    if not os.access(binary, os.X_OK):
        sys.exit(f"run_bench: {binary} is not an executable; build it first (swift build -c release)")
    work = a.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    cores = a.jobs or os.cpu_count() or 1

    cdir, meta = corpus(work, a.docs, a.seed, a.mixed_encodings)
    print("timing cat over the corpus (warm) ...", flush=True)
    cat_s = time_cat(cdir)

    print(f"running evaletl --jobs {cores}, side by side ({a.repeat} rounds) ...", flush=True)
    scen = bench_scenarios(binary, cdir, meta, cores, work, a.repeat)
    cfg = write_config(work, cache=False)
    runs = [scen["default"], scen["off"], scen["rebuilt"]]
    for j in ([2] if cores > 2 else []) + ([1] if cores != 1 else []):
        print(f"running evaletl --jobs {j} (cache off) ...", flush=True)
        r = bench_binary(binary, cfg, cdir, meta, j, work, a.repeat, a.keep_output)
        r["label"] = "first run, cache off"
        runs.append(r)
    runs += [scen["changed"], scen["changed_off"], scen["unchanged"]]
    peer = None
    if a.peer:
        print(f"running the python peer --jobs {cores} ({a.peer_repeat} run(s)) ...", flush=True)
        peer = run_peer(a.peer, a.peer_python, cdir, meta, cores, work, a.peer_repeat)
        runs.append(peer)
    for key in [k for k, *_ in SCENARIOS]:
        if not a.keep_output:
            shutil.rmtree(work / f"out-{key}", ignore_errors=True)
        shutil.rmtree(cache_dir(work / f"out-{key}"), ignore_errors=True)

    print_table(cat_s, meta, runs)
    off = scen["off"]
    by_jobs = {r["jobs"]: r for r in runs[1:] if r.get("label") == "first run, cache off"}
    one = by_jobs.get(1)
    result = {
        "binary": str(binary), "host": platform.node(), "platform": platform.platform(),
        "cores": os.cpu_count(), "formats": FORMATS or "defaults", "time_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "corpus": {k: meta.get(k) for k in ("files", "bytes", "mb", "avg_kb", "kinds", "seed", "encodings")},
        "cat": {"wall": cat_s, "mb_per_s": meta["mb"] / cat_s, "docs_per_s": meta["files"] / cat_s},
        "scenarios": scen, "runs": runs, "peer": peer,
        "goals": {"mb_per_s": GOAL_MBPS, "speedup_2_jobs": GOAL_SPEEDUP,
                  "rss_ratio_100k_10k": GOAL_RSS_RATIO, "rss_mb_100k": GOAL_RSS_MB,
                  "default_vs_off": GOAL_DEFAULT_VS_OFF, "changed_vs_full": GOAL_CHANGED_VS_FULL,
                  "fsyncs_per_run": GOAL_FSYNCS, "default_vs_peer": GOAL_VS_PEER},
    }
    missing = [s for s in STAGES if all((r.get("seconds") or {}).get(s) is None for r in runs)]
    if missing:
        print(f"note: run.json has no timing for {', '.join(missing)} (stage not run by this build?)")
    digests = {r["output_digest"] for r in runs if r.get("output_digest")}
    result["outputs_identical"] = len(digests) == 1
    print()
    print("output files (all but run.json): " + ("identical for cache on and off and every --jobs"
          if len(digests) == 1 else "DIFFER between runs (the contract wants byte-identical output)"))

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    d = scen["default"]
    ok = d["mb_per_s"] >= GOAL_MBPS
    print(f"throughput  jobs {cores}, default settings: {d['mb_per_s']:.1f} MB/s input end to end "
          f"(goal >= {GOAL_MBPS:.0f} MB/s: {verdict(ok)}); cache off {off['mb_per_s']:.1f} MB/s; "
          f"cat floor {meta['mb'] / cat_s:.0f} MB/s")
    ratio = d["wall"] / off["wall"]
    print(f"default vs cache off: {ratio:.2f}x the time (goal <= {GOAL_DEFAULT_VS_OFF}x: "
          f"{verdict(ratio <= GOAL_DEFAULT_VS_OFF)})")
    rb = scen["rebuilt"]["wall"] / off["wall"]
    print(f"first run after a new build (every cached parse stale): {rb:.2f}x the cache-off run "
          f"(goal <= {GOAL_DEFAULT_VS_OFF}x: {verdict(rb <= GOAL_DEFAULT_VS_OFF)})")
    ch = scen["changed"]["wall"] / off["wall"]
    print(f"1 doc changed, cache on: {ch:.2f}x a full cache-off run (goal <= {GOAL_CHANGED_VS_FULL}x: "
          f"{verdict(ch <= GOAL_CHANGED_VS_FULL)}); cache off: {scen['changed_off']['wall'] / off['wall']:.2f}x")
    counts = {k: r["fsyncs"] for k, r in scen.items()}
    if all(v is None for v in counts.values()):
        print("fsync calls: not counted (no strace; apt-get install strace)")
    else:
        worst = max(v for v in counts.values() if v is not None)
        print(f"fsync calls per run: at most {worst} (goal <= {GOAL_FSYNCS}: {verdict(worst <= GOAL_FSYNCS)}); "
              + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if peer:
        x = peer["wall"] / d["wall"]
        result["default_vs_peer"] = x
        print(f"python peer: {peer['wall']:.2f} s, {peer['mb_per_s']:.1f} MB/s; default settings "
              f"{x:.1f}x faster (goal >= {GOAL_VS_PEER:.0f}x: {verdict(x >= GOAL_VS_PEER)})")
    if one:
        speedups = {j: one["wall"] / r["wall"] for j, r in by_jobs.items() if j != 1}
        result["speedup_vs_1_job"] = speedups
        for j, s in sorted(speedups.items()):
            goal = f" (goal >= {GOAL_SPEEDUP}x: {'met' if s >= GOAL_SPEEDUP else 'NOT met'})" if j == 2 else ""
            print(f"speed-up    jobs {j} vs jobs 1 (cache off): {s:.2f}x{goal}")

    if a.memory_scaling:
        print("\nmemory scaling (jobs %d) ..." % cores, flush=True)
        ms = {}
        small, large = (int(x) for x in a.scaling_docs.split(","))
        for n in (small, large):
            d, m = corpus(work, n, a.seed, a.mixed_encodings)
            print(f"running evaletl on {n} documents ...", flush=True)
            r = bench_binary(binary, cfg, d, m, cores, work, 1, a.keep_output)
            ms[n] = r
            print(f"  {n:>7} docs: wall {r['wall']:.1f} s, {r['mb_per_s']:.1f} MB/s, "
                  f"peak RSS {r['peak_rss_mb']:.0f} MB", flush=True)
        ratio = ms[large]["maxrss_bytes"] / ms[small]["maxrss_bytes"]
        rss100 = ms[large]["peak_rss_mb"]
        print(f"peak RSS {large:,} / {small:,} docs: {ratio:.2f}x (goal <= {GOAL_RSS_RATIO}x: "
              f"{'met' if ratio <= GOAL_RSS_RATIO else 'NOT met'}); at {large:,}: {rss100:.0f} MB "
              f"(goal < {GOAL_RSS_MB:.0f} MB: {'met' if rss100 < GOAL_RSS_MB else 'NOT met'})")
        result["memory_scaling"] = {"jobs": cores, "runs": {str(k): v for k, v in ms.items()},
                                    "rss_ratio": ratio, "rss_mb_large": rss100}

    (work / "bench.json").write_text(json.dumps(result, indent=1) + "\n")
    print(f"\nwrote {work / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
