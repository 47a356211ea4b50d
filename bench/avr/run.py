#!/usr/bin/env python3
"""AVR numbers for docs/targets.md: VM core size at 16/32-bit ints (every handler, and specialised
to samples/perceptron.py), bytes per handler group, samples/perceptron.py's firmware flash and
SRAM, and cycles per training step on the VM versus native C, all on an ATmega168 at 16 MHz in
simavr. Not a test: it prints numbers.

  bench/avr/run.py [--build build] [--cycles-only]

Core size: vm/vm.cpp compiled alone (avr-g++ -Os, -ffunction-sections): the dispatch, the
handlers and the helpers only they call (everything but start()), plus the switch jump tables
(.progmem; computed goto's label table is in .rodata, copied to SRAM). start() is reported
apart. "Specialised" is vm/vm.cpp with the header `kilopy build --vm-config` writes for the
program: only the handlers of the opcodes it uses, numbered densely (KP_LOCAL_OPCODES) as in
the firmware.

Bytes per handler group: the core specialised to HALT plus the group's opcodes, minus the core
specialised to HALT alone (the dispatch, state load/store and exit path). Groups share helpers
(the ALU, operand decoding), so the groups do not add up to the full core.

Cycles per training step: samples/perceptron.py and bench/avr/native_perceptron.c, both with
the progress line's period set beyond STEPS (the `% 25` test stays in the loop, the print does
not run), are run at STEPS = 100 and 300; a step costs (c300 - c100) / 200, where c is the
cycle count from the GPIOR0 start marker to the first UART byte (the final print). UART time
is thereby excluded, exactly.
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
    ("range loops", "FORPREP FORPREP0 FORLOOP"),
    ("calls and returns", "CALL RET RETN RETM"),
    ("output and raise", "PUTI PUTS RAISE"),
    ("lists and arrays (with the heap)", "NEWSEQ FILL REPEAT LEN GETITEM SETITEM APPEND POP INSERT CONTAINS SEQEQ SUM "
                                          "MINSEQ MAXSEQ PUTSEQ NEXTITEM"),
    ("micro (input, trace)", "READ AVAIL TRACE"),
]
ALLOCATING = {"NEWSEQ", "FILL", "REPEAT", "APPEND", "INSERT"}  # as bytecode/vm_config.cpp


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


def opcode_names():
    with open(os.path.join(ROOT, "bytecode", "opcodes.def")) as f:
        return re.findall(r"^OP\((\w+),", f.read(), re.M)


def sections(obj):
    out = sh(["avr-size", "-A", obj]).stdout.decode()
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\.\S+)\s+(\d+)", out, re.M)}


def ops_config(tmp, ops):
    """A vm config header (as `kilopy build --vm-config` writes) for exactly these opcodes."""
    path = os.path.join(tmp, "ops_" + str(abs(hash(tuple(sorted(ops))))) + ".h")
    with open(path, "w") as f:
        f.write("".join(f"#define KP_USES_{n} {int(n in ops)}\n" for n in opcode_names()))
        f.write(f"#define KP_HEAP {int(bool(ops & ALLOCATING))}\n")
    return path


def core_size(tmp, bits, dispatch="switch", config=None):
    """(core bytes, start() bytes): core = all code but start(), plus jump or label tables."""
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
    table = sum(v for k, v in s.items() if "labels" in k or "gcc_sw_table" in k)
    return code + table, start


def map_groups(map_file):
    """Bytes of flash per part of the firmware, from the linker map's input sections."""
    groups = {}
    text = open(map_file).read()
    body = text[text.index("Linker script and memory map"):]
    for m in re.finditer(r"^ (\.\S+)\s*\n?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)", body, re.M):
        sec, size, obj = m.group(1), int(m.group(3), 16), m.group(4)
        if size == 0 or not sec.startswith((".text", ".data", ".rodata", ".progmem", ".vectors", ".init", ".fini")):
            continue
        name = os.path.basename(obj)
        if name.endswith(".vm.o"):
            key = "vm: start()" if "startE" in sec else "vm: core (dispatch, handlers, their helpers, tables)"
        elif name.endswith(".port.o"):
            key = "port (UART)"
        elif name.endswith(".main.o"):
            key = "main + exit trailer"
        elif name.endswith(".image.o"):
            key = "image (flash)"
        elif "libgcc" in obj:
            key = "libgcc helpers"
        else:
            key = "startup + libc (crt, vectors, .data/.bss init)"
        groups[key] = groups.get(key, 0) + size
    return groups


