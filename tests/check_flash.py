#!/usr/bin/env python3
"""`kilopy flash` and `kilopy monitor` without a board (issue 19).

flash: avrdude's command line, checked by a stand-in avrdude first on PATH that records its
arguments and checks the Intel HEX it is given (Debian 12's avrdude 7.1 has no `dryrun`
programmer; with an avrdude that has one, `--programmer dryrun` is run for real too); a missing
avrdude; avrdude failing. monitor: a pseudo-terminal pair fed with the bytes a simulated run sent
(kilopy-sim --uart), for a run that ends normally and one that ends in an error: the same
output, traceback and exit status as `kilopy sim`; a port that closes early; bad ports.
"""
import argparse
import os
import stat
import subprocess
import sys
import tempfile

failures = []


def expect(name, condition, detail=""):
    print(("ok:   " if condition else "FAIL: ") + name)
    if not condition:
        failures.append(name)
        if detail:
            print("      " + detail.replace("\n", "\n      "))


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

    print(f"{len(failures)} failed" if failures else "all ok")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
