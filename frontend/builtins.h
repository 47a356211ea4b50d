// The builtin names: print and range (compiled specially) and every Python builtin named in
// the opcode table's python column (abs, min, max, ...).
#pragma once

#include <string>

#include "bytecode/opcode_info.h"

namespace kilopy {

// True if `name` is a builtin function the compiler knows.
bool is_builtin(const std::string& name);

// The opcode implementing builtin `name` with `arity` operands (1: format RR, 2: RRR), or
// OP_COUNT if none. min/max with more arguments fold pairwise through the 2-operand opcode.
Op builtin_opcode(const std::string& name, unsigned arity);

}  // namespace kilopy
