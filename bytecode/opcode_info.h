// Host-side view of the opcode table: each opcode's name, format, Python meaning and doc line,
// expanded from opcodes.def. The encoder, verifier, disassembler, compiler and doc generator
// all look opcodes up here.
#pragma once

#include <stdint.h>

#include <string>

#include "bytecode/opcodes.h"

namespace kilopy {

struct OpInfo {
  const char* name;    // "ADD"
  const char* format;  // "RRR"
  const char* kinds;   // "rrr": one letter per operand, see formats.def
  unsigned size;       // bytes, opcode included
  const char* python;  // "+", "abs", or ""
  char result;         // 'I' int, 'B' bool, 'S' same as operands, 'N' none
  const char* doc;     // "R[A] := R[B] + R[C]"
};

// The row of opcode `op`; op must be < OP_COUNT.
const OpInfo& op_info(uint8_t op);

// Bytes an operand of this kind takes (1, or 2 for 'i' and 'j').
inline unsigned operand_size(char kind) { return kind == 'i' || kind == 'j' ? 2 : 1; }

// True for the opcodes after which execution never falls through to the next instruction.
bool ends_flow(uint8_t op);

// The opcode table as Markdown rows (docs/bytecode.md embeds it; a test keeps them equal).
std::string opcode_table_markdown();

}  // namespace kilopy
