/* samples/perceptron.py's twin on the host (bench/host_speed.py builds it with gcc -O2
   -DSTEPS=N -DPRINT_EVERY=N/4, as it edits the sample): the same algorithm, 32-bit ints, the
   same output; no trace rows (kilopy run without --trace and python3 without KILOPY_TRACE
   write none). bench/avr/native_perceptron.c is the AVR one. */
#include <stdio.h>
#ifndef STEPS
#define STEPS 300000
#endif
#ifndef PRINT_EVERY
#define PRINT_EVERY 75000
#endif
#define LEARNING_RATE 1

static int seed = 12345, w0, w1, bias;

static int next_bit(void) {
  int bit = seed & 1;
  seed >>= 1;
  if (bit) seed ^= 0x6000;
  return bit;
}

static int random_bits(int n) {
  int value = 0;
  for (int i = 0; i < n; ++i) value = (value << 1) | next_bit();
  return value;
}

static int clamp8(int v) { return v > 127 ? 127 : v < -128 ? -128 : v; }

static int predict(int x0, int x1) { return bias + w0 * x0 + w1 * x1 >= 0; }

static void train_step(int x0, int x1, int target) {
  int error = target - predict(x0, x1);
  if (error != 0) {
    w0 = clamp8(w0 + LEARNING_RATE * error * x0);
    w1 = clamp8(w1 + LEARNING_RATE * error * x1);
    bias = clamp8(bias + LEARNING_RATE * error);
  }
}

int main(void) {
  int correct = 0;
  for (int step = 0; step < STEPS; ++step) {
    int x = random_bits(6), y = random_bits(6);
    int label = y > x;
    if (random_bits(7) % 10 == 0) label = 1 - label;
    int x0 = x - 32, x1 = y - 32;
    if (predict(x0, x1) == label) correct += 1;
    train_step(x0, x1, label);
    if ((step + 1) % PRINT_EVERY == 0)
      printf("step %d accuracy so far %d %%\n", step + 1, correct * 100 / (step + 1));
  }
  printf("weights: %d %d bias: %d\naccuracy: %d %%\n", w0, w1, bias, correct * 100 / STEPS);
  return 0;
}
