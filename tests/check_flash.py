#!/usr/bin/env python3
"""`kilopy flash` and `kilopy monitor` without a board (issue 19).

flash: avrdude's command line, checked by a stand-in avrdude first on PATH that records its
arguments and checks the Intel HEX it is given; the real avrdude writing and verifying the
firmware through a pretend Arduino bootloader (STK500v1) on a pseudo-terminal, then `--monitor`
reading the program's output there (Debian 12's avrdude 7.1 has no `dryrun` programmer; with an
avrdude that has one, `--programmer dryrun` is run too); a missing avrdude; avrdude failing. monitor: a pseudo-terminal pair fed with the bytes a simulated run sent
(kilopy-sim --uart), for a run that ends normally and one that ends in an error: the same
output, traceback and exit status as `kilopy sim`; a port that closes early; bad ports.
"""
import argparse
import os
import stat
import subprocess
import sys
import tempfile
import threading

from expectations import expect, failures, finish  # noqa: E402


def run(cmd, cwd=None, env=None):
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def monitored(cmd, data, close_early=False):
    """Runs cmd + --port SLAVE, sends data from the master once it says it is reading."""
    master, slave = os.openpty()
    name = os.ttyname(slave)
    p = subprocess.Popen(cmd + ["--port", name], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = p.stderr.readline().decode()
    os.write(master, data)
    if close_early:
        os.close(slave)
        os.close(master)
    try:
        out, err = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
    if not close_early:
        os.close(slave)
        os.close(master)
    return p.returncode, first, out.decode(), err.decode()


class Board:
    """A pretend Arduino bootloader on a pseudo-terminal: optiboot's STK500v1 (sync, parameters,
    device, signature, load address, program and read page, fuses), its flash kept in a dict;
    once avrdude leaves programming mode, it sends `program_output` (the program "runs") when
    `run` is set."""
    SIGNATURE = {"m328p": b"\x1e\x95\x0f", "m168": b"\x1e\x94\x06"}

    def __init__(self, part="m328p"):
        self.master, self.slave = os.openpty()
        self.port = os.ttyname(self.slave)
        self.flash = {}
        self.signature = self.SIGNATURE[part]
        self.address = 0
        self.commands = []
        self.program_output = b""
        self.run = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def read(self, n):
        data = b""
        while len(data) < n:
            chunk = os.read(self.master, n - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return data

    def reply(self, payload=b""):
        os.write(self.master, b"\x14" + payload + b"\x10")

    def serve(self):
        try:
            while True:
                c = self.read(1)[0]
                self.commands.append(c)
                if c == 0x41:                      # get parameter
                    self.read(2); self.reply(b"\x03")
                elif c == 0x42:                    # set device
                    self.read(21); self.reply()
                elif c == 0x45:                    # set device, extended
                    n = self.read(1)[0]; self.read(n); self.reply()
                elif c == 0x55:                    # load address (words)
                    lo, hi, _ = self.read(3); self.address = (lo | hi << 8) * 2; self.reply()
                elif c == 0x56:                    # universal (fuses)
                    self.read(5); self.reply(b"\x00")
                elif c == 0x64:                    # program page
                    hi, lo, mem = self.read(3); data = self.read(hi << 8 | lo); self.read(1)
                    if mem == ord("F"):
                        for i, b in enumerate(data):
                            self.flash[self.address + i] = b
                    self.reply()
                elif c == 0x74:                    # read page
                    hi, lo, mem = self.read(3); self.read(1)
                    n = hi << 8 | lo
                    self.reply(bytes(self.flash.get(self.address + i, 0xFF) for i in range(n)))
                elif c == 0x75:                    # read signature
                    self.read(1); self.reply(self.signature)
                elif c == 0x40:                    # set parameter
                    self.read(3); self.reply()
                elif c in (0x30, 0x50, 0x52):      # sync, enter programming, erase
                    self.read(1); self.reply()
                elif c == 0x51:                    # leave programming: the program starts
                    self.read(1); self.reply()
                    if self.program_output:
                        self.run.wait(60)
                        os.write(self.master, self.program_output)
                else:
                    while self.read(1) != b"\x20":
                        pass
                    self.reply()
        except (EOFError, OSError):
            pass


def intel_hex(path):
    """The bytes an Intel HEX file puts in flash, by address."""
    memory, base = {}, 0
    for line in open(path):
        b = bytes.fromhex(line.strip()[1:])
        n, address, kind = b[0], b[1] << 8 | b[2], b[3]
        if kind == 0:
            for i in range(n):
                memory[base + address + i] = b[4 + i]
        elif kind == 2:
            base = (b[4] << 8 | b[5]) << 4
    return memory


STUB = """#!/usr/bin/env python3
import sys
with open({log!r}, "a") as f:
    f.write(" ".join(sys.argv[1:]) + "\\n")
hexfile = [a for a in sys.argv if a.startswith("flash:w:")][0][len("flash:w:"):-len(":i")]
for line in open(hexfile):
    b = bytes.fromhex(line.strip()[1:])
    if sum(b) % 256 != 0:
        sys.exit("bad checksum: " + line)
sys.exit({status})
"""


def stub_avrdude(folder, log, status):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "avrdude")
    with open(path, "w") as f:
        f.write(STUB.format(log=log, status=status))
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return dict(os.environ, PATH=folder + os.pathsep + os.environ.get("PATH", ""))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--source", required=True)
    a = ap.parse_args()
    kilopy = os.path.abspath(a.kilopy)
    sim = os.path.join(os.path.dirname(kilopy), "kilopy-sim")
    tmp = tempfile.TemporaryDirectory()
    w = tmp.name
    sample = os.path.join(a.source, "samples", "perceptron.py")
    failing = os.path.join(a.source, "tests", "avr", "zero_div_in_function.py")

    # flash
    log = os.path.join(w, "avrdude.log")
    env = stub_avrdude(os.path.join(w, "ok"), log, 0)
    code, out, err = run([kilopy, "flash", sample, "--port", "/dev/ttyUSB7"], env=env)
    args = open(log).read().split("\n")[0] if os.path.exists(log) else ""
    expect("flash: avrdude -p m328p -c arduino -P PORT -D -U flash:w:HEX:i, a well-formed .hex",
           code == 0 and args.startswith("-p m328p -c arduino -P /dev/ttyUSB7 -D -U flash:w:") and args.endswith(".hex:i"),
           f"{code} {args}\n{err}")
    code, out, err = run([kilopy, "flash", sample, "--port", "/dev/ttyUSB7", "--target", "atmega168", "--baud", "57600",
                          "--programmer", "usbasp"], env=env)
    args = open(log).read().split("\n")[1] if os.path.exists(log) else ""
    expect("flash: --target, --baud and --programmer reach avrdude (no -D but for arduino)",
           code == 0 and args.startswith("-p m168 -c usbasp -P /dev/ttyUSB7 -b 57600 -U flash:w:"), f"{code} {args}\n{err}")
    env_fail = stub_avrdude(os.path.join(w, "fails"), log, 1)
    code, out, err = run([kilopy, "flash", sample, "--port", "/dev/ttyUSB7"], env=env_fail)
    expect("flash: avrdude failing is exit 1, named", code == 1 and "avrdude could not write the firmware" in err, err)
    code, out, err = run([kilopy, "flash", sample, "--port", "/dev/ttyUSB7"], env=dict(os.environ, PATH=w))
    expect("flash: no avrdude names the Debian package", code == 2 and "install the Debian package avrdude" in err, err)
    code, out, err = run([kilopy, "flash", sample])
    expect("flash: --port is required", code == 2 and "--port is required" in err, err)
    # The real avrdude, as for an Uno, into the pretend bootloader; then --monitor reads the
    # program's output (the bytes kilopy-sim recorded) from the same port.
    uno = os.path.join(w, "uno.elf")
    run([kilopy, "build", "--target", "atmega328p", sample, "-o", uno])
    uno_uart = os.path.join(w, "uno.uart")
    sim_code, sim_out, sim_err = run([sim, uno, "--uart", uno_uart])
    try:  # the rest needs pseudo-terminals (a chroot without /dev/pts has none)
        for fd in os.openpty():
            os.close(fd)
    except OSError as e:
        print(f"SKIP: no pseudo-terminal here ({e}): mount /dev/pts to test flash and monitor on a port")
        sys.exit(77)
    board = Board("m328p")
    board.program_output = open(uno_uart, "rb").read()
    p = subprocess.Popen([kilopy, "flash", sample, "--port", board.port, "--monitor"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    said = ""
    for line in p.stderr:
        said += line.decode()
        if line.startswith(b"kilopy monitor: reading"):
            break
    board.run.set()
    out, err = p.communicate(timeout=120)
    flash = intel_hex(os.path.join(w, "uno.hex"))
    expect("flash with avrdude into a pretend Uno bootloader: the board holds the .hex",
           p.returncode == 0 and board.flash and all(board.flash.get(a) == v for a, v in flash.items()),
           f"exit {p.returncode}, {len(board.flash)} bytes written of {len(flash)}\n{said}{err.decode()}")
    expect("flash --monitor then prints the program's output from the board",
           out.decode() == sim_out and sim_code == 0, out.decode())
    code, out, err = run(["avrdude", "-c", "dryrun", "-p", "m328p", "-U", "flash:r:/dev/null:i"])
    if code == 0:
        code, out, err = run([kilopy, "flash", sample, "--port", "/dev/null", "--programmer", "dryrun"])
        expect("flash --programmer dryrun with the real avrdude", code == 0, err)
    else:
        print("skip: this avrdude has no dryrun programmer (avrdude 7.2 added it)")

    # monitor: the bytes a simulated run sent, for each of a normal and a failing run.
    for name, program, want in [("perceptron", sample, 0), ("zero_div", failing, 1)]:
        elf = os.path.join(w, name + ".elf")
        code, out, err = run([kilopy, "build", "--target", "atmega168", program, "-o", elf])
        expect(f"build {name}", code == 0, err)
        uart = os.path.join(w, name + ".uart")
        sim_code, sim_out, sim_err = run([sim, elf, "--image", os.path.join(w, name + ".debug.kbc"), "--uart", uart])
        data = open(uart, "rb").read()
        for given in [elf, program]:
            code, first, out, err = monitored([kilopy, "monitor", given], data)
            expect(f"monitor {os.path.basename(given)}: kilopy sim's output, traceback and exit {want}",
                   code == sim_code == want and out == sim_out and err == sim_err
                   and first.startswith("kilopy monitor: reading ") and "38400 baud" in first,
                   f"exit {code} (sim {sim_code})\n--- out\n{out}\n--- err\n{err}\n--- sim err\n{sim_err}")
        if want == 1:
            expect("the failing run's traceback names the line", 'line ' in sim_err and "ZeroDivisionError" in sim_err, sim_err)
            code, first, out, err = monitored([kilopy, "monitor", elf], data[:data.index(b"\x01") + 5], close_early=True)
            expect("monitor: a port that closes before the trailer is exit 1, said",
                   code == 1 and "closed before the program's exit trailer" in err, err)

    elf = os.path.join(w, "perceptron.elf")
    data = open(os.path.join(w, "perceptron.uart"), "rb").read()
    env = stub_avrdude(os.path.join(w, "ok"), log, 0)
    master, slave = os.openpty()
    p = subprocess.Popen([kilopy, "flash", sample, "--target", "atmega168", "--monitor", "--port", os.ttyname(slave)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = p.stderr.readline().decode()
    os.write(master, data)
    out, err = p.communicate(timeout=120)
    expect("flash --monitor: flashes, then prints the board's output",
           p.returncode == 0 and first.startswith("kilopy monitor: reading") and out.decode() == run([sim, elf])[1],
           f"{p.returncode} {first}\n{out.decode()}\n{err.decode()}")
    code, out, err = run([kilopy, "monitor", elf, "--port", "/dev/null"])
    expect("monitor: a port that is not a tty", code == 2 and "is not a serial port" in err, err)
    code, out, err = run([kilopy, "monitor", elf, "--port", os.path.join(w, "none")])
    expect("monitor: a missing port", code == 2 and "cannot open the port" in err, err)
    code, out, err = run([kilopy, "monitor", elf, "--port", os.ttyname(slave), "--baud", "1234"])
    expect("monitor: a rate the port cannot take", code == 2 and "not a rate the serial port takes" in err, err)

    finish()


if __name__ == "__main__":
    main()
