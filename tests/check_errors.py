#!/usr/bin/env python3
"""docs/errors.md's table of bad inputs, checked against the real `kilopy` (issue 6).

  check_errors.py --kilopy K --source DIR [--show]

Every row of the table names the bad input, the exit status and the message: for exit 2 the
first line kilopy writes to stderr, for exit 1 the last one (the Python exception), for exit 0
`(none)` (stderr stays empty). `<n>` in a message stands for a number, `<name>` for a word.
A row's test is either `tests/errors/NAME.py` (built here, and by ctest's error/NAME) or a
recipe below under the row's id that writes the input and gives kilopy's arguments (or the
arguments and a file for kilopy's stdout). Every
failed build must leave no output file. A row marked `pending` must have no recipe yet; a
recipe without a row, a row without a recipe, or a message that differs fails the check.
--show prints what kilopy says for each recipe (to write a new row).
"""
import argparse
import contextlib
import os
import re
import stat
import subprocess
import sys
import tempfile

TIMEOUT = 120


def write(path, data):
    with open(path, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)
    return os.path.basename(path)


def build(name, *extra):
    return ["build", name, "-o", "out.kbc", *extra]


# ---- inputs built here (each returns kilopy's arguments; files go to the current folder) ----
LOOP = "x = 0\nwhile x < 3:\n    x += 1\nprint(x)\n"


def r_empty_source():
    return ["run", write("empty.py", "")]


def r_non_utf8():
    return build(write("latin1.py", b"x = 1\nprint(x\xff)\n"))


def r_deep_parentheses():
    return build(write("parens.py", "x = " + "(" * 100000 + "1" + ")" * 100000 + "\n"))


def r_deep_blocks():
    with open("blocks.py", "w") as f:  # one space more per level: 8 MB, within the source limit
        for depth in range(4000):
            f.write(" " * depth + "if True:\n")
        f.write(" " * 4000 + "pass\n")
    return build("blocks.py")


def r_long_elif_chain():
    src = "x = 5\nif x == 0:\n    y = 0\n" + "".join(f"elif x == {i}:\n    y = {i}\n" for i in range(1, 9000))
    return build(write("elifs.py", src + "print(y)\n"))


def r_huge_int_literal():  # a 100,000-digit literal is quoted as its first 40 digits
    return build(write("digits.py", "x = " + "9" * 100000 + "\nprint(x)\n"))


def r_huge_name():
    return build(write("name.py", "print(" + "\u03c0" * 50000 + ")\n"))


def megabyte(name, code_every):
    """A 1 MB source: comment lines, every code_every-th line a statement; then a traceback."""
    with open(name, "w") as f:
        f.write("total = 0\n")
        n = 0
        while f.tell() < 1 << 20:
            n += 1
            f.write(f"total = total + {n % 7}\n" if n % code_every == 0 else f"# line {n} of a one-megabyte source\n")
        f.write("print(total)\nprint(total // (total - total))\n")
    return name


def r_megabyte_source():
    return ["run", megabyte("big.py", 50)]


def r_megabyte_code():
    return build(megabyte("code.py", 1))


def r_line_past_65535():
    return build(write("long.py", "x = 0\n" + "\n" * 70000 + "print(x)\n"))


def r_int_too_large_16():
    return build(write("wide.py", "x = 40000\nprint(x)\n"), "--int-bits", "16")


def good_image():
    subprocess.run([KILOPY, "build", write("loop.py", LOOP), "-o", "loop.kbc", "--strip"], check=True)
    return bytearray(open("loop.kbc", "rb").read())


def r_image_empty():
    return ["run", write("empty.kbc", b"")]


def r_image_truncated_header():
    return ["run", write("short.kbc", bytes(good_image()[:10]))]


def r_image_truncated():
    return ["run", write("cut.kbc", bytes(good_image()[:-1]))]


def r_image_bad_magic():
    image = good_image()
    image[0:3] = b"XPY"
    return ["run", write("magic.kbc", bytes(image))]


def r_image_future_version():
    image = good_image()
    image[3] += 1
    return ["run", write("future.kbc", bytes(image))]


def r_image_int_width():
    image = good_image()
    image[4] = 8
    return ["run", write("width.kbc", bytes(image))]


