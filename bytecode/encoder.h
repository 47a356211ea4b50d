// The one path that writes instructions: emit() checks every operand against its kind's range
// (bytecode/formats.def) and appends the encoding; jumps are emitted with a placeholder and
// patched once their target is known.
#pragma once

#include <stdint.h>

#include <initializer_list>
#include <stdexcept>
#include <vector>

#include "bytecode/opcodes.h"

namespace kilopy {

// An operand that does not fit its field (the compiler checks limits first with better
// messages; this is the last line of defence).
struct EncodeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class CodeBuffer {
 public:
  // Appends `op` with its operands in table order; a jump operand ('j') is written as 0 and
  // must be patched. Returns the instruction's offset.
  size_t emit(Op op, std::initializer_list<int32_t> operands) { return emit(op, operands.begin(), operands.size()); }
  size_t emit(Op op, const int32_t* operands, size_t count);
  // Points the jump of the instruction at `at` to `target` (a code offset).
  void patch_jump(size_t at, size_t target);
  size_t size() const { return bytes_.size(); }
  const std::vector<uint8_t>& bytes() const { return bytes_; }
  uint8_t op_at(size_t at) const { return bytes_[at]; }

 private:
  std::vector<uint8_t> bytes_;
};

}  // namespace kilopy
