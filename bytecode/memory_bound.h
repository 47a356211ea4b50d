// A static worst-case bound on a program's arena peak, computed from its (verified) image, so
// that it holds for a .kbc as well as for a .py: `kilopy mem` prints it next to the measured
// peak. The argument for soundness is at the top of memory_bound.cpp.
#pragma once

#include <stdint.h>

#include <string>
#include <vector>

#include "bytecode/image.h"

namespace kilopy {

// What each opcode does that the bound depends on, read from its row of bytecode/opcodes.def
// (the operand kinds and the semantics column), never listed by hand.
struct OpEffects {
  bool creates = false;  // allocates a new sequence: the semantics say "a new sequence"
  bool grows = false;    // may grow a sequence's element block: ".append(" or ".insert("
  bool resizes = false;  // changes a sequence's length: grows, or ".pop("
  bool calls = false;    // has a function operand ('f'): a CALL
  // Registers written, as (operand index, offset): "R[A] := ..." is {0, 0}, "R[A+1] += 1" {0, 1}.
  std::vector<std::pair<unsigned, unsigned>> writes;
};
const OpEffects& op_effects(uint8_t op);

struct MemoryBound {
  bool frames_proved = false, heap_proved = false;
  bool proved() const { return frames_proved && heap_proved; }
  // Bytes; bookkeeping + globals + frames is the highest end of the frames, heap the largest
  // heap footprint (headers and holes included). Each is valid when its part is proved.
  unsigned bookkeeping = 0, globals = 0;
  uint64_t frames = 0, heap = 0;
  uint64_t total() const { return bookkeeping + globals + frames + heap; }
  std::vector<std::string> deepest;  // function names of the call chain with the highest frame end
  unsigned sites = 0;                // allocating instructions counted in `heap`
  std::vector<std::string> reasons;  // why a part is not proved, each naming the place
};

// The bound for `image`, which must have passed verify_image.
MemoryBound memory_bound(const Image& image);

}  // namespace kilopy
