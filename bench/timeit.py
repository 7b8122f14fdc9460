#!/usr/bin/env python3
"""Run a command several times; print the median wall time and peak RSS.

usage: bench/timeit.py [--runs N] [--warmup W] [--json] [--stdin FILE] [--vs 'COMMAND B'] -- COMMAND ARGS...

With --vs, COMMAND (A) and COMMAND B (split as a shell splits words, no shell run) are run in
turn, A B A B …, and the ratio A/B of wall and of CPU time is taken pair by pair, then its
median: pairing keeps the ratio meaningful when the machine's speed drifts during the call.

Stdout of the command goes to a scratch file, never /dev/null: GNU grep notices a /dev/null
stdout and stops at the first match, even with -c. Stderr goes to /dev/null unless
--keep-stderr. The last run's stdout can be kept with --out FILE. Wall time is
measured around fork/exec/wait with perf_counter (ms resolution, unlike `/usr/bin/time %e`);
peak RSS is the child's own ru_maxrss from wait4 — the same number `/usr/bin/time -f %M`
prints. Also reports the 1-minute load average before the runs, since the machine is shared.
"""
import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(cmd, stdin_path, keep_stderr, out_path):
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    devnull = open(os.devnull, "wb")
    out = open(out_path, "wb")
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=stdin, stdout=out, stderr=None if keep_stderr else devnull)
    _, status, ru = os.wait4(p.pid, 0)
    t1 = time.perf_counter()
    p.returncode = os.waitstatus_to_exitcode(status)
    if stdin_path:
        stdin.close()
    devnull.close()
    out.close()
    return t1 - t0, ru.ru_maxrss, ru.ru_utime + ru.ru_stime, p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--stdin")
    ap.add_argument("--keep-stderr", action="store_true")
    ap.add_argument("--out", help="keep the last run's stdout here (default: a scratch file, removed)")
    ap.add_argument("--vs", help="a second command (B), run in turn with A; ratios A/B pair by pair")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    if not cmd:
        ap.error("no command")
    load = os.getloadavg()[0]
    if a.vs:
        return paired(cmd, shlex.split(a.vs), a, load)
    out_path = a.out or os.path.join(os.environ.get("TMPDIR", "/tmp"), f"timeit-{os.getpid()}.out")
    for _ in range(a.warmup):
        run_once(cmd, a.stdin, a.keep_stderr, out_path)
    walls, rss, cpu, codes = [], [], [], set()
    for _ in range(a.runs):
        w, r, c, code = run_once(cmd, a.stdin, a.keep_stderr, out_path)
        walls.append(w)
        rss.append(r)
        cpu.append(c)
        codes.add(code)
    if not a.out:
        os.unlink(out_path)
    out = {
        "median_s": statistics.median(walls), "min_s": min(walls), "max_s": max(walls),
        "cpu_s": statistics.median(cpu), "rss_kb": max(rss), "runs": a.runs, "load": load,
        "exit": sorted(codes),
    }
    if a.json:
        print(json.dumps(out))
    else:
        print(f"median {out['median_s']*1000:.1f} ms (min {out['min_s']*1000:.1f}, max {out['max_s']*1000:.1f}), "
              f"cpu {out['cpu_s']*1000:.1f} ms, peak RSS {out['rss_kb']/1024:.1f} MB, load {load:.2f}, exit {out['exit']}")


def paired(cmd_a, cmd_b, a, load):
    """A and B in turn; medians of each and of the pair-by-pair ratios."""
    scratch = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"timeit-{os.getpid()}.out")
    for _ in range(a.warmup):
        run_once(cmd_a, a.stdin, a.keep_stderr, scratch)
        run_once(cmd_b, a.stdin, a.keep_stderr, scratch)
    runs = {"a": [], "b": []}
    for _ in range(a.runs):
        for key, cmd in (("a", cmd_a), ("b", cmd_b)):
            runs[key].append(run_once(cmd, a.stdin, a.keep_stderr, scratch))
    os.unlink(scratch)
    med = statistics.median
    wall_ratio = [x[0] / y[0] for x, y in zip(runs["a"], runs["b"])]
    cpu_ratio = [x[2] / y[2] for x, y in zip(runs["a"], runs["b"]) if y[2] > 0]
    out = {side: {"median_s": med(r[0] for r in rs), "cpu_s": med(r[2] for r in rs),
                  "rss_kb": max(r[1] for r in rs), "exit": sorted({r[3] for r in rs})}
           for side, rs in runs.items()}
    out.update(wall_ratio=med(wall_ratio), wall_ratio_min=min(wall_ratio), wall_ratio_max=max(wall_ratio),
               cpu_ratio=med(cpu_ratio) if cpu_ratio else None, runs=a.runs, load=load, load_after=os.getloadavg()[0])
    if a.json:
        print(json.dumps(out))
        return
    for side in ("a", "b"):
        o = out[side]
        print(f"{side.upper()}: median {o['median_s']*1000:.1f} ms, cpu {o['cpu_s']*1000:.1f} ms, "
              f"peak RSS {o['rss_kb']/1024:.1f} MiB, exit {o['exit']}")
    cpu = f"{out['cpu_ratio']:.2f}" if out["cpu_ratio"] is not None else "-"
    print(f"A/B, pair by pair ({a.runs} pairs): wall {out['wall_ratio']:.2f}x "
          f"({out['wall_ratio_min']:.2f}-{out['wall_ratio_max']:.2f}), cpu {cpu}x, load {load:.2f}-{out['load_after']:.2f}")


if __name__ == "__main__":
    main()
