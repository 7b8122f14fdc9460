#!/usr/bin/env python3
"""Search latency per keystroke: jixiao's SearchIndex against fzf --filter on the same text.

usage: bench/search-latency.py BENCH_BINARY FILE LINES_FILE [--queries Q1,Q2] [--runs 3] [--typing] [--no-fzf] [--json]
       [--screen N] [--vs BENCH_B]

BENCH_BINARY is jixiao-bench: `jixiao-bench search FILE --queries …` types each query one
character at a time as the browser's `/` prompt does (each keystroke narrowing the matches of
its longest cached prefix; `名:`/`部:`/`指:`/`值:` prefixes scope a query, `⌫` is a Backspace) and
reports p50/p95/max per keystroke in process, wall and CPU time (all threads), and the index's
build time and memory (resident anonymous memory it added).

--select F (with --screen): form F selected while typing (the rows down to it must be known).

--screen N: each keystroke as the browser takes it (`jixiao-bench search --screen N`): in file
order the search down to a screenful of N rows and the rows, timed until the screen can be drawn
("screen"); and apart, for the keystrokes that left the rest pending, that full search, which the
browser runs on another thread ("rest"). Both p50/p95/max.

--vs BENCH_B: the full search per keystroke (no --screen) of BENCH_BINARY (A) and BENCH_B run in
turn, A B A B …, `--runs` pairs; per pair the ratio A/B of p50, of p95 and of the sum over all
keystrokes (wall, and CPU of all threads), then the median of each ratio (pairing keeps the ratio meaningful on a shared machine
whose speed drifts), and per keystroke the median of each side.

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
# Typing as a reviewer does: words char by char, pinyin initials, a department code and name,
# scoped queries, Backspace (docs/benchmarks.md, "Search at 100,000 forms").
TYPING_QUERIES = "满意度,公交政策,补助人数,年底前完成,城乡居民养老保险,水利局,gj,gjzc,254,临汾市卫生,名:公交,部:卫生,指:满意度,值:100%,公交政⌫⌫补贴,rcgz"


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
    ap.add_argument("--typing", action="store_true", help="the typing set (TYPING_QUERIES) instead of --queries")
    ap.add_argument("--no-fzf", action="store_true", help="time only jixiao (fzf takes minutes at 100,000 forms)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--screen", type=int, help="time the browser's keystroke: a screenful of N rows at once, the rest apart")
    ap.add_argument("--select", type=int, default=0, help="with --screen: the form selected while typing")
    ap.add_argument("--vs", help="another jixiao-bench: the full search of both, run in turn, paired")
    a = ap.parse_args()
    if a.typing:
        a.queries = TYPING_QUERIES
    if a.screen:
        return screen(a)
    if a.vs:
        return paired(a)
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
    for key in ("cpu_p50_ms", "cpu_p95_ms", "cpu_max_ms", "index_mb"):
        if key in ours[0]:
            res[key] = statistics.median(o[key] for o in ours)
    res["load"] = os.getloadavg()[0]
    f = None if a.no_fzf else fzf_times(a.lines, [q.replace("⌫", "") for q in queries], a.runs)
    if f:
        res["fzf_p50_ms"] = pct(f, 0.5) * 1000
        res["fzf_p95_ms"] = pct(f, 0.95) * 1000
    if a.json:
        print(json.dumps(res))
    else:
        line = (f"jixiao search: p50 {res['p50_ms']:.2f} ms, p95 {res['p95_ms']:.2f} ms, max {res['max_ms']:.2f} ms per keystroke "
                f"({res['keystrokes']} keystrokes; index {res['index_ms']:.0f} ms, {res.get('index_mb', 0):.0f} MB; load {res['load']:.1f})")
        if f:
            line += f"; fzf --filter: p50 {res['fzf_p50_ms']:.1f} ms, p95 {res['fzf_p95_ms']:.1f} ms"
        print(line)


def screen(a):
    runs = []
    for _ in range(a.runs):
        r = subprocess.run([a.bench, "search", a.file, "--queries", a.queries, "--screen", str(a.screen),
                            "--select", str(a.select), "--detail"],
                           capture_output=True, text=True, check=True)
        runs.append(json.loads(r.stdout))
    res = {"keystrokes": runs[0]["keystrokes"], "pending": runs[0]["pending"], "screen_rows": runs[0]["screen_rows"]}
    for part in ("screen", "screen_cpu", "rest"):
        for p in ("p50", "p95", "max"):
            res[f"{part}_{p}_ms"] = statistics.median(o[f"{part}_{p}_ms"] for o in runs)
    # Per keystroke, the median over the runs: which stay over 5 ms.
    keys = runs[0]["keystroke"]
    slow = []
    for i, k in enumerate(keys):
        ms = statistics.median(o["keystroke"][i]["ms"] for o in runs)
        if ms > 5:
            slow.append({"text": k["text"], "ms": round(ms, 2), "matches": k["matches"]})
    res["over_5ms"] = slow
    res["load"] = os.getloadavg()[0]
    if a.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        print(f"browser keystroke ({res['screen_rows']} rows at once): p50 {res['screen_p50_ms']:.2f} ms, p95 {res['screen_p95_ms']:.2f} ms, "
              f"max {res['screen_max_ms']:.2f} ms (CPU {res['screen_cpu_p50_ms']:.2f} / {res['screen_cpu_p95_ms']:.2f} / "
              f"{res['screen_cpu_max_ms']:.2f} ms; {res['keystrokes']} keystrokes; load {res['load']:.1f})")
        print(f"the rest, on another thread ({res['pending']} keystrokes): p50 {res['rest_p50_ms']:.2f} ms, "
              f"p95 {res['rest_p95_ms']:.2f} ms, max {res['rest_max_ms']:.2f} ms")
        for k in slow:
            print(f"  over 5 ms: {k['text']} {k['ms']:.1f} ms ({k['matches']} matches)")


def paired(a):
    def one(bench):
        r = subprocess.run([bench, "search", a.file, "--queries", a.queries, "--detail"], capture_output=True, text=True, check=True)
        return json.loads(r.stdout)
    pairs = [(one(a.bench), one(a.vs)) for _ in range(a.runs)]
    res = {"runs": a.runs, "keystrokes": pairs[0][0]["keystrokes"]}
    for key in ("p50_ms", "p95_ms", "max_ms"):
        res["a_" + key] = statistics.median(x[key] for x, _ in pairs)
        res["b_" + key] = statistics.median(y[key] for _, y in pairs)
        res["ratio_" + key.replace("_ms", "")] = statistics.median(x[key] / y[key] for x, y in pairs)
    for key, name in (("ms", "ratio_sum"), ("cpu_ms", "ratio_sum_cpu")):
        res[name] = statistics.median(
            sum(k[key] for k in x["keystroke"]) / sum(k[key] for k in y["keystroke"]) for x, y in pairs)
    per = []
    for i, k in enumerate(pairs[0][0]["keystroke"]):
        per.append({"text": k["text"], "a_ms": statistics.median(x["keystroke"][i]["ms"] for x, _ in pairs),
                    "b_ms": statistics.median(y["keystroke"][i]["ms"] for _, y in pairs), "matches": k["matches"]})
    res["keystroke"] = per
    res["load"] = os.getloadavg()[0]
    if a.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        print(f"full search, A {a.bench} vs B {a.vs}, {a.runs} pairs (load {res['load']:.1f}):")
        for key in ("p50", "p95", "max"):
            print(f"  {key}: A {res['a_' + key + '_ms']:.2f} ms, B {res['b_' + key + '_ms']:.2f} ms, A/B {res['ratio_' + key]:.3f}")
        print(f"  sum of all keystrokes: A/B {res['ratio_sum']:.3f} wall, {res['ratio_sum_cpu']:.3f} CPU")


if __name__ == "__main__":
    main()
