"""What list_ops.py and objects.py share: a generator that runs each statement under CPython as
it writes it (on a copy of the state) to steer the program, and their command line."""
import argparse
import contextlib
import copy
import io
import os
import random


class Steered:
    """self.ns is the state CPython holds after the statements kept so far (self.lines); RAISES
    the exceptions a kept statement may end the program with; ok(ns) says a state stays small."""
    RAISES = ()

    def __init__(self, seed, prelude):
        self.r = random.Random(seed)
        self.ns = {}
        exec(prelude, self.ns)
        self.lines = []

    def small(self):
        """An int for a statement: mostly in -9..9, now and then up to 200 away."""
        return self.r.randint(-9, 9) if self.r.random() < 0.8 else self.r.randint(-200, 200)

    def index(self, n):
        """An index into n elements: mostly valid (negative too), now and then just out of range."""
        if n > 0 and self.r.random() < 0.97:
            return self.r.randint(-n, n - 1)
        return self.r.choice([n, -n - 1, n + 2])

    def ok(self, ns):
        raise NotImplementedError

    def program(self, prelude, statements, raise_chance):
        """prelude and then statements (self.statement()), their count drawn from the range
        `statements`, up to the first kept one that raises (kept with raise_chance)."""
        want = self.r.randint(*statements)
        made = 0
        while made < want:
            result = self.attempt(self.statement(), self.r.random() < raise_chance)
            if result == "raised":
                break
            made += result == "ok"
        return prelude + "\n" + "\n".join(self.lines) + "\n"

    def attempt(self, stmt, may_raise=True):
        """Runs stmt on a copy of the state: 'ok' (kept), 'raised' (kept if may_raise: the
        program ends there) or 'reject'."""
        ns = copy.deepcopy({k: v for k, v in self.ns.items() if k != "__builtins__"})
        ns["__builtins__"] = __builtins__
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(stmt, ns)
        except self.RAISES:
            if not may_raise:
                return "reject"
            self.lines.append(stmt)
            return "raised"
        if not self.ok(ns):
            return "reject"
        self.ns = ns
        self.lines.append(stmt)
        return "ok"


def main(doc, generate, prefix):
    """The command line of a generator module: --seed, --count, --out; writes PREFIX_S_I.py."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=1)
    ap.add_argument("--out", default=".")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for i in range(a.count):
        with open(os.path.join(a.out, f"{prefix}_{a.seed}_{i}.py"), "w") as f:
            f.write(generate(a.seed * 1000003 + i)[0])
