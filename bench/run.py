#!/usr/bin/env python3
"""Orchestrates the benchmarks (see bench/run.sh and docs/benchmarks.md)."""
import argparse
import datetime
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "bench-data")
COMPARE = os.environ.get("COMPARE_FORMS", "/work/shared/tools/compare_forms.py")


def sh(cmd, **kw):
    print("$ " + " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, check=True, **kw)


def timeit(cmd, runs, stdin=None, out=None):
    args = [sys.executable, os.path.join(HERE, "timeit.py"), "--runs", str(runs), "--json"]
    if stdin:
        args += ["--stdin", stdin]
    if out:
        args += ["--out", out]
    r = subprocess.run(args + ["--"] + cmd, check=True, capture_output=True, text=True)
    res = json.loads(r.stdout)
    print(f"  {' '.join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c for c in cmd)}: "
          f"median {res['median_s']*1000:.1f} ms, RSS {res['rss_kb']/1024:.1f} MB, load {res['load']:.2f}", file=sys.stderr, flush=True)
    return res


def file_hash(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return {"nproc": os.cpu_count(), "cpu": cpu, "kernel": platform.release(),
            "swift": swift[0] if swift else "?", "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
            "load": os.getloadavg()[0]}


def generate(gen, n, seed):
    os.makedirs(DATA, exist_ok=True)
    base = os.path.join(DATA, f"forms-{n}")
    stamp_path = base + ".stamp"
    stamp = f"{file_hash(gen)} seed {seed}"
    if os.path.exists(stamp_path) and open(stamp_path).read() == stamp and os.path.exists(base + ".txt"):
        return base
    sh([gen, "--forms", str(n), "--seed", str(seed), "--out", base + ".txt", "--expected", base + ".json",
        "--search-lines", base + ".lines"])
    open(stamp_path, "w").write(stamp)
    return base


def visidata():
    """VisiData's `vd`: $VD, else bench-data/venv (made with pip the first time); None when
    it cannot be had (then its column says so)."""
    if os.environ.get("VD"):
        return os.environ["VD"]
    venv = os.path.join(DATA, "venv")
    vd = os.path.join(venv, "bin", "vd")
    if not os.path.exists(vd):
        try:
            sh([sys.executable, "-m", "venv", venv])
            sh([os.path.join(venv, "bin", "pip"), "install", "-q", "visidata"])
        except (subprocess.CalledProcessError, OSError) as e:
            print(f"  VisiData not installed ({e}); its column stays empty", file=sys.stderr)
            return None
    return vd if os.path.exists(vd) else None


def frame(binary, txt, runs, *extra, frame_only=False, cols=80, rows=24):
    """bench/first-frame.py on `binary [extra…] txt`; None when it failed."""
    cmd = [sys.executable, os.path.join(HERE, "first-frame.py"), binary, txt, "--runs", str(runs), "--json",
           "--cols", str(cols), "--rows", str(rows)] + [f"--arg={x}" for x in extra]
    if frame_only:
        cmd.append("--frame-only")
    r = subprocess.run(cmd, capture_output=True, text=True)
    res = json.loads(r.stdout) if r.returncode == 0 else None
    if res and res.get("first_frame_ms") is not None:
        print(f"  first frame {os.path.basename(binary)}: {res['first_frame_ms']:.0f} ms", file=sys.stderr, flush=True)
    return res


def validate(jixiao, base):
    actual = base + ".actual.json"
    with open(actual, "wb") as out:
        sh([jixiao, "export", "-q", base + ".txt"], stdout=out)
    r = subprocess.run([sys.executable, COMPARE, base + ".json", actual, "--quiet"], capture_output=True, text=True)
    os.unlink(actual)
    return r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--validate-max", type=int, default=10000, help="check the reading for sizes up to this")
    ap.add_argument("--skip", default="", help="parts not to time, comma-separated: 1core,list,jsonl,search,wide "
                    "(e.g. at 100,000 forms on a busy machine)")
    a = ap.parse_args()
    scratch = os.environ.get("SCRATCH", ".build")
    os.chdir(ROOT)
    if not a.no_build:
        sh(["swift", "build", "-c", "release", "--scratch-path", scratch])
    binp = subprocess.run(["swift", "build", "-c", "release", "--scratch-path", scratch, "--show-bin-path"],
                          capture_output=True, text=True, check=True).stdout.strip()
    jixiao, gen, bench = (os.path.join(binp, b) for b in ("jixiao", "jixiao-gen", "jixiao-bench"))
    m = machine()
    vd = visidata()
    less = shutil.which("less")
    rows = []
    for n in [int(s) for s in a.sizes.split(",")]:
        base = generate(gen, n, a.seed)
        txt = base + ".txt"
        size_mb = os.path.getsize(txt) / 1e6
        runs = a.runs if n <= 10000 else max(1, a.runs // 2)
        fruns = min(3, runs)
        print(f"== {n} forms, {size_mb:.1f} MB", file=sys.stderr)
        row = {"forms": n, "mb": size_mb}
        row["check"] = validate(jixiao, base) if n <= a.validate_max else "not checked (size)"
        row["grep"] = timeit(["grep", "-c", "项目名称", txt], runs)
        row["wc"] = timeit(["wc", "-l", txt], runs)
        row["read"] = timeit([bench, "read", txt], runs, out=base + ".read.json")
        row["read_inproc"] = json.loads(open(base + ".read.json").read())
        skip = set(a.skip.split(","))
        row["read_1core"] = timeit(["taskset", "-c", "0", bench, "read", txt], runs) if shutil.which("taskset") and "1core" not in skip else None
        row["list"] = timeit([jixiao, "list", "-q", txt], runs) if "list" not in skip else None
        row["jsonl"] = timeit([jixiao, "export", "-q", "-f", "jsonl", txt], runs) if "jsonl" not in skip else None
        row["search"] = None
        if "search" not in skip:
            lat = subprocess.run([sys.executable, os.path.join(HERE, "search-latency.py"), bench, txt, base + ".lines",
                                  "--runs", "3" if n <= 10000 else "1", "--json"], capture_output=True, text=True)
            row["search"] = json.loads(lat.stdout) if lat.returncode == 0 else None
        row["frame"] = frame(jixiao, txt, fruns)
        row["frame_less"] = frame(less, txt, fruns, frame_only=True) if less else None
        row["frame_vd"] = frame(vd, txt, fruns, "-f", "tsv", frame_only=True) if vd else None
        row["frame_200x60"] = frame(jixiao, txt, 1, cols=200, rows=60) if "wide" not in skip else None
        row["load_end"] = os.getloadavg()[0]
        rows.append(row)
    table = render(rows, m, a)
    print(table)
    open(os.path.join(DATA, "results.md"), "w").write(table)
    json.dump({"machine": m, "rows": rows}, open(os.path.join(DATA, "results.json"), "w"), indent=1)


def ms(x):
    return f"{x * 1000:.0f} ms" if x < 10 else f"{x:.1f} s"


def render(rows, m, a):
    out = [f"Machine: {m['nproc']} cores, {m['cpu']}, Linux {m['kernel']}, {m['swift']}; {m['date']}; "
           f"load average at start {m['load']:.2f}. Medians of {a.runs} runs ({max(1, a.runs // 2)} at 100,000 forms).", ""]
    out.append("| forms | file | reading checked | load | `wc -l` | `grep -c` | read + model (2 cores) | × `wc -l` | × `grep -c` | MB/s | read, 1 core (MB/s) | peak RSS (× file, both MiB) | `list` | `export -f jsonl` |")
    out.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        g, w, rd = r["grep"]["median_s"], r["wc"]["median_s"], r["read"]["median_s"]
        rss = r["read"]["rss_kb"] / 1024  # MiB (ru_maxrss is in KiB); the file's MB are 10^6 bytes
        file_mib = r["mb"] * 1e6 / (1 << 20)
        one = f"{ms(r['read_1core']['median_s'])} ({r['mb'] / r['read_1core']['median_s']:.0f})" if r["read_1core"] else "–"
        load = f"{r['grep']['load']:.1f}–{r.get('load_end', r['grep']['load']):.1f}"
        out.append(f"| {r['forms']:,} | {r['mb']:.0f} MB | {short(r['check'])} | {load} | {ms(w)} | {ms(g)} | {ms(rd)} | {rd / w:.0f}× | {rd / g:.1f}× | "
                   f"{r['mb'] / rd:.0f} | {one} | {rss:.0f} MiB ({rss / file_mib:.2f}×) | {ms(r['list']['median_s']) if r['list'] else '–'} | {ms(r['jsonl']['median_s']) if r['jsonl'] else '–'} |")
    out += ["", "| forms | search p50 / p95 per keystroke | index build | `fzf --filter` p50 / p95 |",
            "|---:|---:|---:|---:|"]
    for r in rows:
        s = r["search"]
        srch = f"{s['p50_ms']:.2f} / {s['p95_ms']:.2f} ms" if s else "–"
        idx = f"{s['index_ms']:.0f} ms" if s else "–"
        fz = f"{s['fzf_p50_ms']:.0f} / {s['fzf_p95_ms']:.0f} ms" if s and "fzf_p50_ms" in s else "fzf not installed"
        out.append(f"| {r['forms']:,} | {srch} | {idx} | {fz} |")
    out += ["", "First frame at 80×24 in a pty (median of 3): jixiao beside `less FILE` and VisiData's `vd -f tsv FILE`.", "",
            "| forms | jixiao | `less` | VisiData | jixiao ÷ less |", "|---:|---:|---:|---:|---:|"]
    for r in rows:
        def ff(x):
            return f"{x['first_frame_ms']:.0f} ms" if x and x.get("first_frame_ms") is not None else "–"
        j, l = r.get("frame"), r.get("frame_less")
        ratio = f"{j['first_frame_ms'] / l['first_frame_ms']:.1f}×" if j and l and j.get("first_frame_ms") and l.get("first_frame_ms") else "–"
        out.append(f"| {r['forms']:,} | {ff(j)} | {ff(l)} | {ff(r.get('frame_vd'))} | {ratio} |")
    out += ["", "| forms | first frame | checks shown | bytes: first frame | one-row move (`j` / `k`) | PgDn | Ctrl-L | at 200×60: move / PgDn / Ctrl-L |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        f, b = r["frame"], r.get("frame_200x60")
        if not (f and f.get("browser")):
            out.append(f"| {r['forms']:,} | – | – | – | – | – | – | – |")
            continue
        checks = f"{f['checks_ms']:.0f} ms" if f.get("checks_ms") else "–"
        wide = f"{b['move_bytes']:.0f} / {b['page_bytes']:.0f} / {b['repaint_bytes']:.0f}" if b and b.get("browser") else "–"
        out.append(f"| {r['forms']:,} | {f['first_frame_ms']:.0f} ms | {checks} | {f['first_frame_bytes']:.0f} | "
                   f"{f['move_bytes']:.0f} / {f['move_up_bytes']:.0f} | {f['page_bytes']:.0f} | {f['repaint_bytes']:.0f} | {wide} |")
    return "\n".join(out) + "\n"


def short(check):
    if check.startswith("forms exact"):
        parts = check.split(";")
        return f"{parts[0].replace('forms exact ', '')} exact, fields {parts[1].split('(')[1].rstrip(')')}, rows {parts[2].split('(')[1].rstrip(')')}"
    return check


if __name__ == "__main__":
    main()
