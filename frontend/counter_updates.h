// Counter.update() and Counter.subtract() (frontend/counter_updates.cpp): the loops CPython's
// Counter runs, written out, which kilopy's Counter (a dict of counts) then runs as any loop.
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// Makes the statement `c.update(xs)` (`c.subtract(xs)`) whose call is at `at` the loop `for x
// in xs: c[x] += 1` (-= 1), or with `pairs` (xs a dict or a Counter) `for k, n in xs.items():
// c[k] += n`; false if there is no such statement there (its receiver must be a name or a
// field of one: it is read at each step).
bool loop_counter_update(Module& module, SourceLoc at, bool pairs);

}  // namespace kilopy
