#!/usr/bin/env python3
"""Run a command several times; print the median wall time and peak RSS.

usage: bench/timeit.py [--runs N] [--warmup W] [--json] [--stdin FILE] -- COMMAND ARGS...

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
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    if not cmd:
        ap.error("no command")
    load = os.getloadavg()[0]
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


if __name__ == "__main__":
    main()
