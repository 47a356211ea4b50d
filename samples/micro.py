"""For python3 only: kilopy builds `micro` in and never reads this file.

`python3 samples/x.py` finds this file first, since the program's folder leads sys.path (every
sample imports micro before prng or random). With kilopy's stdlib_micro/ also on the path
(PYTHONPATH=stdlib_micro, as `kilopy check` and the tests run it), it hands over to the micro
module there; without it, it says how to run the sample, instead of a ModuleNotFoundError on
prng (or CPython's own random, which draws other numbers).
"""
import importlib.util
import os
import sys

_here = os.path.dirname(os.path.abspath(__file__))
for _folder in sys.path[1:]:
    _path = os.path.join(_folder or ".", "micro.py")
    if os.path.abspath(_folder or ".") != _here and os.path.isfile(_path):
        _spec = importlib.util.spec_from_file_location("micro", _path)
        sys.modules["micro"] = importlib.util.module_from_spec(_spec)
        _spec.loader.exec_module(sys.modules["micro"])
        break
else:
    _program = os.path.relpath(sys.argv[0]) if sys.argv and sys.argv[0] else "samples/PROGRAM.py"
    _stdlib = os.path.relpath(os.path.join(_here, os.pardir, "stdlib_micro"))
    sys.exit(f"{_program} imports kilopy's stdlib_micro/ modules (micro, prng, random), which python3 does not "
             f"know; run it with\n  kilopy check {_program}    (python3 and kilopy, compared)\n"
             f"or\n  PYTHONPATH={_stdlib} python3 {_program}")
