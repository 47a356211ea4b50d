// Frame registers, allocated like a stack: a function's variables occupy the bottom registers
// for its whole body; temporaries are reserved above them and freed in reverse order. The
// high-water mark is the frame size stored in the image.
#pragma once

#include <cassert>

#include "bytecode/opcodes.h"
#include "frontend/diagnostic.h"

namespace kilopy {

constexpr unsigned kMaxRegisters = kRegisterLimit;  // operand bytes above are small ints

class RegisterAllocator {
 public:
  RegisterAllocator(unsigned variables, const std::string& function)
      : variables_(variables), top_(variables), high_(variables), function_(function) {}

  // Reserves n consecutive registers on top; returns the first. `loc` is blamed if the frame
  // would exceed kMaxRegisters.
  unsigned reserve(unsigned n, SourceLoc loc) {
    if (top_ + n > kMaxRegisters)
      throw CompileError(loc, function_ + " needs more than " + std::to_string(kMaxRegisters) +
                                  " registers (variables and temporaries): split it into smaller functions");
    unsigned first = top_;
    top_ += n;
    if (top_ > high_) high_ = top_;
    return first;
  }
  // Frees every register from `mark` up; a mark is a value top() had earlier.
  void free_to(unsigned mark) {
    assert(mark >= variables_ && mark <= top_);
    top_ = mark;
  }
  unsigned top() const { return top_; }
  unsigned high_water() const { return high_; }
  bool is_variable(unsigned reg) const { return reg < variables_; }

 private:
  unsigned variables_, top_, high_;
  std::string function_;
};

}  // namespace kilopy
