#!/usr/bin/env python3
"""Time to first frame and terminal bytes per key, in a pseudo-terminal.

usage: bench/first-frame.py BINARY FILE [--cols 80] [--rows 24] [--quiet-ms 150] [--runs 3] [--json]
       bench/first-frame.py --frame-only [--arg A]… BINARY FILE    (another program: less, vd)

Starts `BINARY [ARG…] FILE` on a pty of COLS x ROWS (TERM=xterm-256color), and:
  - first frame: time from start until the first output ends: the first pause of
    --frame-gap-ms (30) in the first burst of output (which ends after --quiet-ms without a
    byte) after some text (40 bytes) has been drawn; the pause is not counted. A browser is recognised by the alternate-screen switch
    (ESC [?1049h); without one the program is no browser yet and the figure is reported as
    n/a. Its size in bytes is reported too.
  - settles: while the first frame says 检查中… (the review checks run in the background),
    waits for the burst that shows their results (reported as `checks_ms`, from the start),
    so that it is not counted as part of a key's bytes. While it says 读取中 (the forms still
    streaming in), waits until the screen has been still for a second: `checks_ms` is then
    the last repaint — all forms read, the index built, the checks' badges shown.
  - one-row move: sends `j` and counts the bytes written until the output is quiet again;
    then `k` (back up), PgDn (ESC [6~) and Ctrl-L (a full repaint), each counted the same way.
  - with --frame-only (for other programs, e.g. `less` or VisiData's `vd -f tsv`), only the
    first frame is taken; no keys are sent but `q`.
  - then sends `q` (and kills the program if it is still running after a second).
"""
import argparse
import fcntl
import json
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time


def read_burst(fd, quiet, limit=10.0, started=None, chunks=None, first_wait=None):
    """Bytes until `quiet` seconds pass without output (or EOF / `limit`); time of last byte.
    With a list as `chunks`, appends (time, size) of every read to it. `first_wait`: how long
    to wait for the first byte (default `limit`)."""
    data = b""
    last = None
    t0 = started or time.perf_counter()
    while True:
        r, _, _ = select.select([fd], [], [], quiet if data else (limit if first_wait is None else first_wait))
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
        if chunks is not None:
            chunks.append((last, len(chunk)))
        if last - t0 > limit:
            break
    return data, last, False


ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78cDEHMNOZ])")


def visible(data):
    """How many bytes of `data` are not terminal escape sequences or controls (text shown)."""
    return sum(1 for b in ESCAPES.sub(b"", data) if b >= 0x20)


def first_frame(chunks, gap, data, min_visible=40):
    """The first frame: the first group of reads ending at a pause whose output so far shows
    at least `min_visible` bytes of text (a program that clears the screen, then pauses while
    it starts, has not drawn a frame yet — VisiData does that for about a second)."""
    groups = frames(chunks, gap)
    for end, size in groups:
        if visible(data[:size]) >= min_visible:
            return end, size
    return groups[-1]


def frames(chunks, gap):
    """The reads grouped into frames: a new frame starts after `gap` seconds without output.
    Returns (time of the frame's last byte, bytes up to and including it) per frame."""
    out = []
    total = 0
    prev = None
    for t, n in chunks:
        if prev is not None and t - prev >= gap:
            out.append((prev, total))
        total += n
        prev = t
    if prev is not None:
        out.append((prev, total))
    return out


def one_run(binary, path, cols, rows, quiet, gap, extra=(), frame_only=False):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["COLUMNS"], os.environ["LINES"] = str(cols), str(rows)
        os.execv(binary, [binary, *extra, path])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    t0 = time.perf_counter()
    chunks = []
    data, last, eof = read_burst(fd, quiet, started=t0, chunks=chunks)
    out = {"first_burst_bytes": len(data), "browser": b"\x1b[?1049h" in data}
    out["first_frame_ms"] = None
    if last:
        # The first frame ends at the first pause in the output (the background work that
        # follows it may paint again within the quiet time).
        end, size = first_frame(chunks, gap, data)
        out["first_frame_ms"] = (end - t0) * 1000
        out["first_frame_bytes"] = size
    if not eof and out["browser"] and not frame_only:
        head = data[:out["first_frame_bytes"]]
        if "读取中".encode() in head:
            # Forms still streaming in (读取中 N 表 · P%, repainted as they come), then the
            # index and the checks: wait until the screen has been still for a second; the
            # last repaint is when everything is in (the checks' badges shown). A small year
            # is all in within the first burst's quiet time: nothing more comes.
            more, got, eof = read_burst(fd, 1.0, limit=120, first_wait=1.0)
            last = got or last
            out["checks_ms"] = (last - t0) * 1000 if last else None
        elif "检查中".encode() in head:
            # Wait for the checks' results (badges; 检查中… goes), unless they came already.
            shown = frames(chunks, gap)
            if len(shown) > 1:
                last = shown[-1][0]
            else:
                more, got, eof = read_burst(fd, quiet, limit=max(5.0, 5 * (last - t0)))
                last = got if more else None
            out["checks_ms"] = (last - t0) * 1000 if last else None
        for name, key in (("move_bytes", b"j"), ("move_up_bytes", b"k"), ("page_bytes", b"\x1b[6~"),
                          ("repaint_bytes", b"\x0c")):
            if eof:
                break
            os.write(fd, key)
            got, _, eof = read_burst(fd, quiet)
            out[name] = len(got)
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
    ap.add_argument("--frame-gap-ms", type=float, default=30, help="a pause this long ends the first frame")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--arg", action="append", default=[], help="an argument put before FILE (repeatable)")
    ap.add_argument("--frame-only", action="store_true", help="only the first frame (another program)")
    a = ap.parse_args()
    runs = [one_run(a.binary, a.file, a.cols, a.rows, a.quiet_ms / 1000, a.frame_gap_ms / 1000, a.arg, a.frame_only)
            for _ in range(a.runs)]
    browser = all(r["browser"] for r in runs)
    res = {"browser": browser, "runs": len(runs)}
    if browser:
        res["first_frame_ms"] = statistics.median(r["first_frame_ms"] for r in runs)
        for key in ("first_frame_bytes", "checks_ms", "move_bytes", "move_up_bytes", "page_bytes", "repaint_bytes"):
            got = [r[key] for r in runs if r.get(key) is not None]
            res[key] = statistics.median(got) if got else None
    else:
        # TODO(browser): the browser is being written on another branch; until `jixiao FILE`
        # switches to the alternate screen this reports n/a.
        res["note"] = f"no browser: the program printed {runs[0]['first_burst_bytes']} bytes without an alternate screen"
    if a.json:
        print(json.dumps(res))
    elif browser and a.frame_only:
        print(f"first frame {res['first_frame_ms']:.0f} ms, {res['first_frame_bytes']:.0f} bytes (median of {len(runs)})")
    elif browser:
        checks = f"; checks shown at {res['checks_ms']:.0f} ms" if res.get("checks_ms") else ""
        print(f"first frame {res['first_frame_ms']:.0f} ms, {res['first_frame_bytes']:.0f} bytes (median of {len(runs)}){checks}; "
              f"at {a.cols}x{a.rows}: one-row move {res['move_bytes']} bytes (j; k {res['move_up_bytes']}), "
              f"PgDn {res['page_bytes']}, Ctrl-L {res['repaint_bytes']}")
    else:
        print("first frame: n/a (" + res["note"] + ")")


if __name__ == "__main__":
    main()
