// AVR port configuration for vm/: the image is in flash (read with lpm), output goes to the
// UART through kp_port_put (targets/avr/port.cpp), no step budget.
//
// Dispatch: a plain switch by default (one shared dispatch; its jump table stays in flash).
// -DKP_COMPUTED_GOTO=1 selects computed goto, which is larger and keeps its label table in
// SRAM (2 bytes per opcode); bench/avr/run.py measures both.
#pragma once

#include <stdint.h>
#include <avr/pgmspace.h>

// avr-libc's pgm_read_byte is a volatile asm, so every operand access would read flash again;
// flash does not change while the VM runs, so a plain asm lets the compiler reuse a read.
inline uint8_t kp_flash_byte(const uint8_t* p) {
  uint8_t byte;
  __asm__("lpm %0, Z" : "=r"(byte) : "z"(p));
  return byte;
}
#define KP_IMAGE_BYTE(p) kp_flash_byte(p)
// A little-endian u16 of the image: two lpm, the first post-incrementing Z.
inline uint16_t kp_flash_word(const uint8_t* p) {
  uint16_t word;
  __asm__("lpm %A0, Z+\n\tlpm %B0, Z" : "=r"(word), "+z"(p));
  return word;
}
#define KP_IMAGE_WORD(p) kp_flash_word(p)
#ifndef KP_COMPUTED_GOTO
#define KP_COMPUTED_GOTO 0
#endif
#define KP_STEP_BUDGET 0
#define KP_TRACE 0  // no trace stream: the VM skips micro.trace rows (formatting them cost time)
// run() keeps its VmState in memory: left to the compiler, its fields took registers the
// handlers needed (measured, docs/targets.md: smaller at both widths, faster at 32-bit ints).
#define KP_STATE_IN_MEMORY 1

void kp_port_put(uint8_t byte);

// The input stream of micro.read() and micro.available(): integers separated by whitespace
// and/or commas. kp_port_read stores the next one in *value and returns KP_OK, or
// KP_ERR_EOF_INPUT (none left), KP_ERR_BAD_INPUT (a malformed token) or KP_ERR_OVERFLOW
// (beyond 32 bits; the VM checks its own width). kp_port_available is 1 while a token remains.
uint8_t kp_port_read(int32_t* value);
uint8_t kp_port_available();
