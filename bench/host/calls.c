/* calls.py's twin (bench/host_speed.py builds it with gcc -O2 -DN=...). noinline keeps
   the call, as the workload means to measure calls. */
#include <stdio.h>
#ifndef N
#define N 3000000
#endif

__attribute__((noinline)) static int step(int total, int i) { return (total + i) % 1000003; }

int main(void) {
  int total = 0;
  for (int i = 0; i < N; ++i) total = step(total, i);
  printf("%d\n", total);
  return 0;
}
