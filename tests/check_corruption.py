#!/usr/bin/env python3
"""Robustness of image loading: for every byte position of a compiled sample image, truncate
the image there and flip the byte (xor 0x01, 0x80, 0xff); `kilopy run` on each must end with
exit 0 (it still ran), 1 (a Python-style run-time error) or 2 (the verifier refused it), never
a crash or a hang. A step limit stops mutated images that loop forever. --sample N checks a
fixed random sample of N of those images (the ASan build, where each run costs several times
more, passes it; the normal build checks them all)."""
import argparse
import os
import random
import subprocess
import sys
import tempfile


def run(kilopy, path):
    p = subprocess.run([kilopy, "run", path, "--max-steps", "200000"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, timeout=60)
    return p.returncode, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kilopy", required=True)
    ap.add_argument("--sample", type=int, default=0, help="check N images drawn with a fixed seed (0: all)")
    ap.add_argument("program")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        image_path = os.path.join(tmp, "good.kbc")
        subprocess.run([a.kilopy, "build", a.program, "-o", image_path], check=True)
        good = open(image_path, "rb").read()
        code, err = run(a.kilopy, image_path)
        if code != 0:
            sys.exit(f"the unmodified image does not run: {err.decode()}")
        mutated = os.path.join(tmp, "bad.kbc")
        counts = {0: 0, 1: 0, 2: 0}
        cases = [good[:n] for n in range(len(good))]
        for i in range(len(good)):
            for mask in (0x01, 0x80, 0xFF):
                cases.append(good[:i] + bytes([good[i] ^ mask]) + good[i + 1:])
        total = len(cases)
        if 0 < a.sample < total:
            cases = random.Random(1).sample(cases, a.sample)
        for case in cases:
            with open(mutated, "wb") as f:
                f.write(case)
            code, err = run(a.kilopy, mutated)
            if code not in counts:
                sys.exit(f"kilopy exited {code} on a mutated image (a crash?):\n{err.decode()}")
            counts[code] += 1
        print(f"{len(cases)} of {total} mutated images of a {len(good)}-byte image: "
              f"{counts[2]} refused, {counts[1]} run-time errors, {counts[0]} ran to the end; no crash")


if __name__ == "__main__":
    main()
