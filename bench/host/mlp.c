/* mlp.py's twin (bench/host_speed.py builds it with gcc -O2 -DN=...). */
#include <stdio.h>
#ifndef N
#define N 30000
#endif
#define IN 4
#define HID 8

static int seed = 1;

static int rand_next(void) {
  seed = (seed * 75 + 74) % 65537;
  return seed;
}

static int clamp64(int v) { return v < -64 ? -64 : v > 64 ? 64 : v; }

int main(void) {
  int w1[IN * HID], w2[2 * HID], x[IN], h[HID], correct = 0;
  for (int i = 0; i < IN * HID; ++i) w1[i] = (i * 7) % 11 - 5;
  for (int i = 0; i < 2 * HID; ++i) w2[i] = (i * 5) % 9 - 4;
  for (int n = 0; n < N; ++n) {
    for (int i = 0; i < IN; ++i) x[i] = rand_next() % 32 - 16; /* rand_next() >= 0: C's % is Python's */
    int label = x[0] + x[1] > x[2] - x[3];
    for (int j = 0; j < HID; ++j) {
      int s = 0;
      for (int i = 0; i < IN; ++i) s += w1[j * IN + i] * x[i];
      h[j] = s > 0 ? s / 8 : 0; /* s > 0: C's / is Python's // */
    }
    int o0 = 0, o1 = 0;
    for (int j = 0; j < HID; ++j) {
      o0 += w2[j] * h[j];
      o1 += w2[HID + j] * h[j];
    }
    if ((o1 > o0) == label) {
      correct += 1;
    } else {
      int d = label == 1 ? 1 : -1;
      for (int j = 0; j < HID; ++j) {
        w2[HID + j] = clamp64(w2[HID + j] + d * (h[j] / 4));
        w2[j] = clamp64(w2[j] - d * (h[j] / 4));
      }
    }
  }
  printf("correct: %d of %d\nw2: [", correct, N);
  for (int i = 0; i < 2 * HID; ++i) printf(i ? ", %d" : "%d", w2[i]);
  printf("]\n");
  return 0;
}
