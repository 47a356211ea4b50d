#!/usr/bin/env python3
"""AVR numbers for docs/targets.md: VM core size at 16/32-bit ints, samples/perceptron.py's
firmware flash and SRAM, and cycles per training step on the VM versus native C, all on an
ATmega168 at 16 MHz in simavr (kilopy-sim). Not a test: it prints numbers.

  bench/avr/run.py [--build build] [--dispatch goto|switch]

Core size: vm/vm.cpp compiled alone (avr-g++ -Os, -ffunction-sections) for each dispatch mode;
run() holds the dispatch and every handler; the label table (computed goto, in .rodata, which
avr-gcc keeps in SRAM and copies from flash) or the switch jump table (.progmem) is counted
with it. Per-handler bytes come from the linked perceptron firmware: the entry points are the
label table's addresses, and each handler is charged the bytes up to the next entry point
(shared tails that GCC places after a handler are charged to that handler: approximate).

Cycles per training step: samples/perceptron.py and bench/avr/native_perceptron.c, both with
the progress line's period set beyond STEPS (the `% 25` test stays in the loop, the print does
not run), are run at STEPS = 100 and 300; a step costs (c300 - c100) / 200, where c is the
cycle count from the GPIOR0 start marker to the first UART byte (the final print). UART time
is thereby excluded, exactly.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUILD_FIRMWARE = os.path.join(ROOT, "targets", "avr", "build_firmware.py")
MCU = "atmega168"
N1, N2 = 100, 300


def sh(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True, **kw)


def opcode_names():
    with open(os.path.join(ROOT, "bytecode", "opcodes.def")) as f:
        return re.findall(r"^OP\((\w+),", f.read(), re.M)


def sections(obj):
    out = sh(["avr-size", "-A", obj]).stdout.decode()
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^(\.\S+)\s+(\d+)", out, re.M)}


def core_size(tmp, bits, dispatch):
    obj = os.path.join(tmp, f"vm_{dispatch}{bits}.o")
    sh(["avr-g++", "-std=gnu++14", "-Os", f"-mmcu={MCU}", "-fno-exceptions", "-fno-rtti", "-ffreestanding",
        "-ffunction-sections", "-fdata-sections", f"-I{ROOT}", f"-I{ROOT}/targets/avr", f"-DKP_INT_BITS={bits}",
        f"-DKP_NS=kp{bits}", f"-DKP_COMPUTED_GOTO={1 if dispatch == 'goto' else 0}", "-c",
        os.path.join(ROOT, "vm", "vm.cpp"), "-o", obj])
    s = sections(obj)
    run = sum(v for k, v in s.items() if k.startswith(".text.") and "runE" in k)
    table = sum(v for k, v in s.items() if ("labels" in k or "gcc_sw_table" in k))
    other = sum(v for k, v in s.items() if k.startswith(".text.") and "runE" not in k)
    return run, table, other


def map_groups(map_file):
    """Bytes of flash per input object, from the linker map's .text and .data input sections."""
    groups = {}
    text = open(map_file).read()
    body = text[text.index("Linker script and memory map"):]
    for m in re.finditer(r"^ (\.\S+)\s*\n?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)", body, re.M):
        sec, size, obj = m.group(1), int(m.group(3), 16), m.group(4)
        if size == 0 or not (sec.startswith(".text") or sec.startswith(".data") or sec.startswith(".rodata")
                             or sec.startswith(".progmem") or sec.startswith(".vectors") or sec.startswith(".init")
                             or sec.startswith(".fini")):
            continue
        name = os.path.basename(obj)
        if name.startswith("vm_"):
            key = "vm: run() (dispatch + handlers + table)" if ("runE" in sec) else "vm: start() and helpers"
        elif name == "port.o":
            key = "port (UART)"
        elif name.startswith("main_"):
            key = "main + exit trailer"
        elif name.endswith(".image.o"):
            key = "image (flash)"
        elif "libgcc" in obj:
            key = "libgcc helpers"
        else:
            key = "startup + libc (crt, vectors, .data/.bss init)"
        groups[key] = groups.get(key, 0) + size
    return groups


