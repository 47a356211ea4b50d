/* The cheapest register-VM instructions an AVR can interpret: a hand-written assembly
 * interpreter of four opcodes, as lean as the chip allows, for bench/avr/floor.py to time
 * beside kilopy's own MOVE. Everything is in its favour: opcodes and register operands
 * stored pre-scaled (x2), every instruction 3 bytes decoded before dispatch, the jump table
 * 256-byte aligned in flash (ZL := the opcode), the handlers threaded (each ends with its own
 * copy of the dispatch), the registers in one 256-byte-aligned SRAM page (XL := the operand),
 * no checks of any kind.
 *
 *   MOVE A B   R[A] := R[B]                    LOOP   if --counter: ip := start
 *   ADD A B    R[A] += R[B], overflow: stop    HALT   return
 *
 *   -DNUM_BITS=16|32   register width
 *   -DMOVES=K   instructions in the loop body (floor.py builds K = 0 and K = 8)
 *   -DBODY_ADD  they are ADDs (the registers all 0: none overflows), else MOVEs
 *   -DSTEPS=N   loop iterations
 *
 * GPIOR0 := 1 before the loop, the result printed after it (the first UART byte ends the
 * timing), as the VM firmware and bench/avr/native_perceptron.c do.
 */
#include <avr/pgmspace.h>
#include <stdint.h>

#include "uart.h"

#ifndef MOVES
#define MOVES 8
#endif
#ifndef STEPS
#define STEPS 100
#endif
#ifndef NUM_BITS
#define NUM_BITS 16
#endif
#define W (NUM_BITS / 8)
#define STR_(x) #x
#define STR(x) STR_(x)

enum { OP_MOVE = 0, OP_LOOP = 2, OP_HALT = 4, OP_ADD = 6 };  /* pre-scaled: byte offsets into the table */

#ifdef BODY_ADD
#define MOVE_AT(i) OP_ADD, W * ((i) % 8), W * (((i) + 1) % 8),
#else
#define MOVE_AT(i) OP_MOVE, W * ((i) % 8), W * (((i) + 1) % 8),
#endif
static const uint8_t code[] PROGMEM = {
#if MOVES > 0
  MOVE_AT(0) MOVE_AT(1) MOVE_AT(2) MOVE_AT(3)
#endif
#if MOVES > 4
  MOVE_AT(4) MOVE_AT(5) MOVE_AT(6) MOVE_AT(7)
#endif
  OP_LOOP, 0, 0, OP_HALT, 0, 0,
};

uint8_t regs[256] __attribute__((aligned(256)));

/* void interp(const uint8_t* code, uint16_t steps): ip in r2:r3, the loop start in r4:r5,
 * the counter in r16:r17, the register page in r27 (XH). */
void interp(const uint8_t* program, uint16_t steps);
__asm__(
    ".macro DISPATCH\n"
    "  movw r30, r2\n"           /* Z := ip                        1 */
    "  lpm r24, Z+\n"            /* the opcode, pre-scaled         3 */
    "  lpm r22, Z+\n"            /* A, pre-scaled                  3 */
    "  lpm r23, Z+\n"            /* B, pre-scaled                  3 */
    "  movw r2, r30\n"           /* ip := the next instruction     1 */
    "  ldi r31, hi8(table)\n"    /*                                1 */
    "  mov r30, r24\n"           /*                                1 */
    "  lpm r0, Z+\n"             /* the handler's word address     3 */
    "  lpm r31, Z\n"             /*                                3 */
    "  mov r30, r0\n"            /*                                1 */
    "  ijmp\n"                   /*                                2 */
    ".endm\n"
    "  .section .progmem.ideal,\"a\",@progbits\n"
    "  .balign 256\n"
    "table:\n"
    "  .word gs(h_move), gs(h_loop), gs(h_halt), gs(h_add)\n"
    "  .text\n"
    "  .global interp\n"
    "interp:\n"
    "  push r2\n push r3\n push r4\n push r5\n push r16\n push r17\n"
    "  movw r2, r24\n"
    "  movw r4, r24\n"
    "  movw r16, r22\n"
    "  ldi r27, hi8(regs)\n"
    "  DISPATCH\n"
    "h_move:\n"                  /* R[A] := R[B] */
    "  mov r26, r23\n"
    "  ld r18, X+\n"
    "  ld r19, X+\n"
    ".if " STR(W) " == 4\n"
    "  ld r20, X+\n"
    "  ld r21, X+\n"
    ".endif\n"
    "  mov r26, r22\n"
    "  st X+, r18\n"
    "  st X+, r19\n"
    ".if " STR(W) " == 4\n"
    "  st X+, r20\n"
    "  st X+, r21\n"
    ".endif\n"
    "  DISPATCH\n"
    "h_add:\n"                   /* R[A] += R[B] */
    "  mov r26, r23\n"
    "  ld r18, X+\n"
    "  ld r19, X+\n"
    ".if " STR(W) " == 4\n"
    "  ld r20, X+\n"
    "  ld r21, X+\n"
    "  mov r26, r22\n"
    "  ld r22, X+\n"
    "  ld r23, X+\n"
    "  ld r24, X+\n"
    "  ld r25, X\n"
    "  add r22, r18\n"
    "  adc r23, r19\n"
    "  adc r24, r20\n"
    "  adc r25, r21\n"
    "  brvs h_halt\n"
    "  st X, r25\n"
    "  st -X, r24\n"
    "  st -X, r23\n"
    "  st -X, r22\n"
    ".else\n"
    "  mov r26, r22\n"
    "  ld r24, X+\n"
    "  ld r25, X\n"
    "  add r24, r18\n"
    "  adc r25, r19\n"
    "  brvs h_halt\n"
    "  st X, r25\n"
    "  st -X, r24\n"
    ".endif\n"
    "  DISPATCH\n"
    "h_loop:\n"
    "  subi r16, 1\n"
    "  sbci r17, 0\n"
    "  breq 1f\n"
    "  movw r2, r4\n"
    "1:\n"
    "  DISPATCH\n"
    "h_halt:\n"
    "  ldi r27, 0\n"             /* the C ABI's r1 stays 0; X is call-clobbered */
    "  pop r17\n pop r16\n pop r5\n pop r4\n pop r3\n pop r2\n"
    "  ret\n");

int main(void) {
  uart_init();
#ifndef BODY_ADD
  for (uint8_t i = 0; i < 8; ++i) regs[W * i] = (uint8_t)(i + 1);
#endif
  GPIOR0 = 1;
  interp(code, STEPS);
  put((char)('0' + regs[0] % 10));
  put('\n');
  GPIOR0 = 2;
  halt();
}
