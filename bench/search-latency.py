#!/usr/bin/env python3
"""Search latency per keystroke: jixiao's SearchIndex against fzf --filter on the same text.

usage: bench/search-latency.py BENCH_BINARY FILE LINES_FILE [--queries Q1,Q2] [--runs 3] [--json]

BENCH_BINARY is jixiao-bench: `jixiao-bench search FILE --queries …` types each query one
character at a time into SearchIndex.matches (each keystroke narrowing the previous matches)
and reports p50/p95/max per keystroke, in process.

fzf: LINES_FILE holds the same searchable text one item a line (project, narratives, goals,
indicators; written by `jixiao-gen --search-lines`). For each prefix of each query we time
`fzf --filter PREFIX < LINES_FILE`: a fresh process that loads the lines and matches them,
which is what fzf does for a first keystroke; later keystrokes in an interactive fzf reuse
the loaded lines, so the figure is an upper bound for fzf. `--filter-load` reports the load
alone (fzf --filter on a pattern nothing matches, cut at the first keystroke) to subtract.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

DEFAULT_QUERIES = "满意度,公交政策,补助人数,年底前完成,城乡居民养老保险,水利局"


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, int(len(xs) * p + 0.999999) - 1))]


def fzf_times(lines, queries, runs):
    fzf = shutil.which("fzf")
    if not fzf:
        return None
    times = []
    for q in queries:
        for k in range(1, len(q) + 1):
            best = []
            for _ in range(runs):
                with open(lines, "rb") as f, open(os.devnull, "wb") as out:
                    t0 = time.perf_counter()
                    subprocess.run([fzf, "--filter", q[:k]], stdin=f, stdout=out, check=False)
                    best.append(time.perf_counter() - t0)
            times.append(statistics.median(best))
    return times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bench")
    ap.add_argument("file")
    ap.add_argument("lines")
    ap.add_argument("--queries", default=DEFAULT_QUERIES)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    queries = a.queries.split(",")
    ours = []
    index_s = []
    for _ in range(a.runs):
        r = subprocess.run([a.bench, "search", a.file, "--queries", a.queries], capture_output=True, text=True, check=True)
        ours.append(json.loads(r.stdout))
    res = {
        "keystrokes": ours[0]["keystrokes"],
        "p50_ms": statistics.median(o["p50_ms"] for o in ours),
        "p95_ms": statistics.median(o["p95_ms"] for o in ours),
        "max_ms": statistics.median(o["max_ms"] for o in ours),
        "index_ms": statistics.median(o["index_s"] for o in ours) * 1000,
    }
    f = fzf_times(a.lines, queries, a.runs)
    if f:
        res["fzf_p50_ms"] = pct(f, 0.5) * 1000
        res["fzf_p95_ms"] = pct(f, 0.95) * 1000
    if a.json:
        print(json.dumps(res))
    else:
        line = f"jixiao search: p50 {res['p50_ms']:.2f} ms, p95 {res['p95_ms']:.2f} ms per keystroke ({res['keystrokes']} keystrokes; index {res['index_ms']:.0f} ms)"
        if f:
            line += f"; fzf --filter: p50 {res['fzf_p50_ms']:.1f} ms, p95 {res['fzf_p95_ms']:.1f} ms"
        print(line)


if __name__ == "__main__":
    main()
