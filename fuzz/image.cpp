// fuzz/image: arbitrary bytes as an image -> the verifier -> (if accepted) the VM with a step
// limit. Never a crash, a sanitizer report, or a write outside the arena. Two ways to run:
//   1. run_image (the host's path: `kilopy run x.kbc`) with a 1024-byte arena;
//   2. the VM directly (kp16/kp32 start/run), on an arena with canary bytes on both sides,
//      with an arena size taken from the input, checking the canaries afterwards.
// The image buffer is an exact-size heap copy, so ASan sees any read past its end.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>
#include <vector>

#include "bytecode/disasm.h"
#include "bytecode/verify.h"
#include "targets/host/host_vm.h"
#include "vm/vm.h"

KP_DECLARE_VM_API(kp16)
KP_DECLARE_VM_API(kp32)

namespace {

constexpr size_t kCanary = 64;
constexpr uint8_t kCanaryByte = 0xA5;
constexpr uint32_t kMaxSteps = 100000;

[[noreturn]] void bug(const char* what) {
  fprintf(stderr, "fuzz/image: BUG: %s\n", what);
  abort();
}

// Runs the VM of one width directly, as a target's main loop would.
void run_direct(const std::vector<uint8_t>& image, bool wide, uint16_t arena_size, uint8_t expected_bits) {
  std::vector<uint8_t> buffer(kCanary + arena_size + kCanary, kCanaryByte);
  uint8_t* arena = buffer.data() + kCanary;
  auto start = wide ? kp32::start : kp16::start;
  auto run = wide ? kp32::run : kp16::run;
  kilopy::KpStatus status = start(image.data(), arena, arena_size);
  if ((expected_bits == 32) != wide) {
    if (status != kilopy::KP_BAD_WIDTH) bug("a VM accepted an image of the other width");
  } else {
    uint32_t budget = kMaxSteps / 2;
    // Two slices, so that resuming after KP_PAUSED is exercised too.
    for (int slice = 0; slice < 2 && (status == kilopy::KP_OK || status == kilopy::KP_PAUSED); ++slice) {
      budget = kMaxSteps / 2;
      status = run(image.data(), arena, &budget);
    }
    if (status == kilopy::KP_BAD_IMAGE || status == kilopy::KP_BAD_WIDTH) bug("the VM refused a verified image");
    if (status == kilopy::KP_OK) bug("run() returned KP_OK");
    if (status != kilopy::KP_PAUSED && status != kilopy::KP_HALTED && !kilopy::kp_is_error(status))
      bug("run() returned an unknown status");
    if (status >= kilopy::KP_STATUS_COUNT) bug("run() returned a status past the table");
    if (arena_size >= kilopy::kStateSize) {
      kilopy::VmState st;
      memcpy(&st, arena, kilopy::kStateSize);
      if (st.peak > arena_size) bug("peak beyond the arena");
      if (st.status != status) bug("stored status differs from the returned one");
    }
  }
  for (size_t i = 0; i < kCanary; ++i)
    if (buffer[i] != kCanaryByte || buffer[kCanary + arena_size + i] != kCanaryByte)
      bug("the VM wrote outside its arena (canary changed)");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kilopy;
  std::vector<uint8_t> bytes(data, data + size);
  Image image;
  if (!verify_image(bytes, image).empty()) return 0;
  (void)disassemble(image, bytes.size(), "");
  // The host's path.
  RunOptions options;
  options.arena_size = 1024;
  options.max_steps = kMaxSteps;
  RunResult r = run_image(bytes, image, options, [](const char*, size_t) {});
  if (r.status == KP_BAD_IMAGE || r.status == KP_BAD_WIDTH || r.status == KP_OK)
    bug("run_image: the VM refused or misreported a verified image");
  // The VM directly, with an arena size from the input (small ones stress the limits).
  static const uint16_t kSizes[] = {0, 11, 12, 13, 16, 24, 40, 64, 100, 256, 1024, 4096};
  unsigned h = 0;
  for (size_t i = 0; i < size; ++i) h = h * 31 + data[i];
  uint16_t arena_size = kSizes[h % (sizeof kSizes / sizeof kSizes[0])];
  run_direct(bytes, true, arena_size, image.int_bits);
  run_direct(bytes, false, arena_size, image.int_bits);
  return 0;
}
