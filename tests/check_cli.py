#!/usr/bin/env python3
"""The kilopy command as a user meets it: subcommands, exit codes (0 ok, 1 run-time error or a
failed write, 2 compile or usage error), atomic image writes, outputs that are devices, FIFOs
or links, failed writes, tracebacks, --stats, --max-steps, widths, option values."""
import argparse
import os
import re
import stat
import subprocess
import sys
import tempfile
import threading

from expectations import expect, failures, finish, run  # noqa: E402


def kp(*args, cwd=None):
    return run([KILOPY, *args], cwd=cwd, timeout=120)


def kind(path):
    mode = os.lstat(path).st_mode
    return "link" if stat.S_ISLNK(mode) else "char device" if stat.S_ISCHR(mode) else \
        "fifo" if stat.S_ISFIFO(mode) else "file" if stat.S_ISREG(mode) else "other"


def run_to(args, stdout=None, preexec_fn=None):
    """kilopy with stdout sent to the file `stdout` (or closed, with preexec_fn): (exit, stderr)."""
    with open(stdout, "wb") if stdout else open(os.devnull, "wb") as out:
        p = subprocess.run([KILOPY, *args], stdout=out, stderr=subprocess.PIPE, text=True, timeout=120,
                           preexec_fn=preexec_fn)
    return p.returncode, p.stderr


