// The parser: recursive descent over the token vector, building the AST of frontend/ast.h.
// Accepts Python 3.11 syntax for kilopy's subset; constructs outside it that kilopy will never
// support (classes, lambdas, try, imports, dicts, ...) are rejected here by name. Lists,
// attributes and subscripts parse and are left to the checker.
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diagnostic.h"

namespace kilopy {

// Nesting limit: nested expressions (each parenthesis, bracket, operand of a unary operator or
// '**', conditional expression) and nested blocks, counted together.
constexpr int kMaxNestingDepth = 100;

// Tokenizes and parses one source file. Throws CompileError on the first error. `keys`: the
// sort, min() and max() calls of this file that sort objects by a key (desugar.h).
Module parse_module(const std::string& filename, const std::string& source, const std::vector<ObjectKey>& keys = {});

}  // namespace kilopy
