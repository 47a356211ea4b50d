#!/usr/bin/env python3
"""The kilopy command as a user meets it: subcommands, exit codes (0 ok, 1 run-time error,
2 compile or usage error), atomic image writes, tracebacks, --stats, --max-steps, widths."""
import argparse
import os
import re
import subprocess
import sys
import tempfile

failures = []


def kp(*args, cwd=None):
    p = subprocess.run([KILOPY, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr


def expect(name, condition, detail=""):
    print(("ok:   " if condition else "FAIL: ") + name)
    if not condition:
        failures.append(name)
        if detail:
            print("      " + detail.replace("\n", "\n      "))


def check_modules_and_micro(tmp, write):
    """import's search path, diagnostics and tracebacks in module files, micro's input and trace."""
    lib = os.path.join(tmp, "lib")
    os.makedirs(lib)
    with open(os.path.join(lib, "shapes.py"), "w") as f:
        f.write("def side():\n    return 2\n\ndef boom(n):\n    return 10 // n\n")
    with open(os.path.join(lib, "twice.py"), "w") as f:
        f.write("def side():\n    return 3\n")
    write("twice.py", "def side():\n    return 4\n")  # the program's folder comes first
    prog = write("use.py", "import shapes\nimport twice\nprint(shapes.side(), twice.side())\nprint(shapes.boom(0))\n")
    code, out, err = kp("run", prog)
    expect("an unknown module is a compile error naming the search path",
           code == 2 and "No module named 'shapes'" in err and "--path DIR" in err, err)
    code, out, err = kp("run", prog, "--path", lib)
    expect("--path finds modules; the program's folder is searched before it", out == "2 4\n", out + err)
    expect("a traceback names the module's file and line",
           code == 1 and 'lib/shapes.py", line 5, in boom' in err and 'use.py", line 4, in <module>' in err, err)
    code, out, err = kp("dis", prog, "--path", lib)
    expect("dis lists module functions with their files", code == 0 and "shapes.boom" in out and
           "shapes.py:5: return 10 // n" in out, out[:600])
    image = os.path.join(tmp, "use.kbc")
    code, _, err = kp("build", prog, "--path", lib, "-o", image)
    expect("build takes --path", code == 0 and os.path.exists(image), err)

    reader = write("reader.py", "import micro\ns = 0\nwhile micro.available():\n    s += micro.read()\n"
                                "    micro.trace(s, s > 5)\nprint(s)\n")
    numbers = write("numbers.txt", "1, 2\n3 4\n")
    trace = os.path.join(tmp, "trace.csv")
    code, out, err = kp("run", reader, "--input", numbers, "--trace", trace)
    expect("--input feeds micro.read(); --trace writes one CSV row per micro.trace()",
           code == 0 and out == "10\n" and open(trace).read() == "1,0\n3,0\n6,1\n10,1\n", out + err)
    p = subprocess.run([KILOPY, "run", reader], input="5 5\n", stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, timeout=120)
    expect("without --input micro.read() reads stdin; progress stays quiet when stderr is no terminal",
           p.returncode == 0 and p.stdout == "10\n" and p.stderr == "", p.stdout + p.stderr)
    bad = write("bad.txt", "1 2\n3 x1 4\n")
    code, out, err = kp("run", reader, "--input", bad)
    expect("a malformed token is a ValueError naming it and its line",
           code == 1 and err.rstrip().endswith("ValueError: micro.read(): bad integer 'x1' at input line 2"), err)
    code, out, err = kp("run", write("eof.py", "import micro\nprint(micro.read())\n"), "--input", os.devnull)
    expect("reading past the end is an EOFError", code == 1 and err.rstrip().endswith("EOFError: micro.read(): no more input"), err)
    code, out, err = kp("run", reader, "--input", write("wide.txt", "40000\n"), "--int-bits", "16")
    expect("an input int wider than the VM's is an OverflowError naming it",
           code == 1 and "OverflowError: micro.read(): 40000 at input line 1 does not fit in a 16-bit int" in err, err)
    code, out, err = kp("run", reader, "--input", os.path.join(tmp, "missing.txt"))
    expect("a missing input file is a usage error", code == 2 and "missing.txt" in err, err)


def main():
    global KILOPY
    ap = argparse.ArgumentParser()
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--source", required=True)
    a = ap.parse_args()
    KILOPY = os.path.abspath(a.kilopy)
    perceptron = os.path.join(a.source, "samples", "perceptron.py")
    with tempfile.TemporaryDirectory() as tmp:
        def write(name, text):
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(text)
            return path

        code, out, _ = kp("--version")
        expect("--version prints the version", code == 0 and re.match(r"kilopy \d+\.\d+", out), out)
        code, out, _ = kp("--help")
        expect("--help lists the subcommands", code == 0 and all(w in out for w in ("build", "run", "dis")), out)
        code, _, err = kp("frobnicate")
        expect("an unknown subcommand is a usage error (exit 2)", code == 2, err)
        code, _, err = kp("run", os.path.join(tmp, "missing.py"))
        expect("a missing file is exit 2 with its name", code == 2 and "missing.py" in err, err)

        image = os.path.join(tmp, "p.kbc")
        code, _, err = kp("build", perceptron, "-o", image)
        expect("build writes an image", code == 0 and os.path.getsize(image) > 16, err)
        py = subprocess.run([sys.executable, perceptron], stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=os.path.join(a.source, "stdlib_micro"))).stdout
        code, out, err = kp("run", image, "--heap", "1024", "--stats")
        expect("run of the image prints what python3 prints", code == 0 and out == py, out)
        m = re.search(r"arena peak: (\d+) of 1024 bytes = (\d+) bookkeeping \+ (\d+) globals \+ (\d+) frames \+ (\d+) heap", err)
        expect("--stats reports the arena peak split into its parts",
               m and int(m.group(1)) == sum(int(g) for g in m.groups()[1:]) and int(m.group(1)) <= 1024, err)
        code, _, err = kp("run", image, "--int-bits", "16")
        expect("a 32-bit image refuses --int-bits 16 with a hint (exit 2)", code == 2 and "rebuild" in err, err)
        image16 = os.path.join(tmp, "p16.kbc")
        kp("build", "--int-bits", "16", perceptron, "-o", image16)
        code, out, err = kp("run", image16)
        expect("a 16-bit image runs on the 16-bit VM", code == 0 and out == py, err)
        code, out, _ = kp("dis", image)
        expect("dis lists functions, opcodes and source lines",
               code == 0 and "function 0 <module>" in out and "CALL" in out and "return 1 if total >= 0" in out, out[:400])
        stripped = os.path.join(tmp, "s.kbc")
        kp("build", "--strip", perceptron, "-o", stripped)
        expect("--strip makes a smaller image that still runs",
               os.path.getsize(stripped) < os.path.getsize(image) and kp("run", stripped)[1] == py)

        bad = write("bad.py", "x = 1\ny = 1.5\n")
        out_path = os.path.join(tmp, "bad.kbc")
        code, _, err = kp("build", bad, "-o", out_path)
        expect("a compile error is exit 2 with file:line:col, the line and a caret",
               code == 2 and "bad.py:2:5: error: floats are not supported" in err and "    y = 1.5\n        ^" in err, err)
        expect("a failed build writes nothing", not os.path.exists(out_path) and not os.path.exists(out_path + ".tmp"))
        with open(out_path, "wb") as f:
            f.write(b"previous")
        kp("build", bad, "-o", out_path)
        expect("a failed build leaves an existing output untouched", open(out_path, "rb").read() == b"previous")

        err_prog = write("div.py", "def f(a, b):\n    return a // b\n\nprint(1)\nprint(f(1, 0))\n")
        code, out, err = kp("run", err_prog)
        expect("a run-time error is exit 1 with a Python-style traceback",
               code == 1 and out == "1\n" and 'File "' in err and "line 5, in <module>" in err and
               "line 2, in f" in err and err.rstrip().endswith("ZeroDivisionError: integer division or modulo by zero"), err)
        ovf = write("ovf.py", "x = 2147483647\nprint(x + 1)\n")
        code, _, err = kp("run", ovf)
        expect("overflow is an OverflowError naming the operation",
               code == 1 and "OverflowError: 2147483647 + 1 does not fit in a 32-bit int" in err, err)
        loop = write("loop.py", "x = 0\nwhile True:\n    x += 1\n    x -= 1\n")
        code, _, err = kp("run", loop, "--max-steps", "10000")
        expect("--max-steps stops an endless loop (exit 1) and says so", code == 1 and "--max-steps" in err, err)
        deep = write("deep.py", "def f(n):\n    if n == 0:\n        return 0\n    return f(n - 1) + 1\n\nprint(f(10000))\n")
        code, _, err = kp("run", deep)
        expect("deep recursion in 1024 bytes is a RecursionError naming the arena",
               code == 1 and "RecursionError" in err and "1024" in err, err)
        code, _, err = kp("run", perceptron, "--heap", "60")
        expect("a call that does not fit, without recursion, is a MemoryError",
               code == 1 and "MemoryError: calling main()" in err, err)
        code, _, err = kp("run", perceptron, "--heap", "20")
        expect("an arena too small for the globals is a MemoryError", code == 1 and "MemoryError" in err, err)
        code, _, err = kp("run", perceptron, "--heap", "70000")
        expect("--heap beyond 65535 is a usage error", code == 2, err)
        code, _, err = kp("run", write("a.py", "assert 1 == 2, \"the message\"\n"))
        expect("assert with a message", code == 1 and err.rstrip().endswith("AssertionError: the message"), err)

        check_modules_and_micro(tmp, write)

    if failures:
        sys.exit(f"{len(failures)} CLI checks failed")
    print("all CLI checks passed")


if __name__ == "__main__":
    main()
