#!/usr/bin/env python3
"""`kilopy check` as a user meets it: "same as CPython" for a matching program, the first
divergence with its output line, both lines and the source line kilopy was running (the
statement that overflowed, with the hint, for a 16-bit OverflowError), a refusal at one width,
and its usage errors (exit 2, python3 missing from PATH among them)."""
import argparse
import os
import re
import subprocess
import sys
import tempfile

from expectations import expect, failures, finish, run  # noqa: E402


def kp(*args, cwd=None, env=None):
    return run([KILOPY, *args], cwd=cwd, env=env)


def main():
    global KILOPY
    ap = argparse.ArgumentParser()
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--source", required=True)
    a = ap.parse_args()
    KILOPY = os.path.abspath(a.kilopy)
    programs = os.path.join(a.source, "tests", "programs")
    tmp = tempfile.TemporaryDirectory()

    code, out, err = kp("check", os.path.join(a.source, "samples", "perceptron.py"))
    expect("a matching program: exit 0, one 'same as CPython' line per width",
           code == 0 and out.count(": same as CPython at ") == 2 and "16-bit ints: 6 lines, exit 0" in out, out + err)

    code, out, err = kp("check", "--int-bits", "16", "ovf16_add_boundary.py", cwd=programs)
    expect("a 16-bit overflow: exit 1, the output line, both lines, the statement, the hint",
           code == 1 and "ovf16_add_boundary.py: differs from CPython at 16-bit ints, output line 2:\n"
           "  python3: 32768\n  kilopy:  (stopped: OverflowError: 32767 + 1 does not fit in a 16-bit int" in out
           and 'kilopy was running:\n  File "ovf16_add_boundary.py", line ' in out
           and "hint: CPython's ints grow without bound" in out and "--int-bits 32" in out, out + err)
    code, out, err = kp("check", "--int-bits", "16", "--target", "atmega168", "ovf16_add_boundary.py", cwd=programs)
    expect("the same on the ATmega168 in simavr",
           code == 1 and "differs from CPython at 16-bit ints on the atmega168, output line 2:" in out
           and "hint: " in out, out + err)
    code, out, err = kp("check", "--int-bits", "32", "ovf16_add_boundary.py", cwd=programs)
    expect("the same program at 32 bits: same as CPython", code == 0 and "same as CPython at 32-bit ints" in out, out + err)

    # A differing line that kilopy printed: a micro.py beside the program shadows stdlib_micro's
    # for python3 (its folder comes first on sys.path), while kilopy's micro is built in.
    with open(os.path.join(tmp.name, "micro.py"), "w") as f:
        f.write("def read():\n    return 7\n")
    with open(os.path.join(tmp.name, "shadowed.py"), "w") as f:
        f.write("import micro\nprint(1)\nfor i in range(3):\n    print(i, micro.read())\n")
    with open(os.path.join(tmp.name, "in.txt"), "w") as f:
        f.write("5 6 8\n")
    code, out, err = kp("check", "--int-bits", "32", "--input", "in.txt", "shadowed.py", cwd=tmp.name)
    expect("a differing output line: the print that wrote it",
           code == 1 and out == "shadowed.py: differs from CPython at 32-bit ints, output line 2:\n"
           "  python3: 0 7\n  kilopy:  0 5\nkilopy was running:\n"
           '  File "shadowed.py", line 4, in <module>\n    print(i, micro.read())\n', out + err)

    code, out, err = kp("check", "algo_lcg_16.py", cwd=programs)
    expect("refused at 16 bits, the same at 32: exit 2, the diagnostic, then the 32-bit verdict",
           code == 2 and "algo_lcg_16.py: kilopy refuses it at 16-bit ints:\nalgo_lcg_16.py:5:25: error: " in out
           and "same as CPython at 32-bit ints" in out, out + err)

    with open(os.path.join(tmp.name, "exits.py"), "w") as f:
        f.write("import sys\nprint('a')\nsys.exit(3)\n")
    code, out, err = kp("check", "exits.py", cwd=tmp.name)
    expect("sys.exit(3) in both: the same, exit 3 reported", code == 0 and "1 lines, exit 3" in out, out + err)

    # The same exception with another message is a difference (python3 here is a stand-in that
    # raises ValueError with a message of its own).
    fake = os.path.join(tmp.name, "fake-python")
    os.makedirs(fake, exist_ok=True)
    with open(os.path.join(fake, "python3"), "w") as f:
        f.write("#!/bin/sh\necho 'Traceback (most recent call last):' >&2\n"
                "echo 'ValueError: not the message kilopy gives' >&2\nexit 1\n")
    os.chmod(os.path.join(fake, "python3"), 0o755)
    with open(os.path.join(tmp.name, "bad_int.py"), "w") as f:
        f.write("print(int('x'))\n")
    code, out, err = kp("check", "--int-bits", "32", "bad_int.py", cwd=tmp.name, env=dict(os.environ, PATH=fake))
    expect("the same exception with another message: a difference, both messages shown",
           code == 1 and "python3: ValueError: not the message kilopy gives" in out
           and "kilopy:  ValueError: invalid literal for int() with base 10: 'x'" in out, out + err)

    for args, says in [(["check"], "file is required"),
                       (["check", "--int-bits", "8", "shadowed.py"], "8"),
                       (["check", "missing.py"], "cannot read 'missing.py'"),
                       (["check", "--input", "missing.txt", "shadowed.py"], "cannot read 'missing.txt'"),
                       (["check", "--target", "atmega2560", "shadowed.py"], "unknown target 'atmega2560'")]:
        code, out, err = kp(*args, cwd=tmp.name)
        expect("usage error: " + " ".join(args), code == 2 and says in err and "kilopy: error: " in err, f"{code}\n{out}{err}")
    kp("build", "shadowed.py", "-o", "shadowed.kbc", cwd=tmp.name)
    code, out, err = kp("check", "shadowed.kbc", cwd=tmp.name)
    expect("an image is refused: CPython needs the source", code == 2 and "needs the .py source" in err, err)
    code, out, err = kp("check", "shadowed.py", cwd=tmp.name, env=dict(os.environ, PATH=tmp.name))
    expect("no python3 on PATH: a clear error", code == 2 and "python3 is not on PATH" in err, err)

    # A sample run by python3 without stdlib_micro/ on its path says how to run it (samples/micro.py).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    for sample in ["anomaly.py", "perceptron.py", "seed_classes.py"]:
        p = subprocess.run([sys.executable, os.path.join("samples", sample)], cwd=a.source, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
        expect(f"python3 samples/{sample} without PYTHONPATH says how to run it",
               p.returncode == 1 and p.stdout == "" and f"kilopy check samples/{sample}" in p.stderr
               and f"PYTHONPATH=stdlib_micro python3 samples/{sample}" in p.stderr and "Traceback" not in p.stderr,
               p.stdout + p.stderr)

    # Every command's --help gives each option that takes a value its default (or says it has none).
    for command in ["build", "run", "mem", "dis", "sim", "check", "flash", "monitor"]:
        code, out, err = kp(command, "--help")
        options, lines = [], out.split("Options:")[-1].splitlines()
        for i, line in enumerate(lines):
            m = re.match(r"\s+(-[-\w,]+) (\S+)", line)
            if m and m.group(1) != "-h,--help":
                text = line + (lines[i + 1] if i + 1 < len(lines) and lines[i + 1].startswith("   ") else "")
                if not re.search(r"default|REQUIRED|=\S", text):
                    options.append(m.group(1))
        expect(f"kilopy {command} --help gives every option's default", code == 0 and not options, " ".join(options))
    code, out, err = kp("--version")
    expect("--version gives the image format version", code == 0 and re.fullmatch(r"kilopy \S+ \(image format \d+\)\n", out), out)

    finish()


if __name__ == "__main__":
    main()
