// Webs (frontend/webs.cpp): a name the checker refuses for holding two types, split into the
// variables CPython's uses of it make independent.
#pragma once

#include <string>

#include "frontend/ast.h"

namespace kilopy {

// Splits variable n of the scope that assigns it at `at` (a Name n written there, or the def
// statement there whose parameter n is) into its webs, each a variable of its own, the first
// (a parameter's) keeping the name. False, changing nothing, if n is one web there or a split
// might not be exact (webs.cpp lists the cases).
bool split_webs(Module& module, const std::string& n, SourceLoc at);

}  // namespace kilopy
