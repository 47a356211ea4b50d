// An image in memory (what the compiler produces and the tools read), its encoding to bytes
// (format v2, bytecode/image_format.h) and back.
//
// Debug section (optional; the host uses it for tracebacks and `kilopy dis`):
//   u8 len + bytes          source file name
//   nglobals x (u8 len + bytes)   global names
//   nfuncs x { u8 len + bytes (function name), u16 nlines, nlines x {u16 pc, u16 line} }
// Line entries give the source line of the code from pc on, in pc order.
#pragma once

#include <stdint.h>

#include <string>
#include <vector>

#include "llvm/ADT/ArrayRef.h"

namespace kilopy {

struct LineEntry {
  uint16_t pc;
  uint16_t line;
};

struct FunctionInfo {
  uint16_t code_offset = 0;
  uint8_t nregs = 0;
  uint8_t nparams = 0;
  std::string name;               // debug
  std::vector<LineEntry> lines;   // debug
};

struct Image {
  uint8_t int_bits = 32;
  uint8_t nglobals = 0;
  std::vector<FunctionInfo> functions;  // [0] is the module body
  std::vector<int32_t> constants;
  std::vector<std::string> strings;
  std::vector<uint8_t> code;
  bool has_debug = false;
  std::string source_name;                // debug
  std::vector<std::string> global_names;  // debug

  // The source line of the instruction at pc in function f (0 if unknown).
  unsigned line_at(size_t f, unsigned pc) const;
  // The function whose code contains pc.
  size_t function_at(unsigned pc) const;
  // End of function f's code (the next function's start, or the code size).
  unsigned code_end(size_t f) const;
};

// Bytes of the image; with_debug = false leaves the debug section out (a target image).
// Throws std::length_error if a count or size exceeds the format's fields.
std::vector<uint8_t> encode_image(const Image& image, bool with_debug);

// Decodes the container (header, tables, sections, debug); checks that every count and size
// is consistent with the byte count. Instructions are checked by verify_image.
// Returns "" or a message saying what is wrong.
std::string decode_image(llvm::ArrayRef<uint8_t> bytes, Image& out);

}  // namespace kilopy
