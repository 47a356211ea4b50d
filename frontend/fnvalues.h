// Functions as values resolved at compile time where they can be (frontend/fnvalues.cpp). A
// name assigned a function once at module level (g = f) is that function; a call of a function
// of the program that passes functions (apply(relu, xs), act=step, or a parameter's default
// act=relu) calls a copy of it with those parameters replaced by the functions, so every call
// through them is a direct call; `f is g` and `f == g` of two functions are constants. The
// function values left are tags at run time (fnsets.cpp, types.cpp's Type::Kind::Func).
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// Rewrites the linked module as above. Runs before drop_uncalled_functions, which drops the
// functions only their copies are called in place of.
void specialize_function_values(Module& module);

// Throws CompileError, naming the construct and what to write instead, at a function of the
// program written as a value where the checker could only say less (printing one, map(f, xs),
// f or g, ordering functions). Runs after drop_uncalled_functions.
void refuse_function_values(const Module& module);

}  // namespace kilopy
