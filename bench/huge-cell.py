#!/usr/bin/env python3
"""A form with one huge cell: browser key latency and peak memory, in a pseudo-terminal.

usage: bench/huge-cell.py BINARY [--mb 100] [--cols 80] [--rows 24] [--keys 20]

Writes the sample with the first form's 项目概况 made MB megabytes long (Chinese text, no line
break), starts `BINARY FILE` on a pty (TERM=xterm-256color), waits for the first frame and for
the background work (search index, checks) to settle, then sends keys one at a time and times
each from the write to the last byte of its answer (the answer ends after 100 ms without
output; that wait is not counted). Keys: `j`/`k` (to the next form and back onto the huge
one), Tab to the detail pane, PgDn/PgUp inside the huge text. Reports the median and worst
key (wall, and CPU time of the process per key, which the machine's load does not inflate),
the first frame and the peak RSS (VmHWM) against the file's size.
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--mb", type=int, default=100)
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--keys", type=int, default=20)
    a = ap.parse_args()
    path, size = make_file(a.mb)
    try:
        pid, fd = pty.fork()
        if pid == 0:
            os.environ["TERM"] = "xterm-256color"
            os.environ.setdefault("LANG", "C.UTF-8")
            os.execv(a.binary, [a.binary, path])
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", a.rows, a.cols, 0, 0))
        t0 = time.perf_counter()
        first, last = burst(fd, 0.3)
        first_ms = (last - t0) * 1000 if last else float("nan")
        # Let the background work (index, checks) finish: no output for 2 s.
        burst(fd, 2.0)
        keys = [b"j", b"k", b"\t", b"\x1b[6~", b"\x1b[6~", b"\x1b[5~", b"\t", b"\t"]
        times = []
        cpu0 = cpu_seconds(pid)
        for n in range(a.keys):
            k = keys[n % len(keys)]
            sent = time.perf_counter()
            os.write(fd, k)
            _, last = burst(fd, 0.1)
            times.append(((last or sent) - sent) * 1000)
        cpu_ms = (cpu_seconds(pid) - cpu0) * 1000 / a.keys
        rss = peak_rss_kb(pid)
        os.write(fd, b"q")
        time.sleep(0.5)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    finally:
        os.unlink(path)
    print(f"file {size / 1e6:.1f} MB ({a.mb} MB cell), {a.cols}x{a.rows}")
    print(f"first frame {first_ms:.0f} ms")
    print(f"keys: median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms over {len(times)}; "
          f"CPU {cpu_ms:.1f} ms a key (load average {os.getloadavg()[0]:.1f})")
    if rss:
        print(f"peak RSS {rss / 1024:.0f} MB = {rss * 1024 / size:.2f} x the file")


if __name__ == "__main__":
    main()
