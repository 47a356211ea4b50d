// Generators and StopIteration (PEP 479): code that could let a StopIteration leave a generator
// is refused (frontend/stop_iteration.cpp).
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// Throws CompileError where a StopIteration may leave a generator function's body, or a
// generator expression's element, condition or inner iterable (map(f, xs) and filter(f, xs) are
// generator expressions then): CPython turns it into RuntimeError, kilopy's inlined generators
// would not.
void refuse_stop_iteration_in_generators(const Module& module);

}  // namespace kilopy
