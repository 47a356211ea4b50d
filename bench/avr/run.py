#!/usr/bin/env python3
"""AVR numbers for docs/targets.md and issue 15: VM core size at 16/32-bit ints (every handler,
and specialised to samples/perceptron.py), bytes per handler group, samples/perceptron.py's
firmware flash part by part and its SRAM, cycles per step on the VM versus native C, and a
final table of issue 15's targets beside the measured values; all on an ATmega168 at 16 MHz
in simavr. Not a test: it prints numbers.

  bench/avr/run.py [--build build] [--cycles-only]

Core: the dispatch, the handlers and the helpers only they call (arithmetic, heap, collector,
printing), the jump or label tables (.progmem, in flash) and the constant data (.rodata: print_seq's
strings, copied to SRAM); not start(), the libgcc helpers the core calls (__tablejump2__,
multiply, divide: listed by name in the firmware's libgcc row), the port, main and the exit
trailer. Measured twice: vm/vm.cpp compiled alone (avr-g++ -Os, -ffunction-sections, not
linked: calls are 4-byte `call`s) and in the linked firmware (the linker map's input sections
of vm.o; -mrelax makes near calls 2-byte `rcall`s), which the targets table uses. "Specialised"
is vm/vm.cpp with the header `kilopy build --vm-config` writes for the program: only the
handlers of the opcodes it uses, numbered densely (KP_LOCAL_OPCODES) as in the firmware.

Bytes per handler group: the core specialised to HALT plus the group's opcodes, minus the core
specialised to HALT alone (the dispatch, state load/store and exit path). Groups share helpers
(the ALU, operand decoding), so the groups do not add up to the full core.

Flash: .text + .data of the ELF (what the .hex holds); the map's parts must add up to it.
SRAM: statics (.data + .bss, the arena among them) + the stack's high-water mark over the
whole run + the arena's peak, reported without the unused rest of the arena.

Cycles per step: each timed program is run at N = 100 and 300 steps, its first output moved
to right after step N (samples/perceptron.py and bench/avr/native_perceptron.c: the progress
line's period set beyond N, so its `% 25` test stays in the loop and the print never runs;
samples/perceptron_array.py: STEPS = N; samples/incremental.py: the held-out phase starts
after N training samples, and its first print is there); a step costs (c300 - c100) / 200,
where c is the cycle count from the GPIOR0 start marker to the first UART byte. Start-up,
the final output and UART time are thereby excluded, exactly. Each run's output is checked
against `kilopy run` of the same program.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MCU = "atmega168"
N1, N2 = 100, 300
MARKED = "first output after marker"  # kilopy sim --stats: cycles from the start marker to the first UART byte

# Handler groups (by opcodes.def name); an opcode in none of them is listed under "other".
GROUPS = [
    ("moves and loads", "MOVE LOADI LOADK GETG SETG"),
    ("int operators", "ADD SUB MUL FLOORDIV MOD POW SHL SHR BAND BOR BXOR EQ NE LT LE MIN MAX NEG INV NOT ABS"),
    ("branches", "JMP JT JF JEQ JNE JLT JLE"),
    ("range loops", "FORPREP FORPREP0 FORLOOP FORLOOP1"),
    ("calls and returns", "CALL RET RETN RETM"),
    ("output and raise", "PUTI PUTS RAISE"),
    ("lists and arrays (with the heap)", "NEWSEQ FILL REPEAT LEN GETITEM SETITEM APPEND POP INSERT CONTAINS SEQEQ SUM "
                                          "MINSEQ MAXSEQ PUTSEQ NEXTITEM SLICE SETSLICE LISTOP"),
    ("micro (input, trace)", "READ AVAIL TRACE"),
]


def fail(message):
    sys.exit(f"bench/avr/{os.path.basename(sys.argv[0])}: {message}")  # run.py, or profile.py that imports it


def sh(cmd, **kw):
    """cmd's result; a failed step stops the script, saying which and why."""
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if p.returncode != 0:
        fail(f"{os.path.basename(cmd[0])} failed (exit {p.returncode}): {' '.join(cmd)}\n" +
             p.stderr.decode(errors="replace"))
    return p


