#!/usr/bin/env python3
"""Converts the small real data sets that Debian's python3-sklearn package ships (under
sklearn/datasets/data/) into the integer CSVs in samples/data/ that kilopy programs stream:
every feature quantised to int8 (-128..127) by its min and max over the data set, the class
label last, rows shuffled with a fixed seed (the originals are sorted by class, which would
make a bad stream). sklearn itself is not imported: only its CSV files are read.

  tools/make_datasets.py                 # finds the files of an installed python3-sklearn,
                                         # else downloads the .deb with apt-get and unpacks it
  tools/make_datasets.py --from DIR      # a folder holding iris.csv, breast_cancer.csv, wine_data.csv
"""
import argparse
import glob
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INSTALLED = "/usr/lib/python3/dist-packages/sklearn/datasets/data"
SETS = {  # output name: (sklearn file, description)
    "iris": ("iris.csv", "Fisher's iris: 150 flowers, 4 measurements, 3 species (0 setosa, 1 versicolor, 2 virginica)"),
    "breast_cancer": ("breast_cancer.csv", "Wisconsin diagnostic breast cancer: 569 tumours, 30 features, 0 malignant / 1 benign"),
    "wine": ("wine_data.csv", "UCI wine recognition: 178 wines, 13 chemical measurements, 3 cultivars (0, 1, 2)"),
}


def find_source(explicit):
    if explicit:
        return explicit, None
    if os.path.exists(os.path.join(INSTALLED, "iris.csv")):
        return INSTALLED, None
    tmp = tempfile.TemporaryDirectory()
    subprocess.run(["apt-get", "download", "python3-sklearn"], cwd=tmp.name, check=True,
                   stdout=subprocess.DEVNULL)
    deb = glob.glob(os.path.join(tmp.name, "python3-sklearn_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(tmp.name, "x")], check=True)
    return os.path.join(tmp.name, "x", INSTALLED.lstrip("/")), tmp


def quantise(rows):
    """Each feature column mapped linearly from [min, max] onto [-128, 127]."""
    nfeat = len(rows[0]) - 1
    lo = [min(r[i] for r in rows) for i in range(nfeat)]
    hi = [max(r[i] for r in rows) for i in range(nfeat)]
    out = []
    for r in rows:
        q = []
        for i in range(nfeat):
            span = hi[i] - lo[i]
            q.append(round((r[i] - lo[i]) / span * 255) - 128 if span else 0)
        out.append(q + [int(r[-1])])
    return out


def convert(src, name, filename, description):
    with open(os.path.join(src, filename)) as f:
        lines = f.read().split()
    header = lines[0].split(",")
    count, nfeat = int(header[0]), int(header[1])
    rows = [[float(v) for v in line.split(",")] for line in lines[1:]]
    assert len(rows) == count and all(len(r) == nfeat + 1 for r in rows), filename
    rows = quantise(rows)
    random.Random(1).shuffle(rows)
    path = os.path.join(ROOT, "samples", "data", name + ".csv")
    with open(path, "w") as f:
        for r in rows:
            f.write(",".join(str(v) for v in r) + "\n")
    print(f"{path}: {count} rows, {nfeat} int8 features + label ({description})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="src")
    a = ap.parse_args()
    src, keep = find_source(a.src)
    for name, (filename, description) in SETS.items():
        convert(src, name, filename, description)
    del keep


if __name__ == "__main__":
    sys.exit(main())
