"""What list_ops.py and objects.py share: a generator that runs each statement under CPython as
it writes it (on a copy of the state) to steer the program, and their command line."""
import argparse
import contextlib
import copy
import io
import os


class Steered:
    """self.ns is the state CPython holds after the statements kept so far (self.lines); RAISES
    the exceptions a kept statement may end the program with; ok(ns) says a state stays small."""
    RAISES = ()

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
