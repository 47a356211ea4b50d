// Code generation: a checked Program to an Image (bytecode/image.h).
#pragma once

#include "bytecode/image.h"
#include "frontend/program.h"

namespace kilopy {

Image generate_code(Program& program);  // throws CompileError when a limit is exceeded

}  // namespace kilopy
