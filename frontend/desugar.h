// Comprehensions to statements, right after parsing: `[e for x in it if c]` becomes, before
// the statement that holds it, `r = []` and `for x in it: if c: r.append(e)`, and the
// comprehension the hidden name r; `sum`, `min`, `max`, `any` and `all` of a generator
// expression become loops with an accumulator. The later passes see only loops.
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// Names the desugaring invents (a comprehension's variables, its result, a value computed
// before it) are `name` kHiddenSep `number`: no Python identifier, shown as `name`.
constexpr char kHiddenSep = '\x02';

// Rewrites every ListComp and GenExp of the module's body. Throws CompileError where a
// comprehension cannot run in CPython's order (in a while condition, after `and`/`or`, in a
// conditional expression's branch) or a generator expression is not the argument of sum,
// min, max, any or all.
void desugar_comprehensions(Module& module);

}  // namespace kilopy
