// nonlocal declarations: the variables they name become cells (frontend/nonlocal.cpp).
#pragma once

#include "frontend/ast.h"

namespace kilopy {

// Makes each variable of a function that a nested function declares nonlocal a one-element list
// read and written as its element, and drops the nonlocal statements. Throws CompileError as
// CPython's SyntaxError does (at module level, no binding, a parameter) and where kilopy cannot
// make the cell (the function's first mention of it is not `n = value`, a for loop binds it).
void cell_nonlocal_variables(Module& module);

// CPython's SyntaxErrors of a nested function's nonlocal statements: a name used or assigned
// before one, annotated, or also declared global. Before comprehensions are desugared (their
// names are their own scope's).
void refuse_misplaced_nonlocals(const Module& module);

}  // namespace kilopy
