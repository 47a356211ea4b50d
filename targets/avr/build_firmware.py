#!/usr/bin/env python3
"""Builds AVR firmware that runs one kilopy program: the unchanged vm/ core, the port in
targets/avr/ and the program's image in flash.

  build_firmware.py [--kilopy build/kilopy] [--mcu atmega168] [--bits 16] [--arena N]
                    [--freq 16000000] [--objdir DIR] [--full-vm] -o fw.elf prog.py|prog.kbc

Writes fw.elf, fw.hex (Intel HEX for avrdude) and fw.map (the linker map). From a .py source it also writes
fw.kbc (the stripped image that went into flash) and fw.debug.kbc (the same program with its
debug section, for kilopy-sim --image to print tracebacks). From a .kbc, the image's debug
section, if any, is stripped with `kilopy build` unavailable, so pass a --strip image.

The VM is specialised to the program: `kilopy build --vm-config` writes fw.vm.h, the opcodes
the image uses, and vm/ is compiled with only their handlers (fw.vm.o). --full-vm, or a .kbc
input, builds every handler instead. Objects that do not depend on the program (port.o,
main.o, the full vm.o) are kept in --objdir and reused while they are newer than their sources.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Default arena per part: what fits beside the statics and the stack (see docs/targets.md).
DEFAULT_ARENA = {"atmega168": 512, "atmega328p": 1024}
SRAM = {"atmega168": 1024, "atmega328p": 2048}
FLASH = {"atmega168": 16384, "atmega328p": 32768}


def tool(name, given):
    path = given or shutil.which(name)
    if not path:
        sys.exit(f"build_firmware.py: {name} not found (tools/install-deps installs gcc-avr)")
    return path


def cflags(mcu, bits, freq, dispatch):
    return ["-std=gnu++14", "-Os", f"-mmcu={mcu}", "-fno-exceptions", "-fno-rtti", "-ffreestanding",
            "-fno-threadsafe-statics", "-ffunction-sections", "-fdata-sections", "-Wall", "-Wextra",
            "-Werror", f"-I{ROOT}", f"-I{HERE}", f"-DKP_INT_BITS={bits}", f"-DKP_NS=kp{bits}",
            f"-DF_CPU={freq}UL", f"-DKP_COMPUTED_GOTO={1 if dispatch == 'goto' else 0}"]


def sources_mtime(patterns):
    return max(os.path.getmtime(p) for pat in patterns for p in glob.glob(os.path.join(ROOT, pat)))


def compile_cached(gxx, flags, source, obj, deps):
    """Compiles source to obj unless obj is newer than every dependency. Safe when several
    builds share the object directory: each writes a private file and renames it."""
    if os.path.exists(obj) and os.path.getmtime(obj) >= sources_mtime(deps):
        return
    tmp = f"{obj}.{os.getpid()}.tmp"
    subprocess.run([gxx] + flags + ["-c", source, "-o", tmp], check=True)
    os.replace(tmp, obj)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("program", help="a .py source or a .kbc image")
    ap.add_argument("-o", "--output", required=True, help="the ELF to write (the .hex goes beside it)")
    ap.add_argument("--kilopy", default=os.path.join(ROOT, "build", "kilopy"))
    ap.add_argument("--path", action="append", default=[], metavar="DIR", help="kilopy build --path (repeatable)")
    ap.add_argument("--mcu", default="atmega168", choices=sorted(DEFAULT_ARENA))
    ap.add_argument("--bits", type=int, default=16, choices=[16, 32])
    ap.add_argument("--arena", type=int, help="arena bytes (default: 512 on atmega168, 1024 on atmega328p)")
    ap.add_argument("--freq", type=int, default=16000000, help="F_CPU in Hz (sets the UART divisor)")
    ap.add_argument("--dispatch", choices=["goto", "switch"], default="switch",
                    help="VM dispatch (see targets/avr/kp_target.h)")
    ap.add_argument("--objdir", help="where to keep the program-independent objects")
    ap.add_argument("--full-vm", action="store_true", help="compile every opcode handler, not only the program's")
    ap.add_argument("--avr-gxx")
    ap.add_argument("--avr-objcopy")
    a = ap.parse_args()

    gxx = tool("avr-g++", a.avr_gxx)
    objcopy = tool("avr-objcopy", a.avr_objcopy)
    arena = a.arena or DEFAULT_ARENA[a.mcu]
    out = os.path.abspath(a.output)
    stem = out[:-4] if out.endswith(".elf") else out
    objdir = os.path.abspath(a.objdir or os.path.dirname(out) or ".")
    cache = os.path.join(objdir, f"{a.mcu}-{a.bits}-{a.freq}-{a.dispatch}")
    os.makedirs(cache, exist_ok=True)

    image = stem + ".kbc"
    vm_config = None
    if a.program.endswith(".py"):
        src = os.path.abspath(a.program)
        paths = [arg for d in a.path for arg in ("--path", d)]
        config = [] if a.full_vm else ["--vm-config", stem + ".vm.h"]
        subprocess.run([a.kilopy, "build", src, "--int-bits", str(a.bits), "--strip", "-o", image] + config + paths,
                       check=True)
        vm_config = None if a.full_vm else stem + ".vm.h"
        subprocess.run([a.kilopy, "build", src, "--int-bits", str(a.bits), "-o", stem + ".debug.kbc"] + paths, check=True)
    else:
        with open(a.program, "rb") as f:
            data = f.read()
        if len(data) < 5 or data[:3] != b"KPY":
            sys.exit(f"build_firmware.py: {a.program} is not a kilopy image")
        if data[4] != a.bits:
            sys.exit(f"build_firmware.py: {a.program} is a {data[4]}-bit image but --bits {a.bits} was given")
        if os.path.abspath(a.program) != image:
            shutil.copyfile(a.program, image)

    flags = cflags(a.mcu, a.bits, a.freq, a.dispatch)
    core = ["vm/*.cpp", "vm/*.h", "vm/*.def", "bytecode/image_format.h", "bytecode/opcodes.*",
            "bytecode/formats.def", "targets/avr/kp_target.h"]
    vm_objs = []
    for source in sorted(glob.glob(os.path.join(ROOT, "vm", "*.cpp"))):
        name = "vm_" + os.path.basename(source)[:-4] + ".o"
        if vm_config:  # this program's handlers only: not shared, always compiled
            obj = f"{stem}.{name}"
            subprocess.run([gxx] + flags + [f'-DKP_VM_CONFIG="{vm_config}"', "-c", source, "-o", obj], check=True)
        else:
            obj = os.path.join(cache, name)
            compile_cached(gxx, flags, source, obj, core)
        vm_objs.append(obj)
    port_obj = os.path.join(cache, "port.o")
    compile_cached(gxx, flags, os.path.join(HERE, "port.cpp"), port_obj, ["targets/avr/port.*", "targets/avr/kp_target.h",
                                                                     "vm/status.h", "vm/errors.def"])
    main_obj = os.path.join(cache, f"main_{arena}.o")
    compile_cached(gxx, flags + [f"-DKP_ARENA_SIZE={arena}"], os.path.join(HERE, "main.cpp"), main_obj,
                   ["targets/avr/*.cpp", "targets/avr/*.h", "vm/vm.h", "vm/status.h", "bytecode/image_format.h"])

    image_cpp = stem + ".image.cpp"
    subprocess.run([sys.executable, os.path.join(HERE, "embed_image.py"), image, "-o", image_cpp], check=True)
    image_obj = stem + ".image.o"
    subprocess.run([gxx] + flags + ["-c", image_cpp, "-o", image_obj], check=True)

    subprocess.run([gxx, "-Os", f"-mmcu={a.mcu}", "-mrelax", "-Wl,--gc-sections", f"-Wl,-Map={stem}.map", "-o", out, main_obj, port_obj,
                    image_obj] + vm_objs, check=True)
    subprocess.run([objcopy, "-O", "ihex", "-R", ".eeprom", out, stem + ".hex"], check=True)


if __name__ == "__main__":
    main()
