// The interpreter core's interface. C++14, freestanding: no heap, no exceptions, no stdio.
//
// All run-time state lives in the caller's arena:
//   [0, kStateSize)          VmState: the VM's bookkeeping
//   [kStateSize, ...)        the module frame: globals G[0..nglobals) are its first registers,
//                            its temporaries follow
//   above it                 call frames: a CALL stores its call record in the caller's R[A]..
//                            and the callee's registers start just above it (see CALL)
// The image is only read, through KP_IMAGE_BYTE (it may sit in flash).
#pragma once

#include <stdint.h>

#include "vm/status.h"

namespace kilopy {

// The VM's bookkeeping, stored (little-endian, unpadded) at the start of the arena.
struct VmState {
  uint16_t pc;          // next instruction (code offset); after an error, the failing one
  uint16_t base;        // arena offset of the current frame's R[0]
  uint16_t arena_size;  // bytes the caller gave
  uint16_t peak;        // highest arena offset ever in use (bookkeeping and frames included)
  uint16_t depth;       // frames on the call stack, the module's included
  uint8_t status;       // the last KpStatus
  uint8_t reserved;     // zero
};
constexpr unsigned kStateSize = 12;  // sizeof(VmState) without padding, a multiple of 4
static_assert(sizeof(VmState) == kStateSize, "VmState must have no padding");

// CPython's default recursion limit, counted the same way (the module frame included).
constexpr uint16_t kMaxDepth = 1000;

}  // namespace kilopy

// Each int width's VM lives in its own namespace (the host links both).
#define KP_DECLARE_VM_API(ns)                                                              \
  namespace ns {                                                                           \
  /* Checks the header, clears the arena and sets up the module frame. */                  \
  kilopy::KpStatus start(const uint8_t* image, uint8_t* arena, uint16_t arena_size);       \
  /* Runs until the program halts or stops with an error; with a budget, also stops        \
     (KP_PAUSED) after *budget instructions, counting *budget down. */                     \
  kilopy::KpStatus run(const uint8_t* image, uint8_t* arena, uint32_t* budget);            \
  }

#ifdef KP_NS
KP_DECLARE_VM_API(KP_NS)
#endif
