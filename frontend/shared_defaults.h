// Defaults that are lists, dicts or sets (frontend/shared_defaults.cpp).
#pragma once

#include <string>

#include "frontend/ast.h"

namespace kilopy {

// CPython evaluates a default once, when the def runs, and every call that omits the argument
// gets that one object: `def add(x, seen=[])` appends to the same list each call. For each
// parameter of a top-level def or of a method whose default is a list, dict or set display of
// constants (or list(), dict(), set()), the display is assigned to a module variable right before the def (before the
// class statement for a method), and the default becomes that variable's name, which a call
// without the argument reads. Runs on each parsed file, before linking.
void share_mutable_defaults(Module& module);

// True if `name` is such a variable: `param` kDefSep `default` N (shown as param, link.h).
bool is_shared_default(const std::string& name);

}  // namespace kilopy
