// The compiler's entry point: Python-subset source to an image.
#pragma once

#include <string>

#include "bytecode/image.h"

namespace kilopy {

struct CompileOptions {
  unsigned int_bits = 32;  // 16 or 32
};

// Parses, checks and generates code. Throws CompileError (frontend/diagnostic.h) with the
// location of the first problem; nothing is produced on error.
Image compile_source(const std::string& filename, const std::string& source, const CompileOptions& options);

}  // namespace kilopy
