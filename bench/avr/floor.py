#!/usr/bin/env python3
"""The floor under issue 15's cycle targets: what an interpreter that executes samples/perceptron.py's
instructions one by one must cost on the ATmega168, measured, beside what the targets allow.

  bench/avr/floor.py [--build build]

For each int width:
  - instructions per training step: `kilopy run --stats` (the host VM runs the very image the
    firmware holds) at N = 100 and 300 steps, (i300 - i100) / 200, as bench/avr/run.py counts cycles;
  - VM and native C cycles per step, as bench/avr/run.py measures them (simavr, GPIOR0 marker to
    the first UART byte, two-run difference);
  - the cheapest instruction: a loop whose body is a `for` over range() plus register-to-register
    assignments of its variable (MOVE), 1 and K + 1 = 9 of them (both read the variable, so
    their FORLOOPs do the same work); (cycles(9) - cycles(1)) / 8 per step is the cost of one
    MOVE, dispatch included, and the host's instruction counts confirm that the difference is
    exactly 8 instructions per step;
  - the cheapest instructions any interpreter can have on this chip: bench/avr/ideal_move.c, a
    hand-written assembly interpreter (pre-scaled operands, threaded dispatch, no checks but
    ADD's overflow test), its MOVE and its two-operand ADD (R[A] += R[B]) timed the same way.
Then: the floor (instructions per step x the cheapest instruction's cycles) as a multiple of
native C, for kilopy's MOVE and for the ideal one; the average cycles per instruction the
target allows at today's count, beside the ideal MOVE and ADD; and the most instructions per
step the target leaves at the ideal MOVE's cost.

Last, the compiler's share taken to its end: samples/perceptron.py with random_bits() inlined at
its three calls and its loop unrolled, written out as source (what an inliner and an unroller
would emit; the seed kept in a local across each call, the LFSR's mask in a register, the
first bit's shift dropped), timed the same way, with its image size beside the target's
463 B. Not a test: it prints numbers.
"""
import argparse
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402  (bench/avr/run.py: building, simulating, the perceptron variant)

TARGET = {16: 8, 32: 4}  # issue 15: VM / native C cycles per step at most
K = 8                    # MOVEs added to the loop body


def moves_program(tmp, steps, k):
    """A loop of `steps` iterations with k MOVEs in its body; the values are printed after it,
    so no pass may drop them."""
    names = [f"x{j}" for j in range(K + 1)]
    body = "".join(f"        {n} = i\n" for n in names[:k])
    src = ("def main():\n" + "".join(f"    {n} = 0\n" for n in names) +
           f"    for i in range({steps}):\n" + body +
           f"    print({', '.join(names)})\n\n\nmain()\n")
    path = os.path.join(tmp, f"moves_{k}_{steps}.py")
    open(path, "w").write(src)
    return path


def unrolled_program(tmp, steps):
    """samples/perceptron.py at `steps` steps with random_bits(n) inlined at each call and
    unrolled n times. Its output must be the sample's: per_step compares the firmware's with
    the host VM's run of the unchanged sample."""
    def inlined(var, n):
        lines = ["s = seed"]
        for i in range(n):
            lines += ["b = s & 1", "s >>= 1", "if b:", "    s ^= mask",
                      f"{var} = b" if i == 0 else f"{var} = ({var} << 1) | b"]
        return "".join(f"        {line}\n" for line in lines + ["seed = s"])
    src = open(run.perceptron_variant(tmp, steps, 30000)).read()
    for pattern, repl in [(r"^def main\(\):\n", "def main():\n    global seed\n    mask = 0x6000\n"),
                          (r"^        x = random_bits\(6\).*\n", inlined("x", 6)),
                          (r"^        y = random_bits\(6\).*\n", inlined("y", 6)),
                          (r"^        if random_bits\(7\) % 10 == 0:", inlined("r", 7) + "        if r % 10 == 0:")]:
        src, count = re.subn(pattern, lambda _: repl, src, flags=re.M)
        if count != 1:
            run.fail(f"samples/perceptron.py changed shape (no single match for {pattern!r}): update bench/avr/floor.py")
    path = os.path.join(tmp, f"unrolled_{steps}.py")
    open(path, "w").write(src)
    return path


def image_bytes(a, tmp, prog, bits):
    """The image without its debug section, as the firmware holds it."""
    kbc = os.path.join(tmp, "image.kbc")
    run.sh([a.kilopy, "build", "--strip", "--int-bits", str(bits), "-o", kbc, prog])
    return os.path.getsize(kbc)


def ideal_cost(a, tmp, bits, add=False):
    """Cycles of one MOVE (or ADD) of bench/avr/ideal_move.c, from the same two-run, two-body
    difference."""
    def build(k):
        def at(steps):
            elf = os.path.join(tmp, f"ideal{bits}_{k}_{steps}_{int(add)}.elf")
            run.sh(["avr-gcc", "-std=gnu99", "-Os", f"-mmcu={run.MCU}", "-DF_CPU=16000000UL", f"-DNUM_BITS={bits}",
                    f"-DMOVES={k}", f"-DSTEPS={steps}", "-o", elf, os.path.join(HERE, "ideal_move.c")] +
                   (["-DBODY_ADD"] if add else []))
            regs = [0] * 8 if add else list(range(1, 9))  # the registers; ADDs of zeros leave them 0
            for _ in range(0 if add else steps):  # MOVE: R[i] := R[(i + 1) % 8], i = 0..k-1, per step
                for i in range(k):
                    regs[i] = regs[(i + 1) % 8]
            return elf, f"{regs[0] % 10}\n".encode()
        return at
    return (run.per_step(a, tmp, bits, build(K)) - run.per_step(a, tmp, bits, build(0))) / K


