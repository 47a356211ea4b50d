// The interpreter core's interface: start() and run(). C++14, freestanding: no heap, no
// exceptions, no stdio. The arena's layout is the runtime contract, bytecode/runtime.h; the image
// is only read, through KP_IMAGE_BYTE (it may sit in flash).
#pragma once

#include <stdint.h>

#include "bytecode/runtime.h"

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
