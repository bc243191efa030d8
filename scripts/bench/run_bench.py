#!/usr/bin/env python3
"""Throughput benchmark for evaletl.

    run_bench.py --bin PATH [--docs N] [--seed S] [--work DIR] [--repeat R]
                 [--memory-scaling] [--keep-output]

1. Generates the corpus with make_corpus.py (cached in WORK by N and seed).
2. Times `find CORPUS -type f -exec cat {} + > /dev/null` after a warm-up
   read: the floor no pipeline beats.
3. Runs `evaletl run` with all four formats at --jobs = all cores, at
   --jobs 2 (only when there are more than 2 cores) and at --jobs 1; reports
   wall time, documents/s, input MB/s, the child's peak RSS and the per-stage
   seconds from run.json, the speed-up against --jobs 1, and the goals.
4. --memory-scaling also runs at 10,000 and 100,000 documents and compares
   the peak RSS values.

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
STAGES = ["extract", "normalize", "load.csv", "load.parquet", "load.xml", "load.workbook", "total"]

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


def write_config(work: Path, binary: Path, cache: bool) -> Path:
    """All four formats; the document cache off (cold runs) unless `cache`.
    A binary that predates the `cache:` key gets a config without it."""
    cfg = work / ("bench-cache.yml" if cache else "bench.yml")
    text = "version: 1\nformats: [csv, parquet, xml, workbook]\n"
    if not cache:
        probe = work / "probe.yml"
        probe.write_text(text + "cache: off\n")
        empty = work / "probe-input"
        empty.mkdir(exist_ok=True)
        r = subprocess.run([str(binary), "run", "--config", str(probe), "--input", str(empty),
                            "--output", str(work / "probe-output"), "--jobs", "1", "--quiet"],
                           capture_output=True, text=True)
        for p in (work / "probe-output", work / ".probe-output.evaletl-cache", empty):
            shutil.rmtree(p, ignore_errors=True)
        probe.unlink()
        if r.returncode in (0, 3):
            text += "cache: off\n"
        else:
            print(f"  note: {binary.name} does not take `cache: off` (exit {r.returncode}); "
                  "the cache folder is deleted before each run instead", flush=True)
    cfg.write_text(text)
    return cfg


def cache_dir(out: Path) -> Path:
    return out.parent / f".{out.name}.evaletl-cache"


def run_once(binary: Path, cfg: Path, inp: Path, out: Path, jobs: int, work: Path,
             fresh: bool = True) -> dict:
    """One evaletl run in a fresh wrapper process. `fresh`: no previous output
    and no document cache (a cold run)."""
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache_dir(out), ignore_errors=True)
    res = work / "wrapper-result.json"
    cmd = [sys.executable, "-c", WRAPPER, str(res), str(binary), "run", "--config", str(cfg),
           "--input", str(inp), "--output", str(out), "--jobs", str(jobs), "--quiet"]
    subprocess.run(cmd, check=True)
    r = json.loads(res.read_text())
    res.unlink()
    # 0 = done; 3 = done, some documents rejected (reported below); else failed
    if r["rc"] not in (0, 3) or not (out / "run.json").exists():
        sys.exit(f"run_bench: evaletl exited with {r['rc']} (jobs {jobs}); command: {' '.join(cmd[4:])}")
    rj = json.loads((out / "run.json").read_text())
    r["seconds"] = {k: rj.get("seconds", {}).get(k) for k in STAGES}
    r["seconds_raw"] = rj.get("seconds", {})
    for k in ("files_seen", "evaluations", "rejected", "rows", "documents_parsed", "documents_reused"):
        r[k] = rj.get(k)
    reasons = [x.get("reason", "") for x in rj.get("rejects", [])[:3]]
    r["first_rejects"] = reasons
    return r


def output_digest(out: Path) -> str:
    """SHA-256 over every output file but run.json (path and bytes), to check
    that the output does not depend on --jobs."""
    h = hashlib.sha256()
    for f in sorted(p for p in out.rglob("*") if p.is_file() and p.name != "run.json"):
        h.update(f.relative_to(out).as_posix().encode() + b"\0")
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


def fmt(v, spec=".2f", width=8) -> str:
    return f"{'-':>{width}}" if v is None else f"{v:>{width}{spec}}"


def print_table(cat_s: float, meta: dict, runs: list[dict], rerun: dict | None) -> None:
    head = (f"{'run':<12}{'wall s':>8}{'docs/s':>9}{'MB/s':>8}{'RSS MB':>8}  "
            + "".join(f"{s.replace('load.', ''):>10}" for s in STAGES))
    print()
    print(f"corpus: {meta['files']} files, {meta['mb']:.1f} MB, {meta['avg_kb']:.1f} KB average; "
          f"stage columns: seconds from run.json (extract/normalize summed over threads)")
    print(head)
    print("-" * len(head))
    print(f"{'cat (floor)':<12}{fmt(cat_s)}{fmt(meta['files'] / cat_s, '.0f', 9)}"
          f"{fmt(meta['mb'] / cat_s, '.1f')}{fmt(None)}")
    for r in runs + ([dict(rerun, label="cached rerun")] if rerun else []):
        print(f"{r.get('label', 'jobs ' + str(r['jobs'])):<12}{fmt(r['wall'])}{fmt(r['docs_per_s'], '.0f', 9)}"
              f"{fmt(r['mb_per_s'], '.1f')}{fmt(r['peak_rss_mb'], '.0f')}  "
              + "".join(fmt(r['seconds'][s], '.3f', 10) for s in STAGES))


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
    ap.add_argument("--cache-rerun", action="store_true",
                    help="also time a re-run over unchanged input with the document cache on")
    ap.add_argument("--keep-output", action="store_true", help="keep the evaletl output folders")
    a = ap.parse_args(argv)

    binary = Path(os.path.abspath(a.bin))   # not resolved: a rebuild may swap the symlink
    if not os.access(binary, os.X_OK):
        sys.exit(f"run_bench: {binary} is not an executable; build it first (swift build -c release)")
    work = a.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    cores = a.jobs or os.cpu_count() or 1

    cdir, meta = corpus(work, a.docs, a.seed, a.mixed_encodings)
    print("timing cat over the corpus (warm) ...", flush=True)
    cat_s = time_cat(cdir)

    cfg = write_config(work, binary, cache=False)
    settings = [cores] + ([2] if cores > 2 else []) + ([1] if cores != 1 else [])
    runs = []
    for j in settings:
        print(f"running evaletl --jobs {j} ...", flush=True)
        runs.append(bench_binary(binary, cfg, cdir, meta, j, work, a.repeat, a.keep_output))
    rerun = None
    if a.cache_rerun:
        print(f"running evaletl --jobs {cores} twice with the document cache (second run counts) ...",
              flush=True)
        ccfg = write_config(work, binary, cache=True)
        out = work / f"out-n{meta['files']}-cache"
        run_once(binary, ccfg, cdir, out, cores, work)
        rerun = run_once(binary, ccfg, cdir, out, cores, work, fresh=False)
        rerun.update(jobs=cores, docs_per_s=meta["files"] / rerun["wall"],
                     mb_per_s=meta["mb"] / rerun["wall"], peak_rss_mb=rerun["maxrss_bytes"] / 1e6)
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache_dir(out), ignore_errors=True)

    print_table(cat_s, meta, runs, rerun)
    by_jobs = {r["jobs"]: r for r in runs}
    one = by_jobs.get(1)
    result = {
        "binary": str(binary), "host": platform.node(), "platform": platform.platform(),
        "cores": os.cpu_count(), "time_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "corpus": {k: meta.get(k) for k in ("files", "bytes", "mb", "avg_kb", "kinds", "seed", "encodings")},
        "cat": {"wall": cat_s, "mb_per_s": meta["mb"] / cat_s, "docs_per_s": meta["files"] / cat_s},
        "runs": runs, "cached_rerun": rerun,
        "goals": {"mb_per_s": GOAL_MBPS, "speedup_2_jobs": GOAL_SPEEDUP,
                  "rss_ratio_100k_10k": GOAL_RSS_RATIO, "rss_mb_100k": GOAL_RSS_MB},
    }
    missing = [s for s in STAGES if all(r["seconds"][s] is None for r in runs)]
    if missing:
        print(f"note: run.json has no timing for {', '.join(missing)} (stage not run by this build?)")
    digests = {r["output_digest"] for r in runs}
    result["outputs_identical_across_jobs"] = len(digests) == 1
    print()
    print("output files (all but run.json): " + ("identical for every --jobs" if len(digests) == 1
          else "DIFFER between --jobs settings (the contract wants byte-identical output)"))
    top = by_jobs[cores]
    ok = "met" if top["mb_per_s"] >= GOAL_MBPS else "NOT met"
    print(f"throughput  jobs {cores}: {top['mb_per_s']:.1f} MB/s input end to end "
          f"(goal >= {GOAL_MBPS:.0f} MB/s: {ok}); cat floor {meta['mb'] / cat_s:.0f} MB/s; "
          f"pipeline takes {top['wall'] / cat_s:.0f}x the time of cat")
    if one:
        speedups = {j: one["wall"] / r["wall"] for j, r in by_jobs.items() if j != 1}
        result["speedup_vs_1_job"] = speedups
        for j, s in sorted(speedups.items()):
            goal = f" (goal >= {GOAL_SPEEDUP}x: {'met' if s >= GOAL_SPEEDUP else 'NOT met'})" if j == 2 else ""
            print(f"speed-up    jobs {j} vs jobs 1: {s:.2f}x{goal}")

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