def check_tools(a):
    """Everything the numbers need, before the first of them."""
    for name in ("kilopy", "kilopy-sim"):
        if not os.path.isfile(os.path.join(a.build, name)):
            fail(f"{os.path.join(a.build, name)} is missing: run tools/setup (or cmake --build {a.build} --target {name})")
    for tool in ("avr-g++", "avr-gcc", "avr-size", "avr-nm", "avr-addr2line"):
        if not shutil.which(tool):
            fail(f"{tool} is not on PATH: run tools/install-deps (gcc-avr, binutils-avr)")


def opcode_rows():
    """(name, mode) of every row of bytecode/opcodes.def, in order."""
    with open(os.path.join(ROOT, "bytecode", "opcodes.def")) as f:
        return re.findall(r"^OP\((\w+),\s*\w+,\s*\"[^\"]*\",\s*\w,\s*\w+,\s*([^\"]+?),\s*\"", f.read(), re.M)


def opcode_names():
    return [name for name, _ in opcode_rows()]


def allocating():
    """The rows that may take a heap block (mode M_NEW_*, M_GROW or M_RESIZE), as bytecode/vm_config.cpp reads them."""
    return {name for name, mode in opcode_rows() if re.search(r"\bM_(NEW_\w+|GROW|RESIZE)\b", mode)}


def sections(obj):
    out = sh(["avr-size", "-A", obj]).stdout.decode()
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\.\S+)\s+(\d+)", out, re.M)}


def ops_config(tmp, ops):
    """A vm config header (as `kilopy build --vm-config` writes) for exactly these opcodes."""
    path = os.path.join(tmp, "ops_" + str(abs(hash(tuple(sorted(ops))))) + ".h")
    with open(path, "w") as f:
        f.write("".join(f"#define KP_USES_{n} {int(n in ops)}\n" for n in opcode_names()))
        f.write(f"#define KP_HEAP {int(bool(ops & allocating()))}\n")
    return path


def core_size(tmp, bits, dispatch="switch", config=None):
    """(core bytes, start() bytes, whether the dispatch asked for was built): core = all code
    but start(), plus the jump or label tables and the constant data (print_seq's strings)."""
    obj = os.path.join(tmp, f"vm_{dispatch}{bits}.o")
    cmd = ["avr-g++", "-std=gnu++14", "-Os", f"-mmcu={MCU}", "-fno-exceptions", "-fno-rtti", "-ffreestanding",
           "-ffunction-sections", "-fdata-sections", f"-I{ROOT}", f"-I{ROOT}/targets/avr", f"-DKP_INT_BITS={bits}",
           f"-DKP_NS=kp{bits}", f"-DKP_COMPUTED_GOTO={1 if dispatch == 'goto' else 0}", "-c",
           os.path.join(ROOT, "vm", "vm.cpp"), "-o", obj]
    if config:  # as the firmware build does: opcodes numbered densely
        cmd += [f'-DKP_VM_CONFIG="{config}"', "-DKP_LOCAL_OPCODES=1"]
    sh(cmd)
    s = sections(obj)
    start = sum(v for k, v in s.items() if k.startswith(".text.") and "startE" in k)
    code = sum(v for k, v in s.items() if k.startswith(".text.") and "startE" not in k)
    data = sum(v for k, v in s.items() if k.startswith((".rodata", ".progmem", ".data")))
    # vm/vm.cpp builds a 32-bit VM with the heap on a 16 KB part with the switch, whatever was asked
    built = dispatch != "goto" or any("labels" in k or "kp_jump" in k for k in s)
    return code + data, start, built


