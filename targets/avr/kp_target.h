// AVR port configuration for vm/: the image is in flash (read with lpm), output goes to the
// UART through kp_port_put (targets/avr/port.cpp), no step budget.
//
// Dispatch: a VM specialised to its image (KP_VM_CONFIG) uses computed goto into a table of
// jumps in flash (KP_JUMP_ENTRY, below) and the dispatch repeated after every handler: no range
// check and no __tablejump2__ call, faster at both widths than the switch and larger. A VM with every
// handler uses the switch (with goto it took 2 KB more flash and 170 B more stack);
// -DKP_COMPUTED_GOTO=0|1 overrides, and vm/vm.cpp uses the switch for a 32-bit VM with the
// heap on a 16 KB part. bench/avr/run.py measures both.
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
// The VM's operand fetch: the next byte / u16 of the code, post-incrementing Z (lpm Z+), so that
// the compiler keeps ip in Z and each operand costs one lpm.
inline uint8_t kp_flash_next8(const uint8_t*& p) {
  uint8_t byte;
  __asm__("lpm %0, Z+" : "=r"(byte), "+z"(p));
  return byte;
}
#define KP_IMAGE_NEXT8(p) kp_flash_next8(p)
inline uint16_t kp_flash_next16(const uint8_t*& p) {
  uint16_t word;
  __asm__("lpm %A0, Z+\n\tlpm %B0, Z+" : "=r"(word), "+z"(p));
  return word;
}
#define KP_IMAGE_NEXT16(p) kp_flash_next16(p)
// Computed goto's label table lives in flash (SRAM is the scarce resource).
#define KP_CODE_TABLE PROGMEM
#define KP_CODE_TABLE_READ(p) ((const void*)pgm_read_word(p))
// A firmware's own VM (opcodes numbered densely, pre-scaled) dispatches through a table of jump
// instructions instead: `jmp label` per opcode, 4 bytes, in rank order, the opcode (rank times 2)
// its word offset. The dispatch adds the opcode to the table's word address and jumps there
// (no two lpm of a label, no movw: about 4 cycles less per instruction, docs/targets.md). The
// entries are emitted by run() into .progmem.kp_jump, each in the subsection of its rank (so
// their order is the ranks', whatever order the compiler emits them in), as data words: the
// linker's relaxation, which shortens `jmp` instructions, cannot change their size. %x prints a
// label's address without gs(); pm() makes it a word address.
extern "C" void kp_jump_table();
#define KP_JUMP_TABLE_START() \
  __asm__ __volatile__(".pushsection .progmem.kp_jump, 0\n\t.global kp_jump_table\nkp_jump_table:\n\t.popsection")
#define KP_JUMP_ENTRY(rank, label)                                                                   \
  __asm__ __volatile__(".pushsection .progmem.kp_jump, %1\n\t.word 0x940c\n\t.word pm(%x0)\n\t.popsection" \
                       : : "i"(label), "n"((rank) + 1))
#define KP_JUMP_ENTRY_SCALE 2
#define KP_JUMP_TARGET(op) reinterpret_cast<const void*>(uint16_t(reinterpret_cast<uintptr_t>(&kp_jump_table)) + (op))
#if !defined(KP_COMPUTED_GOTO) && defined(KP_VM_CONFIG)
#define KP_COMPUTED_GOTO 1
#elif !defined(KP_COMPUTED_GOTO)
#define KP_COMPUTED_GOTO 0
#endif
// The int operators share their operands' decode and the store (vm/vm.cpp: each its own table
// entry, no second dispatch: perceptron core +60 B, against +1274 B for whole handlers; docs/targets.md).
#define KP_ALU_SHARED_DECODE 1
#define KP_STEP_BUDGET 0
#define KP_TRACE 0  // no trace stream: the VM skips micro.trace rows (formatting them cost time)
// run() works on the arena's VmState in place (no 24-byte copy in its frame: SRAM 149 -> 123 B,
// docs/targets.md); left to the compiler as a copy, its fields took registers the handlers needed.
#define KP_STATE_IN_ARENA 1
// The arena is main.cpp's kp_arena: run() reads VmState's fields at fixed addresses (lds, sts)
// and adds offsets to a constant.
extern uint8_t kp_arena[];
#define KP_ARENA kp_arena
// main.cpp calls start() once, after reset: kp_arena, in .bss, is still all zero (the C
// runtime cleared it), so start() writes VmState alone (start() 104 -> 86 B at 16-bit ints).
#define KP_ARENA_ZEROED 1
// The image is compiled into the firmware with the VM built for it (kilopy build --target
// verified it): start() skips the header and arena checks (214 -> 148 B at 16-bit ints).
#define KP_TRUSTED_IMAGE 1

void kp_port_put(uint8_t byte);

// The input stream of micro.read() and micro.available(): integers separated by whitespace
// and/or commas. kp_port_read stores the next one in *value and returns KP_OK, or
// KP_ERR_EOF_INPUT (none left), KP_ERR_BAD_INPUT (a malformed token) or KP_ERR_OVERFLOW
// (beyond 32 bits; the VM checks its own width). kp_port_available is 1 while a token remains.
uint8_t kp_port_read(int32_t* value);
uint8_t kp_port_available();
