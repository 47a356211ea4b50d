// The AVR firmware: runs the image stored in flash (kp_image, written from the stripped image by
// `kilopy build --target`, targets/host/avr_firmware.cpp) in a static arena, then reports how
// it stopped over the UART and halts.
//
// GPIOR0 marks the VM's run for cycle counting in the simulator: 1 just before run(), 2 just
// after it.
//
// The exit trailer is one line after the program's output (numbers in lowercase hex):
//   "\x01KP2 " status bits tokens " " bytes "\n"
// status: the KpStatus (2 digits); bits: the int width (2 digits); tokens: how many tokens
// micro.read() took (8 digits); bytes: the arena from offset 0, 2 digits a byte: the whole
// arena after a run-time error, the VmState alone otherwise. kilopy-sim rebuilds the arena from
// it and, given the image with its debug section, reads it with the host's own function
// (bytecode/stop.h), so both print the same traceback and stats; the input token a message
// names is the tokens-th of the --input file.
#include <avr/interrupt.h>
#include <avr/io.h>
#include <avr/pgmspace.h>
#include <avr/sleep.h>

#include "bytecode/runtime.h"
#include "port.h"
#include "vm/vm.h"

#ifndef KP_NS
#error "build main.cpp with -DKP_NS=kp16 or kp32 and the matching -DKP_INT_BITS"
#endif
#ifndef KP_ARENA_SIZE
#error "build main.cpp with -DKP_ARENA_SIZE=N, the arena in bytes (kilopy build --target sets it)"
#endif
// A program without micro.read() reads no token: built with -DKP_COUNTS_TOKENS=0 (kilopy build
// --target does so for a VM specialised to such an image), the trailer sends 0 and the counter's
// 4 bytes of SRAM are not linked in. main.cpp does not read the VM configuration, so its object
// is the same for every program of a part, width, clock and arena (the firmware cache).
#ifndef KP_COUNTS_TOKENS
#define KP_COUNTS_TOKENS 1
#endif

extern const uint8_t kp_image[] PROGMEM;

// KP_ARENA (kp_target.h): run() addresses it directly. In .bss, so zero at reset; start()
// relies on it (KP_ARENA_ZEROED) and is called once.
uint8_t kp_arena[KP_ARENA_SIZE];

namespace {

using namespace kilopy;

uint8_t* const arena = kp_arena;

void trailer(uint8_t status) {
  kp_port_put(1);
  kp_port_put('K');
  kp_port_put('P');
  kp_port_put('2');
  kp_port_put(' ');
  kp_port_hex(status);
  kp_port_put(' ');
  kp_port_hex(KP_INT_BITS);
  kp_port_put(' ');
#if KP_COUNTS_TOKENS
  const uint32_t tokens = kp_port_tokens;
#else
  const uint32_t tokens = 0;
#endif
  for (uint8_t i = 4; i-- != 0;) kp_port_hex(uint8_t(tokens >> (8 * i)));
  kp_port_put(' ');
  const uint16_t n = kp_is_error(status) || KP_ARENA_SIZE < kStateSize ? KP_ARENA_SIZE : kStateSize;
  for (uint16_t i = 0; i < n; ++i) kp_port_hex(arena[i]);
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