def map_groups(map_file):
    """Bytes of flash per part of the firmware, from the linker map's input sections; the
    libgcc row names its helpers."""
    groups, helpers = {}, set()
    text = open(map_file).read()
    body = text[text.index("Linker script and memory map"):]
    for m in re.finditer(r"^ (\.\S+|\*fill\*)\s*\n?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)(?:\s+(\S+))?$", body, re.M):
        sec, size, obj = m.group(1), int(m.group(3), 16), m.group(4) or ""
        if sec == "*fill*":
            if size and int(m.group(2), 16) < 0x800000:  # flash addresses only
                groups["alignment fill"] = groups.get("alignment fill", 0) + size
            continue
        if size == 0 or not sec.startswith((".text", ".data", ".rodata", ".progmem", ".vectors", ".init", ".fini")):
            continue
        name = os.path.basename(obj)
        if name.endswith(".vm.o"):
            key = "vm: start()" if "startE" in sec else "vm: core (dispatch, handlers, their helpers, tables, constant data)"
        elif name.endswith(".port.o"):
            key = "port (UART)"
        elif name.endswith(".main.o"):
            key = "main + exit trailer"
        elif name.endswith(".image.o"):
            key = "image (flash)"
        elif "libgcc" in obj and not sec.startswith((".init", ".fini")):
            key = "libgcc helpers"
            helpers.add(re.sub(r".*\((?:_)?(\w+)\.o\)$", r"\1", obj))
        else:  # libgcc's .init/.fini parts (clearing .bss, copying .data, _exit) are startup
            key = "startup + libc (crt, vectors, .data/.bss init, exit)"
        groups[key] = groups.get(key, 0) + size
    if helpers:
        groups[f"libgcc helpers ({', '.join(sorted(helpers))})"] = groups.pop("libgcc helpers")
    return groups


