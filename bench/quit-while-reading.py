#!/usr/bin/env python3
"""Time from `q` to exit while the browser still reads a large file, in a pseudo-terminal.

usage: bench/quit-while-reading.py BINARY FILE [--runs 3] [--key q|ctrl-c] [--after S] [--cols 80] [--rows 24]

Starts `BINARY FILE` on a pty (TERM=xterm-256color), waits for the first frame (the
alternate-screen switch, some text, then a pause of 30 ms in the output), sends the key and
measures until the terminal is given back (the switch back from the alternate screen,
ESC [?1049l) and until the process has exited (waitpid). Also times `BINARY list -q FILE`
(the whole reading, printed to /dev/null) for comparison, and prints the machine's load.
With --after S the key is sent S seconds after the first frame instead (e.g. 50: everything
read, indexed and checked), to time quitting a settled browser.
"""
import argparse
import os
import pty
import select
import statistics
import subprocess
import sys
import time


def first_frame(fd, limit=30.0):
    """Reads until the first frame is drawn (alternate screen + text + a 30 ms pause)."""
    data = b""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < limit:
        wait = 0.03 if b"\x1b[?1049h" in data and len(data) > 200 else limit
        r, _, _ = select.select([fd], [], [], wait)
        if not r:
            if b"\x1b[?1049h" in data:
                return data
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
    return data


def one_run(binary, path, key, cols, rows, after=0.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["LINES"], os.environ["COLUMNS"] = str(rows), str(cols)
        os.execv(binary, [binary, path])
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    frame = first_frame(fd)
    reading = "读取中".encode() in frame
    waited = time.perf_counter()
    while time.perf_counter() - waited < after:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            os.read(fd, 65536)
    sent = time.perf_counter()
    os.write(fd, b"q" if key == "q" else b"\x03")
    restored = None
    data = b""
    while True:
        r, _, _ = select.select([fd], [], [], 0.01)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                break
            data += chunk
            if restored is None and b"\x1b[?1049l" in data:
                restored = time.perf_counter()
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.perf_counter() - sent > 60:
            os.kill(pid, 9)
            break
    exited = time.perf_counter()
    os.waitpid(pid, 0) if not done else None
    os.close(fd)
    return reading, (restored or exited) - sent, exited - sent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("file")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--key", default="q", choices=["q", "ctrl-c"])
    ap.add_argument("--after", type=float, default=0.0)
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    a = ap.parse_args()
    print(f"load: {os.getloadavg()[0]:.2f}")
    t = time.perf_counter()
    subprocess.run([a.binary, "list", "-q", a.file], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"list -q (whole reading): {(time.perf_counter() - t) * 1000:.0f} ms")
    restored, exited = [], []
    for _ in range(a.runs):
        reading, r, e = one_run(a.binary, a.file, a.key, a.cols, a.rows, a.after)
        restored.append(r * 1000)
        exited.append(e * 1000)
        print(f"  first frame said 读取中: {reading}; {a.key} -> terminal back {r * 1000:.0f} ms, exited {e * 1000:.0f} ms")
    print(f"median: terminal back {statistics.median(restored):.0f} ms, exited {statistics.median(exited):.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
