#!/usr/bin/env python3
"""Host speed side by side (issue 18; table in docs/speed.md): five workloads, each run under
CPython (this python3), kilopy (the .kbc on `kilopy run`, 32-bit ints), its native C twin
(gcc -O2) and, when installed, its Lua twin under `lua5.4` and `luajit -joff` (the
interpreter only). Not a test: numbers depend on the machine and its load.

  bench/host_speed.py [--kilopy build/kilopy] [--rounds 5] [--only perceptron,fib] [--no-install]

Workloads (bench/host/, sizes in WORKLOADS below): perceptron (samples/perceptron.py at
300000 training steps, its progress line every 75000), mlp (an integer MLP over lists), fib
(recursive fib(35)), calls (a loop calling a small function), churn (list append/pop). Each
program's size is one constant (STEPS or N), set here; C twins get it with -D, and are timed at
NATIVE_SCALE times the size (their output checked at the size).

Timing: CPU time (user + system) of the child process. Each program also runs at size 1, and
that run's time is subtracted (start-up: interpreter, image load, process). Rounds are
interleaved (every round runs every program of every workload once, full and size 1), and
each figure is the median of the rounds, so that load on a shared machine spreads over all.
Every full run's output is checked against CPython's; a mismatch stops the script.

lua5.4 and luajit (Debian packages lua5.4, luajit) are installed with apt-get when missing
and the script runs as root (--no-install: never); without them their columns say "-".
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TWINS = os.path.join(HERE, "host")

# name: (size constant, full size, what the table calls it)
WORKLOADS = {
    "perceptron": ("STEPS", 300000, "seed perceptron, 300k steps"),
    "mlp": ("N", 250000, "integer MLP over lists, 250k samples"),
    "fib": ("N", 35, "recursive fib(35)"),
    "calls": ("N", 20000000, "function-call loop, 20M calls"),
    "churn": ("N", 1500000, "list append/pop churn, 1.5M x 8"),
}
# The native twins take milliseconds: they are timed at this many times the size (and the time
# divided by it), fib (whose size is no count) excepted; their output is checked at the size.
NATIVE_SCALE = 10
RUNNERS = ("python3", "kilopy", "native", "lua5.4", "luajit")


def fail(message):
    sys.exit(f"bench/host_speed.py: {message}")


def sh(cmd, env=None):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if p.returncode != 0:
        fail(f"{' '.join(cmd)} failed (exit {p.returncode}):\n" + p.stderr.decode(errors="replace"))
    return p.stdout


def install_lua(allowed):
    """lua5.4 and luajit, installed with apt-get when missing (root only); the ones found."""
    missing = [t for t in ("lua5.4", "luajit") if not shutil.which(t)]
    if missing and allowed and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"installing {' '.join(missing)} with apt-get ...", file=sys.stderr)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        def apt(*args):
            return subprocess.run(["apt-get", "-q", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  env=env).returncode == 0
        if not apt("install", "-y", *missing):  # the package lists may be missing or stale
            apt("update")
            apt("install", "-y", *missing)
    return {t for t in ("lua5.4", "luajit") if shutil.which(t)}


def set_size(text, name, value, lua=False):
    """text with its size constant `name` (a line `NAME = n`, in Lua `local NAME = n`) set to value."""
    prefix = "local " if lua else ""
    text, n = re.subn(rf"^{prefix}{name} = \d+", f"{prefix}{name} = {value}", text, flags=re.M)
    if n != 1:
        fail(f"no line '{prefix}{name} = <int>' to set: update bench/host_speed.py")
    return text


def write(path, text):
    with open(path, "w") as f:
        f.write(text)
    return path


def read(path):
    with open(path) as f:
        return f.read()


def python_source(work, size):
    """The workload's Python program at `size`."""
    if work != "perceptron":
        return set_size(read(os.path.join(TWINS, work + ".py")), "N", size)
    text = set_size(read(os.path.join(ROOT, "samples", "perceptron.py")), "STEPS", size)
    line = "if (step + 1) % 25 == 0:"
    if line not in text:
        fail(f"samples/perceptron.py no longer has the line '{line}': update bench/host_speed.py")
    return text.replace(line, f"if (step + 1) % {max(size // 4, 1)} == 0:")


