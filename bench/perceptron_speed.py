#!/usr/bin/env python3
"""Speed benchmark: samples/perceptron.py stretched to 300000 training steps, run under
`kilopy run` and under python3; prints both wall times, their ratio and the VM's instruction
rate. Not a test: numbers depend on the machine.

  bench/perceptron_speed.py [--kilopy build/kilopy] [--steps 300000] [--repeat 3]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def fail(message):
    sys.exit(f"bench/perceptron_speed.py: {message}")


def run(cmd):
    """cmd's result; a failed step stops the script, saying which and why. python3 finds the
    micro and prng modules in stdlib_micro/, as kilopy does."""
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "stdlib_micro"))
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if p.returncode != 0:
        fail(f"{' '.join(cmd)} failed (exit {p.returncode}):\n" + p.stderr.decode(errors="replace"))
    return p


def best_time(cmd, repeat):
    best, out, err = None, None, None
    for _ in range(repeat):
        start = time.perf_counter()
        p = run(cmd)
        elapsed = time.perf_counter() - start
        if best is None or elapsed < best:
            best, out, err = elapsed, p.stdout, p.stderr
    return best, out, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kilopy", default=os.path.join(ROOT, "build", "kilopy"))
    ap.add_argument("--steps", type=int, default=300000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    if not os.path.isfile(a.kilopy):
        fail(f"{a.kilopy} is missing: run tools/setup (or cmake --build build --target kilopy)")
    with open(os.path.join(ROOT, "samples", "perceptron.py")) as f:
        source = f.read()
    source, n = re.subn(r"^STEPS = \d+", f"STEPS = {a.steps}", source, flags=re.M)
    if n != 1:
        fail("samples/perceptron.py no longer has a STEPS constant: update this script")
    source = source.replace("if (step + 1) % 25 == 0:", f"if (step + 1) % {max(a.steps // 4, 1)} == 0:")
    with tempfile.TemporaryDirectory() as tmp:
        prog = os.path.join(tmp, "perceptron_long.py")
        with open(prog, "w") as f:
            f.write(source)
        image = os.path.join(tmp, "perceptron_long.kbc")
        run([a.kilopy, "build", prog, "-o", image])
        t_py, out_py, _ = best_time([sys.executable, prog], a.repeat)
        t_kp, out_kp, err_kp = best_time([a.kilopy, "run", image, "--stats"], a.repeat)
    if out_py != out_kp:
        sys.exit("kilopy's output differs from python3's: the benchmark is void")
    steps = int(re.search(rb"steps: (\d+)", err_kp).group(1))
    print(f"perceptron, {a.steps} training steps (best of {a.repeat}):")
    print(f"  python3     {t_py:8.3f} s")
    print(f"  kilopy run  {t_kp:8.3f} s   ({steps} VM instructions, {steps / t_kp / 1e6:.1f} M instructions/s)")
    print(f"  speed ratio python3/kilopy: {t_py / t_kp:.1f}x")


if __name__ == "__main__":
    main()
