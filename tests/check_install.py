#!/usr/bin/env python3
"""Install and package (issue 19).

  check_install.py --build B --source S --work W --install   cmake --install into W/prefix; then,
      from W/user (outside the tree), the installed kilopy runs a sample, builds its firmware,
      simulates it and checks it against CPython; a module only the installed stdlib_micro/
      holds shows that it reads its files beside itself, not from the tree it was built in.
  check_install.py --build B --source S --work W --deb       cpack -G DEB; the .deb's fields
      (Depends, Recommends) and contents (dpkg-deb -c) hold the key files.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys

from expectations import expect, failures, finish  # noqa: E402


def run(cmd, cwd=None):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=600)
    return p.returncode, p.stdout, p.stderr


# Files the commands need, relative to the prefix.
KEY_FILES = ["bin/kilopy", "bin/kilopy-sim", "share/kilopy/stdlib_micro/micro.py", "share/kilopy/stdlib_micro/prng.py",
             "share/kilopy/vm/vm.h", "share/kilopy/vm/vm.cpp", "share/kilopy/bytecode/opcodes.def",
             "share/kilopy/targets/avr/main.cpp", "share/kilopy/targets/avr/mmcu.c", "share/doc/kilopy/README.md",
             "share/doc/kilopy/docs/language.md"]
MAN_PAGE = "share/man/man1/kilopy.1"


def check_install(a):
    prefix, user = os.path.join(a.work, "prefix"), os.path.join(a.work, "user")
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(user)
    code, out, err = run(["cmake", "--install", a.build, "--prefix", prefix])
    expect("cmake --install", code == 0, out + err)
    missing = [f for f in KEY_FILES if not os.path.exists(os.path.join(prefix, f))]
    expect("the key files are installed", not missing, " ".join(missing))
    if shutil.which("help2man"):
        expect("the man page is installed", os.path.exists(os.path.join(prefix, MAN_PAGE)))
    kilopy = os.path.join(prefix, "bin", "kilopy")
    shutil.copy(os.path.join(a.source, "samples", "perceptron.py"), user)

    code, out, err = run([kilopy, "run", "perceptron.py"], cwd=user)
    expect("run a sample", code == 0 and "accuracy" in out, out + err)
    host = out
    code, out, err = run([kilopy, "build", "--target", "atmega168", "perceptron.py", "-o", "perceptron.elf"], cwd=user)
    expect("build firmware", code == 0 and os.path.exists(os.path.join(user, "perceptron.hex")), out + err)
    code, out, err = run([kilopy, "sim", "perceptron.elf"], cwd=user)
    expect("simulate it: the host's output", code == 0 and out == host, out + err)
    code, out, err = run([kilopy, "check", "--int-bits", "16", "perceptron.py"], cwd=user)
    expect("check it", code == 0 and "same as CPython" in out, out + err)

    with open(os.path.join(prefix, "share/kilopy/stdlib_micro/only_installed.py"), "w") as f:
        f.write("VALUE = 42\n")
    with open(os.path.join(user, "marker.py"), "w") as f:
        f.write("import only_installed\nprint(only_installed.VALUE)\n")
    code, out, err = run([kilopy, "run", "marker.py"], cwd=user)
    expect("imports come from the installed stdlib_micro/", code == 0 and out == "42\n", out + err)


def check_deb(a):
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    code, out, err = run(["cpack", "-G", "DEB", "--config", os.path.join(a.build, "CPackConfig.cmake"), "-B", a.work])
    debs = glob.glob(os.path.join(a.work, "*.deb"))
    expect("cpack -G DEB", code == 0 and len(debs) == 1, out + err)
    if not debs:
        return
    code, fields, err = run(["dpkg-deb", "-f", debs[0], "Depends", "Recommends"])
    expect("Depends names simavr's library", code == 0 and "libsimavr" in fields.split("Recommends")[0], fields + err)
    for p in ["python3", "gcc-avr", "avr-libc", "avrdude"]:
        expect(f"Recommends names {p}", f" {p}" in fields.split("Recommends:")[-1], fields)
    code, listing, err = run(["dpkg-deb", "-c", debs[0]])
    print(listing)
    missing = [f for f in KEY_FILES + ([MAN_PAGE] if shutil.which("help2man") else [])
               if not any(line.endswith("./usr/" + f) for line in listing.splitlines())]
    expect("the .deb holds the key files under /usr", code == 0 and not missing, " ".join(missing))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--install", action="store_true")
    ap.add_argument("--deb", action="store_true")
    a = ap.parse_args()
    if a.install:
        check_install(a)
    if a.deb:
        check_deb(a)
    finish()


if __name__ == "__main__":
    main()
