"""The micro module for CPython: the same device I/O that kilopy builds in, so a streaming
program runs unchanged under python3 (with stdlib_micro/ on PYTHONPATH) and under kilopy.

read()       the next integer of the input stream: standard input, integers separated by
             whitespace and/or commas. A malformed token is a ValueError naming it and its
             line; reading past the end is an EOFError.
available()  True while another integer (or a malformed token) remains.
trace(*v)    one CSV row of ints to the file named by the KILOPY_TRACE environment variable
             (kilopy: `run --trace FILE`); nothing when it is not set.
"""
import os
import re
import sys

_INT = re.compile(rb"[+-]?[0-9]+")
_SEPARATORS = b" \t\r\n,\f\v"

_pending = []   # tokens of the current input line, first one last
_line = 0       # the line those tokens come from
_trace = None   # the open trace file


def _fill():
    global _line
    while not _pending:
        text = sys.stdin.buffer.readline()
        if not text:
            return False
        _line += 1
        _pending.extend(reversed(re.split(rb"[" + re.escape(_SEPARATORS) + rb"]+", text.strip(_SEPARATORS))))
        if _pending == [b""]:
            _pending.clear()
    return True


def available():
    return _fill()


def read():
    if not _fill():
        raise EOFError("micro.read(): no more input")
    token = _pending.pop()
    if not _INT.fullmatch(token):
        raise ValueError("micro.read(): bad integer '" + token.decode("latin-1") + "' at input line " + str(_line))
    return int(token)


def trace(*values):
    global _trace
    path = os.environ.get("KILOPY_TRACE")
    if not path:
        return
    if _trace is None:
        _trace = open(path, "w")
    _trace.write(",".join(str(int(v)) for v in values) + "\n")
    _trace.flush()
