// Generator functions, inlined where a for loop consumes them, right after linking:
//
//     for t in g(a, b): BODY else: ELSE
//
// becomes g's body with its parameters bound to the arguments (evaluated once, in order) and
// its variables renamed to fresh ones, where each `yield v` is `t = v` followed by a copy of
// BODY. A `continue` of BODY resumes after that yield; a `break` of BODY or g's `return` sets
// a flag that leaves g's loops and skips the rest of its body; ELSE runs unless BODY broke.
// A comprehension or a generator expression over g(...) is such a loop once desugared.
// Everything else a generator could do is refused (see inline_generators).
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// Inlines every for loop over a call of a generator defined at the top level of module (the
// linked program) and drops the generators' defs. Throws CompileError for a yield outside a
// top-level def, a generator used other than as a for loop's iterable, `return value`, a
// yield or a return in a try statement, `global` or a nested def in a generator, a recursive
// generator, an argument list that does not match, a default that is not a literal, and a
// generator reading a global that the function it is inlined into has as a local.
void inline_generators(Module& module);

// True if name is one of the fresh variables an inlined generator's own variables become.
bool is_inlined_variable(const std::string& name);

}  // namespace kilopy
