// `x in range(...)` and `len(range(...))` lowered to arithmetic (frontend/range_tests.cpp).
#pragma once

#include <set>
#include <string>

#include "frontend/ast.h"

namespace kilopy {

// Rewrites `x in range(a, b[, c])`, `not in`, and `len(range(a, b[, c]))` into compares and
// floor divisions where their parts may be evaluated twice (names, literals, len(name), ...)
// and the step is a literal; the others stay, for the checker's message. user_names: every name
// the module binds (desugar.cpp's), where `range` or `len` is not the builtin.
void lower_range_tests(Module& module, const std::set<std::string>& user_names);

}  // namespace kilopy
