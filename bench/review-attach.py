#!/usr/bin/env python3
"""The review record arriving in the streamed browser: when its badges show, and how the keys
answer while it is attached.

usage: bench/review-attach.py BINARY FILE [--cols 120] [--rows 40] [--interval-ms 40] [--runs 3] [--json]

Starts `BINARY FILE` on a pty (TERM=xterm-256color; the record is the one XDG_DATA_HOME or
--db given with --arg points at) and, from the first frame on, sends a key every interval —
`j` and `k` in turn, so the selection stays put — each timed from its write to the first byte
the browser writes after it. It stops a second after the record shows. Reports (median of runs):
  - read_end_ms: the last time the status line drew 读取中 (the reading is over);
  - badges_ms: the first time it drew 已审 (the record attached: progress and badges);
  - key_p50_ms / key_max_ms: over every key sent;
  - attach_key_max_ms: the slowest key sent between read_end and badges + 200 ms (keys while
    the record is loaded and attached);
  - with --json, each run's slow_keys: (sent at, latency) of every key slower than 50 ms.
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
import termios
import time

READING = "读取中".encode()
REVIEWED = "已审".encode()


def one_run(binary, path, cols, rows, interval, extra):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["COLUMNS"], os.environ["LINES"] = str(cols), str(rows)
        os.execv(binary, [binary, *extra, path])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    t0 = time.perf_counter()
    data = b""
    read_end = badges = None
    keys = []  # (sent at, latency)

    def take(timeout):
        """Reads what arrives within `timeout`; returns the time of the first byte (or None)."""
        nonlocal data, read_end, badges
        first = None
        end = time.perf_counter() + timeout
        while True:
            left = end - time.perf_counter()
            if left <= 0:
                return first
            r, _, _ = select.select([fd], [], [], left)
            if not r:
                return first
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return first
            if not chunk:
                return first
            now = time.perf_counter()
            first = first or now
            tail = data[-8:] + chunk
            data += chunk
            if READING in tail:
                read_end = now
            if badges is None and REVIEWED in tail:
                badges = now
            if first is not None and timeout > 1:
                return first  # waiting for an answer: the first byte is enough

    # The first frame: output, then a pause.
    take(10)
    while take(0.05):
        pass
    down = True
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        sent = time.perf_counter()
        os.write(fd, b"j" if down else b"k")
        down = not down
        answer = take(5)
        if answer is None:
            break
        keys.append((sent, answer - sent))
        take(max(0.0, interval - (time.perf_counter() - sent)))  # the rest of the answer
        if badges is not None and time.perf_counter() - badges > 1.0:
            break
    os.write(fd, b"q")
    deadline = time.time() + 2
    while time.time() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        take(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    lat = [k[1] * 1000 for k in keys]
    out = {"keys": len(keys), "key_p50_ms": statistics.median(lat) if lat else None, "key_max_ms": max(lat) if lat else None,
           "read_end_ms": (read_end - t0) * 1000 if read_end else None, "badges_ms": (badges - t0) * 1000 if badges else None}
    # Keys slower than 50 ms, as (sent at, latency) in ms from the start: where the stalls are.
    out["slow_keys"] = [(round((k[0] - t0) * 1000), round(k[1] * 1000)) for k in keys if k[1] > 0.05]
    if read_end and badges:
        during = [k[1] * 1000 for k in keys if read_end - 0.05 <= k[0] <= badges + 0.2]
        out["attach_keys"] = len(during)
        out["attach_key_max_ms"] = max(during) if during else None
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("file")
    ap.add_argument("--cols", type=int, default=120)
    ap.add_argument("--rows", type=int, default=40)
    ap.add_argument("--interval-ms", type=float, default=40)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--arg", action="append", default=[], help="an argument put before FILE (repeatable)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    runs = [one_run(a.binary, a.file, a.cols, a.rows, a.interval_ms / 1000, a.arg) for _ in range(a.runs)]
    res = {"runs": len(runs)}
    for key in ("read_end_ms", "badges_ms", "key_p50_ms", "key_max_ms", "attach_key_max_ms", "attach_keys"):
        got = [r[key] for r in runs if r.get(key) is not None]
        res[key] = statistics.median(got) if got else None
    res["each"] = runs
    if a.json:
        print(json.dumps(res))
    else:
        f = lambda v: "n/a" if v is None else f"{v:.0f}"
        print(f"reading over at {f(res['read_end_ms'])} ms, record shown at {f(res['badges_ms'])} ms; keys: p50 {f(res['key_p50_ms'])} ms, "
              f"max {f(res['key_max_ms'])} ms; while attaching ({f(res['attach_keys'])} keys): max {f(res['attach_key_max_ms'])} ms "
              f"(median of {len(runs)})")


if __name__ == "__main__":
    main()
