#!/usr/bin/env python3
"""Time to first frame and terminal bytes per key, in a pseudo-terminal.

usage: bench/first-frame.py BINARY FILE [--cols 80] [--rows 24] [--quiet-ms 150] [--runs 3] [--json]

Starts `BINARY FILE` on a pty of COLS x ROWS (TERM=xterm-256color), and:
  - first frame: time from start until the first burst of output ends (no byte for
    --quiet-ms); that quiet gap is not counted. A browser is recognised by the
    alternate-screen switch (ESC [?1049h); without one the program is no browser yet and
    the figure is reported as n/a.
  - one-row move: sends `j` and counts the bytes written until the output is quiet again.
  - then sends `q` (and kills the program if it is still running after a second).
"""
import argparse
import fcntl
import json
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time


def read_burst(fd, quiet, limit=10.0, started=None):
    """Bytes until `quiet` seconds pass without output (or EOF / `limit`); time of last byte."""
    data = b""
    last = None
    t0 = started or time.perf_counter()
    while True:
        r, _, _ = select.select([fd], [], [], quiet if data else limit)
        if not r:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            return data, last, True
        data += chunk
        last = time.perf_counter()
        if last - t0 > limit:
            break
    return data, last, False


def one_run(binary, path, cols, rows, quiet):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["COLUMNS"], os.environ["LINES"] = str(cols), str(rows)
        os.execv(binary, [binary, path])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    t0 = time.perf_counter()
    data, last, eof = read_burst(fd, quiet, started=t0)
    out = {"first_burst_bytes": len(data), "browser": b"\x1b[?1049h" in data}
    out["first_frame_ms"] = (last - t0) * 1000 if last else None
    if not eof and out["browser"]:
        os.write(fd, b"j")
        moved, _, eof = read_burst(fd, quiet)
        out["move_bytes"] = len(moved)
        os.write(fd, b"q")
    deadline = time.time() + 1
    while time.time() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        try:
            read_burst(fd, 0.05, limit=0.1)
        except OSError:
            pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("file")
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--quiet-ms", type=float, default=150)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    runs = [one_run(a.binary, a.file, a.cols, a.rows, a.quiet_ms / 1000) for _ in range(a.runs)]
    browser = all(r["browser"] for r in runs)
    res = {"browser": browser, "runs": len(runs)}
    if browser:
        res["first_frame_ms"] = statistics.median(r["first_frame_ms"] for r in runs)
        moves = [r["move_bytes"] for r in runs if "move_bytes" in r]
        res["move_bytes"] = statistics.median(moves) if moves else None
    else:
        # TODO(browser): the browser is being written on another branch; until `jixiao FILE`
        # switches to the alternate screen this reports n/a.
        res["note"] = f"no browser: the program printed {runs[0]['first_burst_bytes']} bytes without an alternate screen"
    if a.json:
        print(json.dumps(res))
    elif browser:
        print(f"first frame {res['first_frame_ms']:.0f} ms (median of {len(runs)}); one-row move {res['move_bytes']} bytes at {a.cols}x{a.rows}")
    else:
        print("first frame: n/a (" + res["note"] + ")")


if __name__ == "__main__":
    main()
