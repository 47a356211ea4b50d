// The verifier: every image is checked before it runs, so that no image, however malformed,
// makes the VM read or write outside the image and its arena.
#pragma once

#include <stdint.h>

#include <string>

#include "bytecode/image.h"

namespace kilopy {

// Decodes `bytes` into `out` and checks: the container (bytecode/image.h); functions laid out
// in order, each non-empty, with sane register and parameter counts; every instruction a known
// opcode lying wholly inside its function; register operands inside the frame; global,
// constant, string, function and error indices in range; jump targets inside the function and
// on instruction boundaries; no function whose last instruction falls through.
// Returns "" or a message naming the function and code offset of the first problem.
std::string verify_image(llvm::ArrayRef<uint8_t> bytes, Image& out);

}  // namespace kilopy
