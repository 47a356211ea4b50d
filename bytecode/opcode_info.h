// Host-side view of the opcode table: each opcode's name, format, Python meaning and doc line,
// expanded from opcodes.def. The encoder, verifier, disassembler, compiler and doc generator
// all look opcodes up here.
#pragma once

#include <stdint.h>

#include <string>
#include <utility>
#include <vector>

#include "bytecode/opcodes.h"

namespace kilopy {

struct OpInfo {
  const char* name;    // "ADD"
  const char* format;  // "RRR"
  const char* kinds;   // "rrr": one letter per operand, see formats.def
  unsigned size;       // bytes, opcode included
  const char* python;  // "+", "abs", or ""
  char result;         // 'I' int, 'B' bool, 'S' same as operands, 'N' none
  OpGroup group;       // the handler it shares in vm/vm.cpp
  const char* group_name;  // "ALU", or "" for a handler of its own
  uint32_t mode;       // M_ flags: what it writes, reads as spans, allocates, ends
  const char* doc;     // "R[A] := R[B] + R[C]": documentation only, never parsed
  bool has(uint32_t flags) const { return (mode & flags) != 0; }
};

// The row of opcode `op`; op must be < OP_COUNT.
const OpInfo& op_info(uint8_t op);

// Bytes an operand of this kind takes (1, or 2 for 'i' and 'j').
inline unsigned operand_size(char kind) { return kind == 'i' || kind == 'j' ? 2 : 1; }

// True for the opcodes after which execution never falls through to the next instruction.
inline bool ends_flow(uint8_t op) { return op_info(op).has(M_END); }

// The registers an instruction writes, as (operand index, offset) pairs read off its mode:
// M_WA is {0, 0}, M_WA1 {0, 1}, M_WB {1, 0}, M_WB1 {1, 1}. (A call also writes what its callee's RETM returns
// and, through SETG, the module body's globals: see M_CALL.)
std::vector<std::pair<unsigned, unsigned>> written_registers(uint8_t op);

// How many registers operand `index` of `op` names from the register it gives: 3 for a range
// (M_RANGE), 2 for M_PAIR, 4 for M_ITER4 (DNEXT's B names R[B], R[B+1]), the count operand's value when a count follows it, else 1.
// `code` points at the instruction. (A CALL's span depends on its callee: the verifier's.)
unsigned register_span(uint8_t op, unsigned index, const uint8_t* code);

// The mode flags in words ("writes R[A]; allocates ..."), for docs/bytecode.md and `kilopy opcodes`.
std::string mode_words(uint32_t mode);

// The opcode table as Markdown rows (docs/bytecode.md embeds it; a test keeps them equal).
std::string opcode_table_markdown();

}  // namespace kilopy
