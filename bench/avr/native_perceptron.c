/* samples/perceptron.py written by hand in C for the AVR: the same algorithm, the same
 * integer widths and the same output byte for byte, to compare the VM's cycles per training
 * step with native code (bench/avr/run.py builds it with avr-gcc -Os).
 *
 *   -DNUM_BITS=16|32   the int width of every variable (the VM build it is compared with)
 *   -DSTEPS=N          training steps (the sample: 100)
 *   -DPRINT_EVERY=N    progress line period (the sample: 25; the benchmark sets it beyond
 *                      STEPS so that only the final lines print, keeping the modulo test)
 *
 * GPIOR0 := 1 marks the start (as the VM firmware does before run()), 2 the end; after the
 * output comes the same exit trailer as targets/avr/main.cpp's, so kilopy-sim reports a halt.
 */
#include <avr/pgmspace.h>
#include <stdint.h>

#include "uart.h"

#ifndef NUM_BITS
#define NUM_BITS 16
#endif
#ifndef STEPS
#define STEPS 100
#endif
#ifndef PRINT_EVERY
#define PRINT_EVERY 25
#endif
#define LEARNING_RATE 1

/* The exit trailer's int width (hex) and the 24-byte VmState it carries (its peaks: none). */
#if NUM_BITS == 32
#define TRAILER_BITS "20"
#else
#define TRAILER_BITS "10"
#endif
#define ZERO_STATE "000000000000000000000000000000000000000000000000"

#if NUM_BITS == 32
typedef int32_t num;
typedef uint32_t unum;
#else
typedef int16_t num;
typedef uint16_t unum;
#endif

static num seed = 12345, w0, w1, bias;

static void put_str(const char *s) { /* s in flash */
  char c;
  while ((c = (char)pgm_read_byte(s++)) != 0) put(c);
}

static void put_int(num v) {
  char digits[10];
  uint8_t n = 0;
  unum u = (unum)v;
  if (v < 0) { put('-'); u = (unum)0 - u; }
  do { digits[n++] = (char)('0' + u % 10); u /= 10; } while (u != 0);
  while (n != 0) put(digits[--n]);
}

static num next_bit(void) {
  num bit = seed & 1;
  seed >>= 1;
  if (bit) seed ^= 0x6000;
  return bit;
}

static num random_bits(num n) {
  num value = 0;
  for (num i = 0; i < n; ++i) value = (num)((value << 1) | next_bit());
  return value;
}

static num clamp8(num v) { return v > 127 ? 127 : v < -128 ? -128 : v; }

static num predict(num x0, num x1) {
  num total = bias + w0 * x0 + w1 * x1;
  return total >= 0 ? 1 : 0;
}

static void train_step(num x0, num x1, num target) {
  num error = target - predict(x0, x1);
  if (error != 0) {
    w0 = clamp8(w0 + LEARNING_RATE * error * x0);
    w1 = clamp8(w1 + LEARNING_RATE * error * x1);
    bias = clamp8(bias + LEARNING_RATE * error);
  }
}

int main(void) {
  uart_init();
  GPIOR0 = 1;
  num correct = 0;
  for (num step = 0; step < STEPS; ++step) {
    num x = random_bits(6);
    num y = random_bits(6);
    num label = y > x ? 1 : 0;
    if (random_bits(7) % 10 == 0) label = 1 - label;
    num x0 = x - 32, x1 = y - 32;
    if (predict(x0, x1) == label) correct += 1;
    train_step(x0, x1, label);
    if ((step + 1) % PRINT_EVERY == 0) {
      put_str(PSTR("step "));
      put_int(step + 1);
      put_str(PSTR(" accuracy so far "));
      put_int(correct * 100 / (step + 1));
      put_str(PSTR(" %\n"));
    }
  }
  put_str(PSTR("weights: "));
  put_int(w0);
  put(' ');
  put_int(w1);
  put_str(PSTR(" bias: "));
  put_int(bias);
  put_str(PSTR("\naccuracy: "));
  put_int(correct * 100 / STEPS);
  put_str(PSTR(" %\n"));
  GPIOR0 = 2;
  put_str(PSTR("\001KP2 01 " TRAILER_BITS " 00000000 " ZERO_STATE "\n"));  /* halted, a zero VmState */
  halt();
}
