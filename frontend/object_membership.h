// `x in xs`, `xs.count(x)`, `xs.remove(x)` and `xs.index(x)` of objects whose class defines __eq__
// (frontend/object_membership.cpp): loops as CPython's list methods, which compare each
// element e with x, `e is x or e == x`, in order.
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// Makes the membership test (in, not in) whose operator is at `at`, or the count(), remove() or
// index() whose receiver is there, a call of a function of its own, defined first in module, that
// loops over the list; false if there is none there.
bool call_membership_loop(Module& module, SourceLoc at);

}  // namespace kilopy
