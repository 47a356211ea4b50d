// `kilopy mem`: the arena drawn at its measured peak (bookkeeping, globals, frames, free
// space, heap), the image's flash bytes, and the static worst-case bound next to it.
#pragma once

#include <stddef.h>

#include <string>

#include "bytecode/image.h"
#include "bytecode/memory_bound.h"
#include "targets/host/host_vm.h"

namespace kilopy {

// The report, as `kilopy mem` prints it (docs/memory.md shows one). `stripped_bytes` is the
// image without its debug section: what goes to flash.
std::string memory_map(const std::string& name, const Image& image, size_t stripped_bytes, uint32_t arena_size,
                       const RunResult& run, const MemoryBound& bound);

}  // namespace kilopy