def host_steps(a, prog, bits):
    p = run.sh([a.kilopy, "run", prog, "--int-bits", str(bits), "--arena", "512", "--stats"])
    m = re.search(r"^steps: (\d+) instructions", p.stderr.decode(), re.M)
    if not m:
        run.fail(f"kilopy run --stats {prog} printed no instruction count")
    return int(m.group(1))


def per_step_instructions(a, build_src, bits):
    i1, i2 = (host_steps(a, build_src(n), bits) for n in (run.N1, run.N2))
    return (i2 - i1) / (run.N2 - run.N1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(run.ROOT, "build"))
    a = ap.parse_args()
    run.check_tools(a)
    a.kilopy = os.path.join(a.build, "kilopy")
    with tempfile.TemporaryDirectory() as tmp:
        print("== the floor under issue 15's cycle targets (ATmega168, 16 MHz, simavr) ==")
        for bits in (16, 32):
            def perceptron(steps):
                return run.perceptron_variant(tmp, steps, 30000)

            def vm(steps):
                src = perceptron(steps)
                return run.build_vm(a, tmp, src, bits, f"p{bits}_{steps}"), run.host_out(a, src, bits)

            def native(steps):
                src = perceptron(steps)
                return run.build_native(tmp, bits, steps, 30000), run.host_out(a, src, bits)

            def moves(k):
                def build(steps):
                    src = moves_program(tmp, steps, k)
                    return run.build_vm(a, tmp, src, bits, f"m{bits}_{k}_{steps}"), run.host_out(a, src, bits)
                return build

            instr = per_step_instructions(a, perceptron, bits)
            v, n = run.per_step(a, tmp, bits, vm), run.per_step(a, tmp, bits, native)
            extra = (per_step_instructions(a, lambda s: moves_program(tmp, s, K + 1), bits) -
                     per_step_instructions(a, lambda s: moves_program(tmp, s, 1), bits))
            if extra != K:
                run.fail(f"the {K} assignments compiled to {extra} instructions per step, not {K} MOVEs: "
                         "update bench/avr/floor.py")
            move = (run.per_step(a, tmp, bits, moves(K + 1)) - run.per_step(a, tmp, bits, moves(1))) / K
            ideal, ideal_add = ideal_cost(a, tmp, bits), ideal_cost(a, tmp, bits, add=True)
            floor, ideal_floor = instr * move, instr * ideal
            budget = TARGET[bits] * n / ideal
            print(f"  {bits}-bit ints:")
            print(f"    samples/perceptron.py: {instr:.0f} VM instructions per training step, "
                  f"{v:.0f} cycles per step = {v / instr:.1f} cycles per instruction; native C {n:.0f} cycles per step")
            print(f"    cheapest instruction (MOVE, dispatch included): {move:.1f} cycles")
            print(f"    floor: {instr:.0f} instructions x {move:.1f} cycles = {floor:.0f} cycles per step = "
                  f"{floor / n:.1f}x native (target <= {TARGET[bits]}x: {TARGET[bits] * n:.0f} cycles)")
            print(f"    cheapest instruction of an ideal interpreter (bench/avr/ideal_move.c's MOVE): {ideal:.1f} cycles")
            print(f"    ideal floor: {instr:.0f} instructions x {ideal:.1f} cycles = {ideal_floor:.0f} cycles per step = "
                  f"{ideal_floor / n:.1f}x native")
            print(f"    the target allows {TARGET[bits] * n / instr:.1f} cycles per instruction on average at {instr:.0f} "
                  f"instructions; the ideal interpreter's ADD (R[A] += R[B], overflow checked) costs {ideal_add:.1f}")
            print(f"    at {ideal:.1f} cycles per instruction the target leaves {budget:.0f} instructions per step "
                  f"({budget / instr:.0%} of today's), every one as cheap as the ideal MOVE")

            def unrolled(steps):
                src = unrolled_program(tmp, steps)
                return run.build_vm(a, tmp, src, bits, f"u{bits}_{steps}"), run.host_out(a, perceptron(steps), bits)
            u_instr = per_step_instructions(a, lambda s: unrolled_program(tmp, s), bits)
            u = run.per_step(a, tmp, bits, unrolled)
            u_image = image_bytes(a, tmp, unrolled_program(tmp, 100), bits)
            print(f"    random_bits() inlined and unrolled: {u_instr:.0f} instructions per step, {u:.0f} cycles per step = "
                  f"{u / n:.1f}x native; image {u_image} B (samples/perceptron.py's: "
                  f"{image_bytes(a, tmp, os.path.join(run.ROOT, 'samples/perceptron.py'), bits)} B, target <= 463 B)")


if __name__ == "__main__":
    main()
