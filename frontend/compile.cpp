#include "frontend/compile.h"

#include "frontend/codegen.h"
#include "frontend/parser.h"
#include "frontend/program.h"

namespace kilopy {

Image compile_source(const std::string& filename, const std::string& source, const CompileOptions& options) {
  Module module = parse_module(filename, source);
  Program program;
  program.int_bits = options.int_bits;
  collect_scopes(module, program);
  infer_types(program);
  fold_constants(program);
  check_definite_assignment(program);
  propagate_constants(program);
  return generate_code(program);
}

}  // namespace kilopy
