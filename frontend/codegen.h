// Code generation: a checked Program to an Image (bytecode/image.h).
#pragma once

#include "bytecode/image.h"
#include "frontend/program.h"

namespace kilopy {

Image generate_code(Program& program);  // throws CompileError when a limit is exceeded

// CPython's repr() of a text, as PUTREPR prints it, or with `ascii` its ascii(); a character
// kilopy cannot show is a CompileError at loc.
std::string py_repr(const std::string& s, bool ascii, SourceLoc loc);

}  // namespace kilopy
