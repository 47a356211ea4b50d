// Running an image on the host: picks the VM built for the image's int width, runs it in an
// arena of the requested size with an optional step limit, and turns a stop into a
// Python-style traceback using the image's debug section.
#pragma once

#include <stdint.h>

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "bytecode/image.h"
#include "targets/host/defaults.h"
#include "vm/vm.h"

namespace kilopy {

constexpr uint32_t kMaxArena = 65535;  // arena offsets are 16-bit

struct RunOptions {
  uint32_t arena_size = kDefaultArena;
  uint64_t max_steps = 0;  // 0: no limit
  // Called now and then during a long run with the instructions executed so far.
  std::function<void(uint64_t steps)> progress;
  std::FILE* input = nullptr;  // micro.read()'s stream (null: none, reading raises EOFError)
  // Receives the trace stream's bytes (micro.trace rows), when set; else they are dropped.
  std::function<void(const char*, size_t)> trace;
};

struct RunResult {
  KpStatus status = KP_OK;
  std::string error;      // a Python-style traceback and message, empty when the program halted
  VmState state{};        // the VM's bookkeeping at the stop
  uint64_t steps = 0;     // instructions executed
  unsigned globals_bytes = 0;
  unsigned frames_bytes = 0;  // frames and registers at the arena's peak (globals excluded)
  unsigned heap_bytes = 0;    // heap objects (headers and holes included) at the arena's peak
};

// Checks the heap's block structure in an arena a VM of int_bits has run in: "" or what is wrong.
std::string check_heap(const uint8_t* arena, uint32_t arena_size, unsigned int_bits);

// Output bytes of the program go to `out` (called for each byte).
RunResult run_image(const std::vector<uint8_t>& bytes, const Image& image, const RunOptions& options,
                    const std::function<void(const char*, size_t)>& out);

}  // namespace kilopy