def lua_source(work, size, luajit):
    path = os.path.join(TWINS, work + ".luajit.lua")
    if not luajit or not os.path.exists(path):
        path = os.path.join(TWINS, work + ".lua")
    text = set_size(read(path), WORKLOADS[work][0], size, lua=True)
    return set_size(text, "PRINT_EVERY", max(size // 4, 1), lua=True) if work == "perceptron" else text


def build(work, tmp, kilopy, luas):
    """{runner: {size: command}} for the workload at its full size and at size 1 (the native
    twin also at NATIVE_SCALE times the full size)."""
    name, full, _ = WORKLOADS[work]
    cmds = {r: {} for r in RUNNERS}
    for size in dict.fromkeys((full, 1, native_size(work))):
        stem = os.path.join(tmp, f"{work}_{size}")
        defs = [f"-D{name}={size}"] + ([f"-DPRINT_EVERY={max(size // 4, 1)}"] if work == "perceptron" else [])
        sh(["gcc", "-O2", *defs, "-o", stem + ".native", os.path.join(TWINS, work + ".c")])
        cmds["native"][size] = [stem + ".native"]
        if size != full and size != 1:
            continue
        py = write(stem + ".py", python_source(work, size))
        cmds["python3"][size] = [sys.executable, py]
        sh([kilopy, "build", py, "-o", stem + ".kbc"])
        cmds["kilopy"][size] = [kilopy, "run", stem + ".kbc"]
        if "lua5.4" in luas:
            cmds["lua5.4"][size] = ["lua5.4", write(stem + ".lua", lua_source(work, size, False))]
        if "luajit" in luas:
            cmds["luajit"][size] = ["luajit", "-joff", write(stem + ".jit.lua", lua_source(work, size, True))]
    return cmds


def native_size(work):
    return WORKLOADS[work][1] * (1 if work == "fib" else NATIVE_SCALE)


def cpu_time(cmd, env):
    """(user + system CPU seconds, stdout) of one run of cmd."""
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env=env)
        err = p.stderr.read()
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            fail(f"{' '.join(cmd)} failed (exit {p.returncode}):\n" + err.decode(errors="replace"))
        out.seek(0)
        return usage.ru_utime + usage.ru_stime, out.read()


def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kilopy", default=os.path.join(ROOT, "build", "kilopy"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--only", default=",".join(WORKLOADS), help="comma-separated workloads")
    ap.add_argument("--no-install", action="store_true", help="never apt-get install lua5.4 / luajit")
    a = ap.parse_args()
    works = a.only.split(",")
    for w in works:
        if w not in WORKLOADS:
            fail(f"unknown workload '{w}' (known: {', '.join(WORKLOADS)})")
    if not os.path.isfile(a.kilopy):
        fail(f"{a.kilopy} is missing: run tools/setup (or cmake --build build --target kilopy)")
    if not shutil.which("gcc"):
        fail("gcc is missing: the native twins need it")
    luas = install_lua(not a.no_install)
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "stdlib_micro"))
    env.pop("KILOPY_TRACE", None)
    times = {w: {r: [] for r in RUNNERS} for w in works}
    with tempfile.TemporaryDirectory() as tmp:
        cmds = {w: build(w, tmp, a.kilopy, luas) for w in works}
        expected = {w: cpu_time(cmds[w]["python3"][WORKLOADS[w][1]], env)[1] for w in works}
        for rnd in range(a.rounds):
            print(f"round {rnd + 1} of {a.rounds} ...", file=sys.stderr)
            for w in works:
                full = WORKLOADS[w][1]
                for r in RUNNERS:
                    if not cmds[w][r]:
                        continue
                    t_full, out = cpu_time(cmds[w][r][full], env)
                    if out != expected[w]:
                        fail(f"{w}: {r}'s output differs from python3's:\n{out.decode(errors='replace')}"
                             f"--- python3:\n{expected[w].decode(errors='replace')}")
                    scale = 1
                    if r == "native":
                        scale = native_size(w) // full
                        t_full = cpu_time(cmds[w][r][native_size(w)], env)[0]
                    t_one, _ = cpu_time(cmds[w][r][1], env)
                    times[w][r].append(max(t_full - t_one, 1e-6) / scale)
    med = {w: {r: statistics.median(times[w][r]) if times[w][r] else None for r in RUNNERS} for w in works}
    version = sh([sys.executable, "--version"]).decode().strip() or sys.version.split()[0]
    print(f"CPU seconds, start-up subtracted, median of {a.rounds} interleaved rounds; every output "
          f"checked against {version}'s. kilopy: {a.kilopy}")
    print()
    print("| workload | " + " | ".join(RUNNERS) + " |")
    print("| --- |" + " ---: |" * len(RUNNERS))
    for w in works:
        cells = [f"{med[w][r]:.3f}" if med[w][r] is not None else "-" for r in RUNNERS]
        print(f"| {w} | " + " | ".join(cells) + " |")
    print()
    print("| workload | CPython / kilopy (x faster) | kilopy / native C | kilopy / Lua 5.4 | kilopy / LuaJIT -joff |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for w in works:
        m = med[w]
        print(f"| {WORKLOADS[w][2]} | {ratio(m['python3'], m['kilopy'])} | {ratio(m['kilopy'], m['native'])} | "
              f"{ratio(m['kilopy'], m['lua5.4'])} | {ratio(m['kilopy'], m['luajit'])} |")


if __name__ == "__main__":
    main()
