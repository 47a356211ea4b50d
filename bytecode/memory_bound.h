// A static worst-case bound on a program's arena peak, computed from its (verified) image, so
// that it holds for a .kbc as well as for a .py: `kilopy mem` prints it next to the measured
// peak. The argument for soundness is at the top of memory_bound.cpp.
#pragma once

#include <stdint.h>

#include <string>
#include <vector>

#include "bytecode/image.h"

namespace kilopy {

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
