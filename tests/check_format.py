#!/usr/bin/env python3
"""Formatted printing against CPython: f-string specs, '%' and str.format over many values.

  check_format.py --kilopy build/kilopy [--count N] [--seed S]

1. N format specs drawn at random from Python's mini-language (fill, align, sign, '#', '0',
   width, grouping, precision, type, and a few malformed ones), applied to ints, bools and
   converted values (!r, !s). For each spec python3 says what format() does: where it
   raises, kilopy must refuse the program at compile time with "ValueError: " or "TypeError: "
   and CPython's message; where it gives text, kilopy must print exactly that text at 16 and 32
   bits, or refuse with one of its documented limits (KILOPY_LIMITS).
2. '%' formats and str.format calls, the same way.
3. N // 3 specs whose width is a nested field, f"{v:<before>{w}<after>}", for ints and strs
   and widths from -5 to 12: where kilopy compiles the field, each width and value must print
   what python3 prints, or raise its ValueError; where it refuses, the refusal must be one of
   its documented ones (NESTED_LIMITS, KILOPY_LIMITS), or CPython's error for every width.
Expected output always comes from python3.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

KILOPY_LIMITS = (  # kilopy's own refusals of specs CPython accepts (docs/language.md)
    "the format code 'c' (a character) is not supported",
    "of an int is not supported in kilopy (it rounds the digits as CPython's floats do)",
    "a precision over 255 is not supported",
    "fills a str's field only with an ASCII character",
    "fills an int's field only with an ASCII character",
    "a field width over 255 is not supported",
    "zero padding with group separators is supported up to a width of",
    "a precision that cuts the text of a number is not supported",
    "formats a float, and kilopy has no floats",
    "'%c' of a str is not supported",
    "a precision on '%",
    "padding the text of a list",
)

NESTED_LIMITS = (  # what kilopy refuses in a spec with a nested width (docs/errors.md format-nested-*)
    "a nested width must follow the fill, alignment, sign, '#' and '0'",
    "after a nested width kilopy takes only a grouping and the type",
    "'=' alignment to a nested width",
    "zero padding to a nested width",
    "kilopy pads an int or a str to a nested width",
)
WIDTHS = [-5, -1, 0, 1, 3, 12]
STRS = ["", "ab", "内存x"]

VALUES16 = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 32767, -32768]
VALUES32 = VALUES16 + [65536, -99999, 1234567, 2147483647, -2147483648]


def random_spec(rng):
    parts = [
        rng.choice(["", "", "<", ">", "^", "=", "*<", "*>", "*^", "0=", "0<", "x^", "é>", "_="]),
        rng.choice(["", "", "+", "-", " "]),
        rng.choice(["", "", "", "z"]) if rng.random() < 0.1 else "",
        rng.choice(["", "", "#"]),
        rng.choice(["", "", "0"]),
        rng.choice(["", "", "1", "5", "9", "12", "30", "300"]),
        rng.choice(["", "", "", ",", "_"]),
        rng.choice(["", "", "", "", ".2", ".", ".0", ".10"]),
        rng.choice(["", "", "d", "x", "X", "o", "b", "n", "c", "s", "f", "F", "e", "g", "q"]),
    ]
    return "".join(parts)


def nested_spec(rng):
    """A spec with its width a field: the text before and after it."""
    spec = random_spec(rng)
    parts = [rng.choice(["", "", "<", ">", "^", "=", "*<", "*>", "*^", "0<", "x^", "é>"]),
             rng.choice(["", "", "+", "-", " "]), rng.choice(["", "", "#"]), rng.choice(["", "", "", "0"])]
    after = [rng.choice(["", "", "", ",", "_"]), rng.choice(["", "", "", "", "", ".2", "5"]),
             rng.choice(["", "", "d", "x", "X", "o", "b", "s", "q"])]
    return "".join(parts), "".join(after) if spec else ""


def python_format(value, spec, conversion):
    try:
        v = value if not conversion else (str(value) if conversion == "s" else repr(value))
        return True, format(v, spec)
    except (ValueError, TypeError, OverflowError) as e:
        return False, f"{type(e).__name__}: {e}"


def compile_error(kilopy, source, bits, tmp):
    prog = os.path.join(tmp, "spec.py")
    with open(prog, "w") as f:
        f.write(source)
    p = subprocess.run([kilopy, "build", "--int-bits", str(bits), prog, "-o", os.path.join(tmp, "spec.kbc")],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
    if p.returncode == 0:
        return None
    first = p.stderr.splitlines()[0] if p.stderr else ""
    return first.split(": error: ", 1)[1] if ": error: " in first else first


def run_both(kilopy, source, bits, tmp):
    prog = os.path.join(tmp, "prog.py")
    with open(prog, "w") as f:
        f.write(source)
    want = subprocess.run([sys.executable, prog], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          timeout=60)
    got = subprocess.run([kilopy, "run", "--int-bits", str(bits), prog], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, timeout=60)
    return want, got


def compare_lines(a, lines, bits, tmp, failures, what):
    """Runs the program `lines` under python3 and kilopy at `bits`; a failure names the first line that differs."""
    want, got = run_both(a.kilopy, "\n".join(lines) + "\n", bits, tmp)
    if want.returncode != 0 or got.returncode != 0 or want.stdout != got.stdout:
        w, g = want.stdout.splitlines(), got.stdout.splitlines()
        diff = next((f"python3 {x!r}\nkilopy  {y!r}" for x, y in zip(w, g) if x != y), "")
        failures.append(f"{what} at {bits} bits differ (exit {want.returncode}/{got.returncode}):"
                        f"\n{diff}\n{got.stderr[:400]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    failures = []
    fields = []  # (expression template, spec) pairs that both accept
    refused = {}
    with tempfile.TemporaryDirectory() as tmp:
        specs = sorted({random_spec(rng) for _ in range(a.count)})
        for spec in specs:
            for kind, conversion in (("int", ""), ("bool", ""), ("int", "r"), ("bool", "s")):
                sample = True if kind == "bool" else 5
                ok, text = python_format(sample, spec, conversion)
                if not ok and kind == "int" and not conversion:
                    ok, text = python_format(-5, spec, conversion)
                expr = ("b" if kind == "bool" else "v") + ("!" + conversion if conversion else "")
                source = f"v = 5\nb = True\nprint(f'{{{expr}:{spec}}}')\n"
                err = compile_error(a.kilopy, source, 32, tmp)
                if not ok:
                    if err != text:
                        failures.append(f"spec {spec!r} on {expr}: python3 raises {text!r}, kilopy says {err!r}")
                    continue
                if err is None:
                    fields.append((expr, spec))
                elif any(limit in err for limit in KILOPY_LIMITS):
                    refused[err] = refused.get(err, 0) + 1
                else:
                    failures.append(f"spec {spec!r} on {expr}: python3 gives {text!r}, kilopy refuses: {err}")
        # Every accepted spec, over every value, at both widths.
        for bits, values in ((16, VALUES16), (32, VALUES32)):
            lines = [f"for v in {values}:", "    b = v > 0"]
            for expr, spec in fields:
                lines.append(f"    print(f'{{{expr}:{spec}}}|', end='')")
            lines.append("    print()")
            compare_lines(a, lines, bits, tmp, failures, f"{len(fields)} specs")
        # '%' and str.format, with every conversion and flag kilopy takes.
        percent = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o",
                   "%#08x", "%-#8o|", "%s", "%5s", "%-6s|", "%r", "%i", "%u", "%%", "100%%", "%+05d",
                   "%f", "%.2f", "%8.3F", "%-8.1f|", "%+.0f", "%#.0f", "% 08.2f", "%-+9.1f|"]
        lines = ["for v in [0, 7, -7, 255, -300, 32767]:", "    b = v > 0", "    n = None"]
        for p in percent:
            args = "()" if p.replace("%%", "") == p.replace("%%", "").replace("%", "") else "v"
            lines.append(f"    print({p!r} % {args}, end='|')")
        lines += ["    print('%d %s %s %r' % (b, b, n, n), end='|')",
                  "    print('{} {:>6} {!r:^7} {:+,}'.format(v, v, b, v % 300 * 100), end='|')",
                  "    print('{1}{0}{1} {x:#b} {{}}'.format(v, b, x=v), end='|')",
                  "    print(f'{v=} {v = :5d} {b=} {b!s:>6} {v // 2:_} {[v, v]} {n} {n!r:>5} {\"s\":>3}', end='|')",
                  "    print(f'{v:{3}}' if False else 'x', f'{{v}}', F'{v}' 'b' rf'\\n{v}')"]
        source = "\n".join(lines) + "\n"
        source = source.replace("f'{v:{3}}' if False else 'x'", "'x'")
        for bits in (16, 32):
            want, got = run_both(a.kilopy, source, bits, tmp)
            if want.returncode != 0 or got.returncode != 0 or want.stdout != got.stdout:
                failures.append(f"'%' and .format at {bits} bits:\n--- python3\n{want.stdout}{want.stderr}"
                                f"--- kilopy\n{got.stdout}{got.stderr}")
        # Errors CPython raises for '%' and str.format, as compile errors.
        bad = ["'%d' % None", "'%x' % [1]", "'%q' % 5", "'%d %d' % (5,)", "'%d' % (5, 6)", "'%' % ()",
               "'{} {0}'.format(1, 2)", "'{0} {}'.format(1, 2)", "'{2}'.format(1, 2)", "'{a}'.format(1)",
               "'{'.format(1)", "'}'.format(1)", "'{0!q}'.format(1)", "f'{None:5}'", "f'{[1]:5}'",
               "'%f' % None", "'%.1f' % 'a'", "f'{None:.2f}'", "'{:.2f}'.format('a')", "f'{5!s:.1f}'"]
        for expr in bad:
            try:
                eval(expr)
                failures.append(f"{expr}: python3 did not raise")
                continue
            except Exception as e:
                text = f"{type(e).__name__}: {e}"
            err = compile_error(a.kilopy, f"print({expr})\n", 32, tmp)
            if err != text:
                failures.append(f"{expr}: python3 raises {text!r}, kilopy says {err!r}")
        nested_fields = check_nested(a, rng, tmp, failures, refused)
    for f in failures:
        print("FAIL:", f)
    print(f"{len(specs)} specs: {len(fields)} fields printed by both at 16 and 32 bits, "
          f"{nested_fields} fields with a nested width, at six widths, "
          f"{sum(refused.values())} refused by kilopy's limits {sorted(refused)}")
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    sys.exit(1 if failures else 0)


def check_nested(a, rng, tmp, failures, refused):
    """Part 3: nested widths. Returns how many fields kilopy compiled."""
    accepted = []  # (expression, before, after)
    for before, after in sorted({nested_spec(rng) for _ in range(a.count // 3)}):
        for expr, samples in (("v", [5, -5]), ("v!r", [5]), ("s", STRS), ("s!r", STRS)):
            field = f"{{{expr}:{before}{{w}}{after}}}"
            source = f"v = 5\ns = 'ab'\nw = 3\nprint(f'{field}')\n"
            err = compile_error(a.kilopy, source, 32, tmp)
            if err is None:
                accepted.append(field)
                continue
            results = [python_format(x, before + str(w) + after, expr[-1] if "!" in expr else "")
                       for x in samples for w in WIDTHS]
            if any(limit in err for limit in NESTED_LIMITS + KILOPY_LIMITS):
                refused[err] = refused.get(err, 0) + 1
            elif not (err.startswith(("ValueError: ", "TypeError: ")) and all(not ok for ok, _ in results)):
                failures.append(f"nested {field}: kilopy refuses ({err}); python3 gives {results[:4]}")
    for bits, values in ((16, VALUES16), (32, VALUES32)):
        lines = [f"for w in {WIDTHS}:", f"    for v in {values}:", f"        s = {STRS}[v % 3]"]
        for field in accepted:
            lines += ["        try:", f"            print(f'{field}|', end='')",
                      "        except ValueError as e:", "            print('ValueError', e, end='|')"]
        lines.append("        print()")
        compare_lines(a, lines, bits, tmp, failures, f"{len(accepted)} nested-width fields")
    return len(accepted)


if __name__ == "__main__":
    main()