def r_image_wrong_width():
    good_image()
    return ["run", "loop.kbc", "--int-bits", "16"]


def instructions(image):
    """[(code offset in the file, opcode name, operand kinds)] of a stripped one-function image,
    from `kilopy dis` and `kilopy opcodes` (so this follows the instruction set)."""
    formats = {}
    for line in subprocess.run([KILOPY, "opcodes"], stdout=subprocess.PIPE, text=True, check=True).stdout.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 4 and cells[1].isdigit():
            formats[cells[2]] = cells[3]
    width, nfuncs, nconsts, nstrings = image[4] // 8, image[5], image[6], image[7]
    strings_size = image[12] | image[13] << 8
    code = 16 + 4 * nfuncs + width * nconsts + strings_size  # format v2: no string offset table
    listing = subprocess.run([KILOPY, "dis", "loop.kbc"], stdout=subprocess.PIPE, text=True, check=True).stdout
    found = []
    for m in re.finditer(r"^\s+(\d+)\s+([A-Z]+)", listing, re.M):
        found.append((code + int(m.group(1)), m.group(2), formats[m.group(2)].lower()))
    return found


def patched(name, wanted, value):
    """The loop image with operand `wanted` (a format letter) of its first instruction that has
    one set to value; written to name."""
    image = good_image()
    for at, _, kinds in instructions(image):
        if wanted in kinds:
            pos = at + 1 + sum(2 if k in "ij" else 1 for k in kinds[:kinds.index(wanted)])
            size = 2 if wanted in "ij" else 1
            image[pos:pos + size] = value.to_bytes(size, "little", signed=True)
            return ["run", write(name, bytes(image))]
    raise AssertionError(f"no instruction with a '{wanted}' operand in the test program")


def r_image_bad_jump():
    return patched("jump.kbc", "j", 0x7FFF)


def r_image_bad_register():
    return patched("register.kbc", "r", 100)


def r_image_bad_string():
    return patched("string.kbc", "s", 100)


def r_endless_loop():
    return ["run", write("forever.py", "x = 0\nwhile True:\n    x += 1\n    x -= 1\n"), "--max-steps", "10000"]


def r_unbounded_recursion():
    return ["run", write("down.py", "def f(n):\n    return f(n + 1)\n\n\nprint(f(0))\n")]


def r_heap_exhaustion():
    return ["run", write("grow.py", "items = [0]\nwhile True:\n    items.append(len(items))\n")]


def r_heap_request_large():
    return ["run", write("wide.py", "w = [0] * 20000\nprint(len(w))\n"), "--int-bits", "32"]


def r_micro_read_long_token():
    write("long.txt", "1\n" + "9" * 5 + "x" * (10 << 20) + "\n")
    return ["run", write("one.py", "import micro\n\nprint(micro.read())\nprint(micro.read())\n"), "--input", "long.txt"]


def r_micro_read_control_bytes():
    return ["run", write("zero.py", "import micro\n\nprint(micro.read())\n"), "--input", "/dev/zero"]


def r_micro_read_malformed():
    write("data.txt", "1, 2\n3 x1 4\n")
    return ["run", write("stream.py", "import micro\n\nwhile micro.available():\n    print(micro.read())\n"),
            "--input", "data.txt"]


# kilopy's limits: no `except ValueError` catches them (CPython raises nothing there).
def r_string_case_non_ascii():
    return ["run", write("case.py", 's = "caf"\ntry:\n    print((s + "é").upper())\nexcept ValueError:\n    print("no")\n')]


def r_string_int_non_ascii():
    return ["run", write("digits.py", 's = "\uff11"\ntry:\n    print(int(s + "2"))\nexcept ValueError:\n    print("no")\n')]


def r_string_chr_unprintable():
    return ["run", write("chr.py", "n = 160\ntry:\n    print(chr(n))\nexcept ValueError:\n    print(0)\n")]


def r_string_int_parse():
    return ["run", write("parse.py", 's = "x"\nprint(int(s + "1"))\n')]


def r_micro_read_past_end():
    write("short.txt", "7\n")
    return ["run", write("past.py", "import micro\n\nprint(micro.read() + micro.read())\n"), "--input", "short.txt"]


