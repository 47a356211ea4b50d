#include "targets/host/host_vm.h"

#include <cstring>

#include "bytecode/stop.h"
#include "targets/host/host_port.h"

KP_DECLARE_VM_API(kp16)
KP_DECLARE_VM_API(kp32)

namespace kilopy {

namespace {

constexpr uint64_t kSlice = 1u << 22;  // instructions per run() call between progress reports

uint16_t read16(const uint8_t* p) { uint16_t v; std::memcpy(&v, p, 2); return v; }

}  // namespace

RunResult run_image(const std::vector<uint8_t>& bytes, const Image& image, const RunOptions& options,
                    const std::function<void(const char*, size_t)>& out) {
  RunResult result;
  auto start = image.int_bits == 16 ? kp16::start : kp32::start;
  auto run = image.int_bits == 16 ? kp16::run : kp32::run;
  std::vector<uint8_t> arena(options.arena_size);
  port_output().clear();
  port_trace().clear();
  port_tracing() = bool(options.trace);
  port_input() = PortInput();
  port_input().file = options.input;
  result.status = start(bytes.data(), arena.data(), uint16_t(options.arena_size));
  while (result.status == KP_OK || result.status == KP_PAUSED) {
    uint64_t slice = kSlice;
    if (options.max_steps) {
      uint64_t left = options.max_steps - result.steps;
      if (left == 0) break;
      if (left < slice) slice = left;
    }
    uint32_t budget = uint32_t(slice);
    result.status = run(bytes.data(), arena.data(), &budget);
    result.steps += slice - budget;
    if (!port_output().empty()) {
      out(port_output().data(), port_output().size());
      port_output().clear();
    }
    if (!port_trace().empty() && options.trace) options.trace(port_trace().data(), port_trace().size());
    port_trace().clear();
    if (result.status == KP_PAUSED && options.progress) options.progress(result.steps);
  }
  Stop stop = stop_from_arena(image, result.status, arena.data(), options.arena_size, port_input().token,
                              port_input().token_line);
  result.state = stop.state;
  ArenaSplit split = arena_split(image, stop);
  result.globals_bytes = split.globals;
  result.frames_bytes = split.frames;
  result.heap_bytes = split.heap;
  if (result.status == KP_PAUSED)
    result.error = "Traceback (most recent call last):\n" + frame_line(image, result.state.pc) +
                   "kilopy: stopped after " + std::to_string(result.steps) +
                   " steps (--max-steps): the program may be in an endless loop\n";
  else
    result.error = stop_report(image, stop);
  return result;
}

std::string check_heap(const uint8_t* arena, uint32_t arena_size, unsigned int_bits) {
  if (arena_size < kStateSize) return "";
  VmState st;
  std::memcpy(&st, arena, kStateSize);
  if (st.heap > arena_size) return "heap start " + std::to_string(st.heap) + " is past the arena";
  if (st.pin != 0) return "an object is still pinned";
  struct Block { unsigned at, size, tag; };
  std::vector<Block> blocks;
  for (unsigned at = st.heap; at < (arena_size & ~1u);) {  // the heap's top is even
    if (at + 2 > arena_size) return "a block header at " + std::to_string(at) + " runs past the arena";
    uint16_t h = read16(arena + at);
    unsigned size = (h >> 3) << 1, tag = h & 3;
    if (h & kBlockMark) return "block " + std::to_string(at) + " is still marked";
    if (size < 2 || at + size > arena_size) return "block " + std::to_string(at) + " has size " + std::to_string(size);
    if (tag == BLOCK_RECORD && (size - 2) % (int_bits / 8) != 0)  // a record: header and whole slots
      return "record " + std::to_string(at) + " has size " + std::to_string(size);
    if (is_str_header(h) && (size < kStrHeader || read16(arena + at + 2) > size - kStrHeader))
      return "str block " + std::to_string(at) + " is longer than its storage";
    blocks.push_back(Block{at, size, tag});
    at += size;
  }
  std::vector<unsigned> owners(arena_size, 0);
  for (const Block& b : blocks) {
    if (b.tag != BLOCK_OBJECT || b.size != kObjectSize) continue;  // a str block: checked above
    uint8_t kind = arena[b.at + 2];
    if (kind >= SEQ_KIND_COUNT) return "object " + std::to_string(b.at) + " has kind " + std::to_string(kind);
    unsigned len = read16(arena + b.at + 4), data = read16(arena + b.at + 6), cap = 0;
    if (data != 0) {
      const Block* d = nullptr;
      for (const Block& c : blocks)
        if (c.at == data) d = &c;
      if (!d || d->tag != BLOCK_DATA) return "object " + std::to_string(b.at) + " points to no element block";
      if (owners[data]++) return "element block " + std::to_string(data) + " has two owners";
      cap = d->size - 2;  // in bytes
    }
    unsigned es = elem_size(kind, int_bits / 8);  // docs/memory.md
    if (len * es > cap) return "object " + std::to_string(b.at) + " is longer than its storage";
  }
  return "";
}

}  // namespace kilopy
