// Image format v3: the byte layout shared by the compiler, the verifier and the VM.
// C++14 and freestanding (the VM includes it). docs/bytecode.md describes the format in prose.
//
//   offset  size  field
//   0       3     magic "KPY"
//   3       1     format version (kFormatVersion)
//   4       1     int width in bits: 16 or 32
//   5       1     nfuncs: function count (>= 1; function 0 is the module body)
//   6       1     nconsts: constant count
//   7       1     nstrings: string count
//   8       1     nglobals: global count (they are the module frame's first registers)
//   9       1     flags (bit 0: a debug section follows the code; bit 1: a table section does; bit 2: a handler table does)
//   10      2     code_size
//   12      2     strings_size: bytes of string data
//   14      2     debug_size (0 without a debug section)
//   16            function table: nfuncs x {u16 code offset, u8 nregs, u8 nparams}
//                 constants: nconsts x (int width / 8) bytes, two's complement
//                 string data: nstrings strings, one after another, each {u8 length, bytes}
//                 code: code_size bytes; all code addresses are offsets into it
//                 table section (flag bit 1): u16 size, then size bytes of constant tables
//                 (bytecode/runtime.h kTableHeaderSize); never in the arena
//                 handler table (flag bit 2): u8 n, n x {u16 start, u16 end, u16 handler,
//                 u8 first class, u8 last class, u8 register}, innermost first (docs/bytecode.md)
//                 debug section: debug_size bytes (see bytecode/image.h); never needed to run
// All multi-byte fields are little-endian. The whole image is at most kMaxImageSize bytes.
#pragma once

#include <stdint.h>

namespace kilopy {

constexpr uint8_t kFormatVersion = 7;  // 7: NotImplementedError (the classes after it renumbered), LISTOP's LIST_STRS; 6: DICTNEWT's str places; 5: three handler registers, FMTSTR, SEQEQW, DICTNEWT, RERAISE; 4: the handler table; 3: the table section; 2: value/object operands, no string offset table, several files in the debug section
constexpr unsigned kHeaderSize = 16;
constexpr unsigned kFuncEntrySize = 4;
constexpr unsigned kMaxImageSize = 65535;
constexpr uint8_t kFlagDebug = 1;
constexpr uint8_t kFlagTables = 2;
constexpr uint8_t kFlagHandlers = 4;  // a handler table follows the code

// A handler table entry: the code in [start, end) raising a class in first..last jumps to
// handler, with the exception in R[reg], R[reg + 1] (kNoHandlerRegister: none): its message or
// pc, and status | class << 8 (Handler, bytecode/image.h).
enum HandlerField : uint8_t { HD_START = 0, HD_END = 2, HD_HANDLER = 4, HD_FIRST = 6, HD_LAST = 7, HD_REG = 8 };
constexpr unsigned kHandlerSize = 9;
constexpr uint8_t kNoHandlerRegister = 255;
constexpr unsigned kMaxHandlers = 255;

enum HeaderField : uint8_t {
  HDR_MAGIC = 0,
  HDR_VERSION = 3,
  HDR_INT_BITS = 4,
  HDR_NFUNCS = 5,
  HDR_NCONSTS = 6,
  HDR_NSTRINGS = 7,
  HDR_NGLOBALS = 8,
  HDR_FLAGS = 9,
  HDR_CODE_SIZE = 10,
  HDR_STRINGS_SIZE = 12,
  HDR_DEBUG_SIZE = 14,
};

enum FuncField : uint8_t { FN_CODE = 0, FN_NREGS = 2, FN_NPARAMS = 3 };

// A call record {u16 return pc, u16 caller frame base} is stored in the caller's registers
// R[A].. of a CALL, just below the callee's R[0]: one register at 32 bits, two at 16 bits.
constexpr unsigned kCallRecordSize = 4;
constexpr unsigned call_record_regs(unsigned int_bits) { return int_bits == 16 ? 2 : 1; }

}  // namespace kilopy
