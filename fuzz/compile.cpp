// fuzz/compile: arbitrary bytes as a source file -> the compiler, at both int widths.
// A CompileError is the expected way to reject input; it must carry a location (line and
// column >= 1, the line inside the file) and format without trouble. Anything else -- another
// exception, a crash, a hang, a sanitizer report -- is a bug. What the compiler accepts must
// encode to an image the verifier accepts, and run (briefly) without incident. The search path
// is empty, so an `import` links only the built-in modules and reads no file.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <stdexcept>
#include <string>

#include "bytecode/disasm.h"
#include "bytecode/verify.h"
#include "frontend/compile.h"
#include "frontend/diagnostic.h"
#include "targets/host/host_vm.h"

namespace {

[[noreturn]] void bug(const std::string& what, unsigned bits) {
  fprintf(stderr, "fuzz/compile: BUG at %u bits: %s\n", bits, what.c_str());
  abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kilopy;
  const std::string source(reinterpret_cast<const char*>(data), size);
  size_t lines = 1;  // line breaks as Python counts them: \n, \r\n or a lone \r
  for (size_t i = 0; i < size; ++i)
    lines += source[i] == '\n' || (source[i] == '\r' && (i + 1 == size || source[i + 1] != '\n'));
  for (unsigned bits : {32u, 16u}) {
    CompileOptions options;
    options.int_bits = bits;
    Image image;
    try {
      image = compile_source("fuzz.py", source, options);
    } catch (const CompileError& e) {
      if (e.loc.line < 1 || e.loc.col < 1)
        bug("CompileError without a location (" + std::to_string(e.loc.line) + ":" + std::to_string(e.loc.col) +
                "): " + e.what(), bits);
      if (e.loc.line > lines + 1)
        bug("CompileError at line " + std::to_string(e.loc.line) + " of a " + std::to_string(lines) +
                "-line file: " + e.what(), bits);
      if (std::string(e.what()).empty()) bug("CompileError with an empty message", bits);
      std::string text = format_diagnostic("fuzz.py", source, e.loc, e.what());
      if (text.compare(0, 8, "fuzz.py:") != 0) bug("diagnostic does not start with the file name: " + text, bits);
      continue;
    }
    std::vector<uint8_t> bytes;
    try {
      bytes = encode_image(image, true);
    } catch (const std::length_error&) {
      continue;  // too large for the image format: `kilopy build` reports it (exit 2)
    }
    Image checked;
    std::string problem = verify_image(bytes, checked);
    if (!problem.empty()) bug("the compiler produced an image the verifier rejects: " + problem, bits);
    (void)disassemble(checked, bytes.size(), source);
    RunOptions run;
    run.max_steps = 20000;
    RunResult r = run_image(bytes, checked, run, [](const char*, size_t) {});
    if (r.status == KP_BAD_IMAGE || r.status == KP_BAD_WIDTH || r.status == KP_OK)
      bug("the VM refused or misreported a verified image: status " + std::to_string(r.status), bits);
  }
  return 0;
}
