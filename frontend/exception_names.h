// `except E as e` where e is also a variable of the function (frontend/exception_names.cpp).
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// In each function (and the module body) whose other statements also bind or read a name that
// an `except ... as name` binds, that handler's name becomes a variable of its own (shown as
// the name) and the handler notes in Stmt::unbinds that its start unbinds the name, as
// CPython's handler end does: a later read of it is checked (flow.cpp, codegen.cpp).
void separate_exception_names(Module& module);

}  // namespace kilopy
