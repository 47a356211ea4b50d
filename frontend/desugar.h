// Comprehensions to statements, right after parsing: `[e for x in it if c]` becomes, before
// the statement that holds it, `r = []` and `for x in it: if c: r.append(e)`, and the
// comprehension the hidden name r; `sum`, `min`, `max`, `any` and `all` of a generator
// expression become loops with an accumulator. The later passes see only loops.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostic.h"

namespace kilopy {

// Names the desugaring invents (a comprehension's variables, its result, a value computed
// before it) are `name` kHiddenSep `group` kHiddenSep `number`: no Python identifier, shown as
// `name`. `group` numbers the top-level statement of its file that the name serves.
constexpr char kHiddenSep = '\x03';

// Rewrites every ListComp and GenExp of the module's body (an `and`/`or` or a conditional
// expression with one in an operand that may not run becomes an if statement). Throws
// CompileError where a comprehension cannot run in CPython's order (in a while condition,
// in a chained comparison's later operands) or a generator expression is not the argument
// of sum, min, max, any or all.
// `keys`: calls of sorted(), list.sort(), min() and max() (by line and column) that sort objects
// whose class orders them by a key (diagnostic.h ObjectKey), each given key= that key first.
void desugar_comprehensions(Module& module, const std::vector<ObjectKey>& keys = {});

}  // namespace kilopy
