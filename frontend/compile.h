// The compiler's entry point: Python-subset source to an image.
#pragma once

#include <string>
#include <vector>

#include "bytecode/image.h"

namespace kilopy {

struct CompileOptions {
  unsigned int_bits = 32;  // 16 or 32
  // Where imported modules are looked for, in order (the host passes the program's folder,
  // stdlib_micro/, then each --path; empty: only the built-in modules link).
  std::vector<std::string> search_path;
};

// Links the program with its imports (frontend/link.h), checks it and generates code. Throws
// CompileError (frontend/diagnostic.h) for the first problem, with the file it is in (filename
// and source filled) and names as written in that file; nothing is produced on error.
Image compile_source(const std::string& filename, const std::string& source, const CompileOptions& options);

}  // namespace kilopy