def check_outputs(tmp, write, prog, image):
    """build -o onto a FIFO, a symbolic link and devices: never renamed over. The devices are
    first reached through links (a kilopy that renames over a link replaces only the link), and
    /dev/full and /dev/null are written directly only once that has passed."""
    want = open(image, "rb").read()
    fifo = os.path.join(tmp, "fifo")
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
    reader.start()
    code, _, err = kp("build", prog, "-o", fifo)
    reader.join(timeout=10)
    expect("build -o FIFO writes the image into the FIFO and leaves it a FIFO",
           code == 0 and got == [want] and kind(fifo) == "fifo", f"exit {code}, {kind(fifo)}, read {got!r}\n{err}")

    os.mkdir(os.path.join(tmp, "real"))
    link = os.path.join(tmp, "link.kbc")
    os.symlink(os.path.join("real", "target.kbc"), link)  # relative, dangling until the first build
    results = [kp("build", prog, "-o", link)[0] for _ in range(2)]
    target = os.path.join(tmp, "real", "target.kbc")
    expect("build -o LINK writes the file the link leads to (made, then replaced) and leaves the link",
           results == [0, 0] and kind(link) == "link" and os.path.exists(target) and open(target, "rb").read() == want
           and not os.path.exists(target + ".tmp"), f"exits {results}, {kind(link)}")

    # Firmware outputs go through the same writer: the .hex through a link lands where it leads.
    hex_link = os.path.join(tmp, "fw.hex")
    os.symlink(os.path.join("real", "fw-target.hex"), hex_link)
    code, _, err = kp("build", "--target", "atmega168", prog, "-o", hex_link)
    hex_target = os.path.join(tmp, "real", "fw-target.hex")
    expect("build --target -o LINK.hex writes the firmware where the link leads and leaves the link",
           code == 0 and kind(hex_link) == "link" and os.path.isfile(hex_target) and
           open(hex_target).read().startswith(":") and os.path.isfile(os.path.join(tmp, "fw.elf")), f"exit {code}\n{err}")

    safe = True
    for device, fine in (("/dev/null", True), ("/dev/full", False)):
        via = os.path.join(tmp, "to-" + os.path.basename(device))
        os.symlink(device, via)
        code, _, err = kp("build", prog, "-o", via)
        ok = (code == 0 and err == "") if fine else \
            (code == 1 and err == f"kilopy: error: cannot write '{via}': [Errno 28] No space left on device\n")
        ok = ok and kind(via) == "link"
        safe = safe and ok
        expect(f"build -o a link to {device} writes the device through the link: " +
               ("exit 0" if fine else "exit 1 naming the path and ENOSPC"), ok, f"exit {code}, {kind(via)}\n{err}")
    expect("build -o /dev/null and /dev/full themselves (once the links passed): exit 0, and exit 1 with ENOSPC",
           safe and kp("build", prog, "-o", "/dev/null")[0] == 0 and
           kp("build", prog, "-o", "/dev/full")[:3:2] == (1, "kilopy: error: cannot write '/dev/full': "
                                                               "[Errno 28] No space left on device\n"))
    p = subprocess.run([KILOPY, "build", prog, "-o", "/dev/stdout"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=120) if safe else None
    expect("build -o /dev/stdout (a pipe here) writes the image to the pipe (once the links passed)",
           p and p.returncode == 0 and p.stdout == want, p and p.stderr)
    expect("/dev/null, /dev/full and /dev/stdout are still what they were",
           kind("/dev/stdout") == "link" and
           kind("/dev/null") == "char device" and kind("/dev/full") == "char device")
    code, _, err = kp("build", prog, "-o", tmp)
    expect("build -o DIR is a usage error", code == 2 and "[Errno 21] Is a directory" in err, err)


def check_failed_writes(tmp, write, prog):
    """A write of kilopy's output that fails is exit 1 with the errno, as CPython's OSError."""
    full = os.path.join(tmp, "full")
    os.symlink("/dev/full", full)  # never /dev/full itself: a bad kilopy could rename over it
    enospc = "kilopy: error: cannot write the output to stdout: [Errno 28] No space left on device\n"
    for args in (["run", prog], ["dis", prog], ["mem", prog], ["opcodes"]):
        code, err = run_to(args, stdout=full)
        expect(f"kilopy {args[0]} with stdout on a full disk exits 1 and says so", code == 1 and err == enospc, err)
    # On the AVR target the simulator writes the UART output: the same rule, in its own words.
    code, err = run_to(["run", "--target", "atmega168", prog], stdout=full)
    expect("kilopy run --target with stdout on a full disk exits 1 and says so",
           code == 1 and err == enospc.replace("kilopy: error", "kilopy-sim: error"), err)
    code, err = run_to(["run", prog], preexec_fn=lambda: os.close(1))
    expect("kilopy run with stdout closed exits 1 and says so",
           code == 1 and err == "kilopy: error: cannot write the output to stdout: [Errno 9] Bad file descriptor\n", err)
    traced = write("traced.py", "import micro\nmicro.trace(1, 2)\nprint(3)\n")
    trace = write("trace.csv", "")
    code, err = run_to(["run", traced, "--trace", trace], preexec_fn=lambda: os.close(1))
    expect("with stdout closed, the trace file does not take its place",
           code == 1 and open(trace).read() == "1,2\n" and "[Errno 9]" in err, open(trace).read() + err)
    code, out, err = kp("run", traced, "--trace", full)
    expect("--trace onto a full disk exits 1 and says so", code == 1 and out == "3\n" and
           err == "kilopy: error: cannot write the trace file '" + full + "': [Errno 28] No space left on device\n", err)
    reader = write("reader1.py", "import micro\nprint(micro.read())\n")
    p = subprocess.run([KILOPY, "run", reader], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       timeout=120, preexec_fn=lambda: os.close(0))
    expect("a failed read of stdin (closed) ends micro.read()'s input and is exit 1 naming it",
           p.returncode == 1 and p.stderr.rstrip().endswith("cannot read the input (stdin): [Errno 9] Bad file "
                                                            "descriptor (micro.read() saw the end of the input there)"),
           p.stderr)


def check_inputs(tmp, write, image):
    """Folders and endless devices as the program or its input."""
    code, _, err = kp("run", tmp)
    expect("run DIR is a usage error naming it", code == 2 and f"cannot read '{tmp}': [Errno 21] Is a directory" in err, err)
    out = os.path.join(tmp, "from-dir.kbc")
    code, _, err = kp("build", tmp, "-o", out)
    expect("build DIR is a usage error and writes nothing", code == 2 and "[Errno 21]" in err and not os.path.exists(out), err)
    reader = write("reader2.py", "import micro\nprint(micro.read())\n")
    code, _, err = kp("run", reader, "--input", tmp)
    expect("--input DIR is a usage error naming it",
           code == 2 and f"cannot read the input file '{tmp}': [Errno 21] Is a directory" in err, err)
    code, _, err = kp("run", "/dev/zero")
    expect("/dev/zero as the program is refused past the source limit",
           code == 2 and "larger than 8388480 bytes" in err, err)
    code, _, err = kp("run", reader, "--input", "/dev/zero")
    expect("/dev/zero as --input is read as one token, cut at 64 bytes: a bad integer",
           code == 1 and "ValueError: micro.read(): bad integer" in err, err[-200:])
    digits = write("digits.txt", "1" * 100000 + "\n")
    code, _, err = kp("run", reader, "--input", digits)
    expect("a 100000-digit input token is still an OverflowError (as int() of it is too wide)",
           code == 1 and "OverflowError: micro.read(): " in err, err[-200:])
    code, _, err = kp("run", reader, "--input", write("tail.txt", "1" * 100 + "x\n"))
    expect("a long token with a non-digit past its first 64 bytes is a ValueError",
           code == 1 and "ValueError: micro.read(): bad integer" in err, err[-200:])
    code, _, err = kp("build", image)
    expect("build of an image says it is one and how to run or list it",
           code == 2 and "is already a kilopy image" in err and f"kilopy run {image}" in err, err)


def check_options(tmp, write, prog):
    """Numeric options take decimal digits in range only; --arena is the arena everywhere, --heap its alias."""
    for args, name in ((["--int-bits", ""], "--int-bits"), (["--int-bits", "8"], "--int-bits"),
                       (["--max-steps", "-1"], "--max-steps"), (["--max-steps", ""], "--max-steps"),
                       (["--max-steps", "18446744073709551616"], "--max-steps"), (["--arena", "-1"], "--arena"),
                       (["--heap", ""], "--arena"), (["--arena", "0"], "--arena"), (["--arena", "+5"], "--arena")):
        code, out, err = kp("run", prog, *args)
        expect(f"run {' '.join(args) or repr('')} is a usage error naming {name}",
               code == 2 and out == "" and err.startswith(f"kilopy: error: {name}: '"), err)
    for sub in ("run", "mem"):
        for opt in ("--arena", "--heap"):
            code, out, err = kp(sub, prog, opt, "512", *(["--stats"] if sub == "run" else []))
            expect(f"{sub} {opt} 512 sets the arena", code == 0 and
                   ("of 512 bytes" in err if sub == "run" else "arena 512 bytes" in out), out + err)
    code, _, err = kp("build", "--target", "atmega168", "--arena", "-5", prog)
    expect("build --target --arena -5 is a usage error", code == 2 and "--arena: '-5'" in err, err)
    code, _, err = kp("sim", "x.elf", "--max-cycles", "-1")
    expect("sim --max-cycles -1 is a usage error", code == 2 and "--max-cycles: '-1'" in err, err)
    code, out, _ = kp("run", "--help")
    expect("run --help names --arena with --heap as its alias", code == 0 and "--arena,--heap" in out, out)


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


def check_several_errors(tmp, write):
    """A compile reports every refusal the parser finds, in file order, each with its line and
    caret; a lexer error ends the report (issue 17, acceptance 2)."""
    prog = write("three.py", "x = 1\ny = 2.5\nprint(x)\ndef f(a):\n    with a:\n        return a\n"
                             "    return 0\nprint(f(x))\nz = await f(1)\nprint(f(x))\n")
    code, out, err = kp("build", prog, "-o", os.path.join(tmp, "three.kbc"))
    heads = [line for line in err.splitlines() if ": error: " in line]
    expect("three refused constructs on lines 2, 5 and 9 give three diagnostics, in that order",
           code == 2 and [h.split(":")[1:3] for h in heads] == [["2", "5"], ["5", "5"], ["9", "5"]] and
           "floats are not supported" in heads[0] and "with statements" in heads[1] and "await" in heads[2] and
           err.count("^") == 3, err)
    prog = write("lexed.py", "with open('f') as g:\n    pass\nif True:\n    y = 3\n      z = 4\nprint('abc)\nq = 1.5\n")
    code, out, err = kp("build", prog, "-o", os.path.join(tmp, "lexed.kbc"))
    heads = [line.split(": error: ")[1] for line in err.splitlines() if ": error: " in line]
    expect("an error the lexer cannot read past is reported after the parser's, and ends the report",
           code == 2 and len(heads) == 3 and heads[0].startswith("with statements") and
           heads[1] == "unexpected indent" and heads[2].startswith("unterminated string literal"), err)
    prog = write("many.py", "".join(f"v{i} = {i}.5\n" for i in range(30)))
    code, out, err = kp("build", prog, "-o", os.path.join(tmp, "many.kbc"))
    expect("at most 20 errors are reported", code == 2 and err.count(": error: ") == 20, err[-300:])


def image_of(prog, image):
    subprocess.run([KILOPY, "build", prog, "-o", image], check=True, timeout=120)
    return image


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
        code, out, err = kp("run", image, "--arena", "1024", "--stats")
        expect("run of the image prints what python3 prints", code == 0 and out == py, out)
        m = re.search(r"arena peak: (\d+) of 1024 bytes = (\d+) bookkeeping \+ (\d+) globals \+ (\d+) frames \+ (\d+) heap", err)
        expect("--stats reports the arena peak split into its parts",
               m and int(m.group(1)) == sum(int(g) for g in m.groups()[1:]) and int(m.group(1)) <= 1024, err)
        # A constant table (docs/memory.md): 256 entries in the image, none in the arena.
        table = write("table.py", "SIG = (" + ", ".join(str(i * 7 % 256) for i in range(256)) + ")\n"
                      "total = 0\nfor i in range(256):\n    total += SIG[i]\nprint(total, len(SIG), SIG[-1])\n")
        for bits in ("16", "32"):
            code, out, err = kp("run", table, "--int-bits", bits, "--stats")
            expect(f"a 256-entry constant table costs 0 arena bytes at {bits} bits",
                   code == 0 and out == "32640 256 249\n" and " globals + " in err and
                   re.search(r"arena peak: \d+ of 1024 bytes = 24 bookkeeping \+ \d+ globals \+ \d+ frames \+ 0 heap\n", err)
                   and "heap objects 0 bytes at most" in err, out + err)
        # The table section's limit (docs/language.md Limits): two 4100-entry int16 tables.
        big = write("big.py", "".join(f"T{k} = (" + ", ".join(str(1000 + k + i) for i in range(4100)) + ")\n"
                                      for k in range(2)) + "print(T0[0] + T1[0])\n")
        code, _, err = kp("build", big, "-o", os.path.join(tmp, "big.kbc"))
        expect("constant tables past 16383 bytes of image are refused, naming the limit",
               code == 2 and "big.py:2:6: error: the program's constant tuples and lists take more than 16383 bytes of image "
               "(kilopy's limit): make some smaller" in err, err[:300])
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
        code, _, err = kp("run", perceptron, "--arena", "60")
        expect("a call that does not fit, without recursion, is a MemoryError",
               code == 1 and "MemoryError: calling main()" in err, err)
        code, _, err = kp("run", perceptron, "--arena", "20")
        expect("an arena too small for the globals is a MemoryError", code == 1 and "MemoryError" in err, err)
        code, _, err = kp("run", perceptron, "--arena", "70000")
        expect("--arena beyond 65535 is a usage error", code == 2, err)
        code, _, err = kp("run", write("a.py", "assert 1 == 2, \"the message\"\n"))
        expect("assert with a message", code == 1 and err.rstrip().endswith("AssertionError: the message"), err)

        small = write("small.py", "print(1)\n")
        check_outputs(tmp, write, small, image_of(small, os.path.join(tmp, "small.kbc")))
        check_failed_writes(tmp, write, small)
        check_inputs(tmp, write, os.path.join(tmp, "small.kbc"))
        check_options(tmp, write, small)

        check_modules_and_micro(tmp, write)
        check_several_errors(tmp, write)

    finish("CLI checks")
    print("all CLI checks passed")


if __name__ == "__main__":
    main()