def r_attribute_of_none():
    return ["run", write("chain.py", "class Cell:\n    def __init__(self):\n        self.next = None\n\n\n"
                                     "c = Cell()\nc.next = Cell()\nprint(c.next.next.next is None)\n")]


def r_none_as_int():
    return ["run", write("largest.py", "def largest(xs):\n    best = None\n    for x in xs:\n        if x > best:\n"
                                       "            best = x\n    return best\n\n\nprint(largest([3, 1]))\n")]


def r_missing_file():
    return ["run", "missing.py"]


def r_directory_source():
    os.mkdir("folder")
    return ["run", "folder"]


def r_source_too_large():
    return ["run", "/dev/zero"]  # endless: kilopy reads one byte past its limit


def r_image_as_source():
    good_image()
    return ["build", "loop.kbc"]


def r_input_directory():
    os.mkdir("folder")
    return ["run", write("stream.py", "import micro\nprint(micro.read())\n"), "--input", "folder"]


def r_output_directory():
    os.mkdir("folder")
    return ["build", write("ok.py", "print(1)\n"), "-o", "folder"]


def full():
    """'full': a symbolic link to /dev/full (a kilopy that renamed over it would replace the link,
    never the device)."""
    os.symlink("/dev/full", "full")
    return "full"


def r_output_full():
    return ["build", write("ok.py", "print(1)\n"), "-o", full()]


def r_stdout_full():
    return ["run", write("ok.py", "print(1)\n")], full()


def r_trace_full():
    return ["run", write("traced.py", "import micro\nmicro.trace(1, 2)\n"), "--trace", full()]


def r_unknown_command():
    return ["frobnicate", "x.py"]


def r_unknown_target():
    return ["build", "--target", "atmega999", write("ok.py", "print(1)\n")]


def r_firmware_wrong_part():
    subprocess.run([KILOPY, "build", "--target", "atmega168", write("ok.py", "print(1)\n"), "-o", "ok.elf"],
                   check=True, timeout=TIMEOUT)
    return ["sim", "ok.elf", "--target", "atmega328p"]


def r_check_image():
    subprocess.run([KILOPY, "build", write("ok.py", "print(1)\n"), "-o", "ok.kbc"], check=True, timeout=TIMEOUT)
    return ["check", "ok.kbc"]


def r_check_no_python3():
    return {"args": ["check", write("ok.py", "print(1)\n")], "path": os.getcwd()}


def r_flash_no_avrdude():
    return {"args": ["flash", write("ok.py", "print(1)\n"), "--port", "/dev/ttyUSB0"], "path": os.getcwd()}


def r_monitor_not_a_port():
    return ["monitor", write("ok.py", "print(1)\n"), "--port", "/dev/null"]


def r_bad_option_value():
    return ["run", write("ok.py", "print(1)\n"), "--arena", "70000"]


def r_bad_int_width():
    return ["run", write("ok.py", "print(1)\n"), "--int-bits", ""]


def r_negative_count():
    return ["run", write("ok.py", "print(1)\n"), "--max-steps", "-1"]


def r_no_partial_output():
    return ["build", write("ok.py", "print(1)\n"), "-o", os.path.join("no-such-folder", "out.kbc")]


RECIPES = {name[2:].replace("_", "-"): f for name, f in dict(globals()).items() if name.startswith("r_")}


def extra_checks(row, cwd, code, out, err):
    """Row-specific checks beyond the message: (problem or '')."""
    if row == "empty-source":
        return "" if out == "" else f"printed {out!r}"
    if row == "megabyte-source":
        py = subprocess.run([sys.executable, "big.py"], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, timeout=TIMEOUT)
        where = re.findall(r'line (\d+), in <module>', py.stderr)
        if out != py.stdout or not where or f"line {where[-1]}, in <module>" not in err:
            return f"differs from python3 (stdout {py.stdout!r}, line {where}):\n{err}"
    if row == "no-partial-output":
        if os.path.exists(os.path.join(cwd, "no-such-folder")):
            return "the build created the missing folder"
    if row in ("output-full", "stdout-full", "trace-full"):
        if os.readlink(os.path.join(cwd, "full")) != "/dev/full" or not stat.S_ISCHR(os.stat("/dev/full").st_mode):
            return "the link to /dev/full or /dev/full itself was replaced"
    if row == "output-directory" and os.listdir(os.path.join(cwd, "folder")):
        return "the build wrote into the folder"
    return ""


