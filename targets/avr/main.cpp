// The AVR firmware: runs the image stored in flash (kp_image, written from the stripped image by
// `kilopy build --target`, targets/host/avr_firmware.cpp) in a static arena, then reports how
// it stopped over the UART and halts.
//
// GPIOR0 marks the VM's run for cycle counting in the simulator: 1 just before run(), 2 just
// after it.
//
// The exit trailer is one line after the program's output (numbers in lowercase hex):
//   "\x01KP1 " status pc base depth peak arena rb rc [ret ...] "\n"
// status: the KpStatus (2 digits); pc, base, depth, peak: the VmState fields (4 digits);
// arena: the arena size (4 digits); rb, rc: the values of the failing instruction's R[B] and
// R[C] (2 * int bytes digits each; they let the host name an overflow's operands); ret: the
// return pc stored in each active call record, innermost first (4 digits each). kilopy-sim
// parses it and, given the image with its debug section, prints the Python traceback.
#include <avr/interrupt.h>
#include <avr/io.h>
#include <avr/pgmspace.h>
#include <avr/sleep.h>

#include "bytecode/image_format.h"
#include "port.h"
#include "vm/vm.h"

#ifndef KP_NS
#error "build main.cpp with -DKP_NS=kp16 or kp32 and the matching -DKP_INT_BITS"
#endif
#ifndef KP_ARENA_SIZE
#error "build main.cpp with -DKP_ARENA_SIZE=N, the arena in bytes (kilopy build --target sets it)"
#endif

extern const uint8_t kp_image[] PROGMEM;

namespace {

using namespace kilopy;

constexpr uint8_t W = KP_INT_BITS / 8;

uint8_t arena[KP_ARENA_SIZE];

uint16_t flash16(const uint8_t* p) { return uint16_t(pgm_read_byte(p) | (pgm_read_byte(p + 1) << 8)); }
uint16_t ram16(const uint8_t* p) { return uint16_t(p[0] | (p[1] << 8)); }

// The code section's start: header, function table, constants, string data.
const uint8_t* code_start() {
  const uint8_t* img = kp_image;
  return img + kHeaderSize + kFuncEntrySize * pgm_read_byte(img + HDR_NFUNCS) +
         W * pgm_read_byte(img + HDR_NCONSTS) + flash16(img + HDR_STRINGS_SIZE);
}

// Register x of the frame at base, as 2 * W hex digits (0 outside the arena).
void put_register(uint16_t base, uint8_t x) {
  uint16_t at = uint16_t(base + x * W);
  bool inside = at + W <= KP_ARENA_SIZE;
  kp_port_put(' ');
  for (uint8_t i = W; i-- != 0;) kp_port_hex(inside ? arena[at + i] : 0);
}

void put_field(uint16_t v) {
  kp_port_put(' ');
  kp_port_hex(uint8_t(v >> 8));
  kp_port_hex(uint8_t(v));
}

void trailer(uint8_t status) {
  VmState st;
  __builtin_memcpy(&st, arena, kStateSize);
  kp_port_put(1);
  kp_port_put('K');
  kp_port_put('P');
  kp_port_put('1');
  kp_port_put(' ');
  kp_port_hex(status);
  put_field(st.pc);
  put_field(st.base);
  put_field(st.depth);
  put_field(st.peak);
  put_field(KP_ARENA_SIZE);
  const uint8_t* ins = code_start() + st.pc;
  put_register(st.base, pgm_read_byte(ins + 2));
  put_register(st.base, pgm_read_byte(ins + 3));
  uint16_t base = st.base;
  for (uint16_t d = st.depth; d > 1 && base >= kCallRecordSize && base <= KP_ARENA_SIZE; --d) {
    const uint8_t* record = arena + base - kCallRecordSize;
    put_field(ram16(record));
    base = ram16(record + 2);
  }
  kp_port_put('\n');
}

}  // namespace

int main() {
  kp_port_init();
  KpStatus status = KP_NS::start(kp_image, arena, KP_ARENA_SIZE);
  if (status == KP_OK) {
    GPIOR0 = 1;
    status = KP_NS::run(kp_image, arena, 0);
    GPIOR0 = 2;
  }
  trailer(status);
  kp_port_flush();
  cli();
  sleep_enable();
  for (;;) sleep_cpu();
}