def sim(a, elf, *needs):
    """(exit, stdout, {stat: value}) of the firmware in simavr; stops unless it printed the stats in needs."""
    p = subprocess.run([a.kilopy, "sim", elf, "--target", MCU, "--stats"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = p.stderr.decode(errors="replace")
    stats = {m.group(1): m.group(2) for m in re.finditer(r"^sim ([^:]+): (.*)$", err, re.M)}
    missing = [k for k in needs if k not in stats]
    if missing:
        fail(f"kilopy sim {elf} (exit {p.returncode}) printed no {', '.join(missing)}:\n{err}")
    return p.returncode, p.stdout, stats


def first_number(s):
    return int(s.split()[0])


def perceptron_variant(tmp, steps, period):
    src = open(os.path.join(ROOT, "samples", "perceptron.py")).read()
    src, n1 = re.subn(r"^STEPS = \d+", f"STEPS = {steps}", src, flags=re.M)
    src, n2 = re.subn(r"\(step \+ 1\) % 25 == 0", f"(step + 1) % {period} == 0", src)
    if n1 != 1 or n2 != 1:
        fail("samples/perceptron.py changed shape (STEPS, the % 25 progress test): update bench/avr/run.py")
    path = os.path.join(tmp, f"perceptron_{steps}_{period}.py")
    open(path, "w").write(src)
    return path


def build_vm(a, tmp, prog, bits, tag, full=False):
    elf = os.path.join(tmp, f"{tag}.elf")
    sh([a.kilopy, "build", "--target", MCU, "--int-bits", str(bits), "-o", elf, prog] + (["--full-vm"] if full else []))
    return elf


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
    ap.add_argument("--cycles-only", action="store_true", help="only the cycles per training step")
    a = ap.parse_args()
    a.kilopy = os.path.join(a.build, "kilopy")
    check_tools(a)
    prog = os.path.join(ROOT, "samples", "perceptron.py")
    with tempfile.TemporaryDirectory() as tmp:
        if not a.cycles_only:
            sizes(a, tmp, prog)
        cycles(a, tmp, prog)


def sizes(a, tmp, prog):
    print(f"== VM core size (vm/vm.cpp alone, avr-g++ -Os, {MCU}; start() apart) ==")
    for bits in (16, 32):
        for dispatch in ("switch", "goto"):
            core, start = core_size(tmp, bits, dispatch)
            print(f"  {bits}-bit, every handler, {dispatch:6} dispatch: core {core} B; start() {start} B")
        config = os.path.join(tmp, f"perceptron{bits}.vm.h")
        sh([a.kilopy, "build", prog, "--int-bits", str(bits), "-o", os.path.join(tmp, "p.kbc"), "--vm-config", config])
        used = re.findall(r"^#define KP_USES_(\w+) 1$", open(config).read(), re.M)
        core, start = core_size(tmp, bits, "switch", config)
        print(f"  {bits}-bit, specialised to samples/perceptron.py ({len(used)} opcodes), switch dispatch:"
              f" core {core} B; start() {start} B")

    print(f"\n== bytes per handler group (16-bit, switch; added to the HALT-only core) ==")
    base, _ = core_size(tmp, 16, "switch", ops_config(tmp, {"HALT"}))
    print(f"  {base:5} B  the HALT-only core: dispatch, state load and store, exit path")
    grouped = set()
    names = opcode_names()
    for title, ops in GROUPS:
        ops = set(ops.split()) & set(names)
        grouped |= ops
        size, _ = core_size(tmp, 16, "switch", ops_config(tmp, ops | {"HALT"}))
        print(f"  {size - base:5} B  {title}")
    other = set(names) - grouped - {"HALT"}
    if other:
        size, _ = core_size(tmp, 16, "switch", ops_config(tmp, other | {"HALT"}))
        print(f"  {size - base:5} B  other: {' '.join(sorted(other))}")

    for bits in (16, 32):
        for full in (False, True):
            elf = build_vm(a, tmp, prog, bits, f"perceptron{bits}{'full' if full else ''}", full)
            code, out, st = sim(a, elf, "sram statics", "sram stack", "arena peak")
            host = sh([a.kilopy, "run", prog, "--int-bits", str(bits), "--arena", "512"]).stdout
            what = "every handler" if full else "VM specialised to it"
            print(f"\n== samples/perceptron.py, {bits}-bit firmware for {MCU} ({what}) ==")
            print(f"  output {'matches' if out == host else 'DIFFERS FROM'} the host VM; exit {code}")
            print(f"  flash: {flash_bytes(elf)} B total")
            for k, v in sorted(map_groups(elf[:-4] + ".map").items(), key=lambda kv: -kv[1]):
                print(f"    {v:5} B  {k}")
            statics = first_number(st["sram statics"])
            stack = first_number(st["sram stack"])
            peak, arena = (int(x) for x in re.match(r"(\d+) of (\d+)", st["arena peak"]).groups())
            print(f"  SRAM: statics {st['sram statics']} (the arena is {arena} B of it) + stack high-water {stack}"
                  f" = {statics + stack} of 1024 B; arena peak {peak} B;"
                  f" statics without the arena + stack + arena peak = {statics - arena + stack + peak} B")


def cycles(a, tmp, prog):
    print(f"\n== cycles per training step (ATmega168, 16 MHz; steps {N1} vs {N2}) ==")
    ref = build_native(tmp, 16, 100, 25)
    _, native_out, _ = sim(a, ref)
    print("  native output " + ("matches" if native_out == host_out_16(a, prog) else "DIFFERS FROM") +
          " samples/perceptron.py's")
    for bits in (16, 32):
        c = {}
        for steps in (N1, N2):
            vm_elf = build_vm(a, tmp, perceptron_variant(tmp, steps, 30000), bits, f"p{bits}_{steps}")
            c[("vm", steps)] = first_number(sim(a, vm_elf, MARKED)[2][MARKED])
            nat = build_native(tmp, bits, steps, 30000)
            c[("native", steps)] = first_number(sim(a, nat, MARKED)[2][MARKED])
        vm = (c[("vm", N2)] - c[("vm", N1)]) / (N2 - N1)
        native = (c[("native", N2)] - c[("native", N1)]) / (N2 - N1)
        print(f"  {bits}-bit: VM {vm:.0f} cycles/step, native C {native:.0f} cycles/step: {vm / native:.1f}x native")
    nat_flash = flash_bytes(ref)
    print(f"  native C firmware (16-bit, 100 steps): {nat_flash} B flash")


def host_out_16(a, prog):
    return sh([a.kilopy, "run", prog, "--int-bits", "16"]).stdout


if __name__ == "__main__":
    main()