def parse_table(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.rstrip("\n"))[1:-1]]
        if len(cells) != 5 or not re.fullmatch(r"`[a-z0-9-]+`", cells[0]):
            continue
        m = re.fullmatch(r"(`+) ?(.*?) ?\1", cells[3])
        message = m.group(2).replace("\\|", "|") if m else cells[3]
        rows.append({"id": cells[0].strip("`"), "exit": cells[2], "message": message, "test": cells[4]})
    return rows


def pattern(message):
    parts = re.split(r"(<n>|<name>)", message)
    return "".join({"<n>": r"\d+", "<name>": r"\w+"}.get(p, re.escape(p)) for p in parts)


def run_row(row, source, tmp):
    """(cwd, exit, stdout, stderr) of kilopy on the row's input."""
    m = re.search(r"tests/errors/(\w+\.py)", row["test"])
    if m:
        cwd = os.path.join(source, "tests", "errors")
        args = ["build", m.group(1), "-o", os.path.join(tmp, "out.kbc")]
    else:
        cwd = tmp
        os.chdir(tmp)
        args = RECIPES[row["id"]]()
    stdout_name, env = None, None
    if isinstance(args, tuple):
        args, stdout_name = args
    if isinstance(args, dict):  # {"args": ..., "path": PATH}: a command run with only PATH's programs
        args, env = args["args"], dict(os.environ, PATH=args["path"])
    with open(os.path.join(cwd, stdout_name), "wb") if stdout_name else contextlib.nullcontext(subprocess.PIPE) as out:
        p = subprocess.run([KILOPY, *args], cwd=cwd, stdout=out, stderr=subprocess.PIPE, timeout=TIMEOUT, env=env)
    return cwd, p.returncode, (p.stdout or b"").decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def main():
    global KILOPY
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    KILOPY = os.path.abspath(a.kilopy)
    source = os.path.abspath(a.source)
    failures = []
    if a.show:
        for name in RECIPES:
            with tempfile.TemporaryDirectory() as tmp:
                _, code, _, err = run_row({"id": name, "test": ""}, source, tmp)
                lines = err.splitlines() or ["(none)"]
                print(f"{name}: exit {code}: {lines[-1] if code == 1 else lines[0]}")
        return
    rows = parse_table(os.path.join(source, "docs", "errors.md"))
    ids = [r["id"] for r in rows]
    for name in sorted(set(RECIPES) - set(ids)):
        failures.append(f"recipe {name} has no row in docs/errors.md")
    for name in sorted({i for i in ids if ids.count(i) > 1}):
        failures.append(f"row {name} appears twice")
    for row in rows:
        if row["exit"] == "pending":
            if row["id"] in RECIPES:
                failures.append(f"{row['id']}: marked pending but has a recipe")
            print(f"pending: {row['id']}")
            continue
        if "tests/errors/" not in row["test"] and row["id"] not in RECIPES:
            failures.append(f"{row['id']}: no test (neither tests/errors/NAME.py nor a recipe)")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            cwd, code, out, err = run_row(row, source, tmp)
            lines = err.splitlines()
            said = "(none)" if not lines else lines[-1] if code == 1 else lines[0]
            problem = ""
            if str(code) != row["exit"] or not re.fullmatch(pattern(row["message"]), said):
                problem = f"expected exit {row['exit']} and\n  {row['message']}\ngot exit {code} and\n  {said}"
            elif code == 2 and any(os.path.exists(os.path.join(tmp, f)) for f in ("out.kbc", "out.kbc.tmp")):
                problem = "a failed build left an output file"
            else:
                problem = extra_checks(row["id"], cwd, code, out, err)
            os.chdir(source)
        print(("FAIL: " if problem else "ok:   ") + row["id"])
        if problem:
            print("      " + problem.replace("\n", "\n      "))
            failures.append(row["id"])
    if failures:
        sys.exit(f"{len(failures)} of {len(rows)} rows failed: " + ", ".join(failures))
    print(f"all {len(rows)} rows of docs/errors.md hold")


if __name__ == "__main__":
    main()