def handler_sizes(elf, bits):
    """(name, bytes) per opcode handler, from the label table in the ELF's .data image."""
    nm = sh(["avr-nm", "-S", elf]).stdout.decode()
    m = re.search(r"^([0-9a-f]+) ([0-9a-f]+) \w _ZZN4kp%d3runEPKhPhPmE6labels$" % bits, nm, re.M)
    run_m = re.search(r"^([0-9a-f]+) ([0-9a-f]+) \w _ZN4kp%d3runEPKhPhPm$" % bits, nm, re.M)
    if not m or not run_m:
        return None
    heads = sh(["avr-objdump", "-h", elf]).stdout.decode()
    d = re.search(r"\.data\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", heads)
    with tempfile.NamedTemporaryFile() as f:
        sh(["avr-objcopy", "-O", "binary", "-j", ".data", elf, f.name])
        data = open(f.name, "rb").read()
    off = int(m.group(1), 16) - int(d.group(2), 16)
    n = int(m.group(2), 16) // 2
    entries = [2 * int.from_bytes(data[off + 2 * i:off + 2 * i + 2], "little") for i in range(n)]
    run_start, run_size = int(run_m.group(1), 16), int(run_m.group(2), 16)
    names = opcode_names()
    points = sorted(set(entries + [run_start + run_size]))
    sizes = {}
    last = max(entries)
    for i, e in enumerate(entries):
        nxt = points[points.index(e) + 1]
        name = names[i] if i < len(names) else f"op{i}"
        # The code after the last entry point also holds run()'s shared exit path.
        sizes[name + (" (+ the shared exit path)" if e == last else "")] = nxt - e
    return sorted(sizes.items(), key=lambda kv: -kv[1]), run_size - sum(set(
        (points[points.index(e) + 1] - e) for e in set(entries)))


def sim(a, elf, image=None):
    cmd = [a.sim, elf, "--mcu", MCU, "--stats"]
    if image:
        cmd += ["--image", image]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = p.stderr.decode()
    stats = {m.group(1): m.group(2) for m in re.finditer(r"^sim ([^:]+): (.*)$", err, re.M)}
    return p.returncode, p.stdout, stats


def first_number(s):
    return int(s.split()[0])


def perceptron_variant(tmp, steps, period):
    src = open(os.path.join(ROOT, "samples", "perceptron.py")).read()
    src, n1 = re.subn(r"^STEPS = \d+", f"STEPS = {steps}", src, flags=re.M)
    src, n2 = re.subn(r"\(step \+ 1\) % 25 == 0", f"(step + 1) % {period} == 0", src)
    assert n1 == 1 and n2 == 1, "samples/perceptron.py changed shape: update bench/avr/run.py"
    path = os.path.join(tmp, f"perceptron_{steps}_{period}.py")
    open(path, "w").write(src)
    return path


def build_vm(a, tmp, prog, bits, tag):
    elf = os.path.join(tmp, f"{tag}.elf")
    sh([sys.executable, BUILD_FIRMWARE, "--kilopy", a.kilopy, "--mcu", MCU, "--bits", str(bits),
        "--dispatch", a.dispatch, "--objdir", os.path.join(tmp, "obj"), "-o", elf, prog])
    return elf


def build_native(tmp, bits, steps, period):
    elf = os.path.join(tmp, f"native{bits}_{steps}_{period}.elf")
    sh(["avr-gcc", "-std=gnu99", "-Os", f"-mmcu={MCU}", "-DF_CPU=16000000UL", f"-DNUM_BITS={bits}",
        f"-DSTEPS={steps}", f"-DPRINT_EVERY={period}", "-Wl,--gc-sections", "-mrelax", "-o", elf,
        os.path.join(HERE, "native_perceptron.c")])
    return elf


