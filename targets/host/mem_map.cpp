#include "targets/host/mem_map.h"

#include <cstdio>
#include <vector>

namespace kilopy {

namespace {

constexpr unsigned kBarWidth = 64;

struct Part {
  const char* name;
  char mark;
  uint64_t bytes;
};

// One character per arena_size / kBarWidth bytes; a part that has bytes gets at least one.
std::string bar(const std::vector<Part>& parts, uint64_t arena_size) {
  std::vector<unsigned> cells(parts.size(), 0);
  unsigned used = 0;
  size_t largest = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    uint64_t c = arena_size ? (parts[i].bytes * kBarWidth + arena_size / 2) / arena_size : 0;
    cells[i] = unsigned(parts[i].bytes && c == 0 ? 1 : c);
    used += cells[i];
    if (cells[i] > cells[largest]) largest = i;
  }
  cells[largest] = cells[largest] + kBarWidth > used ? cells[largest] + kBarWidth - used : 1;
  std::string out = "  |";
  for (size_t i = 0; i < parts.size(); ++i) out += std::string(cells[i], parts[i].mark);
  return out + "|\n";
}

std::string format(const char* fmt, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  char buf[160];
  std::snprintf(buf, sizeof buf, fmt, static_cast<unsigned long long>(a), static_cast<unsigned long long>(b),
                static_cast<unsigned long long>(c));
  return buf;
}

std::string legend(const std::vector<Part>& parts) {
  std::string out = "  ";
  for (size_t i = 0; i < parts.size(); ++i) out += std::string(i ? ", " : "") + parts[i].mark + " " + parts[i].name;
  return out + "\n";
}

}  // namespace

std::string memory_map(const std::string& name, const Image& image, size_t stripped_bytes, uint32_t arena_size,
                       const RunResult& run, const MemoryBound& bound) {
  const uint64_t peak = run.state.total_peak;
  std::string out = "kilopy mem: " + name + " (" + std::to_string(image.int_bits) + "-bit ints, arena " +
                    std::to_string(arena_size) + " bytes)\n\n";
  out += format("image (flash, stripped): %llu bytes = %llu code + %llu header, tables and strings\n\n",
                stripped_bytes, image.code.size(), stripped_bytes - image.code.size());

  std::vector<Part> at_peak = {{"bookkeeping", 'B', kStateSize},
                               {"globals", 'G', run.globals_bytes},
                               {"frames", 'F', run.frames_bytes},
                               {"free", '.', arena_size > peak ? arena_size - peak : 0},
                               {"heap", 'H', run.heap_bytes}};
  out += format("arena at the measured peak: %llu of %llu bytes (%llu%%)\n", peak, arena_size,
                arena_size ? (peak * 100 + arena_size / 2) / arena_size : 0);
  out += bar(at_peak, arena_size) + legend(at_peak);
  out += "  part            bytes  offsets\n";
  uint64_t at = 0;
  for (const Part& p : at_peak) {
    char line[96];
    if (p.bytes)
      std::snprintf(line, sizeof line, "  %-12s %8llu  %llu..%llu\n", p.name, static_cast<unsigned long long>(p.bytes),
                    static_cast<unsigned long long>(at), static_cast<unsigned long long>(at + p.bytes - 1));
    else
      std::snprintf(line, sizeof line, "  %-12s %8llu\n", p.name, static_cast<unsigned long long>(p.bytes));
    out += line;
    at += p.bytes;
  }
  out += format("  (each part's own peak: frames end at byte %llu at most, the heap takes %llu bytes at most)\n\n",
                run.state.peak, run.state.heap_peak);

  if (!bound.proved()) {
    out += "static worst-case bound: none\n";
    for (const std::string& r : bound.reasons) out += "  " + r + "\n";
    out += "  frames: " + (bound.frames_proved ? format("%llu bytes (proved)", bound.bookkeeping + bound.globals + bound.frames)
                                               : std::string("not bounded")) +
           "; heap: " + (bound.heap_proved ? format("%llu bytes (proved)", bound.heap) : std::string("not bounded")) + "\n";
    return out;
  }
  uint64_t total = bound.total();
  out += format("static worst-case bound: %llu bytes (%llu.%02llu x the measured peak", total, peak ? total / peak : 0,
                peak ? (total * 100 / peak) % 100 : 0);
  out += total < peak ? "; BELOW IT: a bug in the bound)\n" : ")\n";
  std::vector<Part> bounded = {{"bookkeeping", 'B', bound.bookkeeping},
                               {"globals", 'G', bound.globals},
                               {"frames", 'F', bound.frames},
                               {"free", '.', arena_size > total ? arena_size - total : 0},
                               {"heap", 'H', bound.heap}};
  if (total <= arena_size) out += bar(bounded, arena_size);
  out += format("  = %llu bookkeeping + %llu globals + %llu frames", bound.bookkeeping, bound.globals, bound.frames) +
         format(" + %llu heap\n", bound.heap);
  std::string chain;
  for (const std::string& f : bound.deepest) chain += (chain.empty() ? "" : " -> ") + f;
  out += "  deepest calls: " + chain + "\n";
  out += "  heap: " + std::to_string(bound.sites) + " allocating instruction" + (bound.sites == 1 ? "" : "s") +
         ", each counted as often as it can run\n";
  if (total > arena_size)
    out += format("  the bound exceeds the %llu-byte arena: a run may stop with MemoryError\n", arena_size);
  return out;
}

}  // namespace kilopy