def sim(a, elf, *needs, mcu=MCU):
    """(exit, stdout, {stat: value}) of the firmware in simavr; stops unless it printed the stats in needs."""
    p = subprocess.run([a.kilopy, "sim", elf, "--target", mcu, "--stats"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = p.stderr.decode(errors="replace")
    stats = {m.group(1): m.group(2) for m in re.finditer(r"^sim ([^:]+): (.*)$", err, re.M)}
    missing = [k for k in needs if k not in stats]
    if missing:
        fail(f"kilopy sim {elf} (exit {p.returncode}) printed no {', '.join(missing)}:\n{err}")
    return p.returncode, p.stdout, stats


def first_number(s):
    return int(s.split()[0])


def variant(tmp, sample, steps, subs):
    """sample (a path from the tree's root) with each (pattern, replacement) of subs applied
    exactly once ({n} in a replacement: steps); stops if the sample changed shape."""
    src = open(os.path.join(ROOT, sample)).read()
    for pattern, repl in subs:
        src, n = re.subn(pattern, repl.replace("{n}", str(steps)), src, flags=re.M)
        if n != 1:
            fail(f"{sample} changed shape (no single match for {pattern!r}): update bench/avr/run.py")
    path = os.path.join(tmp, f"{os.path.basename(sample)[:-3]}_{steps}_{abs(hash(tuple(subs)))}.py")
    open(path, "w").write(src)
    return path


def perceptron_variant(tmp, steps, period):
    return variant(tmp, "samples/perceptron.py", steps, [(r"^STEPS = \d+", "STEPS = {n}"),
                                                         (r"\(step \+ 1\) % 25 == 0", f"(step + 1) % {period} == 0")])


# The other programs timed per step: (program, int widths, what a step is, the substitutions
# that make its first output come right after `steps` steps).
STEPPED = [
    ("samples/perceptron_array.py", (16, 32), "training step (sample, predict, train), weights in array('b')",
     [(r"^STEPS = \d+", "STEPS = {n}")]),
    ("samples/incremental.py", (16, 32),
     "training sample (sample, predict, 3 list pops + 3 appends, up to 3 train steps)",
     [(r"range\(1100\)", "range({n} + 1)"), (r"step == 100:", "step == {n}:"), (r"step >= 100:", "step >= {n}:")]),
    ("bench/avr/loadk.py", (32,), "loop step (3 LOADK, 3 int operators, a call)", [(r"^STEPS = \d+", "STEPS = {n}")]),
]


def build_vm(a, tmp, prog, bits, tag, full=False, mcu=MCU):
    elf = os.path.join(tmp, f"{tag}.elf")
    sh([a.kilopy, "build", "--target", mcu, "--int-bits", str(bits), "--arena", "512", "-o", elf, prog] +
       (["--full-vm"] if full else []))
    return elf


def overflow_bytes(a, tmp, prog, bits, tag, mcu=MCU):
    """By how many bytes the firmware with every handler overflows mcu's flash (0: it fits)."""
    elf = os.path.join(tmp, f"{tag}.elf")
    p = subprocess.run([a.kilopy, "build", "--target", mcu, "--int-bits", str(bits), "-o", elf, prog, "--full-vm"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    m = re.search(r"region .text' overflowed by (\d+) bytes", p.stderr)
    if p.returncode != 0 and not m:
        fail(f"kilopy build --full-vm of {prog} at {bits} bits failed:\n{p.stderr}")
    return int(m.group(1)) if m else 0


def build_native(tmp, bits, steps, period):
    elf = os.path.join(tmp, f"native{bits}_{steps}_{period}.elf")
    sh(["avr-gcc", "-std=gnu99", "-Os", f"-mmcu={MCU}", "-DF_CPU=16000000UL", f"-DNUM_BITS={bits}",
        f"-DSTEPS={steps}", f"-DPRINT_EVERY={period}", "-Wl,--gc-sections", "-mrelax", "-o", elf,
        os.path.join(HERE, "native_perceptron.c")])
    return elf


def flash_bytes(elf):
    """What the .hex puts in flash: .text and .data's initial values (.mmcu, the part simavr
    reads, lies outside flash)."""
    s = sections(elf)
    return s.get(".text", 0) + s.get(".data", 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--cycles-only", action="store_true", help="only the cycles per step")
    a = ap.parse_args()
    a.kilopy = os.path.join(a.build, "kilopy")
    check_tools(a)
    prog = os.path.join(ROOT, "samples", "perceptron.py")
    m = {}  # the measured values the targets table needs
    with tempfile.TemporaryDirectory() as tmp:
        if not a.cycles_only:
            sizes(a, tmp, prog, m)
        cycles(a, tmp, prog, m)
    targets(m)


def sizes(a, tmp, prog, m):
    print(f"== VM core size (vm/vm.cpp alone, avr-g++ -Os, {MCU}, not linked; start() apart) ==")
    for bits in (16, 32):
        for dispatch in ("switch", "goto"):
            core, start, built = core_size(tmp, bits, dispatch)
            if not built:
                print(f"  {bits}-bit, every handler, {dispatch:6} dispatch: not built (vm/vm.cpp uses the switch"
                      f" for a {bits}-bit VM with the heap on a 16 KB part)")
                continue
            print(f"  {bits}-bit, every handler, {dispatch:6} dispatch: core {core} B; start() {start} B")
        config = os.path.join(tmp, f"perceptron{bits}.vm.h")
        sh([a.kilopy, "build", prog, "--int-bits", str(bits), "-o", os.path.join(tmp, "p.kbc"), "--vm-config", config])
        used = re.findall(r"^#define KP_USES_(\w+) 1$", open(config).read(), re.M)
        for dispatch in ("goto", "switch"):  # goto: the firmware's (targets/avr/kp_target.h)
            core, start, _ = core_size(tmp, bits, dispatch, config)
            m.setdefault(("object core", bits), core)
            print(f"  {bits}-bit, specialised to samples/perceptron.py ({len(used)} opcodes), {dispatch:6} dispatch:"
                  f" core {core} B; start() {start} B")

    print(f"\n== bytes per handler group (16-bit, switch; added to the HALT-only core) ==")
    base, _, _ = core_size(tmp, 16, "switch", ops_config(tmp, {"HALT"}))
    print(f"  {base:5} B  the HALT-only core: dispatch, state load and store, exit path")
    grouped = set()
    names = opcode_names()
    for title, ops in GROUPS:
        ops = set(ops.split()) & set(names)
        grouped |= ops
        size, _, _ = core_size(tmp, 16, "switch", ops_config(tmp, ops | {"HALT"}))
        print(f"  {size - base:5} B  {title}")
    other = set(names) - grouped - {"HALT"}
    if other:
        size, _, _ = core_size(tmp, 16, "switch", ops_config(tmp, other | {"HALT"}))
        print(f"  {size - base:5} B  other: {' '.join(sorted(other))}")

    for bits in (16, 32):
        for full in (False, True):
            tag = f"perceptron{bits}{'full' if full else ''}"
            over = overflow_bytes(a, tmp, prog, bits, tag) if full else 0
            mcu = "atmega328p" if over else MCU  # measured on the larger part, at the same arena
            if over and overflow_bytes(a, tmp, prog, bits, tag, mcu):
                print(f"\n== samples/perceptron.py, {bits}-bit firmware with every handler ==\n  does not fit the"
                      f" {MCU} (overflows by {over} B) nor the {mcu}'s 32 KB"
                      f" (by {overflow_bytes(a, tmp, prog, bits, tag, mcu)} B): its core is measured unlinked above")
                continue
            elf = build_vm(a, tmp, prog, bits, tag, full, mcu)
            code, out, st = sim(a, elf, "sram statics", "sram stack", "arena peak", mcu=mcu)
            host = sh([a.kilopy, "run", prog, "--int-bits", str(bits), "--arena", "512"]).stdout
            what = "every handler" if full else "VM specialised to it"
            print(f"\n== samples/perceptron.py, {bits}-bit firmware for {mcu} ({what}), linked ==")
            if over:
                print(f"  does not fit the {MCU}'s 16384 B of flash: the link overflows it by {over} B;"
                      f" built for the {mcu} (32 KB)")
            print(f"  output {'matches' if out == host else 'DIFFERS FROM'} the host VM; exit {code}")
            flash = flash_bytes(elf)
            groups = map_groups(elf[:-4] + ".map")
            gap = flash - sum(groups.values())  # `. = ALIGN(2)` after an odd section leaves no *fill* line
            if 0 < gap < 8:
                groups["alignment fill"] = groups.get("alignment fill", 0) + gap
            if sum(groups.values()) != flash:
                fail(f"the map's parts of {elf} add up to {sum(groups.values())} B, not its {flash} B of flash")
            print(f"  flash: {flash} B total")
            for k, v in sorted(groups.items(), key=lambda kv: -kv[1]):
                print(f"    {v:5} B  {k}")
            statics = first_number(st["sram statics"])
            stack = first_number(st["sram stack"])
            peak, arena = (int(x) for x in re.match(r"(\d+) of (\d+)", st["arena peak"]).groups())
            sram = statics - arena + stack + peak
            print(f"  SRAM: statics {st['sram statics']} (the arena is {arena} B of it) + stack high-water {stack}"
                  f" = {statics + stack} of {2048 if mcu == 'atmega328p' else 1024} B; arena peak {peak} B;"
                  f" statics without the arena + stack + arena peak = {sram} B")
            core = next(v for k, v in groups.items() if k.startswith("vm: core"))
            m[("firmware", bits, full)] = dict(flash=flash, core=core, start=groups.get("vm: start()", 0),
                                               image=groups.get("image (flash)", 0), sram=sram, arena=arena,
                                               matches=out == host and code == 0)


def per_step(a, tmp, bits, build):
    """Cycles per step by the two-run difference; build(steps) gives (elf, its expected output)."""
    c = []
    for steps in (N1, N2):
        elf, expected = build(steps)
        _, out, st = sim(a, elf, MARKED)
        if out != expected:
            fail(f"{elf}'s output in simavr differs from the host VM's:\n{out.decode(errors='replace')}")
        c.append(first_number(st[MARKED]))
    return (c[1] - c[0]) / (N2 - N1)


def cycles(a, tmp, prog, m):
    print(f"\n== cycles per step (ATmega168, 16 MHz; (cycles at {N2} steps - at {N1}) / {N2 - N1}) ==")
    ref = build_native(tmp, 16, 100, 25)
    _, native_out, _ = sim(a, ref)
    print("  native output " + ("matches" if native_out == host_out(a, prog, 16) else "DIFFERS FROM") +
          " samples/perceptron.py's")
    print("  samples/perceptron.py, per training step (its progress lines never print):")
    for bits in (16, 32):
        def vm(steps):
            src = perceptron_variant(tmp, steps, 30000)
            return build_vm(a, tmp, src, bits, f"p{bits}_{steps}"), host_out(a, src, bits)

        def native(steps):
            src = perceptron_variant(tmp, steps, 30000)
            return build_native(tmp, bits, steps, 30000), host_out(a, src, bits)
        v, n = per_step(a, tmp, bits, vm), per_step(a, tmp, bits, native)
        m[("ratio", bits)] = (v, n)
        print(f"    {bits}-bit: VM {v:.0f} cycles/step, native C {n:.0f} cycles/step: {v / n:.1f}x native")
    m["native flash"] = flash_bytes(ref)
    print(f"    native C firmware (16-bit, 100 steps): {m['native flash']} B flash")
    for sample, widths, step, subs in STEPPED:
        print(f"  {sample}, VM only, per {step}:")
        for bits in widths:
            def vm(steps):
                src = variant(tmp, sample, steps, subs)
                return build_vm(a, tmp, src, bits, f"{os.path.basename(src)[:-3]}{bits}"), host_out(a, src, bits)
            v = per_step(a, tmp, bits, vm)
            m[(sample, bits)] = v
            print(f"    {bits}-bit: VM {v:.0f} cycles/step")


def host_out(a, prog, bits):
    return sh([a.kilopy, "run", prog, "--int-bits", str(bits), "--arena", "512"]).stdout


def targets(m):
    """Issue 15's table: each target beside the measured value (linked firmware numbers)."""
    rows = []
    f16, f32, full16 = m.get(("firmware", 16, False)), m.get(("firmware", 32, False)), m.get(("firmware", 16, True))
    if f16:
        rows += [
            ("core specialised to samples/perceptron.py, 16-bit", f"{f16['core']} B ({m[('object core', 16)]} B vm.o alone)",
             "<= 300 B", f16["core"] <= 300),
            ("start(), 16-bit", f"{f16['start']} B", "<= 100 B", f16["start"] <= 100),
            ("core specialised to samples/perceptron.py, 32-bit", f"{f32['core']} B ({m[('object core', 32)]} B vm.o alone)",
             "<= 600 B", f32["core"] <= 600),
            ("full 16-bit core (every handler, lists and heap)", f"{full16['core']} B", "<= 4096 B", full16["core"] <= 4096),
            ("samples/perceptron.py 16-bit firmware, whole flash", f"{f16['flash']} B", "<= 2048 B", f16["flash"] <= 2048),
        ]
    for bits, goal in ((16, 8), (32, 4)):
        v, n = m[("ratio", bits)]
        rows.append((f"cycles per training step, VM / native C, {bits}-bit", f"{v:.0f} / {n:.0f} = {v / n:.1f}x",
                     f"<= {goal}x", v / n <= goal))
    if f16:
        rows += [
            ("SRAM, 16-bit (statics without the arena + stack + arena peak)", f"{f16['sram']} B + the {f16['arena']} B arena",
             "<= 144 B + the 512 B arena", f16["sram"] <= 144 and f16["arena"] <= 512),
            ("samples/perceptron.py image without its debug section", f"{f16['image']} B", "<= 463 B", f16["image"] <= 463),
        ]
    print("\n== issue 15's targets (sizes: linked firmware, ATmega168) ==")
    width = max(len(r[0]) for r in rows)
    for what, measured, goal, met in rows:
        print(f"  {what:{width}}  {measured:>32}  target {goal:<26} {'met' if met else 'NOT MET'}")
    print("  not targets, watched (cycles/step): " + "; ".join(
        f"{sample} " + ", ".join(f"{m[(sample, bits)]:.0f} at {bits} bits" for bits in widths)
        for sample, widths, _, _ in STEPPED))


if __name__ == "__main__":
    main()
