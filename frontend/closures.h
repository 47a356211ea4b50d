// Closures as values: a nested function that its outer function returns, stores or passes
// (frontend/closures.cpp) becomes an object of a class of its own, whose fields hold the outer
// variables it reads and whose __call__ is its body.
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// Makes each nested def at the top of a function's body that is used as a value there (not
// only called) such an object, made where the def stands: `def inc(): ...` becomes `inc =
// outer.inc(count)` with class `outer.inc` (shown so) (fields: the variables read; __call__: the body, each
// read of one `self.v`). A field holds the value the variable has at the def, which is what the
// closure reads as long as the outer function assigns none of them after the def (a variable
// that the closure declares nonlocal is a cell, nonlocal.h, shared either way), and each of them
// has a value at the def (a parameter, or assigned at the top of the body before it). Where that
// or another condition fails (a recursive or decorated def, one that calls its siblings, a
// default that is not a constant) the def is left as it is, for nested.cpp to refuse.
void closures_as_objects(Module& module);

// True if cls is the class of a closure (its name ends kDefSep 00000000).
bool is_closure_class(const std::string& cls);

}  // namespace kilopy