def flash_bytes(elf):
    out = sh(["avr-size", elf]).stdout.decode().splitlines()[1].split()
    return int(out[0]) + int(out[1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--dispatch", choices=["goto", "switch"], default="switch")
    a = ap.parse_args()
    a.kilopy = os.path.join(a.build, "kilopy")
    a.sim = os.path.join(a.build, "kilopy-sim")
    with tempfile.TemporaryDirectory() as tmp:
        print(f"== VM core size (vm/vm.cpp alone, avr-g++ -Os, {MCU}) ==")
        for dispatch in ("switch", "goto"):
            for bits in (16, 32):
                run, table, other = core_size(tmp, bits, dispatch)
                where = "label table, SRAM + flash" if dispatch == "goto" else "jump table, flash"
                print(f"  {dispatch:6} {bits}-bit: run() {run} B + {table} B {where} = {run + table} B;"
                      f" start() and helpers {other} B")

        prog = os.path.join(ROOT, "samples", "perceptron.py")
        for bits in (16, 32):
            elf = build_vm(a, tmp, prog, bits, f"perceptron{bits}")
            code, out, st = sim(a, elf, elf[:-4] + ".debug.kbc")
            host = sh([a.kilopy, "run", prog, "--int-bits", str(bits), "--heap", "512"]).stdout
            print(f"\n== samples/perceptron.py, {bits}-bit firmware for {MCU} ({a.dispatch} dispatch) ==")
            print(f"  output {'matches' if out == host else 'DIFFERS FROM'} the host VM; exit {code}")
            print(f"  flash: {flash_bytes(elf)} B total")
            for k, v in sorted(map_groups(elf[:-4] + ".map").items(), key=lambda kv: -kv[1]):
                print(f"    {v:5} B  {k}")
            statics = first_number(st["sram statics"])
            stack = first_number(st["sram stack"])
            peak, arena = (int(x) for x in st["arena peak"].split(" of "))
            print(f"  SRAM: statics {st['sram statics']} (the arena is {arena} B of it) + stack high-water {stack}"
                  f" = {statics + stack} of 1024 B; arena peak {peak} B;"
                  f" statics without the arena + stack + arena peak = {statics - arena + stack + peak} B")
            if a.dispatch == "goto":
                hs = handler_sizes(elf, bits)
                if hs:
                    ranked, _ = hs
                    print("  largest handlers (bytes to the next entry point): " +
                          ", ".join(f"{n} {s}" for n, s in ranked[:12]))

        print(f"\n== cycles per training step (ATmega168, 16 MHz; steps {N1} vs {N2}) ==")
        ref = build_native(tmp, 16, 100, 25)
        _, native_out, _ = sim(a, ref)
        print("  native output " + ("matches" if native_out == host_out_16(a, prog) else "DIFFERS FROM") +
              " samples/perceptron.py's")
        for bits in (16, 32):
            c = {}
            for steps in (N1, N2):
                vm_elf = build_vm(a, tmp, perceptron_variant(tmp, steps, 30000), bits, f"p{bits}_{steps}")
                c[("vm", steps)] = first_number(sim(a, vm_elf)[2]["first output after marker"])
                nat = build_native(tmp, bits, steps, 30000)
                c[("native", steps)] = first_number(sim(a, nat)[2]["first output after marker"])
            vm = (c[("vm", N2)] - c[("vm", N1)]) / (N2 - N1)
            native = (c[("native", N2)] - c[("native", N1)]) / (N2 - N1)
            print(f"  {bits}-bit: VM {vm:.0f} cycles/step, native C {native:.0f} cycles/step: {vm / native:.1f}x native")
        nat_flash = flash_bytes(ref)
        print(f"  native C firmware (16-bit, 100 steps): {nat_flash} B flash")


def host_out_16(a, prog):
    return sh([a.kilopy, "run", prog, "--int-bits", "16"]).stdout


if __name__ == "__main__":
    main()
