// An image in memory (what the compiler produces and the tools read), its encoding to bytes
// (format v3, bytecode/image_format.h) and back.
//
// Debug section (optional; the host uses it for tracebacks and `kilopy dis`):
//   u8 nfiles, nfiles x (u8 len + bytes)   source file names: the program, then its modules
//   nglobals x (u8 len + bytes)   global names
//   nfuncs x { u8 len + bytes (function name), u16 nlines, nlines x {u16 pc, u16 line} }
//   u16 nmarks, nmarks x {u16 pc, u8 file}   the code from pc on comes from that file
// Line entries give the source line of the code from pc on, in pc order; file marks, in pc
// order over the whole code, give its file (file 0 before the first mark).
#pragma once

#include <stdint.h>

#include <string>
#include <vector>

#include "llvm/ADT/ArrayRef.h"

namespace kilopy {

struct LineEntry {
  uint16_t pc;
  uint16_t line;
  uint8_t file = 0;  // index into Image::file_name (encoded as file marks)
};

struct FunctionInfo {
  uint16_t code_offset = 0;
  uint8_t nregs = 0;
  uint8_t nparams = 0;
  std::string name;               // debug
  std::vector<LineEntry> lines;   // debug
};

// A handler table entry (image format: HandlerField): an exception of a class first..last
// (bytecode/exceptions.h) raised by the code in [start, end) jumps to handler, with the
// exception in registers reg, reg + 1 (kNoHandlerRegister: none): THROW's message (a str value)
// or a run-time error's pc, and status | class << 8 (what RERAISE raises again).
struct Handler {
  uint16_t start, end, handler;
  uint8_t first, last, reg;
};

struct Image {
  uint8_t int_bits = 32;
  uint8_t nglobals = 0;
  std::vector<FunctionInfo> functions;  // [0] is the module body
  std::vector<int32_t> constants;
  std::vector<std::string> strings;
  std::vector<uint8_t> code;
  std::vector<uint8_t> tables;  // the table section's data (bytecode/runtime.h kTableHeaderSize)
  std::vector<Handler> handlers;  // inner try statements first
  bool has_debug = false;
  std::string source_name;                // debug: the program's file (file 0)
  std::vector<std::string> module_files;  // debug: files 1.. (imported modules)
  std::vector<std::string> global_names;  // debug

  // The source line of the instruction at pc in function f (0 if unknown), and its file.
  unsigned line_at(size_t f, unsigned pc) const;
  unsigned file_at(size_t f, unsigned pc) const;
  const std::string& file_name(unsigned file) const;  // source_name for 0 and unknown files
  // The function whose code contains pc.
  size_t function_at(unsigned pc) const;
  // End of function f's code (the next function's start, or the code size).
  unsigned code_end(size_t f) const;
};

// A name as the source wrote it: without its module qualifier (`m.f` is f in m.py).
std::string unqualified(const std::string& name);

// One traceback line for the frame stopped at pc, as CPython writes it:
//   File "prog.py", line 12, in train
std::string frame_line(const Image& image, unsigned pc);

// A function the compiler writes for a builtin operation (`xs.remove(x)` of objects whose class
// defines __eq__: frontend/object_membership.cpp) has a name that begins so; a traceback leaves
// its frames out, as CPython's has none for a builtin.
constexpr const char kBuiltinFunction[] = "<builtin>";
bool is_builtin_frame(const Image& image, unsigned pc);

// Bytes of the image; with_debug = false leaves the debug section out (a target image).
// Throws std::length_error if a count or size exceeds the format's fields.
std::vector<uint8_t> encode_image(const Image& image, bool with_debug);

// Decodes the container (header, tables, sections, debug); checks that every count and size
// is consistent with the byte count. Instructions are checked by verify_image.
// Returns "" or a message saying what is wrong.
std::string decode_image(llvm::ArrayRef<uint8_t> bytes, Image& out);

}  // namespace kilopy
