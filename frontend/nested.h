// Nested functions: lifted to the top level of the module (frontend/nested.cpp).
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// Lifts each def at the top of a function's body to the module's top level, before its outer
// function, passing the outer variables it reads with each call.
void lift_nested_functions(Module& module);

}  // namespace kilopy
