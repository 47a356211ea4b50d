"""What the command-line checks (check_cli.py, check_command.py, check_flash.py, check_install.py,
check_mem.py) share: expect() prints one `ok:` or `FAIL:` line a check and keeps the failures,
finish() reports them and exits 1 if there were any; run() runs a command and gives its exit
status, stdout and stderr."""
import subprocess
import sys

failures = []


def expect(name, condition, detail=""):
    print(("ok:   " if condition else "FAIL: ") + name)
    if not condition:
        failures.append(name)
        if detail:
            print("      " + detail.replace("\n", "\n      "))


def finish(what="checks"):
    print(f"{len(failures)} {what} failed" if failures else "all ok")
    sys.exit(1 if failures else 0)


def run(argv, cwd=None, env=None, timeout=300):
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd, env=env,
                       timeout=timeout)
    return p.returncode, p.stdout, p.stderr
