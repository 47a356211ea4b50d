// Functions as values, resolved at compile time (frontend/fnvalues.cpp): no function is ever a
// value at run time. A name assigned a function once at module level (g = f) is that function;
// a call of a function of the program that passes functions (apply(relu, xs), act=step, or a
// parameter's default act=relu) calls a copy of it with those parameters replaced by the
// functions, so every call through them is a direct call; `f is g` and `f == g` of two
// functions are constants.
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// Rewrites the linked module as above. Runs before drop_uncalled_functions, which drops the
// functions only their copies are called in place of.
void specialize_function_values(Module& module);

// Throws CompileError, naming the construct and what to write instead, at a function used as a
// value that specialize_function_values left (printing one, a list of functions, returning
// one, map(f, xs), ...). Runs after drop_uncalled_functions.
void refuse_function_values(const Module& module);

}  // namespace kilopy
