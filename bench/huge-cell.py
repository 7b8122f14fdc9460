#!/usr/bin/env python3
"""A form with one huge cell: browser key latency and peak memory, in a pseudo-terminal.

usage: bench/huge-cell.py BINARY [BINARY…] [--mb 100] [--cols 80] [--rows 24] [--keys 40] [--runs 1]

Writes the sample with the first form's 项目概况 made MB megabytes long (Chinese text, no line
break), starts `BINARY FILE` on a pty (TERM=xterm-256color), waits for the first frame and for
the background work (search index, checks) to settle, then sends keys one at a time and times
each from the write to the last byte of its answer (the answer ends after 100 ms without
output; that wait is not counted; a key that draws nothing within 2 s is not timed). Keys: `j`/`k` (to the next form and back onto the huge
one), Tab to the detail pane, PgDn/PgUp inside the huge text, Tab Tab back to the list.
Reports per binary the key's median, 95th percentile and worst (wall), the CPU time of the
process per key (which the machine's load does not inflate), the first frame and the peak RSS
(VmHWM) against the file's size. Several binaries (a build of main and one of a branch) are
run one after the other, `--runs` times each, alternating, so they see the same load.
"""
import argparse
import fcntl
import importlib.util
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make_file(mb):
    sample = open(os.path.join(REPO, "Samples", "yangquan-2026.txt"), "rb").read()
    label = "项目概况".encode()
    at = sample.index(label)
    end = sample.index(b"\n", at)
    unit = "项目资金用于城乡居民养老补助，".encode()
    huge = unit * (mb * 1024 * 1024 // len(unit))
    data = sample[:at] + label + b"\t\t" + huge + sample[end:]
    fd, path = tempfile.mkstemp(suffix=".txt", prefix="huge-cell-")
    os.write(fd, data)
    os.close(fd)
    return path, len(data)


def _load_first_frame():
    spec = importlib.util.spec_from_file_location("first_frame", os.path.join(REPO, "bench", "first-frame.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FIRST_FRAME = _load_first_frame()  # its read_burst: the same reading of a burst as there


def burst(fd, quiet, limit=120.0):
    """Reads until `quiet` s without output; returns (bytes, time of last byte or None)."""
    data, last, _ = FIRST_FRAME.read_burst(fd, quiet, limit=limit)
    return data, last


def settle(fd, quiet):
    """Reads until `quiet` s pass without output, whether or not any came."""
    while select.select([fd], [], [], quiet)[0]:
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def cpu_seconds(pid):
    """User + system CPU time of the process so far (/proc/PID/stat), in seconds."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_kb(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def session(binary, path, a):
    """One run of `binary` on `path`: (first frame ms, key times ms, CPU ms a key, peak RSS kB,
    keys that drew nothing)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ.setdefault("LANG", "C.UTF-8")
        os.execv(binary, [binary, path])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", a.rows, a.cols, 0, 0))
    t0 = time.perf_counter()
    _, last = burst(fd, 0.3)
    first_ms = (last - t0) * 1000 if last else float("nan")
    # Let the background work (index, checks) finish: no output for 2 s (or none at all).
    settle(fd, 2.0)
    keys = [b"j", b"k", b"\t", b"\x1b[6~", b"\x1b[6~", b"\x1b[5~", b"\t", b"\t"]
    times = []
    cpu0 = cpu_seconds(pid)
    silent = 0
    for n in range(a.keys):
        k = keys[n % len(keys)]
        sent = time.perf_counter()
        os.write(fd, k)
        _, last = burst(fd, 0.1, limit=2.0)
        if last is None:
            silent += 1  # nothing to redraw (PgDn at the end of a short text): not timed
        else:
            times.append((last - sent) * 1000)
    cpu_ms = (cpu_seconds(pid) - cpu0) * 1000 / a.keys
    rss = peak_rss_kb(pid)
    os.write(fd, b"q")
    time.sleep(0.5)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return first_ms, times, cpu_ms, rss, silent


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(-(-len(s) * p // 1)) - 1))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binaries", nargs="+")
    ap.add_argument("--mb", type=int, default=100)
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--keys", type=int, default=40)
    ap.add_argument("--runs", type=int, default=1)
    a = ap.parse_args()
    path, size = make_file(a.mb)
    results = {b: [] for b in a.binaries}
    loads = []
    try:
        for _ in range(a.runs):
            for binary in a.binaries:
                results[binary].append(session(binary, path, a))
                loads.append(os.getloadavg()[0])
    finally:
        os.unlink(path)
    print(f"file {size / 1e6:.1f} MB ({a.mb} MB cell), {a.cols}x{a.rows}, {a.keys} keys x {a.runs} run(s), "
          f"load average {min(loads):.1f}-{max(loads):.1f}")
    for binary, runs in results.items():
        times = [t for r in runs for t in r[1]]
        firsts = [r[0] for r in runs]
        cpu = statistics.mean(r[2] for r in runs)
        rss = max((r[3] or 0) for r in runs)
        silent = sum(r[4] for r in runs)
        print(f"{binary}: first frame {statistics.median(firsts):.0f} ms; key median {statistics.median(times):.1f} ms, "
              f"p95 {percentile(times, 0.95):.1f} ms, worst {max(times):.1f} ms; CPU {cpu:.1f} ms a key; "
              f"peak RSS {rss / 1024:.0f} MB" + (f" = {rss * 1024 / size:.2f}x the file" if a.mb else "")
              + (f"; {silent} keys drew nothing" if silent else ""))


if __name__ == "__main__":
    main()
